"""The year of a day named without one, read from the month heading the sentence's
chronology entry ("March 2021, Vienna." above a sitting with a place of its own).

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2025, 4, 2, 8, 0, tzinfo=UTC)


def _by_city(mentions: list[RoundMention]) -> dict[str, RoundMention]:
    return {m.first(Field.CITY) or "": m for m in mentions}


def test_a_month_heading_an_entry_gives_its_year_to_a_sitting_with_a_place(
    kb: KnowledgeBase,
) -> None:
    # The entry's sitting names its own venue, which alone kept the heading from dating it.
    text = (
        "How the neighbours came to the table:\n\n"
        "October 2021, Moscow. Armenian and Azerbaijani foreign ministers held talks in "
        "Moscow from 12 to 14 October, hosted by Russia.\n\n"
        "May 2024, Almaty. The foreign ministers of Armenia and Azerbaijan met in Almaty on "
        "10 May."
    )
    rounds = _by_city(extract_mentions(text, None, PUBLISHED, kb))
    assert rounds["Moscow"].first(Field.START_DATE) == "2021-10-12"
    assert rounds["Almaty"].first(Field.START_DATE) == "2024-05-10"
