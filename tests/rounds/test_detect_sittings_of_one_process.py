"""In an article about one process alone, a sitting named as one of its own ("Wednesday's
meeting", "the latest session in Istanbul") is that process's round, though the sentence
names no side; in an article that names another process, it is nobody's.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind

FRIDAY = datetime(2025, 7, 25, 9, tzinfo=UTC)

INTRO = (
    "Sergiy Kyslytsya, Ukraine's deputy foreign minister, has sat at the table in every "
    "direct meeting with Russia this year. "
)


def _reports(kb: KnowledgeBase, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, FRIDAY, kb)
        if m.kind is MentionKind.REPORT
    ]


def test_a_sitting_of_the_process_is_placed_and_dated_without_its_sides(
    kb: KnowledgeBase,
) -> None:
    text = (
        INTRO + "We spoke to him two days after the latest session in Istanbul.\n\n"
        "Wednesday's meeting lasted about forty minutes."
    )
    assert _reports(kb, text) == [("Istanbul", "2025-07-23")]


def test_a_place_of_another_errand_beside_the_sitting_is_not_its_venue(
    kb: KnowledgeBase,
) -> None:
    # Negative case: Riyadh is on a tour, not where the round sat.
    text = INTRO + "The latest session came as Trump prepared a Gulf tour, with stops in Riyadh."
    assert _reports(kb, text) == []


def test_in_an_article_naming_two_processes_the_sitting_is_nobody_s(kb: KnowledgeBase) -> None:
    # Negative case: the Iran talks named too, "Wednesday's meeting" could be either's.
    text = (
        INTRO + "Iran's nuclear talks with the United States are stalled.\n\n"
        "Wednesday's meeting lasted about forty minutes."
    )
    assert _reports(kb, text) == []


def test_the_usual_go_between_names_no_other_process(kb: KnowledgeBase) -> None:
    # Washington brokers the Ukraine talks; with no Iran named, it names no US-Iran talks.
    text = (
        "Ukraine's negotiators and the Americans keep working on Washington's plan; Moscow "
        "has yet to answer.\n\nWednesday's meeting in Geneva lasted about forty minutes."
    )
    assert _reports(kb, text) == [("Geneva", "2025-07-23")]


def test_the_sitting_a_week_earlier_does_not_place_this_one(kb: KnowledgeBase) -> None:
    text = (
        INTRO + "He said the Geneva meeting a week earlier had narrowed the gaps and that "
        "Wednesday's session had gone further."
    )
    assert _reports(kb, text) == [(None, "2025-07-23")]
