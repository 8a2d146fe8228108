"""A newsletter's headline lists its items ("The Early Brief, Sunday 20 April: Darfur camps,
Rome talks, storms in the Alps"): each item is its own story, so an item naming no conflict
is not of the item before it, and the issue's day dates no round.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

SUNDAY = datetime(2025, 4, 20, 6, tzinfo=UTC)

BODY = (
    "Good morning.\n\n"
    "DARFUR. Families keep arriving in Tawila after the attack on the Zamzam camp.\n\n"
    "IRAN. American and Iranian negotiators met again, indirectly, in Rome yesterday, with "
    "Omani mediators passing messages between the rooms."
)


def _rounds(kb: KnowledgeBase, title: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (m.conflict, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(BODY, title, SUNDAY, kb)
    }


def test_an_item_of_a_digest_headline_is_not_of_the_item_before_it(kb: KnowledgeBase) -> None:
    title = "The Morning Brief, Sunday 20 April: Darfur camps, Rome talks, snow in the Alps"
    assert _rounds(kb, title) == {("iran", "Rome", "2025-04-19")}


def test_a_plain_headline_still_carries_its_conflict_across_a_comma(kb: KnowledgeBase) -> None:
    # Negative case: no newsletter named before the colon; the headline is one story.
    title = "Iran and the US meet again: talks in Rome, more on Saturday"
    assert _rounds(kb, title) == {("iran", "Rome", "2025-04-19")}
