"""A side of the war named in a sentence about talks it does not attend: the enemy the
talks are about ("the war with Russia", "Russia's invasion"), the capital an envoy's trip
leads to; and the wordings that do put a side at the table."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _participants(kb: KnowledgeBase, text: str) -> set[str]:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    return {c.value for m in mentions for c in m.claims if c.field is Field.PARTICIPANT}


def test_the_enemy_of_a_war_the_talks_would_end_is_not_at_the_table(kb: KnowledgeBase) -> None:
    text = (
        "American and Ukrainian negotiators spent five hours in Miami on Sunday on a plan to end "
        "the war with Russia."
    )
    assert "Russia" not in _participants(kb, text)


def test_the_side_waging_the_war_named_as_its_subject_is_not_at_the_table(
    kb: KnowledgeBase,
) -> None:
    text = (
        "American and Ukrainian negotiators met in Geneva on Sunday to discuss how to end "
        "Russia's invasion."
    )
    assert "Russia" not in _participants(kb, text)


def test_the_capital_an_envoys_trip_leads_to_is_not_a_side(kb: KnowledgeBase) -> None:
    text = (
        "American and Ukrainian negotiators held talks in Miami on Sunday, days before Witkoff "
        "heads to Moscow."
    )
    assert "Russia" not in _participants(kb, text)


def test_talks_with_the_capital_still_put_it_at_the_table(kb: KnowledgeBase) -> None:
    text = "American negotiators held talks with Moscow in Riyadh on Monday."
    assert "Russia" in _participants(kb, text)
