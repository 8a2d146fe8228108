"""What the extraction tests of tests/rounds share: the report mention of one text, and
the values a field takes in any of its mentions."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

WEDNESDAY = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)


def only_report(mentions: list[RoundMention]) -> RoundMention:
    """The one REPORT among ``mentions`` (the test fails if there is none or several)."""
    (found,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    return found


def report(kb: KnowledgeBase, text: str, published: datetime = WEDNESDAY) -> RoundMention:
    """The REPORT mention of ``text`` published at ``published``."""
    return only_report(extract_mentions(text, None, published, kb))


def values(
    kb: KnowledgeBase,
    text: str,
    fld: Field,
    published: datetime = WEDNESDAY,
    title: str | None = None,
) -> set[str]:
    """Every value of ``fld`` that any mention of ``text`` claims."""
    return {v for m in extract_mentions(text, title, published, kb) for v in m.values(fld)}


def dated(mentions: list[RoundMention], day: str) -> RoundMention:
    """The one mention of ``mentions`` that starts on ``day`` (ISO), failing if not one."""
    (found,) = [m for m in mentions if m.first(Field.START_DATE) == day]
    return found
