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


DECEMBER = datetime(2025, 12, 20, 10, 0, tzinfo=UTC)

_MECHANISM = (
    "The committee was set up under the truce that ended the war between Israel and "
    "Hezbollah in November 2024. Israeli and Lebanese civilians met in Naqoura on 19 "
    "December. "
)


def test_a_day_planned_ahead_is_not_in_the_year_recalled(kb: KnowledgeBase) -> None:
    # "had agreed to meet again ... on 7 January", told on 20 December 2025 after a passage
    # recalling 2024: the next sitting is the coming January's.
    text = _MECHANISM + "It said the committee had agreed to meet again in Naqoura on 7 January."
    days = {
        d for m in extract_mentions(text, None, DECEMBER, kb) for d in m.values(Field.START_DATE)
    }
    assert "2026-01-07" in days and "2025-01-07" not in days


def test_a_meeting_recalled_in_the_pluperfect_keeps_the_year_recalled(kb: KnowledgeBase) -> None:
    # Negative case: a sitting told in the pluperfect, not one planned, is of the year told.
    text = _MECHANISM + "The committee had met in Naqoura on 7 January, weeks after the truce."
    days = {
        d for m in extract_mentions(text, None, DECEMBER, kb) for d in m.values(Field.START_DATE)
    }
    assert "2026-01-07" not in days
