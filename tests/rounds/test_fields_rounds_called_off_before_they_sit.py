"""A round still to come that will not be held as planned: a side staying away from talks
that were due to open ("said it would not take part in the talks due to open on Friday",
"pulled out of the meeting scheduled for Friday"), or a postponement with no new day ("which
was to take place on Friday, has been postponed; new dates will be announced"). Not a round
put off to a day named, nor a side leaving talks already under way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import values

TUESDAY = datetime(2026, 6, 9, 9, 0, tzinfo=UTC)


def _statuses(kb: KnowledgeBase, text: str) -> set[str]:
    # Under a headline naming the talks, as such news comes.
    mentions = extract_mentions(text, "Armenia-Azerbaijan talks in doubt", TUESDAY, kb)
    return {v for m in mentions for v in m.values(Field.STATUS)}


@pytest.mark.parametrize(
    "text",
    [
        "Baku said it would not send a delegation to the border commission meeting with "
        "Armenia that was due to convene in Tbilisi on Friday, after talks there on Monday.",
        "Baku pulled out of the meeting with Armenian negotiators that was scheduled to take "
        "place in Tbilisi on Friday.",
        "The next round of talks between Armenia and Azerbaijan, which was to take place in "
        "Tbilisi on Friday, has been postponed, and new dates will be announced later.",
        "Talks between Armenia and Azerbaijan that were planned to open in Tbilisi on Friday "
        "have been postponed indefinitely.",
        "The fourth round of talks between Armenia and Azerbaijan, which had been due to take "
        "place in Tbilisi on Friday, has been postponed for logistical reasons.",
    ],
)
def test_a_round_due_that_will_not_sit(kb: KnowledgeBase, text: str) -> None:
    assert "cancelled" in _statuses(kb, text)


def test_a_round_put_off_to_no_day_keeps_the_day_it_was_due(kb: KnowledgeBase) -> None:
    # The planned day names the round that will not sit; put off to a day, it sits then.
    text = (
        "The fourth round of talks between Armenia and Azerbaijan, which had been due to take "
        "place in Tbilisi on Friday, has been postponed{}."
    )
    days = {
        tail: values(kb, text.format(tail), Field.START_DATE, TUESDAY)
        for tail in ("", " by a week", " to Saturday")
    }
    assert days[""] == {"2026-06-12"}
    assert "2026-06-12" not in days[" by a week"] | days[" to Saturday"]


@pytest.mark.parametrize(
    "text",
    [
        # Put off to a day named: it still takes place.
        "Talks between Armenia and Azerbaijan that were due to open in Tbilisi on Friday have "
        "been postponed to Saturday.",
        # A side leaving talks under way, with no round still due.
        "Armenian and Azerbaijani negotiators met in Tbilisi on Monday before the Azerbaijani "
        "side pulled out of the talks.",
    ],
)
def test_no_cancellation(kb: KnowledgeBase, text: str) -> None:
    assert "cancelled" not in _statuses(kb, text)
