"""How the sides sat, in the families reports use: talks said to be indirect or direct in
so many words ("remained indirect", "spoke directly", "their third direct round"), a
go-between at work told in a paragraph of its own, a peace summit; and formats that belong
to another gathering (a bloc's summit, a separate three-way meeting), to a wish (a leaders'
meeting that should crown a deal) or to the next stage (talks moving on to experts). And the
mood of the room: a shouting match, an atmosphere of mutual respect."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report

OPENING = "Iranian and American negotiators held talks in Muscat on Tuesday."


@pytest.mark.parametrize(
    ("sentence", "fmt"),
    [
        ("The talks remained largely indirect, officials said.", "indirect"),
        ("Both delegations said the talks were indirect.", "indirect"),
        ("The delegations negotiated indirectly for five hours.", "indirect"),
        ("At the end of the session the two envoys spoke directly for a few minutes.", "direct"),
        ("It was the third direct round between the two delegations this year.", "direct"),
    ],
)
def test_talks_said_to_be_direct_or_indirect(kb: KnowledgeBase, sentence: str, fmt: str) -> None:
    assert fmt in _report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


def test_the_go_between_at_work_in_a_paragraph_of_its_own(kb: KnowledgeBase) -> None:
    text = (
        f"{OPENING}\n\nThe two envoys spent three hours at a villa outside the city. For most "
        "of it they stayed apart while Omani Foreign Minister Badr Albusaidi carried messages "
        "between them."
    )
    assert "indirect" in _report(kb, text).values(Field.FORMAT)


def test_a_peace_summit(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani leaders met in Washington on Tuesday for what the hosts "
        "called a peace summit."
    )
    assert "summit" in _report(kb, text).values(Field.FORMAT)


@pytest.mark.parametrize(
    ("sentence", "fmt"),
    [
        ("The Iranian minister then flew to Brussels for a European summit.", "summit"),
        (
            "The Iranian minister told the envoys the talks could lead to a NATO-style summit.",
            "summit",
        ),
        ("Earlier the Iranians met Omani officials in a separate three-way format.", "trilateral"),
        ("Araghchi said a leaders' meeting should crown an agreement, not open one.", "summit"),
        ("The two sides agreed to begin expert-level work next week.", "working_groups"),
        ("The summit followed a meeting of the envoys in Muscat on Tuesday.", "summit"),
        ("Araghchi said technical teams would start meeting in the coming days.", "working_groups"),
        ("The talks were not indirect fire exchanges but a real negotiation.", "indirect"),
    ],
)
def test_formats_of_another_gathering_a_wish_or_the_next_stage(
    kb: KnowledgeBase, sentence: str, fmt: str
) -> None:
    assert fmt not in _report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


def test_a_meeting_that_turned_into_a_shouting_match_was_hostile(kb: KnowledgeBase) -> None:
    text = (
        f"{OPENING} The meeting turned into a shouting match in its final minutes, and the "
        "Iranian delegation walked out."
    )
    mention = _report(kb, text)
    assert "hostile" in mention.values(Field.ATMOSPHERE)
    assert mention.first(Field.OUTCOME) == "collapsed"


def test_talks_in_an_atmosphere_of_mutual_respect_were_cordial(kb: KnowledgeBase) -> None:
    text = f"{OPENING} Both sides said the talks were held in an atmosphere of mutual respect."
    assert "cordial" in _report(kb, text).values(Field.ATMOSPHERE)


def test_a_deal_based_on_mutual_respect_says_nothing_of_the_mood(kb: KnowledgeBase) -> None:
    text = f"{OPENING} The mediator said the sides sought a deal based on mutual respect."
    assert "cordial" not in _report(kb, text).values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    ("sentence", "indirect"),
    [
        ("Omani officials shuttled between the two delegations all afternoon.", True),
        ("A Qatari envoy kept shuttling between them until late in the evening.", True),
        ("The mediator shuttled between the sides with each new draft.", True),
        # The envoys' beat, not how the sides sat.
        ("Both envoys have shuttled between this war and the Middle East for a year.", False),
    ],
)
def test_shuttling_between_the_sides_not_between_crises(
    kb: KnowledgeBase, sentence: str, indirect: bool
) -> None:
    formats = _report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)
    assert ("indirect" in formats) is indirect
