"""Talks placed in a country only, the day a truce takes hold (which is no day of talks),
onlookers' cities, and what a later sentence or paragraph still says of a recalled round.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention
from tests.mentions import dated

THURSDAY = datetime(2025, 9, 11, 18, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, THURSDAY, kb)


def test_talks_in_a_country_name_the_country_and_no_city(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators held a week of talks in Switzerland that "
        "closed on 5 September."
    )
    (mention,) = _extract(kb, text)
    assert mention.first(Field.COUNTRY) == "Switzerland"
    assert mention.first(Field.CITY) is None


def test_talks_in_a_side_s_country_name_no_venue(kb: KnowledgeBase) -> None:
    # Negative case: "in Armenia" is where one side is, as likely the war's place as the
    # table's.
    text = "Armenian and Azerbaijani negotiators held talks in Armenia on Tuesday."
    assert all(m.first(Field.COUNTRY) is None for m in _extract(kb, text))


def test_a_dateline_abroad_does_not_place_talks_held_in_a_country(kb: KnowledgeBase) -> None:
    text = (
        "LONDON - Armenian and Azerbaijani negotiators will hold talks in Switzerland "
        "starting on 22 September, the mediators announced on Wednesday."
    )
    mentions = _extract(kb, text)
    talks = dated(mentions, "2025-09-22")
    assert talks.first(Field.COUNTRY) == "Switzerland"
    assert all(m.first(Field.CITY) != "London" for m in mentions)


def test_a_dateline_in_the_country_of_the_talks_is_their_city(kb: KnowledgeBase) -> None:
    text = (
        "BERN - Armenian and Azerbaijani negotiators held talks in Switzerland on Tuesday, "
        "the mediators said."
    )
    assert dated(_extract(kb, text), "2025-09-09").first(Field.CITY) == "Bern"


def test_the_day_a_truce_takes_hold_is_not_the_day_of_the_talks(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan have agreed to a ceasefire from midnight on 20 September, to "
        "be followed by talks in Switzerland starting on 29 September, the envoy said."
    )
    starts = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.START_DATE}
    assert starts == {"2025-09-29"}


def test_a_day_agreed_from_midnight_keeps_the_nearer_year() -> None:
    # A past agreement on a day ahead: not last year's 30 September.
    sentence = "Both sides agreed to a ceasefire from midnight on 30 September."
    (span,) = find_dates(sentence, THURSDAY)
    assert span.first == date(2025, 9, 30)
    # Negative case: a plain past day later in the calendar is last year's.
    (held,) = find_dates("Both sides held talks on 20 October.", THURSDAY)
    assert held.first == date(2024, 10, 20)


def test_an_announcement_on_a_weekday_is_the_one_gone_by() -> None:
    (span,) = find_dates("The envoy announced the talks on Friday.", THURSDAY)
    assert span.first == date(2025, 9, 5)


def test_onlookers_city_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday; the talks were "
        "watched closely in Yerevan."
    )
    assert {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY} == {
        "Almaty"
    }


def test_where_the_news_was_taken_as_a_breakthrough_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met on 3 September, and the meeting was treated "
        "in Yerevan as a breakthrough."
    )
    assert "Yerevan" not in {
        c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY
    }


def test_a_host_who_received_the_sides_places_them(kb: KnowledgeBase) -> None:
    # Negative case: "received ... in Sochi" is where the sitting was.
    text = "On 3 September Vladimir Putin received Pashinyan and Aliyev in Sochi for talks."
    assert "Sochi" in {
        c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY
    }


def test_the_opening_of_a_round_dates_its_first_day(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators ended a week of talks in Vienna on 5 September, "
        "and the truce declared at their opening on 29 August still holds."
    )
    (mention,) = _extract(kb, text)
    assert mention.first(Field.START_DATE) == "2025-08-29"


def test_what_came_since_a_recalled_round_is_not_told_of_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday.\n\n"
        "Their last meeting, in Vienna on 2 June, ended without a deal. Since then, the two "
        "sides have exchanged prisoners."
    )
    vienna = dated(_extract(kb, text), "2025-06-02")
    assert "prisoners" not in vienna.values(Field.TOPIC)


def test_a_new_paragraph_returns_to_the_round_reported(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday and agreed on a "
        "border commission. The meeting built on talks the two sides held in Vienna on 2 "
        "June.\n\n"
        "The mediators said in their statement that the sides had discussed prisoners."
    )
    mentions = _extract(kb, text)
    report = next(m for m in mentions if m.kind is MentionKind.REPORT)
    assert "prisoners" in report.values(Field.TOPIC)
    assert "prisoners" not in dated(mentions, "2025-06-02").values(Field.TOPIC)


def test_a_new_paragraph_pointing_at_the_recalled_round_stays_with_it(kb: KnowledgeBase) -> None:
    # Negative case: "That meeting" points at the round just recalled.
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday. The meeting built on "
        "talks the two sides held in Vienna on 2 June.\n\n"
        "That meeting dealt mostly with prisoners, the mediators said."
    )
    assert "prisoners" in dated(_extract(kb, text), "2025-06-02").values(Field.TOPIC)


def test_a_truce_s_line_is_land(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday and agreed to turn "
        "the old ceasefire line into a border."
    )
    (mention,) = _extract(kb, text)
    assert mention.values(Field.TOPIC) == ["territory"]


def test_since_a_month_is_a_month_gone_by() -> None:
    # "since April" in a sentence whose verbs look ahead is still the April before.
    sentence = "Oman, which has mediated the talks since April, said new dates would be announced."
    (span,) = find_dates(sentence, THURSDAY)
    assert span.first == date(2025, 4, 1)
    # Negative case: "in April" told of as ahead is next year's.
    (ahead,) = find_dates("Oman said the talks would resume in April.", THURSDAY)
    assert ahead.first == date(2026, 4, 1)


def test_a_meeting_never_confirmed_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Baku had never formally confirmed its participation in a Saturday meeting with "
        "Armenian negotiators in Almaty, an official said."
    )
    assert _extract(kb, text) == []


def test_a_meeting_confirmed_is_a_round(kb: KnowledgeBase) -> None:
    # Negative case: confirmed, and held.
    text = "Baku confirmed that its negotiators met Armenian negotiators in Almaty on Saturday."
    assert [m.first(Field.CITY) for m in _extract(kb, text)] == ["Almaty"]


def test_the_time_spent_somewhere_does_not_place_the_next_round(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan agreed on Tuesday to hold a second round of talks next "
        "Tuesday, after an afternoon in Almaty that both sides called useful."
    )
    announced = [m for m in _extract(kb, text) if m.kind is MentionKind.ANNOUNCEMENT]
    assert announced
    assert all(m.first(Field.CITY) is None for m in announced)
