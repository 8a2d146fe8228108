"""Everyday prose in a story filed under a conflict: meetings and signings that are no round."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)  # a Friday
TITLE = "Russia-Ukraine war: what we know on day 1,115"


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, TITLE, PUBLISHED, kb)


def test_a_byline_date_does_not_make_a_bare_session_a_round(kb: KnowledgeBase) -> None:
    text = (
        "March 13, 2025\n"
        "The chairwoman said the annual congress would open with a prayer session led by "
        "Pastor Mary Jones and close with a choir recital."
    )
    assert _extract(kb, text) == []


def test_a_local_body_signing_an_agreement_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "The water board signed an agreement on Tuesday to pass its flood sensor readings "
        "to the fire brigade."
    )
    assert _extract(kb, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides signed a memorandum in Istanbul on Tuesday on returning children.",
        "Kyiv and Moscow signed a memorandum in Istanbul on Tuesday on returning children.",
        "They signed a memorandum in Istanbul on Tuesday on returning children.",
    ],
)
def test_a_signing_by_the_sides_is_still_a_round(kb: KnowledgeBase, sentence: str) -> None:
    (report,) = [m for m in _extract(kb, sentence) if m.kind is MentionKind.REPORT]
    assert report.first(Field.CITY) == "Istanbul"
    assert report.first(Field.START_DATE) == "2025-03-11"


def test_a_team_of_athletes_is_no_delegation_at_talks(kb: KnowledgeBase) -> None:
    text = (
        "The Cambodian delegation, more than a hundred athletes, coaches and officials, left "
        "Bangkok for Phnom Penh on Wednesday as the fighting with Thailand went on."
    )
    assert extract_mentions(text, None, PUBLISHED, kb) == []


def test_a_delegation_at_talks_is_still_one(kb: KnowledgeBase) -> None:
    # Negative case: envoys, not athletes.
    text = "The Cambodian delegation met Thai officials in Kuala Lumpur on Wednesday."
    assert extract_mentions(text, None, PUBLISHED, kb) != []


def test_an_audience_gathered_is_no_table(kb: KnowledgeBase) -> None:
    text = (
        "Ali Khamenei, speaking to a gathering of air force officers in Tehran on Tuesday, "
        "said Iran would not be bullied into indirect talks with the United States."
    )
    assert {m.first(Field.CITY) for m in extract_mentions(text, None, PUBLISHED, kb)} <= {None}


def test_a_gathering_of_the_sides_is_still_a_sitting(kb: KnowledgeBase) -> None:
    # Negative case: the gathering is of the two sides' envoys.
    text = "A gathering of Iranian and American envoys in Muscat on Tuesday lasted three hours."
    assert "Muscat" in {m.first(Field.CITY) for m in extract_mentions(text, None, PUBLISHED, kb)}


def test_talks_with_a_friend_of_one_side_are_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Volodymyr Zelensky is expected to travel to Paris next week for talks with Emmanuel "
        "Macron on air defence."
    )
    assert extract_mentions(text, None, PUBLISHED, kb) == []


def test_talks_with_the_other_side_are_a_round(kb: KnowledgeBase) -> None:
    # Negative case: the talks are with the other side of the war, at a place and a day.
    text = "Ukraine's envoys will travel to Istanbul next week for talks with Russia."
    assert extract_mentions(text, None, PUBLISHED, kb) != []
