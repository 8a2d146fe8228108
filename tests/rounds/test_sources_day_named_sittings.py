"""An earlier sitting named by its day ("the 4 March meeting") is recalled on its own.

"The 4 March meeting, the first of its kind, was seen as a test": the date stands as the
sitting's attribute, so the article recalls that sitting though it names no side again.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

FRIDAY = datetime(2025, 3, 21, 18, 0, tzinfo=UTC)
REPORT = "Armenian and Azerbaijani delegations held a second round of talks in Almaty on Friday. "


def _recalled_days(mentions: list[RoundMention]) -> set[str]:
    return {
        v
        for m in mentions
        if m.kind is MentionKind.BACK_REFERENCE
        for v in m.values(Field.START_DATE)
    }


def test_a_sitting_named_by_its_day_is_recalled(kb: KnowledgeBase) -> None:
    for told in (
        "The March 4 meeting, the first in this format, was seen as a test of goodwill.",
        "Their 4 March session had ended after barely an hour.",
    ):
        mentions = extract_mentions(REPORT + told, None, FRIDAY, kb)
        assert _recalled_days(mentions) == {"2025-03-04"}, told


def test_a_day_that_names_no_sitting_recalls_nothing(kb: KnowledgeBase) -> None:
    # The day dates something else ("the March 4 statement"), or stands apart from the noun.
    for told in (
        "The March 4 statement of the two ministries was seen as a test of goodwill.",
        "On March 4 a meeting of the cabinet in Yerevan discussed the budget.",
    ):
        mentions = extract_mentions(REPORT + told, None, FRIDAY, kb)
        assert _recalled_days(mentions) == set(), told
