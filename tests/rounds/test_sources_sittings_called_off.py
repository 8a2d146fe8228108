"""A sitting called off, told in the 'after/since' clause of a sentence reporting one held,
is recalled as a round of its own: its day, and that it was cancelled.

The held sitting keeps its own day and status (tests of that are in
test_detect_separate_tables_and_relative_pasts.py); here the article also becomes a source of
the sitting that did not take place.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

TUESDAY = datetime(2025, 11, 18, 20, 0, tzinfo=UTC)


def _recalled(mentions: list[RoundMention]) -> list[RoundMention]:
    return [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]


def test_the_sitting_called_off_is_recalled_cancelled(kb: KnowledgeBase) -> None:
    texts = (
        "Armenian and Azerbaijani foreign ministers met in Geneva on Tuesday, a week after "
        "the meeting scheduled for Vienna on 11 November had been cancelled.",
        "Armenian and Azerbaijani negotiators held talks in Geneva on Tuesday, since the "
        "round planned for 11 November was scrapped at the last minute.",
    )
    for text in texts:
        mentions = extract_mentions(text, None, TUESDAY, kb)
        report = next(m for m in mentions if m.kind is MentionKind.REPORT)
        assert report.first(Field.START_DATE) == "2025-11-18", text
        assert report.first(Field.STATUS) != "cancelled", text
        (off,) = _recalled(mentions)
        assert off.first(Field.START_DATE) == "2025-11-11", text
        assert off.first(Field.STATUS) == "cancelled", text


def test_a_sitting_held_after_another_is_no_cancellation(kb: KnowledgeBase) -> None:
    # Negative: the earlier sitting was held, not called off; nothing is cancelled.
    text = (
        "Armenian and Azerbaijani foreign ministers met in Geneva on Tuesday, a week after "
        "the meeting scheduled for Vienna on 11 November had taken place."
    )
    mentions = extract_mentions(text, None, TUESDAY, kb)
    assert all(m.first(Field.STATUS) != "cancelled" for m in mentions)
