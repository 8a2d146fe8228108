"""Heads of delegation who are not in the people data, found from how news introduces them:
the whole name is taken, titles and outlets are left out, and the head goes to the side the
sentence gives. All names here are invented."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday
KYIV_TALKS = "Ukrainian and Russian negotiators sat down in Istanbul on Tuesday. "


def _roles(kb: KnowledgeBase, text: str, field: Field = Field.HEAD) -> set[tuple[str | None, str]]:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    return {(c.party, c.value) for m in mentions for c in m.claims if c.field is field}


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            KYIV_TALKS + "Kyiv's delegation was fronted by Marko Lysenko.",
            ("Ukraine", "Marko Lysenko"),
        ),
        (
            KYIV_TALKS + "Marko Lysenko, Ukraine's chief negotiator, called the day constructive.",
            ("Ukraine", "Marko Lysenko"),
        ),
        (
            KYIV_TALKS
            + "On the other side of the table, the Russian side was headed by Gleb Orlov.",
            ("Russia", "Gleb Orlov"),
        ),
        (
            "Tehran and Washington resumed indirect talks in Muscat on Saturday. "
            "Kaveh Tabrizi headed the Iranian team.",
            ("Iran", "Kaveh Tabrizi"),
        ),
        (KYIV_TALKS + "Kyiv sent a delegation under Marko Lysenko.", ("Ukraine", "Marko Lysenko")),
        (
            "Israel and Hamas resumed indirect negotiations in Cairo on Tuesday. "
            "Samir Haddad, who leads Hamas's negotiating team, arrived on Monday night.",
            ("Hamas", "Samir Haddad"),
        ),
    ],
)
def test_a_head_outside_the_people_data_is_found(
    kb: KnowledgeBase, text: str, head: tuple[str, str]
) -> None:
    assert head in _roles(kb, text)


def test_the_side_that_reinstates_a_negotiator_is_the_one_he_leads(kb: KnowledgeBase) -> None:
    text = (
        "Ukrainian and Russian negotiators sat down in Istanbul on Tuesday, days after the "
        "Kremlin reinstated Gleb Orlov as its lead negotiator."
    )
    assert _roles(kb, text) == {("Russia", "Gleb Orlov")}


@pytest.mark.parametrize(
    "name", ["Faisal bin Nasser", "Adil al-Tayeb", "Pieter van der Linden", "Musa ibn Harun"]
)
def test_a_name_is_taken_whole_with_its_particles(kb: KnowledgeBase, name: str) -> None:
    text = (
        "Sudan's army and the RSF resumed talks in Jeddah on Tuesday. "
        f"{name}, the head of the Sudanese army delegation, said the mood was sober."
    )
    assert _roles(kb, text) == {("Sudanese Armed Forces", name)}


@pytest.mark.parametrize(
    "title",
    [
        "Deputy Foreign Minister",
        "Chief of Staff",
        "Lieutenant General",
        "Infrastructure Minister",
        "army chief",
    ],
)
def test_a_title_before_the_name_is_not_part_of_it(kb: KnowledgeBase, title: str) -> None:
    text = KYIV_TALKS + f"The Ukrainian delegation was led by {title} Marko Lysenko."
    assert _roles(kb, text) == {("Ukraine", "Marko Lysenko")}


@pytest.mark.parametrize(
    "tail", ["told Reuters", "told Al Jazeera", "told The Washington Post", "Interfax reported"]
)
def test_the_outlet_that_carries_the_words_is_no_head(kb: KnowledgeBase, tail: str) -> None:
    text = KYIV_TALKS + f"The Ukrainian delegation was led by Marko Lysenko, {tail}."
    assert _roles(kb, text) == {("Ukraine", "Marko Lysenko")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Olena Shevchuk, an analyst at a Kyiv think tank, said the talks would go nowhere.",
        "Olena Shevchuk, a spokeswoman for the Ukrainian delegation, said the talks went well.",
        "According to Olena Shevchuk, the Ukrainian delegation was led by Marko Lysenko.",
    ],
)
def test_someone_quoted_is_not_a_head(kb: KnowledgeBase, sentence: str) -> None:
    heads = _roles(kb, KYIV_TALKS + sentence)
    assert not any(name == "Olena Shevchuk" for _, name in heads)


def test_two_heads_each_given_with_their_country(kb: KnowledgeBase) -> None:
    text = KYIV_TALKS + "The talks were led by Kyiv's Marko Lysenko and Moscow's Gleb Orlov."
    assert _roles(kb, text) == {("Ukraine", "Marko Lysenko"), ("Russia", "Gleb Orlov")}


def test_the_noun_said_once_for_the_second_side(kb: KnowledgeBase) -> None:
    text = (
        KYIV_TALKS + "Marko Lysenko led the Ukrainian team while Gleb Orlov headed the Russian one."
    )
    assert _roles(kb, text) == {("Ukraine", "Marko Lysenko"), ("Russia", "Gleb Orlov")}


def test_members_named_after_the_head_in_an_aside(kb: KnowledgeBase) -> None:
    text = (
        KYIV_TALKS
        + "The Russian delegation, headed by Gleb Orlov, included Boris Kotov and Ilya Sorokin."
    )
    assert _roles(kb, text) == {("Russia", "Gleb Orlov")}
    assert _roles(kb, text, Field.MEMBER) == {("Russia", "Boris Kotov"), ("Russia", "Ilya Sorokin")}


def test_whoever_signs_a_sides_copy_of_the_deal_heads_it(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine signed the grain arrangement in Istanbul on Tuesday. "
        "Admiral Gleb Orlov signed Moscow's copy of the text, and Transport Minister Marko "
        "Lysenko later signed the same document on Kyiv's behalf."
    )
    assert _roles(kb, text) == {("Russia", "Gleb Orlov"), ("Ukraine", "Marko Lysenko")}


# --- heads of known people, carried by how the article puts them ------------------------


def test_a_leader_travelling_to_meet_another_leads_his_side(kb: KnowledgeBase) -> None:
    text = (
        "Volodymyr Zelensky will fly to Washington on Monday to meet Donald Trump for talks "
        "on ending the war."
    )
    heads = _roles(kb, text)
    assert {("Ukraine", "Volodymyr Zelensky"), ("United States", "Donald Trump")} <= heads


def test_two_leaders_present_where_the_truce_was_agreed_lead_their_sides(
    kb: KnowledgeBase,
) -> None:
    text = (
        "A ceasefire between Thailand and Cambodia was agreed in talks in Putrajaya on Monday, "
        "in the presence of Cambodian Prime Minister Hun Manet and Thailand's acting premier "
        "Phumtham Wechayachai."
    )
    heads = _roles(kb, text)
    assert {("Cambodia", "Hun Manet"), ("Thailand", "Phumtham Wechayachai")} <= heads


def test_a_head_who_will_lead_again_on_a_day_heads_that_round(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine will hold another round of talks in Istanbul on Friday.\n\n"
        "On Friday Rustem Umerov, back from Washington, will once more lead Kyiv's team."
    )
    assert ("Ukraine", "Rustem Umerov") in _roles(kb, text)


def test_heads_seated_as_in_every_earlier_round_hold_for_the_earlier_one(
    kb: KnowledgeBase,
) -> None:
    title = "Iran and US wrap up fifth round of talks in Rome"
    text = (
        "Oman's foreign minister said the fifth round of Iran-US talks, held in Rome on Friday, "
        "had narrowed the gaps. As at every previous session, Abbas Araghchi and Steve "
        "Witkoff sat in separate rooms while Omani officials carried the papers.\n\n"
        "The mood was calmer than at the fourth round in Muscat on 11 May."
    )
    mentions = extract_mentions(text, title, PUBLISHED.replace(year=2025, month=5, day=24), kb)
    muscat = [
        m for m in mentions if any(c.field is Field.CITY and c.value == "Muscat" for c in m.claims)
    ]
    assert muscat
    heads = {(c.party, c.value) for m in muscat for c in m.claims if c.field is Field.HEAD}
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= heads


def test_a_next_round_between_the_heads_of_delegation_keeps_the_heads(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iranian and American negotiators held talks in Rome on Saturday. Abbas Araghchi "
        "headed the Iranian team and Steve Witkoff the American one. Officials said the "
        "chief negotiators would sit down again in Muscat next Saturday, a meeting between "
        "the heads of delegation."
    )
    mentions = extract_mentions(text, None, PUBLISHED.replace(year=2025, month=4, day=19), kb)
    later = [
        m for m in mentions if any(c.field is Field.CITY and c.value == "Muscat" for c in m.claims)
    ]
    assert later
    heads = {(c.party, c.value) for m in later for c in m.claims if c.field is Field.HEAD}
    assert ("Iran", "Abbas Araghchi") in heads
