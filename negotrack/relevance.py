"""Decide from a feed item's title and summary whether its article is worth downloading.

The test is deliberately generous: a missed article loses a round, while a needless download
costs one request. An item is relevant when

- it uses the vocabulary of negotiation outright ("ceasefire", "peace talks", "envoy");
- or it describes a format or an outcome of talks ("summit", "broke down") and also names a
  party to some conflict: a conflict keyword, an actor or a person of the knowledge base;
- or it speaks of meeting or dealing ("meet", "deal") between two different parties, named
  as actors or through their people ("Trump says he will meet Putin").
"""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase, Match

_WHO = frozenset({"conflict", "actor", "person"})
_WHAT = frozenset({"format", "outcome"})


def judge_item(title: str, summary: str, kb: KnowledgeBase) -> tuple[bool, str]:
    """Whether the item is plausibly about negotiations, and why, in a few words."""
    # Title and summary are searched apart so that no phrase spans the two.
    matches = kb.find(title) + kb.find(summary)
    relevance = _first(matches, frozenset({"relevance"}))
    if relevance is not None:
        return True, f"matched {relevance.surface!r}"
    what = _first(matches, _WHAT)
    who = _first(matches, _WHO)
    if what is not None and who is not None:
        return True, f"matched {what.surface!r} with {who.surface!r}"
    meeting = _first(matches, frozenset({"meeting"}))
    parties = _parties(matches, kb)
    if meeting is not None and len(parties) >= 2:
        first, second = list(parties.values())[:2]
        return True, f"matched {meeting.surface!r} with {first!r} and {second!r}"
    if what is not None:
        return False, f"matched {what.surface!r} but no conflict, actor or person"
    return False, "no negotiation vocabulary in title or summary"


def _first(matches: list[Match], kinds: frozenset[str]) -> Match | None:
    return next((m for m in matches if m.kind in kinds), None)


def _parties(matches: list[Match], kb: KnowledgeBase) -> dict[str, str]:
    """Actor name -> the first surface that named it, directly or through a person."""
    parties: dict[str, str] = {}
    for m in matches:
        if m.kind == "actor":
            parties.setdefault(m.key, m.surface)
        elif m.kind == "person":
            parties.setdefault(kb.person(m.key).affiliation, m.surface)
    return parties
