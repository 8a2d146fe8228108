"""Deals and leaders as prose tells them: a deal sealed, clinched or completed (and one only
hoped for), borders at sea and fields of gas as what was discussed, and two leaders of the
sides named with the talks between them ("crossed over for two days of talks in X with Y")."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _values(mentions: list[RoundMention], field: Field) -> set[str]:
    return {c.value for m in mentions for c in m.claims if c.field is field}


def _heads(mentions: list[RoundMention]) -> set[tuple[str | None, str]]:
    return {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}


# --- deals sealed --------------------------------------------------------------------------


def test_a_deal_clinched_after_talks_is_an_agreement(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators clinched a Malaysian-mediated border accord in Kuala "
        "Lumpur on Tuesday after two days of talks."
    )
    assert _values(_mentions(kb, text), Field.OUTCOME) == {"agreement"}


def test_a_headline_sealing_a_deal_gives_the_agreement(kb: KnowledgeBase) -> None:
    title = "Kinshasa and M23 seal truce deal after talks in Doha"
    text = "Delegations of the DR Congo and the M23 met in Doha on Tuesday under Qatari mediation."
    assert "agreement" in _values(_mentions(kb, text, title), Field.OUTCOME)


def test_a_deal_only_hoped_for_or_missed_is_no_agreement(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators met in Kuala Lumpur on Tuesday, hoping to seal a border "
        "accord. The session wrapped up on Wednesday and completed no agreement."
    )
    assert "agreement" not in _values(_mentions(kb, text), Field.OUTCOME)


# --- what was discussed ----------------------------------------------------------------------


def test_a_border_at_sea_and_a_gas_field_are_territory_and_energy(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Israel and Lebanon met in Naqoura on Tuesday under US mediation to "
        "discuss the maritime border and the gas fields beneath the disputed waters."
    )
    assert {"territory", "energy"} <= _values(_mentions(kb, text), Field.TOPIC)


def test_a_peacekeepers_post_as_the_venue_is_no_topic(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Israel and Lebanon met at the peacekeepers' post in Naqoura on Tuesday "
        "under US mediation."
    )
    assert "security_guarantees" not in _values(_mentions(kb, text), Field.TOPIC)


# --- two leaders and the talks between them ------------------------------------------------


def test_a_leader_crossing_for_talks_with_the_other_sides_leader_heads_his_side(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Hun Manet flew across the frontier on Tuesday for a day of talks in Bangkok with "
        "acting prime minister Anutin Charnvirakul on the disputed temples."
    )
    heads = _heads(_mentions(kb, text))
    assert {("Cambodia", "Hun Manet"), ("Thailand", "Anutin Charnvirakul")} <= heads


def test_a_leader_off_to_talks_with_an_ally_heads_no_side(kb: KnowledgeBase) -> None:
    text = (
        "Benjamin Netanyahu flew to Washington on Tuesday for a day of talks with Donald Trump "
        "on the Gaza truce negotiated in Doha."
    )
    assert ("United States", "Donald Trump") not in _heads(_mentions(kb, text))


def test_talks_refused_with_the_other_leader_give_no_heads(kb: KnowledgeBase) -> None:
    text = (
        "Hun Manet said in Phnom Penh on Tuesday that he had refused a meeting in Bangkok with "
        "Anutin Charnvirakul while the border talks were stalled."
    )
    assert ("Thailand", "Anutin Charnvirakul") not in _heads(_mentions(kb, text))


def test_two_leaders_who_discussed_the_issues_met(kb: KnowledgeBase) -> None:
    text = (
        "Hun Manet and Anutin Charnvirakul discussed the border in Kuala Lumpur on Tuesday, "
        "in talks hosted by Malaysia."
    )
    heads = _heads(_mentions(kb, text))
    assert {("Cambodia", "Hun Manet"), ("Thailand", "Anutin Charnvirakul")} <= heads


# --- who heads which table -----------------------------------------------------------------


def test_the_head_of_a_technical_team_is_a_member_not_the_head(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday for a second round. "
        "Vladimir Medinsky led the Russian delegation. Igor Kostyukov heads the Russian "
        "expert group on prisoners."
    )
    mentions = _mentions(kb, text)
    assert ("Russia", "Vladimir Medinsky") in _heads(mentions)
    assert ("Russia", "Igor Kostyukov") not in _heads(mentions)


def test_the_envoys_named_as_a_pair_head_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations meet in Istanbul today for a third round. Experts "
        "will work on a prisoner exchange beside the chief negotiators, Vladimir Medinsky and "
        "Rustem Umerov."
    )
    heads = _heads(_mentions(kb, text))
    assert {("Russia", "Vladimir Medinsky"), ("Ukraine", "Rustem Umerov")} <= heads


def test_two_envoys_of_one_side_named_as_a_pair_are_not_both_made_heads(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations meet in Istanbul today for a third round. Experts "
        "will work on a prisoner exchange beside the envoys, Steve Witkoff and Jared Kushner."
    )
    assert ("United States", "Jared Kushner") not in _heads(_mentions(kb, text))


def test_a_line_up_at_the_table_makes_the_first_of_each_side_its_head(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Armenia and Azerbaijan held talks in Washington on Tuesday. Seated at "
        "the table were Ararat Mirzoyan and Mher Grigoryan for Armenia, and Jeyhun Bayramov "
        "and Shahin Mustafayev for Azerbaijan."
    )
    mentions = _mentions(kb, text)
    heads = _heads(mentions)
    assert {("Armenia", "Ararat Mirzoyan"), ("Azerbaijan", "Jeyhun Bayramov")} <= heads
    assert ("Armenia", "Mher Grigoryan") not in heads
    assert "Shahin Mustafayev" in _values(mentions, Field.MEMBER)


def test_names_for_a_side_outside_a_line_up_are_no_heads(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Armenia and Azerbaijan held talks in Washington on Tuesday. Mher "
        "Grigoryan and Shahin Mustafayev spoke for Armenia and Azerbaijan at a dinner."
    )
    heads = _heads(_mentions(kb, text))
    assert ("Armenia", "Mher Grigoryan") not in heads


def test_advisers_of_other_governments_at_the_talks_are_participants(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday, joined by the security "
        "advisers of Turkey and the United States."
    )
    assert {"Turkey", "United States"} <= _values(_mentions(kb, text), Field.PARTICIPANT)


# --- "the two men" of a sitting recalled ---------------------------------------------------


def test_a_sitting_the_two_men_held_before_goes_to_the_pair_named_earlier(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Prak Sokhonn and Maris Sangiampongsa ended a day of border talks in Bangkok on "
        "Tuesday. Both ministries said afterwards that the talks would go on. Neither gave a "
        "date. Officials said the mood had improved.\\n\\n"
        "The Bangkok round was the first since the two ministers met for talks in Kuala Lumpur "
        "on 12 January."
    )
    recalled = [m for m in _mentions(kb, text) if m.kind.value == "back_reference"]
    assert recalled
    heads = _heads(recalled)
    assert {("Cambodia", "Prak Sokhonn"), ("Thailand", "Maris Sangiampongsa")} <= heads


def test_the_two_men_of_one_side_give_the_recalled_sitting_no_heads(kb: KnowledgeBase) -> None:
    text = (
        "Hun Manet and Prak Sokhonn flew back to Phnom Penh on Tuesday after border talks in "
        "Bangkok. Officials said the mood had improved.\\n\\n"
        "The Bangkok round was the first since the two men met for talks in Kuala Lumpur on "
        "12 January."
    )
    recalled = [m for m in _mentions(kb, text) if m.kind.value == "back_reference"]
    assert not _heads(recalled)


# --- how it ended, told after the fact -----------------------------------------------------


def test_a_text_named_before_the_sides_signed_it_is_an_agreement(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani delegations held talks in Washington on Tuesday. The joint "
        "declaration that the two sides signed commits them to open transit routes."
    )
    assert "agreement" in _values(_mentions(kb, text), Field.OUTCOME)


def test_talks_that_nearly_broke_down_did_not_collapse(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani delegations held talks in Washington on Tuesday. The talks "
        "almost broke down over the transit routes before a late compromise."
    )
    assert "collapsed" not in _values(_mentions(kb, text), Field.OUTCOME)


def test_talks_that_broke_down_collapsed(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani delegations held talks in Washington on Tuesday. The talks "
        "broke down over the transit routes in the evening."
    )
    assert "collapsed" in _values(_mentions(kb, text), Field.OUTCOME)


def test_a_usual_go_betweens_envoy_joining_the_final_stretch_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators agreed a ceasefire in Kuala Lumpur on Tuesday. US envoy "
        "Steve Witkoff joined the closing stages."
    )
    assert "United States" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_gaps_said_to_have_narrowed_are_progress(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators ended a round of border talks in Kuala Lumpur on "
        "Tuesday. Both delegations said the gaps had narrowed."
    )
    assert "progress" in _values(_mentions(kb, text), Field.OUTCOME)


def test_gaps_that_have_not_narrowed_are_no_progress(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators ended a round of border talks in Kuala Lumpur on "
        "Tuesday. Both delegations said the gaps had not narrowed."
    )
    assert "progress" not in _values(_mentions(kb, text), Field.OUTCOME)


def test_a_list_of_commitments_signed_is_a_partial_agreement(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of the DR Congo and the M23 met in Doha on Tuesday and put their "
        "signatures to a short list of confidence-building measures."
    )
    assert _values(_mentions(kb, text), Field.OUTCOME) == {"partial_agreement"}


def test_a_list_of_commitments_only_proposed_is_no_deal(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of the DR Congo and the M23 met in Doha on Tuesday, where the mediators "
        "proposed a short list of confidence-building measures."
    )
    assert not _values(_mentions(kb, text), Field.OUTCOME) & {"agreement", "partial_agreement"}


def test_delegations_coming_back_to_the_venue_agreed_to_continue(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators ended a round of border talks in Kuala Lumpur on "
        "Tuesday. The delegations would fly home for instructions and come back to Kuala Lumpur "
        "next month, the hosts said."
    )
    assert "true" in _values(_mentions(kb, text), Field.AGREED_TO_CONTINUE)


def test_an_envoy_returning_home_agreed_to_nothing(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian negotiators ended a round of border talks in Kuala Lumpur on "
        "Tuesday. The American observer would return to Washington next week."
    )
    assert "true" not in _values(_mentions(kb, text), Field.AGREED_TO_CONTINUE)


def test_who_led_a_side_back_then_is_not_the_head_of_the_round_told(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday for a new round, with "
        "Rustem Umerov at the head of Ukraine's delegation. Davyd Arakhamia led the Ukrainian "
        "team back then."
    )
    heads = _heads(_mentions(kb, text))
    assert ("Ukraine", "Rustem Umerov") in heads
    assert ("Ukraine", "Davyd Arakhamia") not in heads


def test_a_head_who_then_did_something_else_still_heads(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday for a new round. Rustem "
        "Umerov led the Ukrainian team and then flew to Kyiv."
    )
    assert ("Ukraine", "Rustem Umerov") in _heads(_mentions(kb, text))
