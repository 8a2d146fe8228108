"""An earlier sitting named by its rank alone is a round of its own, recalled.

"They held a second round, following the first on 3 September": "the first" stands for the
sentence's own noun of talks, so the article recalls that sitting and is one of its sources.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

SATURDAY = datetime(2025, 10, 18, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, SATURDAY, kb)


def _recalled_days(mentions: list[RoundMention]) -> set[str]:
    return {
        v
        for m in mentions
        if m.kind is MentionKind.BACK_REFERENCE
        for v in m.values(Field.START_DATE)
    }


def test_the_first_by_rank_alone_is_recalled_with_its_day(kb: KnowledgeBase) -> None:
    texts = (
        "Israeli and Hamas negotiators held a second round of talks in Cairo on Friday, "
        "following the first on 2 October.",
        "Israeli and Hamas delegations met in Cairo on Friday for a second session, after "
        "their previous one on 2 October at a hotel by the Nile.",
    )
    for text in texts:
        mentions = _extract(kb, text)
        assert _recalled_days(mentions) == {"2025-10-02"}, text
        report = next(m for m in mentions if m.kind is MentionKind.REPORT)
        assert report.values(Field.START_DATE) == ["2025-10-17"], text


def test_a_ranked_thing_that_is_no_sitting_recalls_nothing(kb: KnowledgeBase) -> None:
    # "the first draft": the rank's noun is a text, and no day of it is told.
    text = (
        "Israeli and Hamas negotiators held talks in Cairo on Friday on a revised text, "
        "following the first draft."
    )
    assert _recalled_days(_extract(kb, text)) == set()


def test_where_the_sides_last_met_recalls_the_sitting_before(kb: KnowledgeBase) -> None:
    # The latest sitting before this one, told in a where/when clause: its day is not this
    # round's, and it is recalled on its own.
    texts = (
        "Israeli and Hamas negotiators resumed talks in Cairo on Friday, where they last sat "
        "down together on 2 October.",
        "Israeli and Hamas delegations held talks in Cairo on Friday. The hotel is the one "
        "where the delegations last met on 2 October.",
    )
    for text in texts:
        mentions = _extract(kb, text)
        report = next(m for m in mentions if m.kind is MentionKind.REPORT)
        assert report.values(Field.START_DATE) == ["2025-10-17"], text
        assert _recalled_days(mentions) == {"2025-10-02"}, text


def test_a_last_that_is_no_recall_leaves_the_round_alone(kb: KnowledgeBase) -> None:
    # "the talks will last two days": "last" as a verb of length recalls nothing.
    text = (
        "Israeli and Hamas negotiators met in Cairo on Friday, where the talks will last two days."
    )
    mentions = _extract(kb, text)
    assert _recalled_days(mentions) == set()
    report = next(m for m in mentions if m.kind is MentionKind.REPORT)
    assert report.values(Field.START_DATE) == ["2025-10-17"]


def test_a_ranked_sitting_said_held_is_a_round_of_the_article(kb: KnowledgeBase) -> None:
    # The sides are named once, in an earlier sentence; the ranked sitting is theirs.
    opening = "Israeli and Hamas negotiators will meet again in Cairo next week."
    for line in (
        "The first meeting took place on 2 and 3 October.",
        "Their second session was held on 2 October.",
        "The previous meeting had taken place on 2 October.",
    ):
        mentions = _extract(kb, f"{opening} {line}")
        assert "2025-10-02" in _recalled_days(mentions), line


def test_a_ranked_meeting_of_another_body_is_no_round(kb: KnowledgeBase) -> None:
    # "the first meeting of the cabinet": the noun belongs to another body, so the verb does
    # not follow the sitting's noun and nothing is recalled.
    opening = "Israeli and Hamas negotiators will meet again in Cairo next week."
    line = "The first meeting of the new cabinet took place on 2 October."
    assert _recalled_days(_extract(kb, f"{opening} {line}")) == set()
