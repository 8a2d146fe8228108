"""A round told held after it moved: the day it was planned for is not a day it sat.

When a report says the round "was supposed to open on D, and was pushed back", D is the
plan that fell through. Read as the round's first day, it splits the held round from its own
sources (the previews that announced the moved day and the reports that give the real one).

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import report

FRIDAY = datetime(2025, 10, 17, 18, 0, tzinfo=UTC)


def _starts(kb: KnowledgeBase, text: str) -> set[str]:
    return set(report(kb, text, published=FRIDAY).values(Field.START_DATE))


def _any_starts(kb: KnowledgeBase, text: str) -> set[str]:
    """Start days of every mention, whatever its kind."""
    return {v for m in extract_mentions(text, None, FRIDAY, kb) for v in m.values(Field.START_DATE)}


def test_a_plan_undone_after_its_day_dates_nothing(kb: KnowledgeBase) -> None:
    texts = (
        "Russian and Ukrainian negotiators met in Geneva on Thursday. The session was "
        "supposed to start on Monday, October 13, and was postponed at the last minute.",
        "Russian and Ukrainian negotiators met in Geneva on Thursday. The talks were due to "
        "begin on 13 October but were delayed by three days.",
        "Russian and Ukrainian negotiators met in Geneva on Thursday. The meeting, planned "
        "for Monday, October 13, was pushed back to the end of the week.",
        "Russian and Ukrainian negotiators met in Geneva on Thursday. The sitting had been "
        "scheduled to open on 13 October and was then moved.",
    )
    for text in texts:
        assert _starts(kb, text) == {"2025-10-16"}, text


def test_a_plan_that_held_still_dates_the_round(kb: KnowledgeBase) -> None:
    # No move follows the day: the plan is the day the round sat (or will sit).
    text = (
        "Russian and Ukrainian negotiators were due to meet in Geneva on Thursday, October "
        "16, and the talks went ahead as planned."
    )
    assert "2025-10-16" in _any_starts(kb, text)


def test_a_move_before_the_day_leaves_the_new_day(kb: KnowledgeBase) -> None:
    # "postponed to D": D is where the round moved, the day it sits.
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Thursday. The talks had been "
        "postponed to Thursday, October 16, after a request from Kyiv."
    )
    assert "2025-10-16" in _any_starts(kb, text)


THURSDAY_EVENING = datetime(2025, 10, 16, 18, 0, tzinfo=UTC)


def test_a_headline_infinitive_of_going_on_is_a_later_day(kb: KnowledgeBase) -> None:
    # News shorthand "Talks to resume Friday" is a future: a later day of the round being
    # told, not its first (dated as such, it would start the round on its second day).
    for line in ("Talks to resume Friday.", "Negotiations to continue on Friday, aides say."):
        text = f"Israeli and Hamas negotiators sat in Cairo on Thursday. {line}"
        mention = report(kb, text, published=THURSDAY_EVENING)
        assert mention.values(Field.START_DATE) == ["2025-10-16"], line


def test_talks_to_continue_inside_a_clause_is_not_that_shorthand(kb: KnowledgeBase) -> None:
    # "agreed ... for talks to continue": the agreement is the past; its day stays the
    # day the round sat.
    text = "Israeli and Hamas negotiators agreed in Cairo on Thursday for talks to continue."
    mention = report(kb, text, published=THURSDAY_EVENING)
    assert mention.values(Field.START_DATE) == ["2025-10-16"]


def test_a_plan_at_a_place_moved_to_a_weekday_dates_the_new_day(kb: KnowledgeBase) -> None:
    # "had been due in Geneva on Sunday" is the plan undone; the weekday moved to is ahead.
    text = (
        "The third round between Russian and Ukrainian negotiators, which had been due in "
        "Geneva on Sunday, has been pushed back to Tuesday and Wednesday, diplomats said."
    )
    assert _any_starts(kb, text) == {"2025-10-21"}


def test_the_place_a_held_round_was_first_planned_at_is_no_round(kb: KnowledgeBase) -> None:
    # "had originally been due to take place in Rome ... but Oman postponed it": Rome was
    # the plan, the round sat on Sunday where the article places it; it was not cancelled.
    text = (
        "Iranian and American negotiators held a fourth round of indirect talks in Muscat on "
        "Sunday. Sunday's round had originally been due to take place in Rome on 3 May, but "
        "Oman postponed it, citing logistics."
    )
    mentions = extract_mentions(text, None, datetime(2025, 5, 11, 20, tzinfo=UTC), kb)
    assert {m.first(Field.CITY) for m in mentions} == {"Muscat"}
    assert all(m.first(Field.STATUS) != "cancelled" for m in mentions)


def test_a_sitting_planned_at_a_place_and_held_there_keeps_it(kb: KnowledgeBase) -> None:
    # Negative case: no move told, the planned place is where the talks are to sit.
    text = (
        "The fifth round of talks between Iran and the United States is due to take place in "
        "Rome on Friday, Oman said."
    )
    mentions = extract_mentions(text, None, datetime(2025, 5, 20, 9, tzinfo=UTC), kb)
    assert {m.first(Field.CITY) for m in mentions} == {"Rome"}
