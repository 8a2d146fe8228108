"""What a round dealt with and how it went: topics, mood, outcome, follow-up and format."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report

# --- whether the sides will go on -----------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "All the delegations agreed to hold another session soon, a statement said.",
        "The two sides would meet again in April, the mediator told reporters.",
        "Both teams said they would return for another round, though no date was set.",
        "They agreed to set up working groups on the remaining questions.",
        "Officials said the sides would continue to talk over the coming weeks.",
    ],
)
def test_a_plan_to_go_on_belongs_to_the_round_reported(kb: KnowledgeBase, closing: str) -> None:
    report = _report(
        kb, "Russian and Ukrainian delegations held talks in Istanbul on Monday. " + closing
    )
    assert report.values(Field.AGREED_TO_CONTINUE) == ["true"]


# --- outcomes -------------------------------------------------------------------------------


def test_a_signed_framework_agreement_is_a_deal(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Kinshasa and the M23 signed a framework agreement at talks in Doha on Saturday.",
    )
    assert set(report.values(Field.OUTCOME)) == {"agreement"}


def test_names_put_to_a_declaration_of_principles_make_a_deal(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Envoys of Kinshasa and the M23 put their signatures on Saturday to a declaration of "
        "principles after talks in Doha.",
    )
    assert set(report.values(Field.OUTCOME)) == {"agreement"}


def test_a_framework_with_terms_left_open_is_partial(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Kinshasa and the M23 signed a framework agreement at talks in Doha on Saturday, "
        "though most protocols remain to be negotiated.",
    )
    assert set(report.values(Field.OUTCOME)) == {"partial_agreement"}


def test_a_pledge_that_another_sentence_says_falls_short_is_partial(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Sudan's army and the Rapid Support Forces signed late on Tuesday a pledge to let "
        "food convoys through, after talks in Jeddah.\n\n"
        "The document falls short of a truce.",
    )
    assert set(report.values(Field.OUTCOME)) == {"partial_agreement"}


def test_no_compromise_found_is_no_breakthrough(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and American envoys held talks in Moscow on Tuesday. Yuri Ushakov said no "
        "compromise had been found on the question of land.",
    )
    assert set(report.values(Field.OUTCOME)) == {"no_breakthrough"}


def test_a_swap_as_the_only_result_is_partial(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian delegations held talks in Istanbul on Monday; the only result "
        "was an exchange of the bodies of fallen soldiers.",
    )
    assert set(report.values(Field.OUTCOME)) == {"partial_agreement"}


# --- topics ---------------------------------------------------------------------------------


def test_a_topic_discussed_in_doubtful_words_is_still_a_topic(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday.\n\n"
        "The discussion centred on where a line of contact might eventually run.",
    )
    assert "territory" in report.values(Field.TOPIC)


def test_how_the_time_was_spent_names_the_topic(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday.\n\n"
        "Most of the hours were spent on strikes against energy infrastructure.",
    )
    assert "energy" in report.values(Field.TOPIC)


def test_the_terms_of_the_deal_name_its_topics(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Israel and Hamas reached an agreement at indirect talks in Sharm el-Sheikh on "
        "Thursday.\n\n"
        "Under the deal, the group will hand over the hostages and Israel will free prisoners.",
    )
    assert {"hostages", "prisoners"} <= set(report.values(Field.TOPIC))


def test_fighting_along_a_border_is_no_territorial_topic(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thailand and Cambodia held talks in Kuala Lumpur on Monday after a week of clashes "
        "along the border.",
    )
    assert "territory" not in report.values(Field.TOPIC)


# --- atmosphere -----------------------------------------------------------------------------


def test_the_mood_in_the_same_paragraph(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Geneva on Tuesday. One official described "
        "the mood as businesslike.",
    )
    assert "constructive" in report.values(Field.ATMOSPHERE)


def test_the_atmosphere_in_a_later_paragraph(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Geneva on Tuesday.\n\n"
        "The atmosphere was tense throughout, a diplomat said.",
    )
    assert "tense" in report.values(Field.ATMOSPHERE)


# --- format ---------------------------------------------------------------------------------


def test_no_direct_contact_means_indirect(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Israel and Hamas held talks in Cairo on Monday, but the delegations had no direct "
        "contact with each other.",
    )
    assert set(report.values(Field.FORMAT)) == {"indirect"}


def test_talks_through_named_mediators_are_indirect(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Iran and the United States held talks in Muscat on Sunday, conducted through Omani "
        "mediators.",
    )
    assert "indirect" in report.values(Field.FORMAT)


def test_a_mood_stated_before_a_doubt_about_what_follows(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Talks between Russia and Ukraine ended in Geneva on Tuesday; both delegations said "
        "the sessions had been productive and might resume next month.",
    )
    assert "productive" in report.values(Field.ATMOSPHERE)


def test_a_mood_in_doubt_is_no_mood(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Geneva on Tuesday; the next session might "
        "be more productive, one of them said.",
    )
    assert "productive" not in report.values(Field.ATMOSPHERE)


def test_pulling_back_named_forces_is_about_territory(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Israeli and Lebanese envoys held talks in Naqoura on Wednesday on the withdrawal of "
        "Israeli forces from positions in the south.",
    )
    assert "territory" in report.values(Field.TOPIC)


def test_a_detainee_exchange_is_about_prisoners(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Yemen's government and the Houthis held talks in Muscat on Tuesday on a detainee "
        "exchange.",
    )
    assert "prisoners" in report.values(Field.TOPIC)


def test_a_sentence_tied_only_by_the_sides_named_tells_no_outcome(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Geneva on Tuesday. Russia and Ukraine "
        "struck a deal on grain exports long before the war spread.",
    )
    assert "agreement" not in report.values(Field.OUTCOME)


def test_the_mood_of_a_round_told_beside_its_next_sitting(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Israeli and Lebanese envoys held talks in Naqoura on Monday. Diplomats described the "
        "meeting as cordial, and the committee is due to convene again on 20 March.",
    )
    assert "cordial" in report.values(Field.ATMOSPHERE)
