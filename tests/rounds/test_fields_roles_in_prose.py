"""Who mediated, who led and who was absent, as news tells it in prose: go-betweens named
through their officials, leaders brought together by a host, sides that stayed away, and
meetings that did not go ahead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _values(mentions: list[RoundMention], field: Field) -> set[str]:
    return {c.value for m in mentions for c in m.claims if c.field is field}


def _heads(mentions: list[RoundMention]) -> set[tuple[str | None, str]]:
    return {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}


# --- go-betweens named through their officials ---------------------------------------------


def test_a_list_of_officials_acting_as_go_betweens_names_their_governments(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Israeli negotiators returned to Cairo on Tuesday for talks on a truce in Gaza. "
        "Egypt's foreign minister Badr Abdelatty, Qatari premier Sheikh Mohammed bin "
        "Abdulrahman and the American envoy Steve Witkoff served as go-betweens."
    )
    mediators = _values(_mentions(kb, text), Field.MEDIATOR)
    assert {"Egypt", "Qatar", "United States"} <= mediators


def test_a_side_in_the_list_of_go_betweens_is_not_made_a_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Negotiators met in Cairo on Tuesday for talks on a truce in Gaza. "
        "Ron Dermer and Badr Abdelatty acted as intermediaries."
    )
    mediators = _values(_mentions(kb, text), Field.MEDIATOR)
    assert "Israel" not in mediators


def test_an_apposition_calling_someone_the_mediator_names_his_government(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Direct talks between Kinshasa and the M23 opened in Doha on Tuesday. "
        "Sheikh Tamim bin Hamad Al Thani, the Gulf state's chief mediator in the crisis, "
        "welcomed the delegations."
    )
    assert "Qatar" in _values(_mentions(kb, text), Field.MEDIATOR)


@pytest.mark.parametrize(
    "aside",
    [
        "whose government has served as the intermediary since April",
        "the sultanate's top diplomat who has relayed each proposal between the delegations",
    ],
)
def test_a_description_of_the_errand_names_the_go_between(kb: KnowledgeBase, aside: str) -> None:
    text = (
        "Iranian and American negotiators held a round of talks in Rome on Tuesday. "
        f"Badr Albusaidi, {aside}, said the gaps had narrowed."
    )
    assert "Oman" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_government_that_has_brokered_the_meeting_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers held talks in Washington on Tuesday. "
        "The US government had brokered the meeting after months of shuttle diplomacy."
    )
    assert "United States" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_the_conveners_and_co_sponsors_of_a_meeting_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Talks on Sudan's war between the army and the RSF opened in Geneva on Tuesday, "
        "convened by the United States, with Egypt and the African Union as co-sponsors."
    )
    mediators = _values(_mentions(kb, text), Field.MEDIATOR)
    assert {"United States", "Egypt", "African Union"} <= mediators


def test_a_country_in_the_title_of_an_envoy_before_said_is_no_mediator(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Talks between the army and the RSF opened in Geneva on Tuesday. "
        "Tom Perriello, Washington's envoy for Sudan, said the mediators would keep going."
    )
    assert "Sudan" not in _values(_mentions(kb, text), Field.MEDIATOR)


# --- leaders brought together --------------------------------------------------------------


def test_a_host_bringing_two_leaders_together_mediates_and_they_lead(kb: KnowledgeBase) -> None:
    text = (
        "In Doha on Tuesday, Sheikh Tamim bin Hamad Al Thani brought Paul Kagame and "
        "Felix Tshisekedi together for talks on the war in eastern Congo."
    )
    mentions = _mentions(kb, text)
    assert "Qatar" in _values(mentions, Field.MEDIATOR)
    assert {("Rwanda", "Paul Kagame"), ("DR Congo", "Felix Tshisekedi")} <= _heads(mentions)


def test_a_president_hosting_two_leaders_is_not_their_head(kb: KnowledgeBase) -> None:
    text = (
        "Donald Trump hosted Ilham Aliyev and Nikol Pashinyan at the White House on "
        "Tuesday for peace talks."
    )
    mentions = _mentions(kb, text)
    heads = _heads(mentions)
    assert {("Azerbaijan", "Ilham Aliyev"), ("Armenia", "Nikol Pashinyan")} <= heads
    assert ("United States", "Donald Trump") not in heads
    assert "United States" in _values(mentions, Field.MEDIATOR)


def test_a_pair_that_wrapped_up_hours_of_talks_led_them(kb: KnowledgeBase) -> None:
    text = (
        "Vladimir Putin and Donald Trump wrapped up three hours of talks in Anchorage on Tuesday."
    )
    assert {("Russia", "Vladimir Putin"), ("United States", "Donald Trump")} <= _heads(
        _mentions(kb, text)
    )


def test_the_one_faced_across_the_table_leads_not_his_patron(kb: KnowledgeBase) -> None:
    text = (
        "Volodymyr Zelensky faced Donald Trump's envoy Steve Witkoff across the table in "
        "Berlin on Tuesday, in talks on security guarantees."
    )
    heads = _heads(_mentions(kb, text))
    assert {("Ukraine", "Volodymyr Zelensky"), ("United States", "Steve Witkoff")} <= heads
    assert ("United States", "Donald Trump") not in heads


def test_a_second_signatory_with_a_double_office_leads_his_side(kb: KnowledgeBase) -> None:
    text = (
        "After talks in Kuala Lumpur on Tuesday, Thai Defence Minister Nattaphon Narkphanit and "
        "Cambodian Deputy Premier and Defence Minister Tea Seiha signed a joint statement."
    )
    mentions = _mentions(kb, text)
    assert {("Thailand", "Nattaphon Narkphanit"), ("Cambodia", "Tea Seiha")} <= _heads(mentions)
    assert "agreement" in _values(mentions, Field.OUTCOME)


def test_the_counterpart_of_a_commission_chair_leads_the_other_side(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan held a new round of border talks on Tuesday, the two state "
        "commissions chaired by Shahin Mustafayev and his Armenian counterpart Mher Grigoryan."
    )
    heads = _heads(_mentions(kb, text))
    assert {("Azerbaijan", "Shahin Mustafayev"), ("Armenia", "Mher Grigoryan")} <= heads


# --- who was not at the table --------------------------------------------------------------


def test_the_backer_named_in_an_adjective_is_not_a_side(kb: KnowledgeBase) -> None:
    text = "Talks between Kinshasa and the Rwanda-backed M23 opened in Doha on Tuesday."
    participants = _values(_mentions(kb, text), Field.PARTICIPANT)
    assert "Rwanda" not in participants
    assert "DR Congo" in participants


def test_a_side_that_stayed_away_is_not_a_participant(kb: KnowledgeBase) -> None:
    text = (
        "The Geneva talks on Sudan opened on Tuesday with an RSF delegation at the table, "
        "but the Sudanese army stayed away."
    )
    participants = _values(_mentions(kb, text), Field.PARTICIPANT)
    assert "Sudanese Armed Forces" not in participants


def test_a_country_naming_the_talks_alone_is_not_a_side(kb: KnowledgeBase) -> None:
    mentions = _mentions(
        kb,
        "Envoys of the army and the RSF met in Jeddah on Tuesday.",
        title="Sudan talks resume in Jeddah",
    )
    assert "Sudan" not in _values(mentions, Field.PARTICIPANT)


def test_a_side_left_out_of_a_deal_is_not_a_participant(kb: KnowledgeBase) -> None:
    mentions = _mentions(
        kb,
        "Russian and American officials met in Riyadh on Tuesday.",
        title="US and Russia end Riyadh meeting without a Ukraine deal",
    )
    assert "Ukraine" not in _values(mentions, Field.PARTICIPANT)


# --- how it went ---------------------------------------------------------------------------


def test_a_meeting_that_did_not_go_ahead_is_cancelled(kb: KnowledgeBase) -> None:
    text = (
        "The round of direct talks between Kinshasa and the M23 planned in Luanda on "
        "Tuesday did not go ahead."
    )
    assert _values(_mentions(kb, text), Field.STATUS) == {"cancelled"}


def test_a_topic_that_divides_the_sides_survives_a_proposal(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Doha on Tuesday; the mediators floated a "
        "proposal to bridge the differences over a truce."
    )
    mentions = [m for m in _mentions(kb, text) if m.kind is MentionKind.REPORT]
    assert "ceasefire" in _values(mentions, Field.TOPIC)
