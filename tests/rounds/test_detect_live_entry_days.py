"""Live pages: each entry is told on its own day, and is of the round the page follows.

A live page runs over several days, each entry opening on its time ("20:15 - ...") and
sometimes the day before it ("Wednesday 4 March, 20:15 - ..."). Relative words in an entry
("this evening", "tomorrow") are told from the entry's day, not the page's last update. And
an entry with no talks word of its own ("The statement is out: a joint declaration was
signed") goes to the round the page is about, whatever came between (a "Context:" paragraph
recalling another meeting): not to the recalled meeting, and not when the entry itself names
another meeting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind
from tests.mentions import report

FRIDAY = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "stamp",
    [
        "Wednesday 4 March, 20:15 - ",
        "Wed 4 March, 8.15pm - ",
        "4 March 2026, 1915 GMT: ",
        "March 4, 20:15 | ",
    ],
)
def test_an_entry_dated_on_a_day_of_its_own_reads_today_from_that_day(
    kb: KnowledgeBase, stamp: str
) -> None:
    text = (
        "Our rolling coverage of the talks in Tbilisi.\n\n"
        f"{stamp}Armenian and Azerbaijani foreign ministers began talks this evening in "
        "Tbilisi.\n\n"
        "Thursday 5 March, 10:00 - Negotiators are back at the table for a second day.\n"
    )
    mention = report(kb, text, published=FRIDAY)
    assert set(mention.values(Field.START_DATE)) == {"2026-03-04"}


def test_entries_with_times_only_are_of_the_day_the_page_is_published(
    kb: KnowledgeBase,
) -> None:
    # No day told: the page's own day is the entries' day.
    text = (
        "Our rolling coverage of the talks in Tbilisi.\n\n"
        "09:00 - Armenian and Azerbaijani foreign ministers began talks this morning in "
        "Tbilisi.\n\n"
        "11:30 - A first break.\n"
    )
    mention = report(kb, text, published=FRIDAY)
    assert set(mention.values(Field.START_DATE)) == {"2026-03-06"}


def test_one_dated_time_is_no_live_page(kb: KnowledgeBase) -> None:
    # A single "day, time -" opening is a dateline, not a live page: nothing changes.
    text = (
        "Wednesday 4 March, 20:15 - Armenian and Azerbaijani foreign ministers began talks "
        "today in Tbilisi."
    )
    mention = report(kb, text, published=FRIDAY)
    assert set(mention.values(Field.START_DATE)) == {"2026-03-06"}


LIVE = (
    "Follow our coverage of the Armenia-Azerbaijan meeting in Tbilisi.\n\n"
    "09:15 - Armenian and Azerbaijani foreign ministers began talks in Tbilisi this morning.\n\n"
    "10:30 - Context: Armenian and Azerbaijani leaders held talks in Washington on 8 August "
    "2025, with Donald Trump as host.\n\n"
)


def test_an_entry_after_a_recalled_meeting_goes_to_the_page_round(kb: KnowledgeBase) -> None:
    text = LIVE + "17:40 - A joint declaration was signed by the two sides, officials say.\n"
    mentions = extract_mentions(text, None, FRIDAY, kb)
    (page,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    assert page.values(Field.OUTCOME) == ["agreement"]
    recalled = [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]
    assert all(m.values(Field.OUTCOME) != ["agreement"] for m in recalled)


def test_an_entry_naming_another_meeting_gives_the_page_round_nothing(
    kb: KnowledgeBase,
) -> None:
    # The entry tells of a meeting placed elsewhere: its outcome is not the page round's.
    text = LIVE + (
        "17:40 - The second Abu Dhabi meeting of the two sides ended with a signed "
        "declaration, a diplomat recalls.\n"
    )
    page = report(kb, text, published=FRIDAY)
    assert page.values(Field.OUTCOME) == []
    assert "Abu Dhabi" not in page.values(Field.CITY)


DAYS = (
    "Our rolling coverage of the talks in Tbilisi.\n\n"
    "Wednesday 4 March, 20:15 - Armenian and Azerbaijani foreign ministers began talks "
    "this evening in Tbilisi.\n\n"
)


@pytest.mark.parametrize(
    "context",
    [
        "Thursday 5 March, 10:00 - Context: Armenian and Azerbaijani leaders held talks in "
        "Washington on 8 August 2025, with Donald Trump as host.",
        "Thu 5 March, 10.00am | Background: the two sides' leaders met in Washington on "
        "8 August 2025 and initialled a peace text there.",
    ],
)
def test_a_dated_entry_recalling_another_meeting_stays_a_recall(
    kb: KnowledgeBase, context: str
) -> None:
    # The stamp's day is when the entry was written, not when the recalled meeting sat:
    # the Washington meeting is not folded into the page's round.
    text = DAYS + context + "\n\nThursday 5 March, 18:40 - Talks resume after a break.\n"
    page = report(kb, text, published=FRIDAY)
    assert "Washington" not in page.values(Field.CITY)
    assert "2025-08-08" not in page.values(Field.START_DATE)


def test_a_stamped_entry_with_no_other_day_is_dated_by_its_stamp(kb: KnowledgeBase) -> None:
    text = (
        "Our rolling coverage of the talks in Tbilisi.\n\n"
        "Wednesday 4 March, 20:15 - Armenian and Azerbaijani foreign ministers held talks "
        "in Tbilisi.\n\n"
        "Wednesday 4 March, 22:00 - Talks have ended for the night.\n"
    )
    page = report(kb, text, published=FRIDAY)
    assert set(page.values(Field.START_DATE)) == {"2026-03-04"}


def test_a_day_heading_dates_the_time_stamped_entries_below_it(kb: KnowledgeBase) -> None:
    # "TUESDAY" above the entries, on a page updated on Thursday: the entries are Tuesday's.
    text = (
        "Our page on the Tbilisi talks.\n\nTUESDAY\n\n"
        "09:00 - Armenian and Azerbaijani foreign ministers began talks in Tbilisi this "
        "morning.\n\n"
        "17:00 - First day over.\n"
    )
    thursday = datetime(2026, 3, 5, 20, 0, tzinfo=UTC)
    page = report(kb, text, published=thursday)
    assert set(page.values(Field.START_DATE)) == {"2026-03-03"}


@pytest.mark.parametrize(
    ("later", "start"),
    [
        # The next day of the round: not when it opened.
        ("Talks to resume tomorrow.", "2026-03-04"),
        ("Negotiators will continue on Thursday.", "2026-03-04"),
    ],
)
def test_an_entry_telling_the_next_day_of_talks_does_not_date_their_start(
    kb: KnowledgeBase, later: str, start: str
) -> None:
    text = DAYS + f"Wednesday 4 March, 22:00 - Day one over. {later}\n"
    page = report(kb, text, published=FRIDAY)
    assert set(page.values(Field.START_DATE)) == {start}


def test_talks_to_continue_a_week_later_are_another_round(kb: KnowledgeBase) -> None:
    # Negative: "next Wednesday" is a week on, a new round, which keeps its own day.
    text = DAYS + "Wednesday 4 March, 22:00 - The two sides will continue talks next Wednesday.\n"
    mentions = extract_mentions(text, None, FRIDAY, kb)
    days = {v for m in mentions for v in m.values(Field.START_DATE)}
    assert "2026-03-11" in days


def test_a_deal_told_on_a_later_day_of_the_page_ends_the_round_that_day(
    kb: KnowledgeBase,
) -> None:
    text = DAYS + (
        "Thursday 5 March, 23:10 - BREAKING: Armenia and Azerbaijan have signed a joint "
        "declaration on the border, the Georgian hosts announce.\n"
    )
    page = report(kb, text, published=FRIDAY)
    assert page.values(Field.END_DATE) == ["2026-03-05"]


def test_a_later_entry_with_no_deal_nor_end_leaves_the_last_day_open(kb: KnowledgeBase) -> None:
    text = DAYS + "Thursday 5 March, 12:00 - Armenia says it wants the text finished soon.\n"
    page = report(kb, text, published=FRIDAY)
    assert page.values(Field.END_DATE) == []
