"""A day that dates something other than a sitting held: a remark set apart from the day's
news ("had said earlier on Saturday"), and a round told only as planned or never held ("a
sixth round was scheduled for Sunday, June 15"), which the past tense does not make over.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import values

SUNDAY = datetime(2025, 6, 15, 18, 0, tzinfo=UTC)
LATER = datetime(2026, 2, 5, 9, 0, tzinfo=UTC)


def _days(kb: KnowledgeBase, text: str) -> set[str]:
    return values(kb, text, Field.START_DATE, SUNDAY)


def test_a_remark_made_earlier_in_the_day_dates_no_sitting(kb: KnowledgeBase) -> None:
    text = (
        "Iran's foreign ministry spokesman had said earlier on Saturday that it was pointless "
        "to sit down with Washington while the strikes went on."
    )
    assert "2025-06-14" not in _days(kb, text)


def test_a_sitting_on_the_day_said_is_dated(kb: KnowledgeBase) -> None:
    # Negative case: a sitting told as held on that day is dated by it.
    text = "Iranian and American negotiators met in Muscat on Saturday for indirect talks."
    assert _days(kb, text) == {"2025-06-14"}


def _statuses(kb: KnowledgeBase, text: str) -> set[str]:
    return values(kb, text, Field.STATUS, LATER)


def test_a_round_told_only_as_planned_is_not_over(kb: KnowledgeBase) -> None:
    for text in (
        "A sixth round of the US-Iran talks was scheduled for Sunday, June 15, in Muscat.",
        "A sixth round of US-Iran talks, planned in Muscat in June, never took place.",
    ):
        assert "concluded" not in _statuses(kb, text), text


def test_a_round_held_beside_one_planned_is_over(kb: KnowledgeBase) -> None:
    # Negative case: the fifth round sat on its day; only the sixth was a plan.
    text = (
        "The US-Iran talks have not resumed since their fifth round in Rome on 23 May, and a "
        "sixth session planned for mid-June never took place."
    )
    assert "concluded" in _statuses(kb, text)
