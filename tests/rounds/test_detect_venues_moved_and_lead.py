"""Where a round sat when no sentence dating it says: talks that move to a place, and the
place a lead or a headline opens on.

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


def _cities(mentions: list[RoundMention]) -> set[str]:
    """The venues sentences name outright (not the story's place, a weaker hint)."""
    return {
        c.value for m in mentions for c in m.claims if c.field is Field.CITY and c.confidence >= 0.9
    }


def test_talks_that_moved_to_a_city_sat_there(kb: KnowledgeBase) -> None:
    text = (
        "The negotiations between the United States, Russia and Ukraine moved to Vienna this "
        "week. The delegations met on Tuesday and Wednesday."
    )
    assert _report(_extract(kb, text)).first(Field.CITY) == "Vienna"


def test_other_verbs_of_moving_talks(kb: KnowledgeBase) -> None:
    for verb in ("shifted", "have relocated", "switched", "returned"):
        text = f"Talks between Israel and Hamas {verb} to Cairo on Monday, officials said."
        assert _cities(_extract(kb, text)) == {"Cairo"}, verb


def test_a_person_who_moved_to_a_place_does_not_move_the_talks(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators held their first talks since the president "
        "returned to the White House on Saturday."
    )
    assert "Washington" not in _cities(_extract(kb, text))


def test_a_focus_that_shifts_to_a_capital_is_no_venue(kb: KnowledgeBase) -> None:
    text = "After the talks, the focus shifted to Kyiv's demands for guarantees."
    assert "Kyiv" not in _cities(_extract(kb, text))


def test_the_lead_s_city_places_a_round_dated_further_down(kb: KnowledgeBase) -> None:
    text = (
        "Vienna once more lived up to its name as a city of quiet diplomacy.\n\n"
        "Iranian and American negotiators held talks on Tuesday that both sides called "
        "useful."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Vienna"
    assert report.first(Field.START_DATE) == "2025-09-09"


def test_a_description_of_the_capital_in_the_lead_names_it(kb: KnowledgeBase) -> None:
    text = (
        "For two days the UAE capital was the centre of the diplomatic world.\n\n"
        "Russian and Ukrainian delegations met on Tuesday and Wednesday."
    )
    assert _report(_extract(kb, text)).first(Field.CITY) == "Abu Dhabi"


def test_the_headline_s_one_city_places_a_round_dated_in_the_body(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators held talks on Wednesday that mediators called "
        "serious.\n\nAnother session is expected."
    )
    report = _report(_extract(kb, text, "Cairo diplomacy brings the rivals back to the table"))
    assert report.first(Field.CITY) == "Cairo"


def test_a_side_s_capital_in_the_lead_is_its_government_not_the_venue(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Moscow is in no hurry, and it shows.\n\n"
        "Russian and Ukrainian negotiators held talks on Wednesday that both sides called "
        "useful."
    )
    assert _report(_extract(kb, text)).first(Field.CITY) is None


def test_a_survey_of_venues_says_not_which_round_was_direct(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine have tried direct talks in Istanbul, US-brokered meetings in "
        "Riyadh, trilateral sessions in Abu Dhabi and now a round in Vienna."
    )
    formats = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.FORMAT}
    assert formats == set()


def test_a_headline_asking_whether_a_place_could_host_places_no_round(
    kb: KnowledgeBase,
) -> None:
    for opener in ("Could", "Might"):
        title = f"{opener} Vienna host Russia-Ukraine peace talks?"
        text = (
            "The chancellor is willing to host negotiations between Russia and Ukraine, "
            "officials said on Tuesday."
        )
        mentions = _extract(kb, text, title)
        cities = {c.value for m in mentions for c in m.claims if c.field is Field.CITY}
        assert "Vienna" not in cities, opener
