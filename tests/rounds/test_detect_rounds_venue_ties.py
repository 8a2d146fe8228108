"""Which venue and day go to which round: trips, departures, venues pointed back at, rounds
compared with, and meetings told before their sides.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

THURSDAY = datetime(2025, 9, 11, 18, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, THURSDAY, kb)


def _cities(mentions: list[RoundMention]) -> set[str]:
    return {c.value for m in mentions for c in m.claims if c.field is Field.CITY}


def _by_city(mentions: list[RoundMention], city: str) -> RoundMention:
    (found,) = [m for m in mentions if m.first(Field.CITY) == city]
    return found


def test_a_seat_of_government_s_office_is_its_city(kb: KnowledgeBase) -> None:
    text = "Russian and Ukrainian negotiators met in the Oval Office on Tuesday with Trump."
    assert _cities(_extract(kb, text)) == {"Washington"}


def test_the_office_speaking_is_no_venue(kb: KnowledgeBase) -> None:
    text = "The Oval Office said Russian and Ukrainian negotiators met on Tuesday in Riyadh."
    assert _cities(_extract(kb, text)) == {"Riyadh"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # A trip whose errand is the meeting, told after the trip.
        (
            "Umerov travelled to Istanbul with two deputies and met the Russian delegation "
            "on Tuesday.",
            "Istanbul",
        ),
        (
            "Umerov flew to Riyadh on Tuesday to sign a prisoner exchange deal with Russia.",
            "Riyadh",
        ),
        (
            "Pashinyan flew to Vienna for his first one-on-one meeting with Aliyev on Tuesday.",
            "Vienna",
        ),
        # Leaving the city once the talks there are over.
        (
            "The Russian delegation left Geneva on Tuesday after two days of talks with the "
            "Ukrainians.",
            "Geneva",
        ),
        (
            "Ukrainian negotiators flew home from Jeddah on Tuesday after three rounds of talks "
            "with Russia's team.",
            "Jeddah",
        ),
    ],
)
def test_a_trip_or_a_departure_names_the_venue_of_the_talks(
    kb: KnowledgeBase, text: str, city: str
) -> None:
    assert _cities(_extract(kb, text)) == {city}


@pytest.mark.parametrize(
    "text",
    [
        # A trip for something else, the talks held elsewhere.
        "Pashinyan flew to Paris for a holiday after talks with Aliyev in Almaty on Tuesday.",
        # Leaving a city for talks elsewhere.
        "The Russian delegation left Moscow on Tuesday for talks with the Ukrainians in Istanbul.",
    ],
)
def test_a_trip_elsewhere_is_no_venue(kb: KnowledgeBase, text: str) -> None:
    cities = _cities(_extract(kb, text))
    assert "Paris" not in cities and "Moscow" not in cities


def test_the_same_compound_is_the_venue_named_before(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani officials signed the border protocol on Tuesday at a "
        "government compound in Almaty.\n\n"
        "Armenian and Azerbaijani officials had first met at the same compound on 3 March "
        "2024, with Kazakhstan as host."
    )
    mentions = _extract(kb, text)
    (earlier,) = [m for m in mentions if m.first(Field.START_DATE) == "2024-03-03"]
    assert earlier.first(Field.CITY) == "Almaty"


def test_the_same_compound_names_nothing_without_an_earlier_venue(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani officials met at the same compound on 3 March 2024, with "
        "Kazakhstan as host."
    )
    assert _cities(_extract(kb, text)) == set()


def test_a_sitting_compared_with_is_not_the_one_reported(kb: KnowledgeBase) -> None:
    text = (
        "The meeting of Russian and Ukrainian negotiators in Ankara on Tuesday lasted five "
        "hours, longer than their session in Antalya on 7 August."
    )
    mentions = _extract(kb, text)
    report = next(m for m in mentions if m.kind is MentionKind.REPORT)
    assert report.first(Field.CITY) == "Ankara"
    assert report.first(Field.START_DATE) == "2025-09-09"


def test_a_sitting_pointed_at_gets_its_days(kb: KnowledgeBase) -> None:
    text = (
        "The talks followed a visit in March, when the Russian envoy travelled to Istanbul "
        "with Turkish mediators and met the Ukrainian delegation. Those talks, from 4 to 6 "
        "March, ended without a deal, but both sides said they would meet again."
    )
    istanbul = _by_city(_extract(kb, text), "Istanbul")
    assert istanbul.first(Field.START_DATE) == "2025-03-04"
    assert istanbul.first(Field.END_DATE) == "2025-03-06"
    assert istanbul.kind is not MentionKind.ANNOUNCEMENT


def test_a_dated_sitting_not_pointed_at_stays_apart(kb: KnowledgeBase) -> None:
    text = (
        "The Russian envoy travelled to Istanbul with Turkish mediators and met the "
        "Ukrainian delegation. Russian and Ukrainian negotiators held talks on 4 March, "
        "which ended without a deal."
    )
    istanbul = _by_city(_extract(kb, text), "Istanbul")
    assert istanbul.first(Field.START_DATE) != "2025-03-04"


def test_sides_named_after_a_meeting_placed_without_them_sat_there(kb: KnowledgeBase) -> None:
    text = (
        "Witkoff's talks with Putin in Moscow on Wednesday ran late.\n\n"
        "On Monday a planned gathering of ministers in Berlin was scaled back at the last "
        "minute. Kellogg led the American team instead, sitting down with a Ukrainian "
        "delegation headed by Yermak."
    )
    mentions = _extract(kb, text)
    berlin = _by_city(mentions, "Berlin")
    assert berlin.first(Field.START_DATE) == "2025-09-08"
    assert {c.value for c in berlin.claims if c.field is Field.HEAD} >= {"Andriy Yermak"}
    moscow = _by_city(mentions, "Moscow")
    assert not any(c.field is Field.HEAD and c.value == "Andriy Yermak" for c in moscow.claims)


def test_sides_in_another_paragraph_do_not_take_the_meeting_placed(kb: KnowledgeBase) -> None:
    text = (
        "Witkoff's talks with Putin in Moscow on Wednesday ran late.\n\n"
        "On Monday a planned gathering of ministers in Berlin was scaled back.\n\n"
        "Dmitriev joined the talks on the Russian side."
    )
    assert "Berlin" not in {m.first(Field.CITY) for m in _extract(kb, text)}
