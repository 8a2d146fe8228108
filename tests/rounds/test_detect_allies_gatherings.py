"""Gatherings of one side's allies (a coalition, a bloc, "ministers from thirty countries")
are no round unless both sides are put at the table; a later mention of such a gathering's
city in the same article is that gathering again.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

FRIDAY = datetime(2025, 6, 13, 18, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, FRIDAY, kb)


@pytest.mark.parametrize(
    "text",
    [
        # Strong words ("talks", "signed a statement") do not make the allies' own
        # gathering a round.
        "Defence ministers of the Ukraine Defence Contact Group held talks in Brussels on "
        "Thursday on air defence for Kyiv.",
        "G7 foreign ministers gathered in Rome on Thursday and signed a statement on Ukraine.",
        "Officials from more than 40 countries held discussions in Copenhagen on Thursday on "
        "support for Ukraine after a ceasefire.",
        "Ukraine's European allies signed a declaration in London on Thursday on security "
        "guarantees for Ukraine.",
    ],
)
def test_a_gathering_of_allies_is_no_round(kb: KnowledgeBase, text: str) -> None:
    assert _extract(kb, text) == []


def test_a_gathering_of_allies_with_both_sides_at_the_table_is_a_round(
    kb: KnowledgeBase,
) -> None:
    # Both sides named at it: whatever the hosts call themselves, the sides met.
    text = (
        "Russian and Ukrainian delegations met in Rome on Thursday on the margins of a G7 "
        "summit and agreed a prisoner swap."
    )
    mentions = _extract(kb, text)
    assert any(m.first(Field.CITY) == "Rome" for m in mentions)


def test_allies_as_onlookers_leave_a_round_alone(kb: KnowledgeBase) -> None:
    # "allies" not as the subject of the meeting.
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Thursday, as Kyiv's allies watched."
    )
    assert any(m.first(Field.CITY) == "Istanbul" for m in _extract(kb, text))


def test_the_city_of_an_allies_gathering_named_again_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "G7 leaders met in Ottawa on Thursday and signed a statement on Ukraine.\n\n"
        "Moscow said the Ottawa discussions changed nothing."
    )
    assert _extract(kb, text) == []


def test_another_city_after_an_allies_gathering_still_counts(kb: KnowledgeBase) -> None:
    text = (
        "G7 leaders met in Ottawa on Thursday and signed a statement on Ukraine.\n\n"
        "Russian and Ukrainian negotiators met in Istanbul on Friday."
    )
    assert [m.first(Field.CITY) for m in _extract(kb, text)] == ["Istanbul"]


def test_a_plan_named_by_its_points_tells_no_conflict(kb: KnowledgeBase) -> None:
    # "20-point plan" names plans for Gaza and for Ukraine alike: a story about the one
    # must not yield a round of the other.
    text = (
        "Israeli and Hamas negotiators met in Cairo on Thursday.\n\n"
        "The talks, which opened on Wednesday, rest on the 20-point plan, which provides for "
        "the release of hostages."
    )
    assert {m.conflict for m in _extract(kb, text)} == {"gaza"}


def test_a_gathering_of_allies_is_no_round_for_naming_both_sides_in_passing(
    kb: KnowledgeBase,
) -> None:
    # "countries that support Ukraine", "a ceasefire with Russia": the sides the gathering
    # is about, not two who sit at it.
    text = (
        "Leaders from more than thirty countries that support Ukraine signed a declaration "
        "in Paris on Thursday on a force to deploy once a ceasefire with Russia is in place."
    )
    assert _extract(kb, text) == []


def test_a_headline_placing_the_allies_gathering_the_body_tells_is_no_round(
    kb: KnowledgeBase,
) -> None:
    # The headline is read first; the body then shows Paris is the allies' venue.
    text = (
        "Volodymyr Zelensky joined European leaders in Paris on Thursday for a summit of "
        "the Coalition of the Willing.\n\n"
        "The meeting, hosted by Emmanuel Macron, ended with a declaration on security "
        "guarantees."
    )
    assert _extract(kb, text, "Zelensky in Paris as allies sign declaration") == []


def test_leaders_of_both_sides_at_a_summit_abroad_still_meet(kb: KnowledgeBase) -> None:
    # Negative case: the sides' leaders named at the meeting put both at the table, even
    # at a gathering of many nations.
    text = (
        "On the sidelines of a summit of leaders from forty countries in Prague on Thursday, "
        "Nikol Pashinyan and Ilham Aliyev met for talks."
    )
    assert [m.first(Field.CITY) for m in _extract(kb, text)] == ["Prague"]
