"""A strike on one side's gathering ("jets struck the building in Doha where Hamas leaders
were meeting") is no round; and talks "which began on 6 July and foundered when Washington
recalled its team" opened on that day, the recall told after it.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import values

OCTOBER = datetime(2025, 10, 10, 10, 0, tzinfo=UTC)


def test_a_strike_on_a_gathering_is_no_round(kb: KnowledgeBase) -> None:
    text = "Last month Israeli jets struck a villa in Doha where Hamas officials were meeting."
    assert extract_mentions(text, None, OCTOBER, kb) == []


def test_the_day_talks_began_before_a_recall(kb: KnowledgeBase) -> None:
    text = (
        "Hamas's negotiators were at the Doha talks in July, which began on 6 July and "
        "foundered when Washington recalled its team."
    )
    assert "2025-07-06" in values(kb, text, Field.START_DATE, OCTOBER)


def test_the_day_of_a_recall_is_not_the_day_talks_began(kb: KnowledgeBase) -> None:
    # Negative case: the day told is the recall's.
    text = "The Doha talks with Hamas foundered on 24 July, when Washington recalled its team."
    assert "2025-07-24" not in values(kb, text, Field.START_DATE, OCTOBER)


def test_the_day_of_a_recall_is_the_last_day_of_the_talks(kb: KnowledgeBase) -> None:
    # The talks in Doha opened on 6 July and ran until the day a side called its team home.
    text = (
        "Israel recalled its negotiating team from the talks in Doha on 24 July, which had "
        "begun on 6 July."
    )
    assert values(kb, text, Field.END_DATE, OCTOBER) == {"2025-07-24"}
    assert "2025-07-24" not in values(kb, text, Field.START_DATE, OCTOBER)
