"""A held event told in a relative clause of a sentence about the future, a side said to
stand outside talks named after a place, another table told without a place or day, and a
host that says it takes no part.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind
from tests.mentions import report

PUBLISHED = datetime(2025, 11, 20, 8, 0, tzinfo=UTC)


def _days(text: str) -> list[date | None]:
    return [span.first for span in find_dates(text, PUBLISHED)]


def test_a_relative_clause_of_a_held_event_is_in_the_past() -> None:
    # "will be" governs the sentence, but the process "that opened" on 14 July did so
    # before publication, in this year.
    text = "The signing will crown a process that opened in earnest on 14 July, in Geneva."
    assert _days(text) == [date(2025, 7, 14)]
    text = "Tomorrow's summit will close a track which was launched on 3 March by the envoys."
    # Negative: "was launched" is no verb of a held sitting; the old reading stands.
    assert _days(text)[-1] == date(2026, 3, 3)


def test_a_relative_clause_running_into_the_future_stays_future() -> None:
    # Negative: the relative clause itself goes on to "will": Friday is ahead.
    text = "The talks that began in Vienna will end on Friday."
    assert _days(text) == [date(2025, 11, 21)]


def test_a_place_of_talks_a_side_is_not_party_to_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers met in Almaty on Tuesday. Georgia, not a "
        "party to the Washington talks, sent no envoy."
    )
    found = report(kb, text, published=PUBLISHED)
    assert found.values(Field.CITY) == ["Almaty"]
    # Negative: talks named after their place still place the round where no side is
    # said to be outside them.
    other = report(
        kb,
        "The Washington talks between Armenia and Azerbaijan resumed on Tuesday.",
        published=PUBLISHED,
    )
    assert other.first(Field.CITY) == "Washington"


def test_another_table_told_without_place_or_day_adds_nothing(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian defence ministers met in Kuala Lumpur on Tuesday and agreed to "
        "keep the truce.\n\nSeparately, Cambodia is negotiating with Laos under Chinese "
        "mediation."
    )
    # A paragraph of its own: the sentence goes on about no round told before it.
    found = report(kb, text, published=PUBLISHED)
    assert "China" not in found.values(Field.MEDIATOR)
    # Negative: the round's own sentence keeps what it tells.
    assert found.first(Field.CITY) == "Kuala Lumpur"


def test_a_host_saying_it_is_no_mediator_is_no_side(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers met in Almaty on Tuesday. The Kazakh "
        "government stressed that it was not a mediator and only lent the room."
    )
    found = report(kb, text, published=PUBLISHED)
    assert "Kazakhstan" not in found.values(Field.PARTICIPANT)
    # Negative: a host said to mediate stays at the table.
    other = [
        m
        for m in extract_mentions(
            "Armenian and Azerbaijani foreign ministers met in Almaty on Tuesday, and the "
            "Kazakh side mediated the talks.",
            None,
            PUBLISHED,
            kb,
        )
        if m.kind is MentionKind.REPORT
    ]
    assert "Kazakhstan" in other[0].values(Field.PARTICIPANT)


def test_a_sitting_called_off_told_after_one_held_is_not_it(kb: KnowledgeBase) -> None:
    # The day and the cancellation are of the Vienna session; the sentence reports Geneva's.
    text = (
        "Armenian and Azerbaijani foreign ministers met in Geneva on Tuesday, a week after "
        "the meeting scheduled for Vienna on 11 November had been cancelled."
    )
    found = report(kb, text, published=PUBLISHED)
    assert found.first(Field.START_DATE) == "2025-11-18"
    assert found.first(Field.STATUS) != "cancelled"


def test_a_sitting_called_off_told_alone_keeps_its_day_and_fate(kb: KnowledgeBase) -> None:
    # Negative: no sitting held is reported before it; the sentence tells the cancellation.
    text = (
        "The meeting of Armenian and Azerbaijani foreign ministers scheduled for Vienna on "
        "11 November was cancelled."
    )
    days = {m.first(Field.START_DATE) for m in extract_mentions(text, None, PUBLISHED, kb)}
    statuses = {m.first(Field.STATUS) for m in extract_mentions(text, None, PUBLISHED, kb)}
    assert "2025-11-11" in days
    assert "cancelled" in statuses


def test_where_onlookers_took_the_news_is_no_venue(kb: KnowledgeBase) -> None:
    # "surprised many in Baku", "widely read in Yerevan as": the onlookers' city.
    text = (
        "Armenian and Azerbaijani foreign ministers met in Almaty on Tuesday, a choice of "
        "venue that surprised many in Baku."
    )
    found = report(kb, text, published=PUBLISHED)
    assert found.values(Field.CITY) == ["Almaty"]
    # Negative: a meeting held there is still placed there.
    other = report(
        kb,
        "The foreign ministers of Armenia and Azerbaijan were read the draft in Almaty on "
        "Tuesday, where they met for talks.",
        published=PUBLISHED,
    )
    assert "Almaty" in other.values(Field.CITY)


def test_a_texts_reception_in_a_capital_places_no_round(kb: KnowledgeBase) -> None:
    text = (
        "The Armenian and Azerbaijani leaders' statement on the peace talks was widely read "
        "in Yerevan as a warning."
    )
    assert all(
        m.first(Field.CITY) != "Yerevan" for m in extract_mentions(text, None, PUBLISHED, kb)
    )


def test_where_observers_recall_the_past_is_no_venue(kb: KnowledgeBase) -> None:
    # "Analysts in Baku recalled that ...": where the speakers are, as with "said".
    text = (
        "Armenian and Azerbaijani foreign ministers met in Almaty on Tuesday. Analysts in "
        "Baku recalled that the two had not met since the talks of the spring."
    )
    cities = {m.first(Field.CITY) for m in extract_mentions(text, None, PUBLISHED, kb)}
    assert "Baku" not in cities
    assert "Almaty" in cities


def test_sides_awaited_at_a_place_soon_are_a_future() -> None:
    from negotrack.rounds.dates import Tense, detect_tense

    # A delegation "expected in" a city, talks "in the coming days": ahead of the reader.
    assert detect_tense("Both teams are expected in Vienna for a fresh round.") is Tense.FUTURE
    assert detect_tense("The envoys meet again in the coming days.") is Tense.FUTURE
    # Negative: a delegation that was expected and came, told in the past, stays past.
    assert detect_tense("The delegation arrived in Vienna, as planned.") is Tense.PAST
