"""How talks ended, told in ways the fixed phrases miss: a date, a place or the auspices
between the verb and the deal ("agreed on 4 June to ...", "signed in Baku a ..."), a text
named before the sides who signed it with what it is of, what the talks "produced" (a
declaration or commitments: less than the deal; a reworked draft: headway), and captives'
release agreed at talks held on captives alone (their whole deal)."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import WEDNESDAY, only_report
from tests.mentions import report as _report


@pytest.mark.parametrize(
    "sentence",
    [
        # the day by its date, either order of day and month
        "Armenian and Azerbaijani ministers met in Almaty on Monday and signed on 3 March a "
        "peace accord.",
        "Armenian and Azerbaijani ministers met in Almaty on Monday and signed on March 3, "
        "2026 the border treaty.",
        # the place, then the day
        "Armenian and Azerbaijani ministers held talks on Tuesday and signed in Almaty on "
        "Wednesday a peace treaty.",
    ],
)
def test_a_deal_signed_with_a_date_or_place_before_it(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "agreement"


def test_a_swap_agreed_under_auspices_is_still_a_swap(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Monday and agreed under "
        "Turkish auspices to exchange 500 prisoners each."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_a_text_of_principles_named_before_its_signers(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The declaration of good "
        "neighbourliness that the two ministers signed there opens their borders."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday; the talks yielded, "
        "after two days, a joint statement on the missing.",
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday, and the meeting "
        "produced a set of pledges on mine clearance.",
    ],
)
def test_a_declaration_or_pledges_produced_are_a_partial_agreement(
    kb: KnowledgeBase, sentence: str
) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "partial_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        # denied: nothing was produced
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday; the meeting produced "
        "no joint statement.",
        # a draft is not yet a text the sides adopted
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday, and the meeting "
        "produced a draft communique.",
    ],
)
def test_nothing_or_a_draft_produced_is_no_deal(kb: KnowledgeBase, sentence: str) -> None:
    assert not set(_report(kb, sentence).values(Field.OUTCOME)) & {
        "agreement",
        "partial_agreement",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and came away with a "
        "revised peace plan, officials said.",
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and produced what "
        "diplomats called an 'amended and streamlined' draft.",
    ],
)
def test_a_reworked_draft_is_progress(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, sentence).first(Field.OUTCOME) == "progress"


def test_a_reworked_draft_only_handed_over_is_no_progress(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday, where Baku handed "
        "over a revised plan."
    )
    assert _report(kb, text).first(Field.OUTCOME) is None


def test_commitments_but_no_truce_outweigh_a_deal_told_elsewhere(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and signed a protocol "
        "on border crossings. The talks produced commitments on the missing, but again no "
        "peace deal."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_release_agreed_at_talks_on_captives_alone_is_their_deal(kb: KnowledgeBase) -> None:
    text = (
        "Yemeni government and Houthi negotiators, meeting in Amman on Sunday on the fate "
        "of detainees, agreed on 12 May to free 400 prisoners held by both sides."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_a_release_at_talks_on_the_war_stays_one_issue(kb: KnowledgeBase) -> None:
    # The talks were also on a truce: the release is a deal on one of their matters.
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Monday to discuss a ceasefire "
        "and agreed to release 300 prisoners each."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_a_swap_at_talks_on_captives_alone_stays_a_swap(kb: KnowledgeBase) -> None:
    text = (
        "Yemeni government and Houthi negotiators, meeting in Amman on Sunday on the fate "
        "of detainees, agreed to exchange 400 prisoners."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"


def test_a_headline_in_the_present_tells_a_round_ended_without_a_deal(kb: KnowledgeBase) -> None:
    mention = only_report(
        extract_mentions(
            "Armenian and Azerbaijani ministers met in Almaty on Tuesday and Wednesday.",
            "Almaty round closes without agreement on the enclaves",
            WEDNESDAY,
            kb,
        )
    )
    assert mention.first(Field.OUTCOME) == "no_breakthrough"


def test_a_side_that_got_nowhere_at_the_table(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday; Yerevan pushed for a "
        "border commission and got nowhere."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "no_breakthrough"


def test_what_became_of_a_text_later_is_no_outcome(kb: KnowledgeBase) -> None:
    # The fate of the text afterwards, not how the sitting ended.
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and agreed on a "
        "framework for talks on the border; the framework went nowhere for months."
    )
    assert _report(kb, text).first(Field.OUTCOME) != "no_breakthrough"


def test_a_text_named_before_the_sides_who_reached_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The accord that the "
        "two delegations reached there reopens the railway."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_a_text_the_sides_only_discussed_is_not_reached(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The accord that the "
        "two delegations discussed there would reopen the railway."
    )
    assert _report(kb, text).first(Field.OUTCOME) != "agreement"


def test_a_text_of_principles_the_signers_follow_without_that(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The declaration on "
        "transit the two ministers signed there opens the railway."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_an_interim_text_signed_in_the_passive_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday, and the interim "
        "accord, the Almaty Protocol, was signed late that night."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "agreement"


def test_an_interim_text_never_signed_stays_partial(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday and reached an interim "
        "agreement, which was never signed."
    )
    assert _report(kb, text).first(Field.OUTCOME) == "partial_agreement"
