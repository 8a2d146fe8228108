"""The conflict of a sentence that names no conflict, only the people at the table."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import WEDNESDAY, report


@pytest.mark.parametrize(
    ("text", "conflict"),
    [
        # A side of the Ukraine war and its usual go-between: the Ukraine talks, though the
        # United States is also a side of the US-Iran ones.
        ("Rustem Umerov and Steve Witkoff sat down together in Geneva on Monday.", "ukraine"),
        ("Abbas Araghchi and Steve Witkoff sat down together in Muscat on Monday.", "iran"),
    ],
)
def test_a_side_and_its_usual_go_between_name_the_conflict(
    kb: KnowledgeBase, text: str, conflict: str
) -> None:
    assert report(kb, text).conflict == conflict


def test_a_go_between_alone_names_no_conflict(kb: KnowledgeBase) -> None:
    text = "Qatar hosted a meeting in Doha on Monday."
    assert extract_mentions(text, "", WEDNESDAY, kb) == []


def test_a_country_whose_war_it_is_names_the_conflict(kb: KnowledgeBase) -> None:
    # "Sudan talks": the country of the war, though its forces go unnamed and the go-between
    # is a side of the US-Iran talks.
    text = "The United States convened Sudan talks that opened in Geneva on Monday."
    assert report(kb, text).conflict == "sudan"


def test_two_sides_joined_by_a_hyphen_name_their_process(kb: KnowledgeBase) -> None:
    # In a Russia-Ukraine story, "the second round of US-Iran talks ... in Muscat" is the
    # US-Iran talks', though the US mediates in the war too.
    text = (
        "Russian and Ukrainian envoys met in Geneva on Tuesday. That was the second round of "
        "US-Iran talks this month, after a first in Muscat on 6 February, and it left the "
        "envoys free to join the Russia-Ukraine talks."
    )
    by_city = {m.first(Field.CITY): m.conflict for m in extract_mentions(text, None, WEDNESDAY, kb)}
    assert by_city.get("Muscat") == "iran"
