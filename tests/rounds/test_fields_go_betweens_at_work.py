"""The go-between told by what it does rather than by the word "mediator": a list of
governments as the subject of brokering, a minister who opens or chairs the session (in any
of the ways a sentence can say it), the errand of carrying proposals said of a person or of
a government's envoy, helpers named with "with help from", a newcomer who joins the
mediators; and the wordings that look alike but name no go-between."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _values(mentions: list[RoundMention], field: Field) -> set[str]:
    return {c.value for m in mentions for c in m.claims if c.field is field}


def _mediators(kb: KnowledgeBase, text: str) -> set[str]:
    return _values(_mentions(kb, text), Field.MEDIATOR)


# --- a list of governments as the subject of the brokering ---------------------------------


def test_every_government_of_a_list_that_brokered_the_deal_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Israel and Hamas agreed to a truce on Tuesday after indirect talks. Egypt, Qatar and "
        "the United States jointly brokered the arrangement over several weeks."
    )
    assert {"Egypt", "Qatar", "United States"} <= _mediators(kb, text)


def test_two_governments_that_have_mediated_the_talks_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Israel and Hamas resumed indirect negotiations in Cairo on Tuesday. "
        "Egypt and Qatar have mediated the negotiations since the war began."
    )
    assert {"Egypt", "Qatar"} <= _mediators(kb, text)


def test_the_sides_of_a_deal_brokered_by_another_are_not_mediators(kb: KnowledgeBase) -> None:
    text = (
        "The exchange of prisoners between Russia and Ukraine brokered by the United Arab "
        "Emirates was completed on Tuesday after talks in Abu Dhabi."
    )
    mediators = _mediators(kb, text)
    assert "Russia" not in mediators
    assert "Ukraine" not in mediators


def test_governments_listed_beside_the_talks_for_something_else_do_not_mediate(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Egypt, Qatar and the United States condemned the strike on Tuesday, while the indirect "
        "talks between Israel and Hamas went on in Doha."
    )
    assert not {"Egypt", "United States"} & _mediators(kb, text)


# --- steering the session, said of a person -------------------------------------------------


def test_a_minister_who_has_opened_a_numbered_round_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan has opened the fourth round of Russian-Ukrainian "
        "talks at a palace in Istanbul."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_minister_who_spoke_first_and_then_chaired_the_session_mediates(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday. Hakan Fidan gave a short "
        "welcoming address to the delegations and then chaired the session."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_session_which_a_minister_opened_is_mediated_by_his_country(kb: KnowledgeBase) -> None:
    text = (
        "Kyiv is still weighing Tuesday's brief meeting with the Russian delegation in Istanbul, "
        "which Turkish Foreign Minister Hakan Fidan opened."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_minister_who_opens_the_session_as_host_and_mediator_mediates(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday. Hakan Fidan once more "
        "welcomed them as host and mediator."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_minister_who_acts_as_mediator_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Saturday. Badr Albusaidi, the Omani "
        "foreign minister, again acts as mediator."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_government_whose_officials_chaired_the_session_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday, and Turkish officials "
        "chaired the session."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_sides_own_leader_opening_the_session_mediates_nothing(kb: KnowledgeBase) -> None:
    text = "Volodymyr Zelensky opened the session of talks with the Russian delegation in Istanbul."
    assert "Ukraine" not in _mediators(kb, text)


def test_a_minister_who_opened_the_door_to_talks_does_not_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Hakan Fidan opened the door to new talks between Russia and Ukraine in a speech to "
        "parliament on Tuesday."
    )
    assert "Turkey" not in _mediators(kb, text)


# --- the errand of carrying proposals ---------------------------------------------------------


def test_a_governments_minister_who_shuttled_between_the_delegations_mediates(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The fifth round of indirect talks between Iran and the United States ended in Rome on "
        "Friday, according to Oman's foreign minister, who shuttled between the two delegations."
    )
    assert "Oman" in _mediators(kb, text)


def test_an_envoy_who_went_back_and_forth_between_the_rooms_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Saturday. An Omani envoy went back "
        "and forth between the two rooms all afternoon."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_minister_who_conveyed_written_proposals_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Saturday. Badr Albusaidi conveyed "
        "written proposals from one delegation to the other."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_go_between_at_work_in_the_next_paragraph_mediates_the_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Saturday for a first round.\n\n"
        "For most of the afternoon they sat apart while Omani Foreign Minister Badr Albusaidi "
        "carried messages between them."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_side_carrying_its_own_message_is_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Saturday. Abbas Araghchi carried a "
        "message from the supreme leader to the talks."
    )
    assert "Iran" not in _mediators(kb, text)


# --- helpers and newcomers ---------------------------------------------------------------------


def test_a_government_that_helped_broker_the_text_mediates(kb: KnowledgeBase) -> None:
    text = (
        "The foreign ministers of DR Congo and Rwanda signed the agreement in Washington on "
        "Friday, which the United States brokered over several weeks with help from Qatar."
    )
    assert {"United States", "Qatar"} <= _mediators(kb, text)


def test_a_government_that_brokered_with_the_support_of_another_names_both(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Kinshasa and the M23 signed a framework in Doha on Saturday. Qatar brokered the "
        "framework with the support of the United States."
    )
    assert {"United States", "Qatar"} <= _mediators(kb, text)


def test_an_envoy_who_joined_the_mediators_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas delegations held indirect talks in Sharm el-Sheikh on Wednesday. "
        "Turkish intelligence chief Ibrahim Kalin, who joined the mediators that morning, met "
        "the Hamas team."
    )
    assert "Turkey" in _mediators(kb, text)


def test_envoys_who_joined_the_egyptian_mediators_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas delegations held indirect talks in Sharm el-Sheikh on Wednesday. "
        "Steve Witkoff and Ibrahim Kalin joined the Egyptian mediators on the last day."
    )
    assert {"United States", "Turkey", "Egypt"} <= _mediators(kb, text)


def test_go_betweens_joined_by_two_more_governments_name_all_four(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas delegations held indirect talks in Sharm el-Sheikh this week. Egypt "
        "and Qatar, the usual go-betweens, were joined by Turkey, which sent its intelligence "
        "chief, and by the United States."
    )
    assert {"Egypt", "Qatar", "Turkey", "United States"} <= _mediators(kb, text)


def test_a_sides_envoy_who_joined_the_talks_is_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas delegations held indirect talks in Sharm el-Sheikh on Wednesday. Ron "
        "Dermer joined the talks on the last day."
    )
    assert "Israel" not in _mediators(kb, text)


# --- the chair of the sides' talks ----------------------------------------------------------


def test_the_chair_of_the_talks_from_neither_side_mediates_and_heads_no_delegation(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The Russian and Ukrainian delegations met in Istanbul on Monday for a second round of "
        "talks chaired by Foreign Minister Hakan Fidan."
    )
    mentions = _mentions(kb, text)
    assert "Turkey" in _values(mentions, Field.MEDIATOR)
    assert not any(c.party == "Turkey" for m in mentions for c in m.claims if c.field is Field.HEAD)


def test_a_sides_delegation_chaired_by_its_minister_keeps_its_head(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Monday. The Ukrainian delegation "
        "was chaired by Rustem Umerov."
    )
    mentions = _mentions(kb, text)
    heads = {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert ("Ukraine", "Rustem Umerov") in heads
    assert "Ukraine" not in _values(mentions, Field.MEDIATOR)


def test_a_government_that_brought_the_sides_under_one_roof_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Oman brought American and Iranian negotiators to the same building in Muscat on "
        "Saturday for their first talks in years."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_dated_errand_in_the_next_paragraph_still_names_the_go_between(
    kb: KnowledgeBase,
) -> None:
    text = (
        "MUSCAT - Iranian and American negotiators held a first round of talks in the Omani "
        "capital at the weekend.\n\n"
        "Badr Albusaidi carried proposals between the two envoys, who sat in separate rooms for "
        "three hours on Saturday."
    )
    assert "Oman" in _mediators(kb, text)


def test_go_betweens_joined_by_another_in_a_participle_name_it(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas delegations ended indirect talks in Sharm el-Sheikh on Thursday. The "
        "mediators, Egypt and Qatar, joined by the United States, will oversee the truce."
    )
    assert {"Egypt", "Qatar", "United States"} <= _mediators(kb, text)


# --- witnesses of what the sides sign ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mediators"),
    [
        (
            "The foreign ministers of DR Congo and Rwanda signed a declaration in Washington on "
            "Friday with Secretary of State Marco Rubio looking on.",
            {"United States"},
        ),
        (
            "The prime ministers of Thailand and Cambodia signed a peace declaration in Kuala "
            "Lumpur on Sunday in a ceremony witnessed by Donald Trump and Anwar Ibrahim.",
            {"United States", "Malaysia"},
        ),
        (
            "Kinshasa and the M23 signed a framework in Doha on Saturday in the presence of "
            "Qatari ministers.",
            {"Qatar"},
        ),
    ],
)
def test_a_usual_brokers_people_witnessing_the_signing_mediate(
    kb: KnowledgeBase, text: str, mediators: set[str]
) -> None:
    assert mediators <= _mediators(kb, text)


def test_a_witness_of_no_usual_broker_only_attends(kb: KnowledgeBase) -> None:
    text = (
        "The foreign ministers of DR Congo and Rwanda signed a declaration in Washington on "
        "Friday in the presence of German diplomats."
    )
    assert "Germany" not in _mediators(kb, text)


def test_a_ceremony_merely_attended_by_a_brokers_officials_names_no_mediator(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Kinshasa and the M23 signed a declaration in Doha on Saturday at a ceremony attended "
        "by Massad Boulos, the US adviser for Africa."
    )
    assert "United States" not in _mediators(kb, text)


def test_talks_under_the_mediation_of_a_named_minister_are_mediated_by_his_country(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iran and the United States held talks in Muscat on Saturday under the mediation of His "
        "Excellency Sayyid Badr Albusaidi, the foreign minister."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_usual_go_between_that_hosts_talks_another_brokered_only_lends_the_room(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations met in Abu Dhabi on Friday. The talks, brokered by "
        "Washington, were hosted by the United Arab Emirates."
    )
    mediators = _mediators(kb, text)
    assert "United States" in mediators
    assert "United Arab Emirates" not in mediators


def test_a_usual_go_between_that_hosts_with_no_broker_named_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Abu Dhabi on Friday. The talks were hosted by "
        "the United Arab Emirates."
    )
    assert "United Arab Emirates" in _mediators(kb, text)


def test_the_country_a_chairing_office_serves_is_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Houthi and Yemeni government delegations met in Geneva on Tuesday. The talks were "
        "co-chaired by the office of the UN special envoy for Yemen and the Red Cross."
    )
    mediators = _mediators(kb, text)
    assert "Yemen" not in mediators
    assert "United Nations" in mediators
