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
