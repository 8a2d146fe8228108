"""How long a round lasted, in the ways reports give it with one of its days: the length as
an adjective of the sitting ("at the end of a three-day meeting"), a stay told by "spent"
("spent eight days in Oslo from 2 May"), an arrival for a number of days of talks ("arrived
on 2 May for four days of talks"). The other end follows from the day and the length. Not
a length said of something else than the talks, nor a stay still to come."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

SATURDAY = datetime(2026, 6, 13, 9, 0, tzinfo=UTC)


def _mentions(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, SATURDAY, kb)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Armenian and Azerbaijani officials agreed on Friday 12 June in Tbilisi to reopen a "
            "road, at the end of a three-day border commission meeting.",
            "2026-06-10",
            "2026-06-12",
        ),
        (
            "Armenian and Azerbaijani negotiators spent eight days in Tbilisi from 2 June and "
            "agreed to reopen a road.",
            "2026-06-02",
            "2026-06-09",
        ),
        (
            "An Armenian delegation arrived in Tbilisi on 2 June for four days of talks with "
            "Azerbaijani officials on the border.",
            "2026-06-02",
            "2026-06-05",
        ),
    ],
)
def test_a_day_and_a_length(kb: KnowledgeBase, text: str, first: str, last: str) -> None:
    (mention,) = [m for m in _mentions(kb, text) if first in m.values(Field.START_DATE)]
    assert last in mention.values(Field.END_DATE)


@pytest.mark.parametrize(
    "text",
    [
        # The length is of the fighting, not of the talks.
        "Armenian and Azerbaijani negotiators met in Tbilisi on 2 June after three-day "
        "clashes on the border.",
        # A stay still to come: its end is not told as past.
        "An Armenian delegation will arrive in Tbilisi on 15 June for four days of talks with "
        "Azerbaijani officials.",
    ],
)
def test_no_end_from_a_length(kb: KnowledgeBase, text: str) -> None:
    ends = {v for m in _mentions(kb, text) for v in m.values(Field.END_DATE)}
    assert ends <= {"2026-06-02"}
