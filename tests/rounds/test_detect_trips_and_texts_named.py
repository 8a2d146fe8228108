"""A leader "due in" a capital is expected there, not back from it; a trip to ask a third
party to help revive the talks is no round; a text signed under a quoted name ("signed what
both call a 'framework'") is the sitting that made it.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import Tense, detect_tense
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

TUESDAY = datetime(2025, 11, 18, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky is due in Ankara on Wednesday.",
        "The two envoys are expected back in Doha next week.",
    ],
)
def test_a_traveller_due_at_a_place_is_a_future(text: str) -> None:
    assert detect_tense(text) is Tense.FUTURE


def test_a_traveller_due_to_speak_of_a_past_meeting_is_not_read_as_due_there() -> None:
    # Negative case: "due" without a place after it is no traveller expected.
    assert detect_tense("The agreement that was due was signed in Doha.") is Tense.PAST


@pytest.mark.parametrize("verb", ["revive", "restart", "relaunch"])
def test_a_trip_to_ask_for_help_reviving_the_talks_is_no_round(
    kb: KnowledgeBase, verb: str
) -> None:
    text = (
        "President Volodymyr Zelensky travels to Ankara on Wednesday to ask President "
        f"Erdogan to help {verb} the negotiations with Russia."
    )
    assert extract_mentions(text, None, TUESDAY, kb) == []


def test_talks_held_to_revive_a_process_are_still_held(kb: KnowledgeBase) -> None:
    # Negative case: the sitting is told before the purpose that would mute it.
    text = "Russian and Ukrainian delegations met in Istanbul on Monday to revive the negotiations."
    (mention,) = extract_mentions(text, None, TUESDAY, kb)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Istanbul",
        "2025-11-17",
    )


def test_a_text_signed_under_a_quoted_name_is_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Last Saturday in Doha, the Congolese government and the M23 rebels signed what "
        'both call a "framework" for a peace agreement.'
    )
    (mention,) = extract_mentions(text, None, TUESDAY, kb)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Doha",
        "2025-11-15",
    )


def test_a_wish_for_talks_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Thai officials said on Friday that Bangkok agreed with a ceasefire with Cambodia in "
        "principle but wanted any talks to be held directly between the two governments."
    )
    assert extract_mentions(text, None, TUESDAY, kb) == []


def test_talks_held_where_one_side_wanted_more_are_still_held(kb: KnowledgeBase) -> None:
    # Negative case: the wish comes after the talks told as held.
    text = (
        "Thai and Cambodian officials held talks in Kuala Lumpur on Monday; Bangkok wanted "
        "the talks to go on."
    )
    assert [m.first(Field.CITY) for m in extract_mentions(text, None, TUESDAY, kb)] == [
        "Kuala Lumpur"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Envoys of the Sudanese army and the RSF signed a document in Jeddah on Saturday.",
        "Sudanese army and RSF envoys put their signatures late on Saturday to a document in "
        "the Saudi port city of Jeddah.",
    ],
)
def test_a_document_signed_by_the_sides_is_a_round(kb: KnowledgeBase, text: str) -> None:
    (mention,) = extract_mentions(text, None, TUESDAY, kb)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Jeddah",
        "2025-11-15",
    )


def test_a_document_signed_outside_any_process_is_no_round(kb: KnowledgeBase) -> None:
    # Negative case: a signing names no side, go-between or conflict.
    text = "The mayor signed a document on school funding in Geneva on Saturday."
    assert extract_mentions(text, None, TUESDAY, kb) == []
