"""Heads of delegation in more ways news tells who led: the lead dated between the verb and
"by" ("led since Sunday by"), the side after "leads for", two people facing each other at the
table, one "led by" for the two sides' heads, a go-between moving between the two heads, and
a main clause that resumes after a relative clause recalling an earlier round."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday
ISTANBUL = "Ukrainian and Russian negotiators sat down in Istanbul on Tuesday. "
YEREVAN = "Armenian and Azerbaijani leaders held talks in Abu Dhabi on Tuesday. "


def _heads(kb: KnowledgeBase, text: str, firm: float = 0.6) -> set[tuple[str | None, str]]:
    """The heads read with at least ``firm`` confidence (the sole-negotiator guess is lower)."""
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    return {
        (c.party, c.value)
        for m in mentions
        for c in m.claims
        if c.field is Field.HEAD and c.confidence >= firm
    }


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        # When the lead began, between the verb and "by".
        (
            ISTANBUL + "The Russian team has been headed since Thursday by Vladimir Medinsky, "
            "a Kremlin aide.",
            {("Russia", "Vladimir Medinsky")},
        ),
        (
            ISTANBUL + "Kyiv's delegation, led this week by Rustem Umerov, asked for a truce.",
            {("Ukraine", "Rustem Umerov")},
        ),
        # The side after "leads for", known or unknown name.
        (
            ISTANBUL + "Medinsky, the Kremlin aide, led for Russia once again.",
            {("Russia", "Vladimir Medinsky")},
        ),
        (
            ISTANBUL + "Oleksandr Bevz leads for Ukraine, officials said.",
            {("Ukraine", "Oleksandr Bevz")},
        ),
        # Two people of two sides facing each other at the table.
        (
            YEREVAN + "Prime Minister Nikol Pashinyan and President Ilham Aliyev sat opposite "
            "each other for two hours.",
            {("Armenia", "Nikol Pashinyan"), ("Azerbaijan", "Ilham Aliyev")},
        ),
        (
            YEREVAN + "Pashinyan and Azerbaijan's President Ilham Aliyev came face to face in "
            "the palace.",
            {("Armenia", "Nikol Pashinyan"), ("Azerbaijan", "Ilham Aliyev")},
        ),
        # One "led by" for two known people of two sides.
        (
            "Kyiv's and Moscow's teams, led by Rustem Umerov and Vladimir Medinsky, were back "
            "at the table in Istanbul on Tuesday.",
            {("Ukraine", "Rustem Umerov"), ("Russia", "Vladimir Medinsky")},
        ),
    ],
)
def test_heads_are_read(kb: KnowledgeBase, text: str, heads: set[tuple[str, str]]) -> None:
    assert heads <= _heads(kb, text)


def test_a_dated_criticism_names_no_head(kb: KnowledgeBase) -> None:
    # Only the verbs of leading take a date before "by": a team criticised by someone.
    text = ISTANBUL + "The Russian team has been mocked since Thursday by Pavel Sorokin, a blogger."
    assert ("Russia", "Pavel Sorokin") not in _heads(kb, text, firm=0.0)


def test_headed_for_a_city_is_a_journey(kb: KnowledgeBase) -> None:
    # "headed for Moscow" is where he travels, not a side he leads.
    text = ISTANBUL + "Pavel Sorokin headed for Moscow on Wednesday."
    assert not any(value == "Pavel Sorokin" for _, value in _heads(kb, text, firm=0.0))


def test_two_envoys_of_one_side_after_led_by_stay_head_and_member(kb: KnowledgeBase) -> None:
    # "led by X and Y" of one side: the second stays a member, as before.
    text = (
        "Iranian and American negotiators met in Muscat on Tuesday, the American team led by "
        "Steve Witkoff and Jared Kushner."
    )
    heads = _heads(kb, text)
    assert ("United States", "Jared Kushner") not in heads


def test_facing_criticism_is_no_seat_at_the_table(kb: KnowledgeBase) -> None:
    # "faced" takes "each other", "one another" or "off": not any object.
    text = YEREVAN + "Pashinyan and Aliyev faced criticism at home afterwards."
    assert ("Azerbaijan", "Ilham Aliyev") not in _heads(kb, text)


ROME = "Iranian and US negotiators held a third round of talks in Rome on Saturday. "


def test_go_between_moving_between_the_heads(kb: KnowledgeBase) -> None:
    text = (
        ROME + "Oman's foreign minister went between Foreign Minister Abbas Araghchi and the "
        "American envoy Steve Witkoff all afternoon."
    )
    heads = _heads(kb, text)
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= heads


def test_travelling_between_capitals_names_no_head(kb: KnowledgeBase) -> None:
    text = ROME + "The envoy Pavel Sorokin had moved between Moscow and Tehran for weeks."
    assert not any(value == "Pavel Sorokin" for _, value in _heads(kb, text, firm=0.0))


def test_main_clause_after_a_recalling_relative_clause_is_this_rounds(kb: KnowledgeBase) -> None:
    # The relative clause recalls the earlier round in Muscat; the heads the go-between
    # moved between are at this round, in Rome.
    text = (
        ROME + "Badr Albusaidi, who had also chaired their meeting in Muscat two weeks ago, "
        "shuttled between Abbas Araghchi and Steve Witkoff for five hours."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (rome,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    heads = {(c.party, c.value) for c in rome.claims if c.field is Field.HEAD}
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= heads


def test_heads_of_the_recalled_sitting_stay_with_it(kb: KnowledgeBase) -> None:
    # No main clause resumes after the recall: who headed the recalled sitting is its own.
    text = (
        ROME + "That session followed their meeting in Muscat two weeks ago, which was headed "
        "by Abbas Araghchi and Steve Witkoff."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (rome,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    assert not any(c.field is Field.HEAD and c.confidence >= 0.6 for c in rome.claims)
    recalled = {
        (c.party, c.value)
        for m in mentions
        if m.kind is MentionKind.BACK_REFERENCE
        for c in m.claims
        if c.field is Field.HEAD
    }
    assert ("Iran", "Abbas Araghchi") in recalled


LIVE = "Live from Istanbul, where Russian and Ukrainian delegations resumed talks on Tuesday. "


def _report(kb: KnowledgeBase, text: str) -> list[tuple[str, str | None, str]]:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (found,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    return [(c.field.value, c.party, c.value) for c in found.claims]


def test_a_day_compared_with_does_not_date_the_head(kb: KnowledgeBase) -> None:
    # "as in March and April": the sittings the lead is compared with; he leads this one.
    text = LIVE + "Vladimir Medinsky heads the Russian team again, as in March and April."
    assert ("head", "Russia", "Vladimir Medinsky") in _report(kb, text)


def test_a_comparison_without_a_day_changes_nothing(kb: KnowledgeBase) -> None:
    # A day told outright ("on 3 March") still dates what the sentence tells.
    text = "Rustem Umerov led Ukraine's team in talks with Russia in Istanbul on 3 March."
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    dates = {c.value for m in mentions for c in m.claims if c.field is Field.START_DATE}
    assert "2026-03-03" in dates


def test_a_long_relative_clause_between_name_and_lead(kb: KnowledgeBase) -> None:
    text = (
        LIVE + "Rustem Umerov, who left the defence ministry last month for the post of "
        "security council secretary in Kyiv, leads the Ukrainian side."
    )
    assert ("head", "Ukraine", "Rustem Umerov") in _report(kb, text)


def test_a_persons_past_told_in_a_relative_clause_places_nothing(kb: KnowledgeBase) -> None:
    # The strike he survived happened in Doha on a day of its own: neither is the talks'.
    text = (
        "Israeli and Hamas negotiators are holding indirect talks in Cairo this week. "
        "Hamas's delegation is led by Khalil al-Hayya, who escaped an air strike in Doha on "
        "9 September."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    cities = {c.value for m in mentions for c in m.claims if c.field is Field.CITY}
    assert "Doha" not in cities
    heads = {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert ("Hamas", "Khalil al-Hayya") in heads


def test_an_arrival_in_a_relative_clause_still_places_the_talks(kb: KnowledgeBase) -> None:
    # "who arrived in Doha": the arrival names where the talks sit.
    text = (
        "Israeli and Hamas negotiators are holding indirect talks this week. Hamas's "
        "delegation is led by Khalil al-Hayya, who arrived in Doha on Monday."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    cities = {c.value for m in mentions for c in m.claims if c.field is Field.CITY}
    assert "Doha" in cities


def test_the_head_of_the_table_is_the_chair(kb: KnowledgeBase) -> None:
    # The one at the head of the table chairs: the go-between, not a side's head.
    text = LIVE + "Pictures show the two teams along a narrow table, with Hakan Fidan at its head."
    claims = _report(kb, text)
    assert ("head", "Turkey", "Hakan Fidan") not in claims
    assert ("mediator", None, "Turkey") in claims


def test_the_head_of_a_delegation_is_still_its_head(kb: KnowledgeBase) -> None:
    # No table before "at its head": the delegation's own head.
    text = LIVE + "The Russian delegation arrived with Vladimir Medinsky at its head."
    assert ("head", "Russia", "Vladimir Medinsky") in _report(kb, text)


def test_two_heads_in_separate_rooms(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators held indirect talks in Muscat on Tuesday. "
        "Abbas Araghchi and Steve Witkoff waited in separate rooms while Omani officials "
        "carried the messages."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    heads = {(c.party, c.value) for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= heads


def test_several_said_to_lead_one_side_give_it_no_head(kb: KnowledgeBase) -> None:
    # "A, B and C led for Washington": the text does not say which of them led.
    text = (
        "Russian, Ukrainian and American delegations met in Abu Dhabi on Tuesday. Steve "
        "Witkoff, Jared Kushner and Army Secretary Dan Driscoll led for the United States."
    )
    assert not any(party == "United States" for party, _ in _heads(kb, text))


def test_a_handshake_sentence_of_its_own_names_the_pair(kb: KnowledgeBase) -> None:
    # The pair's own handshake, told without any word for the talks, is read at all.
    text = (
        YEREVAN + "The pictures were striking: Nikol Pashinyan and Ilham Aliyev shaking hands "
        "under the chandeliers."
    )
    assert {("Armenia", "Nikol Pashinyan"), ("Azerbaijan", "Ilham Aliyev")} <= _heads(kb, text)


def test_a_handshake_of_unknown_people_names_no_head(kb: KnowledgeBase) -> None:
    # Reading handshake sentences finds heads only among the sides' known people.
    text = YEREVAN + "Outside, two chess players shaking hands drew a small crowd."
    assert _heads(kb, text, firm=0.0) == set()
