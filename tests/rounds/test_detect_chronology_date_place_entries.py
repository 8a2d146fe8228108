"""Chronologies whose entries open with "<day>, <City>." as a sentence of its own, and the
sentences under an entry that tell only how its sitting went ("It ended without a deal").

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2025, 12, 1, 8, 0, tzinfo=UTC)
TITLE = "Armenia and Azerbaijan: the meetings that mattered"

CHRONOLOGY = (
    "A look back at the encounters between the two neighbours.\n\n"
    "6 October 2022, Prague. Ilham Aliyev and Nikol Pashinyan met on the sidelines of a "
    "European summit. The talks ended without a deal.\n\n"
    "14 May 2023, Brussels. The two leaders held talks hosted by the European Council "
    "president. It ended without an agreement.\n\n"
    "8 August 2025, Washington. Aliyev and Pashinyan signed a joint declaration at the White "
    "House."
)


def _by_day(mentions: list[RoundMention]) -> dict[str, RoundMention]:
    return {m.first(Field.START_DATE) or "": m for m in mentions}


def test_a_day_and_city_sentence_opens_an_entry(kb: KnowledgeBase) -> None:
    rounds = _by_day(extract_mentions(CHRONOLOGY, TITLE, PUBLISHED, kb))
    assert rounds["2022-10-06"].first(Field.CITY) == "Prague"
    assert rounds["2023-05-14"].first(Field.CITY) == "Brussels"
    assert rounds["2025-08-08"].first(Field.CITY) == "Washington"


def test_how_an_entrys_sitting_went_belongs_to_it(kb: KnowledgeBase) -> None:
    rounds = _by_day(extract_mentions(CHRONOLOGY, TITLE, PUBLISHED, kb))
    assert rounds["2023-05-14"].first(Field.OUTCOME) == "no_breakthrough"


def test_an_entry_told_by_its_format_is_a_sitting(kb: KnowledgeBase) -> None:
    # "held at the embassy, again indirect": the format alone tells the entry's sitting.
    text = (
        "Iranian and American envoys have met twice.\n\n"
        "April 12, Muscat: the first round of indirect talks.\n\n"
        "April 19, Rome: held at the Omani embassy, again indirect."
    )
    rounds = _by_day(extract_mentions(text, "Iran and the US: the rounds so far", PUBLISHED, kb))
    assert rounds["2025-04-19"].first(Field.CITY) == "Rome"
    assert "indirect" in rounds["2025-04-19"].values(Field.FORMAT)


def test_a_byline_day_and_city_is_no_chronology(kb: KnowledgeBase) -> None:
    # One such line opens a story: no list of entries, no round from a bare outcome.
    text = (
        "30 November 2025, Baku.\n\n"
        "Azerbaijan's economy grew fast this year. It ended without an agreement on wages."
    )
    assert extract_mentions(text, None, PUBLISHED, kb) == []


# --- a scene set before the sides are told, and "the negotiating" as a noun ---------------


def test_a_scene_setting_sentence_places_the_sitting_told_next(kb: KnowledgeBase) -> None:
    text = (
        "Diplomacy has been busy.\n\n"
        "The latest effort came this week in Vienna. The hosts lent a palace, but the "
        "negotiating on Monday was between Jeyhun Bayramov and Ararat Mirzoyan alone."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (mention,) = [m for m in mentions if m.first(Field.START_DATE) == "2025-12-01"]
    assert mention.first(Field.CITY) == "Vienna"


def test_the_negotiating_table_is_no_sitting(kb: KnowledgeBase) -> None:
    # "the negotiating" only as the noun of the work, not in "the negotiating table".
    text = "Ilham Aliyev said on Monday that Azerbaijan would not return to the negotiating table."
    assert extract_mentions(text, None, PUBLISHED, kb) == []


def test_a_scene_without_a_place_sets_none(kb: KnowledgeBase) -> None:
    text = (
        "The latest effort came this week. The negotiating on Monday was between Jeyhun "
        "Bayramov and Ararat Mirzoyan alone."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    assert all(m.first(Field.CITY) is None for m in mentions)


def test_a_month_entry_places_the_sitting_dated_under_it(kb: KnowledgeBase) -> None:
    text = (
        "The meetings that mattered.\n\n"
        "May 2024, Almaty. Foreign ministers Jeyhun Bayramov and Ararat Mirzoyan held talks "
        "on 10 May 2024."
    )
    mentions = extract_mentions(text, TITLE, PUBLISHED, kb)
    (mention,) = [m for m in mentions if m.first(Field.START_DATE) == "2024-05-10"]
    assert mention.first(Field.CITY) == "Almaty"


def test_a_month_and_a_non_place_is_no_entry(kb: KnowledgeBase) -> None:
    text = (
        "The meetings that mattered.\n\n"
        "May 2024, Springtime. Foreign ministers Jeyhun Bayramov and Ararat Mirzoyan held "
        "talks on 10 May."
    )
    mentions = extract_mentions(text, TITLE, PUBLISHED, kb)
    assert all(m.first(Field.CITY) is None for m in mentions)
