"""What the rest of a sentence tells of a day written without its year or for another event:
a month told with its year just before ("In October 2023, a meeting due on 5 October"), a
plan told in the past ("a summit that was to bring them together on 15 December"), and the
day a town fell ("taking Bukavu in February").

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.model import Field
from tests.mentions import values

AUGUST = datetime(2025, 8, 7, 9, 0, tzinfo=UTC)
MARCH = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)


def _days(kb: KnowledgeBase, text: str, published: datetime) -> set[str]:
    return values(kb, text, Field.START_DATE, published)


def test_a_month_told_with_its_year_gives_it_to_the_day_after(kb: KnowledgeBase) -> None:
    text = (
        "In October 2023, a meeting of Armenian and Azerbaijani leaders in Granada, which "
        "European mediators were to chair on 5 October, was called off."
    )
    assert "2023-10-05" in _days(kb, text, AUGUST)


def test_a_year_alone_gives_no_year_to_a_day(kb: KnowledgeBase) -> None:
    # Negative case: "since 2022" names no month the day could be of.
    text = (
        "Armenian and Azerbaijani negotiators, at odds since 2022, will meet in Granada on "
        "5 October."
    )
    assert _days(kb, text, AUGUST) == {"2025-10-05"}


def test_a_plan_told_in_the_past_takes_the_nearer_day() -> None:
    # Published 12 March 2025: the December of the plan is the one just gone by.
    sentence = "A summit that was to bring the leaders together on 15 December was called off."
    assert [s.first for s in find_dates(sentence, MARCH)] == [date(2024, 12, 15)]


def test_a_future_told_now_takes_the_day_ahead() -> None:
    # Negative case: "is to" looks ahead from publication.
    sentence = "A summit that is to bring the leaders together on 15 December was announced."
    assert [s.first for s in find_dates(sentence, MARCH)] == [date(2025, 12, 15)]


def test_the_day_a_town_fell_dates_no_talks(kb: KnowledgeBase) -> None:
    text = (
        "Congolese and M23 delegations will meet in Luanda on 18 March. Angola hopes the "
        "talks can hold a ceasefire in the Kivus, where the rebels have advanced fast this "
        "year, taking Bukavu in February."
    )
    assert "2025-02-01" not in _days(kb, text, MARCH)
    # Negative case: talks told as held in February are dated by it.
    held = (
        "Congolese and M23 delegations will meet in Luanda on 18 March. Their first talks, "
        "in Luanda in February, ended without a deal."
    )
    assert "2025-02-01" in _days(kb, held, MARCH)


OCTOBER = datetime(2025, 10, 27, 7, 45, tzinfo=UTC)


def test_there_dates_a_signing_by_the_sentence_before(kb: KnowledgeBase) -> None:
    # "There," points at the ceremony of the sentence before, and at its day, Sunday.
    text = (
        "KUALA LUMPUR - Roads around the convention centre were shut for most of yesterday.\n\n"
        "Donald Trump flew in on Sunday morning, was met by Anwar Ibrahim, and went straight "
        "to the convention centre for a ceremony on the summit's sidelines.\n\n"
        "There, Anutin Charnvirakul and Hun Manet signed a joint declaration."
    )
    assert _days(kb, text, OCTOBER) == {"2025-10-26"}


def test_there_as_a_dummy_subject_takes_no_day(kb: KnowledgeBase) -> None:
    # Negative case: "There was ..." points at no place.
    text = (
        "Donald Trump flew in on Sunday morning. There was a signing by Anutin Charnvirakul and "
        "Hun Manet of a joint declaration in Kuala Lumpur."
    )
    assert "2025-10-26" not in _days(kb, text, OCTOBER)


def test_visiting_delegations_are_no_sitting(kb: KnowledgeBase) -> None:
    # "rooms taken by delegations and journalists since Thursday" tells of visitors, not
    # of the day the talks began.
    text = (
        "Anutin Charnvirakul and Hun Manet signed a joint declaration in Kuala Lumpur on "
        "Sunday. A hotel manager said every room had been taken by delegations and "
        "journalists since Thursday."
    )
    assert _days(kb, text, OCTOBER) == {"2025-10-26"}


APRIL_14 = datetime(2025, 4, 14, 10, 40, tzinfo=UTC)


def test_the_day_a_sitting_is_named_by_dates_it(kb: KnowledgeBase) -> None:
    # Sunday is the markets' day; "Saturday's talks" names the sitting's own.
    text = (
        "Dealers marked the rial up on Sunday after Saturday's talks in Muscat between Iran "
        "and the United States passed off calmly."
    )
    assert _days(kb, text, APRIL_14) == {"2025-04-12"}


def test_a_day_told_without_the_possessive_still_dates_the_talks(kb: KnowledgeBase) -> None:
    # Negative case: no day names the sitting; the day told is the talks' own.
    text = "Iran and the United States held talks in Muscat on Saturday."
    assert _days(kb, text, APRIL_14) == {"2025-04-12"}
