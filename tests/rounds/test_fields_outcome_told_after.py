"""How a round went, told the ways reports tell it after the fact: a deal named by its fate
("was eventually announced", "reached in Doha after four days", "ended with an agreement"),
a signing ceremony, a truce proposal a side is ready to take up; a breakthrough nobody
claims, a walk-out nobody made; a sitting to come told as a fact ("the next session will
take place in March", "there will be a further round"), a side that expects or is ready to
go on, and a negotiator's turn in a broadcast transcript."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import WEDNESDAY
from tests.mentions import report as _report

_MET = "Armenian and Azerbaijani ministers met in Almaty on Tuesday."


# --- deals told by what became of them -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After four days of talks between Armenian and Azerbaijani ministers in Almaty, a "
        "settlement was eventually announced by the Kazakh hosts on Tuesday.",
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The accord, reached in "
        "Almaty after four days of haggling, settles the border in the north.",
        "Armenian and Azerbaijani ministers wrapped up three days of talks in Almaty on "
        "Tuesday with an agreement to reopen the railway.",
        "On Tuesday the Armenian and Azerbaijani leaders sat together at a signing ceremony "
        "in Almaty, hosted by the Kazakh president.",
    ],
)
def test_a_deal_told_by_its_making_is_a_deal(kb: KnowledgeBase, text: str) -> None:
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_talks_that_ended_with_a_deal_on_captives_reached_a_partial_one(kb: KnowledgeBase) -> None:
    # The agreement the round ended with is on the swap alone: the words say so.
    text = (
        "Russian and Ukrainian envoys wrapped up their talks in Istanbul on Tuesday with an "
        "agreement on a swap of 200 captured soldiers."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


@pytest.mark.parametrize(
    "text",
    [
        f"{_MET} A settlement is expected to be announced next month.",
        f"{_MET} A signing ceremony is planned for the spring.",
    ],
)
def test_a_deal_still_to_come_is_none(kb: KnowledgeBase, text: str) -> None:
    assert _report(kb, text).first(Field.OUTCOME) is None


def test_readiness_to_take_up_a_truce_proposal_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "After talks with American officials in Jeddah on Tuesday, Ukraine signalled "
        "willingness to accept the US proposal to introduce a full, unconditional 30-day truce."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_the_one_result_named_in_the_present_is_a_deal_on_that_issue(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday. The only concrete outcome "
        "is a swap of the badly wounded."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_a_possessive_before_the_swap_keeps_the_deal_partial(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday, and the meeting ended with "
        "an agreement on the year's largest prisoner exchange."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


# --- breakthroughs and walk-outs denied ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "No one claimed a breakthrough.",
        "Neither side spoke of any breakthrough.",
        "The hosts did not announce any breakthrough.",
    ],
)
def test_a_breakthrough_nobody_claims_is_none(kb: KnowledgeBase, sentence: str) -> None:
    # Said in the paragraph that reports the round: "breakthrough" is a word only talks have.
    text = f"Russian and Ukrainian envoys met in Istanbul on Tuesday. {sentence}"
    assert _report(kb, text).first(Field.OUTCOME) == "no_breakthrough"


def test_a_breakthrough_only_expected_is_no_outcome(kb: KnowledgeBase) -> None:
    text = "Russian and Ukrainian envoys met in Istanbul on Tuesday. Nobody expects a breakthrough."
    assert _report(kb, text).first(Field.OUTCOME) is None


def test_a_walk_out_nobody_made_is_no_collapse(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday; there was no deal, but no "
        "one walked out."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "no_breakthrough"


def test_a_walk_out_made_is_a_collapse(kb: KnowledgeBase) -> None:
    text = "Russian and Ukrainian envoys met in Istanbul on Tuesday; the Russian side walked out."
    assert _report(kb, text).first(Field.OUTCOME) == "collapsed"


# --- the talks go on -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A communique said the next sitting of the joint commission will take place in March.",
        "Both ministers said there will be a further round.",
        "Both delegations said they intend to continue.",
        "The Kazakh host said the contacts would continue.",
    ],
)
def test_a_sitting_to_come_told_as_a_fact(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, f"{_MET} {sentence}").first(Field.AGREED_TO_CONTINUE) == "true"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody knows whether the next round will take place at all.",
        "Analysts expect the shelling to continue.",
        "There will be no further round this year, the host said.",
    ],
)
def test_a_sitting_in_doubt_or_other_things_going_on(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, f"{_MET} {sentence}").first(Field.AGREED_TO_CONTINUE) is None


def test_a_side_ready_to_go_on_agreed_to_continue(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday. Lavrov said Moscow was "
        "ready to continue the dialogue."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_readiness_under_a_condition_is_not(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday. Lavrov said that if Kyiv "
        "withdrew its troops, Moscow was ready to continue the dialogue."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) is None


def test_a_negotiator_turn_in_a_transcript_speaks_of_the_round(kb: KnowledgeBase) -> None:
    text = (
        "HOST: Russian and Ukrainian envoys met in Istanbul today.\n\n"
        "REPORTER: It lasted four hours.\n\n"
        "LAVROV (TRANSLATION): We are prepared to continue the dialogue with Kyiv."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_turn_of_someone_unknown_is_not_tied_to_the_round(kb: KnowledgeBase) -> None:
    # The same words from a commentator across a paragraph break say nothing of the round.
    text = (
        "HOST: Russian and Ukrainian envoys met in Istanbul today.\n\n"
        "REPORTER: It lasted four hours.\n\n"
        "COMMENTATOR: They will continue the dialogue, I expect."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) is None


# --- a deal's name, its signers' words, and its fate told in the next sentence -------------


def test_a_text_named_by_two_words_joined_is_signed(kb: KnowledgeBase) -> None:
    text = (
        "At talks in Almaty on Tuesday, Armenian and Azerbaijani ministers signed the first "
        "part of a border and transit accord."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_signing_up_to_a_truce_proposal_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "At talks in Jeddah on Tuesday, the Ukrainian delegation signed on to an American "
        "proposal for a month-long truce."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_a_deal_to_swap_captives_is_partial(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday; the meeting closed with a "
        "deal to exchange 500 soldiers each."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_the_summit_just_told_of_is_pointed_back_at(kb: KnowledgeBase) -> None:
    # Across a paragraph break "that summit" still names the leaders' meeting told before.
    text = (
        "Trump and Putin last met in Anchorage on 15 August.\n\n"
        "That summit lasted four hours and broke up without an agreement."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    assert [m.first(Field.OUTCOME) for m in mentions] == ["no_breakthrough"]


def test_a_bloc_summit_in_the_next_paragraph_is_not_the_round(kb: KnowledgeBase) -> None:
    text = (
        "Trump and Putin last met in Anchorage on 15 August.\n\n"
        "The NATO summit in The Hague ended without an agreement on spending."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    assert [m.first(Field.OUTCOME) for m in mentions] == [None]


def test_the_first_truce_made_at_a_venue_then_broken_was_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "This is the war's second truce. The first, agreed in Cairo on 4 March after talks "
        "between Israeli and Hamas negotiators, broke down within a month."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    assert [m.first(Field.OUTCOME) for m in mentions] == ["agreement"]


def test_a_deal_on_qualified_captives_is_partial(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday and left with a deal on sick "
        "and elderly prisoners."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_understandings_reached_are_partial(kb: KnowledgeBase) -> None:
    text = (
        "American officials said after two days of talks in Riyadh on Tuesday that they had "
        "reached separate understandings with Moscow and Kyiv on grain shipments."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_a_better_understanding_of_positions_is_no_deal(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Tuesday and reached a better "
        "understanding of each other's red lines."
    )
    assert _report(kb, text).first(Field.OUTCOME) != "partial_agreement"


def test_a_deal_announced_at_a_venue_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "The truce announced in Cairo on Tuesday after talks between Israeli and Hamas "
        "negotiators took effect at dawn."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_contacts_that_go_on(kb: KnowledgeBase) -> None:
    text = f"{_MET} Both ministers said the contacts would go on."
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_the_negotiator_just_named_goes_on_speaking(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday. Lavrov spoke to reporters "
        'afterwards. "We are ready to continue the dialogue," he said.'
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_pronoun_after_someone_unknown_is_not_tied_to_the_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday. A local historian spoke to "
        'us afterwards. "They will continue the dialogue," he said.'
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) is None


# --- the mood and the next sittings, said of the sessions ----------------------------------


def test_the_sessions_in_the_plural_point_back(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian envoys met in Istanbul on Tuesday.\n\n"
        'Lavrov later told reporters the sessions had been "tense at times but businesslike".'
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == ["tense", "constructive"]


def test_a_good_start_is_constructive(kb: KnowledgeBase) -> None:
    text = f'{_MET} Bayramov said the meeting had been "a good start".'
    assert _report(kb, text).values(Field.ATMOSPHERE) == ["constructive"]


def test_a_good_start_of_the_harvest_is_not_the_talks(kb: KnowledgeBase) -> None:
    # Across a paragraph break, without pointing back, the words are about something else.
    text = f"{_MET}\n\nFarmers say the harvest has got off to a good start."
    assert _report(kb, text).values(Field.ATMOSPHERE) == []


def test_sides_that_intend_to_keep_meeting(kb: KnowledgeBase) -> None:
    text = f"{_MET} Both delegations say they intend to keep talking."
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


# --- a text signed but the truce not reached -----------------------------------------------


def test_a_signed_text_without_the_truce_is_partial(kb: KnowledgeBase) -> None:
    text = (
        "Army and RSF envoys signed a pledge on aid corridors in Jeddah on Tuesday. The "
        "talks have not yet produced a truce."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_commitments_but_again_no_ceasefire_are_partial(kb: KnowledgeBase) -> None:
    text = (
        "At talks in Jeddah on Tuesday, army and RSF envoys signed a pledge on aid "
        "corridors, but still no ceasefire."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_no_ceasefire_in_place_is_not_an_outcome(kb: KnowledgeBase) -> None:
    # The war's state, not what the talks failed at: no "but" after something achieved.
    text = "Army and RSF envoys met in Jeddah on Tuesday as fighting went on with no ceasefire."
    assert _report(kb, text).first(Field.OUTCOME) is None


def test_talks_that_turn_to_the_next_matter_go_on(kb: KnowledgeBase) -> None:
    text = (
        "Army and RSF envoys met in Jeddah on Tuesday. The hosts said the negotiations "
        "would next move to a lasting truce."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_tough_sitting_is_tense(kb: KnowledgeBase) -> None:
    text = f'{_MET} "The session was tough," an Armenian diplomat said.'
    assert _report(kb, text).values(Field.ATMOSPHERE) == ["tense"]


def test_tough_measures_are_not_the_mood_of_the_talks(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday, as Baku threatened "
        "tough measures at the border."
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == []


def test_a_day_of_the_round_points_back(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met through Egyptian mediators in Cairo on Monday.\n\n"
        'An Egyptian official said the opening day had been "constructive".'
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == ["constructive"]


def test_a_day_of_the_war_does_not_point_back(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met through Egyptian mediators in Cairo on Monday.\n\n"
        "Survivors recall that the first day of the war was tense."
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == []


def test_the_mood_of_an_earlier_sitting_dated_in_the_sentence_is_its_own(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The session was their "
        "third since the first meeting, held on 2 February, which both called friendly."
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == []


def test_the_mood_of_the_sitting_before_the_earlier_one_is_named_stays(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The session was "
        "friendly, their third since the first meeting, held on 2 February."
    )
    assert _report(kb, text).values(Field.ATMOSPHERE) == ["cordial"]


# --- talks pointed back at, whoever's they were --------------------------------------------


def test_those_talks_are_the_ones_just_told_of_not_the_articles(kb: KnowledgeBase) -> None:
    # An article about the Iran talks recalls a Yemen meeting: "those talks" are Yemen's.
    text = (
        "Iranian and American envoys met in Muscat on Saturday, with Oman as go-between. "
        "Oman has done this before: on 9 April 2023 an Omani team went with the Saudi "
        "ambassador to Sanaa for talks with the Houthi leader Mahdi al-Mashat. Those "
        "talks closed after a week without an agreement."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    outcomes = {m.conflict: m.first(Field.OUTCOME) for m in mentions}
    assert outcomes.get("yemen") == "no_breakthrough"
    assert outcomes.get("iran") is None


def test_a_joint_statement_that_the_talks_should_go_on(kb: KnowledgeBase) -> None:
    text = f"{_MET} In a joint statement, they said the discussions should continue."
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_talks_urged_to_go_on_by_others_are_not_agreed(kb: KnowledgeBase) -> None:
    text = f"{_MET} The UN urged that the discussions should continue."
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) is None


def test_a_side_that_decided_to_go_on(kb: KnowledgeBase) -> None:
    text = (
        'Iranian and American envoys met in Muscat on Saturday. "It went well," Araghchi '
        'said. "We have decided to continue, once our governments have been consulted."'
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_side_that_decided_to_continue_the_war_is_not_going_on_talking(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Saturday. "
        '"We decided to continue enrichment," Araghchi said.'
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) is None
