"""Go-betweens named through their envoys or by joining: "with representatives of A and B
taking part as co-mediators", "mediated by X with diplomats from A, B and C", "X led the
mediation, joined by envoys of A and B", "C joining as a third facilitator", "X will lead the
mediation" — and what is none of these."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report

SUDAN = "Delegations of the Sudanese army and the RSF met in Jeddah on Tuesday. "


def _mediators(kb: KnowledgeBase, text: str) -> set[str]:
    return set(report(kb, text).values(Field.MEDIATOR))


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        (
            SUDAN + "Talks were chaired by an American envoy, with delegates from Egypt and "
            "Qatar taking part as co-facilitators.",
            {"Egypt", "Qatar"},
        ),
        (
            SUDAN + "Norway and Switzerland took part as mediators on the second day.",
            {"Norway", "Switzerland"},
        ),
        (
            SUDAN + "The sessions were brokered by the Americans with officials of Egypt, "
            "Qatar and the United Arab Emirates.",
            {"Egypt", "Qatar", "United Arab Emirates"},
        ),
        (
            SUDAN + "Washington's envoy led the mediation, accompanied by diplomats from "
            "Egypt, Qatar and Turkey.",
            {"Egypt", "Qatar", "Turkey"},
        ),
        (
            SUDAN + "The African Union later joined the United States as a facilitator.",
            {"African Union"},
        ),
        (
            SUDAN + "Turkish Foreign Minister Hakan Fidan heads the mediating team.",
            {"Turkey"},
        ),
    ],
)
def test_go_betweens_are_read(kb: KnowledgeBase, text: str, mediators: set[str]) -> None:
    assert mediators <= _mediators(kb, text)


def test_envoys_accompanying_a_side_are_no_go_betweens(kb: KnowledgeBase) -> None:
    # The envoys at a side's own delegation, not at the go-between's.
    text = SUDAN + "The army delegation, accompanied by officials from Egypt, walked out."
    assert "Egypt" not in _mediators(kb, text)


def test_joining_a_side_as_its_backer_is_no_errand(kb: KnowledgeBase) -> None:
    text = SUDAN + "Egypt joined the army's camp as a backer long ago."
    assert "Egypt" not in _mediators(kb, text)


def test_leading_a_delegation_is_no_mediation(kb: KnowledgeBase) -> None:
    # "heads the delegation" is a side's lead, not the mediating team's.
    text = SUDAN + "Turkish Foreign Minister Hakan Fidan heads the Turkish delegation."
    assert "Turkey" not in _mediators(kb, text)


THREE_WAY = "Russian, Ukrainian and American delegations met in Geneva on Tuesday. "


def test_who_organised_the_talks_called_them(kb: KnowledgeBase) -> None:
    text = THREE_WAY + "The meeting was organised by Switzerland and held at a lakeside hotel."
    assert "Switzerland" in _mediators(kb, text)


def test_organising_without_the_passive_is_not_read(kb: KnowledgeBase) -> None:
    # Only "was/were/been organised by": "an organised effort by" names no organiser.
    text = THREE_WAY + "Officials spoke of an organised push by Switzerland to keep them there."
    assert "Switzerland" not in _mediators(kb, text)


def test_a_hosts_record_of_other_errands_is_background(kb: KnowledgeBase) -> None:
    # Its earlier swaps are not this round's errand: it only lends the room.
    text = (
        THREE_WAY + "The venue was provided by Qatar, which has brokered several exchanges of "
        "children since 2023."
    )
    assert "Qatar" not in _mediators(kb, text)


def test_a_host_that_brokered_these_talks_still_mediates(kb: KnowledgeBase) -> None:
    text = THREE_WAY + "The venue was provided by Qatar, which has brokered the talks."
    assert "Qatar" in _mediators(kb, text)


def test_the_second_of_two_representatives_is_a_member(kb: KnowledgeBase) -> None:
    # "represented by X and Y": the second is no second head of the side.
    found = report(
        kb,
        THREE_WAY + "The American side was represented by special envoy Steve Witkoff and "
        "Jared Kushner.",
    )
    kushner = {(c.field, c.party) for c in found.claims if c.value == "Jared Kushner"}
    assert (Field.HEAD, "United States") not in kushner


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkish Foreign Minister Hakan Fidan will chair.",
        "Hakan Fidan, the Turkish foreign minister, is presiding again.",
        "Hakan Fidan chairs the second session.",
        "Hakan Fidan is to preside over the talks.",
    ],
)
def test_the_chairs_verb_in_any_tense(kb: KnowledgeBase, sentence: str) -> None:
    assert "Turkey" in _mediators(kb, THREE_WAY + sentence)


def test_chairing_another_body_is_no_errand(kb: KnowledgeBase) -> None:
    # The object is no sitting of the talks: a cabinet, a committee of his own government.
    text = THREE_WAY + "Hakan Fidan chairs the council of ministers on Fridays."
    assert "Turkey" not in _mediators(kb, text)


GAZA = "Israeli and Hamas delegations held indirect talks in Cairo on Tuesday. "


def test_one_more_joins_the_errand_after_as_did(kb: KnowledgeBase) -> None:
    text = GAZA + "Egypt's spy chief joined the mediators on Monday, as did Qatari envoys."
    assert "Qatar" in _mediators(kb, text)


def test_as_did_after_another_verb_is_no_errand(kb: KnowledgeBase) -> None:
    # "criticised the plan, as did Qatar": the verb said again is not the go-between's.
    text = GAZA + "Egypt's spy chief criticised the plan on Monday, as did Qatari officials."
    assert "Qatar" not in _mediators(kb, text)
