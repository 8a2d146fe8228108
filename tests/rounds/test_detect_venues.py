"""Where a round took place when the sentence dating it does not say: general news patterns.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention
from tests.mentions import only_report as _report

THURSDAY = datetime(2025, 9, 11, 18, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, THURSDAY, kb)


def test_headline_venue_places_a_round_the_body_only_dates(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators held talks on Wednesday that both sides called "
        "useful. The delegations agreed to exchange more prisoners."
    )
    report = _report(_extract(kb, text, "What was said behind closed doors in Geneva"))
    assert report.first(Field.CITY) == "Geneva"
    assert report.first(Field.START_DATE) == "2025-09-10"


def test_dateline_places_a_round_the_lead_does_not(kb: KnowledgeBase) -> None:
    text = (
        "RIYADH, Sept 11 - Russian and Ukrainian negotiators held talks on Wednesday that both "
        "sides called useful.\n\nA second session is not yet fixed."
    )
    assert _report(_extract(kb, text)).first(Field.CITY) == "Riyadh"


def test_a_room_of_a_seat_of_government_is_its_city(kb: KnowledgeBase) -> None:
    text = (
        "In the State Dining Room of the White House on Wednesday, Russian and Ukrainian "
        "negotiators signed a prisoner exchange agreement."
    )
    assert _report(_extract(kb, text)).first(Field.CITY) == "Washington"


def test_a_place_whose_request_it_was_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Russia and Ukraine opened in Istanbul on Wednesday, a day later than "
        "planned at Washington's request."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert cities == {"Istanbul"}


def test_a_capital_hosting_a_process_yields_to_the_named_venue(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met at Istanbul's Dolmabahce Palace on Wednesday, "
        "in talks Ankara has hosted since the spring."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert cities == {"Istanbul"}


def test_a_venue_compared_with_is_not_this_rounds(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators held a second round of talks on Wednesday, a "
        "fortnight after their first meeting in Istanbul."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) is None


def test_where_speakers_argue_is_not_a_venue(kb: KnowledgeBase) -> None:
    text = "Diplomats in Ankara argue that the talks between Russia and Ukraine must go on."
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert "Ankara" not in cities


def test_a_wish_for_a_venue_is_no_round(kb: KnowledgeBase) -> None:
    text = "Should Russia and Ukraine ever hold talks again, Swiss officials would like them in Geneva."
    assert _extract(kb, text) == []


def test_the_day_a_view_was_voiced_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Iran's foreign minister said on Tuesday that he doubted the nuclear talks with the "
        "United States would lead anywhere."
    )
    assert _extract(kb, text) == []


def test_putting_signatures_to_a_deal_is_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine put their signatures to a prisoner exchange agreement in Istanbul "
        "on Wednesday."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Istanbul"
    assert report.first(Field.START_DATE) == "2025-09-10"


def test_a_city_lending_a_building_is_the_venue(kb: KnowledgeBase) -> None:
    text = (
        "American and Iranian delegations resumed their indirect talks on Wednesday. Vienna "
        "lent a baroque palace for the talks, while Omani diplomats passed messages."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Vienna"
    assert "Austria" not in report.values(Field.PARTICIPANT)
    assert "Austria" not in report.values(Field.MEDIATOR)


def test_a_city_offering_its_premises_yields_to_a_named_venue(kb: KnowledgeBase) -> None:
    text = (
        "American and Iranian delegations resumed their indirect talks in Muscat on Wednesday, "
        "after Vienna had offered its premises for the talks."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert cities == {"Muscat"}


def test_a_country_lending_a_residence_gives_the_country_only(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators held a round of talks on Wednesday. The Norwegian "
        "government lent a residence outside the capital for the talks."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.COUNTRY) == "Norway"
    assert report.first(Field.CITY) is None
    assert "Norway" not in report.values(Field.PARTICIPANT)
