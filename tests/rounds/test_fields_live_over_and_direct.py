"""Two families of how reports put what happened at the table.

The talks told as over, as a live page or a running story puts it ("it is over", "the
meeting has ended"), even in an entry of its own with no talks word: the round is concluded.
Not something else over, nor a first session, nor a verb with an object.

The sides talking with no one between them: "spoke to each other directly", "met without
intermediaries", "faced each other across the table", "met alone". Not a refusal to meet
without a go-between."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report

THURSDAY = datetime(2026, 3, 5, 22, 0, tzinfo=UTC)
LIVE = (
    "Running coverage of Thursday's meeting between Armenian and Azerbaijani foreign "
    "ministers in Tbilisi.\n\n09:15 - The two ministers arrive at a lakeside residence.\n\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "18:30 - After nearly seven hours, it is over.",
        "18:30 - And it has now ended: seven hours in all, officials say.",
        "18:30 - It's all over, the hosts announce.",
        "18:30 - The meeting has wrapped up.",
        "18:30 - So, the talks are over.",
    ],
)
def test_a_live_entry_telling_the_talks_are_over(kb: KnowledgeBase, entry: str) -> None:
    mention = report(kb, LIVE + entry, published=THURSDAY)
    assert set(mention.values(Field.STATUS)) == {"concluded"}


@pytest.mark.parametrize(
    "entry",
    [
        # Something else over: the subject is not the talks.
        "18:30 - The worst of the winter is over, a delegate jokes.",
        # The first sitting only.
        "14:00 - The first session is over.",
        # A verb with an object: not the talks ending.
        "18:30 - It has ended its blockade of the road, a minister says.",
    ],
)
def test_what_does_not_tell_the_talks_over(kb: KnowledgeBase, entry: str) -> None:
    mention = report(kb, LIVE + entry, published=THURSDAY)
    assert "concluded" not in mention.values(Field.STATUS)


OPENING = "Armenian and Azerbaijani foreign ministers held talks in Tbilisi on Tuesday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Late in the evening the two delegations talked to one another directly.",
        "It was their first meeting without a third-country mediator.",
        "The session was held without the mediation of any outside power.",
        "The two ministers faced each other across the table for four hours.",
        "The two ministers then met alone for an hour.",
    ],
)
def test_the_sides_with_no_one_between_them(kb: KnowledgeBase, sentence: str) -> None:
    assert "direct" in report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Baku has refused to meet without a mediator present.",
        "Officials said the sides could never negotiate without intermediaries.",
    ],
)
def test_a_go_between_wanted_is_no_direct_meeting(kb: KnowledgeBase, sentence: str) -> None:
    assert "direct" not in report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


@pytest.mark.parametrize(
    "sentence",
    [
        # A habit learned over the year, not a sitting.
        "Over the year the two ministers learned to negotiate without intermediaries.",
        # The sentence's format is bilateral, which already says no one sat between them.
        "It was their first bilateral meeting without a mediator.",
    ],
)
def test_no_go_between_that_adds_no_direct(kb: KnowledgeBase, sentence: str) -> None:
    assert "direct" not in report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers have already met face to face without a mediator.",
        "The two ministers had talked directly twice before.",
    ],
)
def test_how_they_sat_at_earlier_meetings(kb: KnowledgeBase, sentence: str) -> None:
    # Meetings before the one told, in the perfect: not the round's format.
    assert "direct" not in report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)


def test_a_meeting_told_in_the_perfect_of_the_round_itself(kb: KnowledgeBase) -> None:
    # Not every perfect: "have met" for the round itself, with no "already" or "before".
    text = "Armenian and Azerbaijani foreign ministers have met face to face in Tbilisi today."
    assert "direct" in report(kb, text).values(Field.FORMAT)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Groups that sit between the rounds meet apart from them: not the round's format.
        ("Expert groups on the border now convene between rounds.", False),
        ("Technical teams work on the maps in the intervals between sessions.", False),
        # Groups sitting at the round itself are.
        ("The two delegations split into working groups on the border for the afternoon.", True),
    ],
)
def test_working_groups_between_rounds(kb: KnowledgeBase, sentence: str, expected: bool) -> None:
    formats = report(kb, f"{OPENING} {sentence}").values(Field.FORMAT)
    assert ("working_groups" in formats) is expected
