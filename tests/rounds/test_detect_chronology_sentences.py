"""Several sittings told in one sentence, and the last day of a round that went on.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

LATER = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, LATER, kb)


def _sittings(mentions: list[RoundMention]) -> set[tuple[str | None, str | None]]:
    return {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions}


def test_each_venue_goes_with_the_day_told_next_to_it(kb: KnowledgeBase) -> None:
    text = (
        "The Iran talks opened in Muscat on 12 April, moved to Vienna on 3 May and "
        "returned to the Omani capital on 24 May."
    )
    assert _sittings(_extract(kb, text)) >= {
        ("Muscat", "2025-04-12"),
        ("Vienna", "2025-05-03"),
        ("Muscat", "2025-05-24"),
    }


def test_where_someone_else_went_after_the_talks_is_no_sitting(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Russia and Ukraine ended in Istanbul on 14 November and the American "
        "envoy returned to Washington on 15 November."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert cities == {"Istanbul"}


def test_the_day_may_come_before_its_venue(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met on 16 May in Istanbul and on 2 August in "
        "Geneva, without agreeing on a ceasefire."
    )
    assert _sittings(_extract(kb, text)) >= {
        ("Istanbul", "2025-05-16"),
        ("Geneva", "2025-08-02"),
    }


def test_again_on_another_day_at_one_venue_is_another_sitting(kb: KnowledgeBase) -> None:
    text = (
        "In Doha, on 3 and 4 June and again on 19 June, Israeli and Hamas negotiators met "
        "through Qatari mediators; the later meeting produced a deal on aid."
    )
    mentions = _extract(kb, text)
    assert _sittings(mentions) >= {("Doha", "2025-06-03"), ("Doha", "2025-06-19")}
    # What one of them produced is not told of each.
    assert not any(m.first(Field.OUTCOME) for m in mentions)


def test_counted_rounds_on_listed_days_are_as_many_rounds(kb: KnowledgeBase) -> None:
    text = (
        "In Istanbul the Russian and Ukrainian delegations held three brief rounds on "
        "10 May, 1 June and 20 July."
    )
    assert _sittings(_extract(kb, text)) >= {
        ("Istanbul", "2025-05-10"),
        ("Istanbul", "2025-06-01"),
        ("Istanbul", "2025-07-20"),
    }


def test_one_round_opened_and_closed_stays_one(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Russia and Ukraine opened in Geneva on 3 November and ended on 5 November."
    )
    mentions = _extract(kb, text)
    assert len(mentions) == 1
    assert mentions[0].first(Field.END_DATE) == "2025-11-05"


def test_talks_that_went_on_to_a_second_day_end_then(kb: KnowledgeBase) -> None:
    for verb in ("continued on", "went on until", "ran into"):
        text = (
            "Talks between Russia and Ukraine opened in Geneva on 3 November and "
            f"{verb} 4 November."
        )
        (mention,) = _extract(kb, text)
        assert mention.first(Field.START_DATE) == "2025-11-03", verb
        assert mention.first(Field.END_DATE) == "2025-11-04", verb


def test_counted_rounds_dated_one_by_one_after_a_colon(kb: KnowledgeBase) -> None:
    text = (
        "Vienna follows the two rounds between Russia and Ukraine in Istanbul: the first on "
        "10 and 11 October, and a second one on 2 November."
    )
    assert _sittings(_extract(kb, text)) >= {
        ("Istanbul", "2025-10-10"),
        ("Istanbul", "2025-11-02"),
    }


def test_counted_rounds_without_days_are_none_in_particular(kb: KnowledgeBase) -> None:
    text = "As in the two rounds in Istanbul, the Russian and Ukrainian sides traded accusations."
    assert _sittings(_extract(kb, text)) == set()
