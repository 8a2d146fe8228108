"""Wordings live pages brought up, read wherever they stand.

A day first planned and then moved ("was supposed to open on Sunday, and was pushed back")
is not a day the talks sat. The mediators "of" a list of countries are theirs, as "from"
is. Someone who "has joined the X team and will lead it" heads it. The talks "useful for
identifying" something served a purpose: not a mood of the sitting (as "useful talks" is)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import report

FRIDAY = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
OPENED = "Armenian and Azerbaijani foreign ministers opened talks in Tbilisi on Wednesday. "


@pytest.mark.parametrize(
    "plan",
    [
        "The meeting was supposed to open on Monday, March 2, and was pushed back by two days.",
        "It had been scheduled to begin on 2 March but was postponed at the last minute.",
    ],
)
def test_a_day_planned_then_moved_is_not_the_start(kb: KnowledgeBase, plan: str) -> None:
    mention = report(kb, OPENED + plan, published=FRIDAY)
    assert "2026-03-02" not in mention.values(Field.START_DATE)


def test_a_day_sat_then_a_venue_moved_is_still_the_start(kb: KnowledgeBase) -> None:
    # Negative: no plan before the day; the talks opened then, and moved hotel afterwards.
    text = (
        "Armenian and Azerbaijani foreign ministers opened talks in Tbilisi on 2 March and "
        "were moved to another hotel."
    )
    mention = report(kb, text, published=FRIDAY)
    assert mention.values(Field.START_DATE) == ["2026-03-02"]


def test_the_mediators_of_a_list_of_countries(kb: KnowledgeBase) -> None:
    text = OPENED + "Baku thanked the mediators of Turkey and Qatar for their efforts."
    mention = report(kb, text, published=FRIDAY)
    assert {"Turkey", "Qatar"} <= set(mention.values(Field.MEDIATOR))


def test_the_mediators_of_the_talks_name_no_country(kb: KnowledgeBase) -> None:
    text = OPENED + "The mediators of the talks kept silent about Turkey."
    mention = report(kb, text, published=FRIDAY)
    assert "Turkey" not in mention.values(Field.MEDIATOR)


@pytest.mark.parametrize(
    ("sentence", "heads"),
    [
        ("Ararat Mirzoyan has joined the Armenian team and will lead it.", True),
        ("Ararat Mirzoyan, the foreign minister, joined the delegation and is to head it.", True),
        # Negative: joining to advise is no lead.
        ("Ararat Mirzoyan has joined the Armenian team and will advise it.", False),
    ],
)
def test_joining_a_team_to_lead_it(kb: KnowledgeBase, sentence: str, heads: bool) -> None:
    mention = report(kb, OPENED + sentence, published=FRIDAY)
    assert ("Ararat Mirzoyan" in mention.values(Field.HEAD)) is heads


def test_useful_for_a_purpose_is_no_mood(kb: KnowledgeBase) -> None:
    text = OPENED + "The hosts said the talks were useful for clarifying the two positions."
    mentions = extract_mentions(text, None, FRIDAY, kb)
    assert all("productive" not in m.values(Field.ATMOSPHERE) for m in mentions)


def test_useful_talks_are_still_productive(kb: KnowledgeBase) -> None:
    text = OPENED + "The hosts said the talks were useful."
    mention = report(kb, text, published=FRIDAY)
    assert "productive" in mention.values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    "swap",
    [
        "The two sides will exchange at least 500 more prisoners each, a negotiator says.",
        "The two delegations are to hand over 200 captives each, the hosts say.",
    ],
)
def test_a_numbered_swap_told_to_come_after_talks_held_is_a_partial_deal(
    kb: KnowledgeBase, swap: str
) -> None:
    text = OPENED + "The talks ended after three hours.\n\n" + swap
    mention = report(kb, text, published=FRIDAY)
    assert "partial_agreement" in mention.values(Field.OUTCOME)


@pytest.mark.parametrize(
    "swap",
    [
        # Views, not captives; a swap with no number is no settled deal.
        "The two sides will exchange views on the border, a negotiator says.",
        "The two sides will exchange prisoners at some point, a negotiator hopes.",
    ],
)
def test_what_is_no_swap_to_come(kb: KnowledgeBase, swap: str) -> None:
    text = OPENED + "The talks ended after three hours.\n\n" + swap
    mention = report(kb, text, published=FRIDAY)
    assert "partial_agreement" not in mention.values(Field.OUTCOME)
