"""Earlier sessions counted and dated ("the first two sessions, in Muscat on 12 April and in
Rome a week later") are each recalled, the second dated from the first.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind

SATURDAY = datetime(2025, 5, 24, 18, 0, tzinfo=UTC)
REPORT = "Iranian and American negotiators held a fifth round of indirect talks in Rome on Friday. "


def _recalled(text: str, kb: KnowledgeBase) -> set[tuple[str | None, str | None]]:
    return {
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(REPORT + text, None, SATURDAY, kb)
        if m.kind is MentionKind.BACK_REFERENCE
    }


def test_the_first_sessions_are_recalled_with_their_days(kb: KnowledgeBase) -> None:
    told = "The first two sessions, in Muscat on April 12 and in Rome a week later, went well."
    assert _recalled(told, kb) == {("Muscat", "2025-04-12"), ("Rome", "2025-04-19")}


def test_sessions_of_no_day_recall_nothing(kb: KnowledgeBase) -> None:
    # Negative case: sessions told without their days are none in particular.
    assert _recalled("The first two sessions were described as useful.", kb) == set()
