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
