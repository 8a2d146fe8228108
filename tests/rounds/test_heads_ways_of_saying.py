"""Heads of delegation in the many ways news says who led: an adverb between "led" and "by",
two heads given with their sides after one verb, "under the leadership of", a head named
after the members, a verb of arrival before "and led", "to lead" after a relative clause,
names written with initials, two signers with the verb said once; the first of two envoys
of one side who meet the other side; and a host who met a delegate but stayed out of the
talks, who heads nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday
ISTANBUL = "Ukrainian and Russian negotiators sat down in Istanbul on Tuesday. "


def _roles(kb: KnowledgeBase, text: str, field: Field = Field.HEAD) -> set[tuple[str | None, str]]:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    return {(c.party, c.value) for m in mentions for c in m.claims if c.field is field}


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            ISTANBUL + "The two teams, led once more by Vladimir Medinsky for Russia and by "
            "Rustem Umerov for Ukraine, agreed to swap the wounded.",
            {("Russia", "Vladimir Medinsky"), ("Ukraine", "Rustem Umerov")},
        ),
        (
            ISTANBUL + "The delegations, headed again by the Kremlin aide Vladimir Medinsky for "
            "Russia and Defence Minister Rustem Umerov for Ukraine, agreed to swap the wounded.",
            {("Russia", "Vladimir Medinsky"), ("Ukraine", "Rustem Umerov")},
        ),
        (
            ISTANBUL + "The Ukrainian delegation was under the leadership of the defence "
            "minister, Rustem Umerov.",
            {("Ukraine", "Rustem Umerov")},
        ),
        (
            ISTANBUL + "The Russian side sat under the chairmanship of presidential aide "
            "Vladimir Medinsky.",
            {("Russia", "Vladimir Medinsky")},
        ),
        (
            ISTANBUL + "Rustem Umerov, the defence minister, flew in on Monday night and led "
            "Ukraine's delegation.",
            {("Ukraine", "Rustem Umerov")},
        ),
        (
            ISTANBUL + "Vladimir Medinsky, who arrived from Moscow on Monday to head the Russian "
            "delegation, spoke to reporters.",
            {("Russia", "Vladimir Medinsky")},
        ),
    ],
)
def test_the_ways_of_saying_who_led_a_delegation(
    kb: KnowledgeBase, text: str, heads: set[tuple[str, str]]
) -> None:
    assert heads <= _roles(kb, text)


def test_a_head_named_after_the_members_heads_the_delegation(kb: KnowledgeBase) -> None:
    text = (
        ISTANBUL + "The delegation included the foreign minister, Dmytro Kuleba, and was headed "
        "by Rustem Umerov."
    )
    assert ("Ukraine", "Rustem Umerov") in _roles(kb, text)
    assert ("Ukraine", "Dmytro Kuleba") in _roles(kb, text, Field.MEMBER)


def test_two_names_after_led_by_are_a_head_and_a_member(kb: KnowledgeBase) -> None:
    text = ISTANBUL + "The Ukrainian delegation was headed by Rustem Umerov and Dmytro Kuleba."
    assert ("Ukraine", "Dmytro Kuleba") not in _roles(kb, text)


def test_a_head_whose_name_has_initials_is_taken_whole(kb: KnowledgeBase) -> None:
    text = (
        "Indian and Pakistani water officials met in New Delhi on Tuesday. The Indian side was "
        "led by R.K. Menon, the Indus commissioner."
    )
    assert ("India", "R.K. Menon") in _roles(kb, text)


def test_the_signing_verb_said_once_for_two_signers_names_both_heads(kb: KnowledgeBase) -> None:
    text = (
        "Kinshasa and the M23 signed a framework in Doha on Saturday. Sumbu Sita Mutiba signed "
        "for the government and Benjamin Mbonimpa, the movement's negotiator, for the rebels."
    )
    heads = _roles(kb, text)
    assert ("DR Congo", "Sumbu Sita Mutiba") in heads
    assert ("M23", "Benjamin Mbonimpa") in heads


def test_the_first_of_two_envoys_meeting_the_other_side_heads_it(kb: KnowledgeBase) -> None:
    text = "Steve Witkoff and Jared Kushner met Vladimir Putin at the Kremlin on Tuesday for talks."
    heads = _roles(kb, text)
    assert ("United States", "Steve Witkoff") in heads
    assert ("United States", "Jared Kushner") not in heads


def test_a_host_who_met_a_delegate_but_stayed_out_of_the_talks_heads_nothing(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iranian and American negotiators met in Rome on Saturday. Antonio Tajani met Abbas "
        "Araghchi before the session but stayed out of the negotiations."
    )
    assert ("Italy", "Antonio Tajani") not in _roles(kb, text)


def test_a_prince_who_received_a_president_but_took_no_part_heads_nothing(
    kb: KnowledgeBase,
) -> None:
    text = (
        "American and Ukrainian officials met in Jeddah on Tuesday. Crown Prince Mohammed bin "
        "Salman received Volodymyr Zelensky the evening before but took no part in the talks."
    )
    assert ("Saudi Arabia", "Mohammed bin Salman") not in _roles(kb, text)


# --- two known people of two sides at one meeting ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin held nearly four hours of talks with US envoys Steve Witkoff and Jared "
        "Kushner at the Kremlin on Tuesday.",
        "Steve Witkoff and Jared Kushner spent almost five hours of talks with Vladimir Putin "
        "at the Kremlin on Tuesday.",
        "Steve Witkoff's third meeting with Vladimir Putin, at the Kremlin on Tuesday, lasted "
        "five hours.",
        "Steve Witkoff had a long meeting with Vladimir Putin at the Kremlin on Tuesday.",
    ],
)
def test_an_envoy_and_a_leader_who_spent_hours_together_head_their_sides(
    kb: KnowledgeBase, text: str
) -> None:
    heads = _roles(kb, text)
    assert {("United States", "Steve Witkoff"), ("Russia", "Vladimir Putin")} <= heads
    assert ("United States", "Jared Kushner") not in heads


def test_two_envoys_who_spent_hours_at_the_venue_head_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "Abbas Araghchi and US envoy Steve Witkoff spent three hours at a villa in Muscat on "
        "Saturday for indirect talks."
    )
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= _roles(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian and American negotiators met in Muscat on Saturday. The American technical "
        "team was led by Michael Anton.",
        "Iranian and American negotiators met in Muscat on Saturday. The Iranian experts were "
        "headed by Majid Takht-Ravanchi.",
    ],
)
def test_the_leader_of_the_experts_team_is_no_head_of_delegation(
    kb: KnowledgeBase, text: str
) -> None:
    heads = {name for _, name in _roles(kb, text)}
    assert not heads & {"Michael Anton", "Majid Takht-Ravanchi"}


def test_the_two_sides_a_chair_met_with_head_them_and_the_chair_heads_none(
    kb: KnowledgeBase,
) -> None:
    text = (
        "In March, Mevlut Cavusoglu chaired a three-way session in Antalya with Sergei Lavrov "
        "and Dmytro Kuleba."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    heads = {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert {("Russia", "Sergei Lavrov"), ("Ukraine", "Dmytro Kuleba")} <= heads
    assert not any(party == "Turkey" for party, _ in heads)


def test_leaders_who_spent_the_night_with_both_sides_head_neither(kb: KnowledgeBase) -> None:
    text = (
        "Angela Merkel and Francois Hollande spent sixteen hours of talks in Minsk with "
        "Vladimir Putin and Petro Poroshenko on 11 February 2015."
    )
    heads = _roles(kb, text)
    assert {("Russia", "Vladimir Putin"), ("Ukraine", "Petro Poroshenko")} <= heads
    assert not any(party in ("France", "Germany") for party, _ in heads)


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "Houthi and Saudi officials held talks in Riyadh on Tuesday. The delegation, headed "
            "by the movement's chief negotiator and spokesman Mohammed Abdulsalam, flew home.",
            {("Houthis", "Mohammed Abdulsalam")},
        ),
        (
            "Israeli and Lebanese officials met in Naqoura on Wednesday. Simon Karam headed the "
            "Lebanese side, and Dan Keller of Israel's security council the Israeli one.",
            {("Lebanon", "Simon Karam"), ("Israel", "Dan Keller")},
        ),
    ],
)
def test_long_titles_and_gapped_sides(
    kb: KnowledgeBase, text: str, heads: set[tuple[str, str]]
) -> None:
    assert heads <= _roles(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        ISTANBUL + "Volodymyr Zelensky named Rustem Umerov to head the delegation last month.",
        "Israeli and Lebanese officials met in Naqoura on Wednesday. Lebanon was represented by "
        "Simon Karam, whom President Joseph Aoun appointed to head the Lebanese side.",
    ],
)
def test_the_one_who_appoints_the_head_heads_nothing(kb: KnowledgeBase, text: str) -> None:
    heads = {name for _, name in _roles(kb, text)}
    assert not heads & {"Volodymyr Zelensky", "Joseph Aoun"}


def test_a_host_of_the_two_ministers_named_by_office_who_opened_their_talks(
    kb: KnowledgeBase,
) -> None:
    text = (
        "In Washington on Monday, Antony Blinken hosted the two foreign ministers, Ararat "
        "Mirzoyan and Jeyhun Bayramov, at Blair House and opened their talks on a treaty."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    heads = {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}
    mediators = {c.value for m in mentions for c in m.claims if c.field is Field.MEDIATOR}
    assert {("Armenia", "Ararat Mirzoyan"), ("Azerbaijan", "Jeyhun Bayramov")} <= heads
    assert "United States" in mediators


MUSCAT = "Iranian and American negotiators held indirect talks in Muscat on Tuesday. "


def test_a_sides_one_negotiator_named_at_the_talks_led_it(kb: KnowledgeBase) -> None:
    text = MUSCAT + (
        "Abbas Araghchi told state television the talks had been useful. Steve Witkoff called "
        "the talks positive."
    )
    assert _roles(kb, text) >= {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")}


def test_no_guess_where_a_side_has_two_negotiators_or_only_a_leader_speaks(
    kb: KnowledgeBase,
) -> None:
    # Two envoys of one side at the talks, neither said to lead: no head for that side.
    text = MUSCAT + (
        "Steve Witkoff called the talks positive. Later, Jared Kushner told reporters the talks "
        "had been useful."
    )
    assert not {party for party, _ in _roles(kb, text)} & {"United States"}
    # A president commenting on the talks led nothing.
    text = MUSCAT + "President Donald Trump said the talks with Iran were going well."
    assert ("United States", "Donald Trump") not in _roles(kb, text)
    # Who joined the talks later came to a table someone else led.
    text = MUSCAT + "Steve Witkoff joined the talks on the second day."
    assert ("United States", "Steve Witkoff") not in _roles(kb, text)


def test_a_head_a_sentence_names_wins_over_the_guess(kb: KnowledgeBase) -> None:
    text = ISTANBUL + (
        "The Ukrainian delegation was headed by Rustem Umerov. Andriy Yermak said the talks "
        "had been hard."
    )
    heads = _roles(kb, text)
    assert ("Ukraine", "Rustem Umerov") in heads
    assert ("Ukraine", "Andriy Yermak") not in heads
