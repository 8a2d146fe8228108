"""How a round ended, in the families reports use: texts signed under their names (often
plural), a proposal for a truce accepted or backed, a compromise not found, a deal that came
apart later (still a deal made at the round), a break-down after a stall; and deals only
aimed at, which are none."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenian and Azerbaijani ministers signed the Alma-Ata Accords in Almaty on Tuesday.",
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and signed the first "
        "stage of a peace treaty.",
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and signed the Almaty "
        "Principles on border delimitation.",
    ],
)
def test_texts_signed_under_their_names_are_deals(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "agreement"


def test_a_text_told_before_the_ministers_who_signed_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The accord that the "
        "two countries' foreign ministers signed there ends the dispute over the border."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine said it was ready to accept an American proposal for a 30-day truce, after "
        "talks with US officials in Jeddah on Tuesday.",
        "After talks with US officials in Jeddah on Tuesday, Ukraine backed an American plan "
        "for a ceasefire of 30 days.",
        "After a day of talks with US officials in Jeddah on Tuesday, Ukraine said it was "
        "prepared to accept a 30-day ceasefire if Moscow did the same.",
    ],
)
def test_a_truce_proposal_accepted_is_a_deal(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian and American envoys held talks in Moscow on Tuesday but did not reach a "
        "compromise on the territorial questions.",
        "Russian and American envoys held talks in Moscow on Tuesday; they have not found "
        "any agreement on the main issues, an aide said.",
        "Russian and American envoys held talks in Moscow on Tuesday which ended with no result.",
    ],
)
def test_a_compromise_not_found_is_no_breakthrough(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "no_breakthrough"


def test_a_deal_made_at_the_round_that_came_apart_later_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Doha on Tuesday. The truce reached in Doha "
        "brought the hostages home, but it collapsed weeks later when the fighting resumed."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_talks_that_stalled_and_then_broke_down_collapsed(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Doha on Tuesday. The talks stalled over the "
        "withdrawal of troops. By the evening the talks had broken down."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "collapsed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zelensky went to Washington on Tuesday to sign a framework agreement with Trump, "
        "but the meeting was cut short and he left without it.",
        "Ukrainian and US envoys held talks in Geneva on Tuesday. The Ukrainians had come to "
        "Geneva to sign a minerals agreement, but the meeting was cut short.",
    ],
)
def test_a_deal_only_aimed_at_is_none(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) in (None, "collapsed")


def test_sides_brought_to_sign_a_text_signed_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday; the hosts brought them "
        "to sign a declaration of principles."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian and Ukrainian envoys met in Istanbul on Tuesday and reached agreement on "
        "exchanging all the badly wounded prisoners.",
        "Russian and Ukrainian envoys met in Istanbul on Tuesday and agreed to a further "
        "exchange of 800 prisoners.",
        "The meeting of Russian and Ukrainian envoys in Istanbul on Tuesday ended with an "
        "agreement on prisoners and nothing on stopping the war.",
        "Russian and American envoys met in Riyadh on Tuesday; officials called the result a "
        "partial arrangement on shipping.",
    ],
)
def test_a_deal_on_one_issue_is_partial(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "partial_agreement"


def test_an_agreement_on_captives_and_a_truce_is_the_deal(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators meeting in Cairo on Tuesday reached an agreement on the "
        "release of the hostages and a ceasefire."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_a_signed_text_that_leaves_the_main_matter_out_is_partial(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani leaders met in Sochi on Tuesday. They signed a short "
        "statement renouncing force, but the document did not mention the peace treaty."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine said it was ready to accept an immediate, interim 30-day ceasefire with "
        "Russia, after talks with US officials in Jeddah on Tuesday.",
    ],
)
def test_a_truce_listed_with_commas_accepted(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "agreement"
