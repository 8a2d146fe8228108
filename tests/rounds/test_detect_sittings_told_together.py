"""Several sittings told in one breath: "the sessions in Muscat on 12 April and 26 April",
"the rounds of 12 and 19 April"; a place that "hosted" them, told after a muted wish ("would
rather go back to Muscat, which hosted the rounds of ..."); and one of sittings placed in
the sentence before ("The two earlier meetings took place in Muscat. The second of them,
on 26 April, ...").

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import values

MAY = datetime(2025, 5, 20, 9, 0, tzinfo=UTC)


def _sittings(
    kb: KnowledgeBase, text: str, published: datetime = MAY
) -> set[tuple[str | None, str | None]]:
    return {
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, published, kb)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said the sessions in Muscat on 12 April and 26 April had been useful.",
        "Tehran said the rounds of 12 April and 26 April in Muscat had been useful.",
    ],
)
def test_the_days_of_several_sittings_are_each_a_round(kb: KnowledgeBase, text: str) -> None:
    assert _sittings(kb, text) == {("Muscat", "2025-04-12"), ("Muscat", "2025-04-26")}


def test_sittings_without_their_days_are_no_round(kb: KnowledgeBase) -> None:
    # Negative case: no day tells which of them is meant.
    assert (
        extract_mentions("Tehran said the rounds in Muscat had been useful.", None, MAY, kb) == []
    )


def test_rounds_of_talks_are_not_days(kb: KnowledgeBase) -> None:
    # Negative case: "rounds of talks" still names talks, one round on its day.
    text = "Iran and the United States held two rounds of talks in Muscat on 12 April."
    assert _sittings(kb, text) == {("Muscat", "2025-04-12")}


def test_a_place_that_hosted_sittings_after_a_muted_wish(kb: KnowledgeBase) -> None:
    text = (
        "An Iranian diplomat said Tehran would rather go back to Muscat, which hosted the "
        "rounds of 12 April and 26 April."
    )
    assert _sittings(kb, text) == {("Muscat", "2025-04-12"), ("Muscat", "2025-04-26")}


def test_a_place_told_of_otherwise_after_a_muted_wish(kb: KnowledgeBase) -> None:
    # Negative case: the relative clause tells no sitting there.
    text = "An Iranian diplomat said Tehran would rather go back to Muscat, which it trusts."
    assert values(kb, text, Field.CITY, MAY) == set()


def test_one_of_the_sittings_placed_before(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Rome on Saturday. The two earlier meetings "
        "took place in Muscat. The second of them, on 26 April, set up expert talks on "
        "sanctions."
    )
    assert ("Muscat", "2025-04-26") in _sittings(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        # Not sittings: the exchanges told before are of prisoners.
        "Iranian and American negotiators met in Rome on Saturday. Three prisoner exchanges "
        "took place in Muscat. The second of them, on 26 April, freed two Americans.",
        # The sittings were told with their days: the second is a round already.
        "Iranian and American negotiators met in Rome on Saturday. The two earlier meetings "
        "took place in Muscat, on 12 April and 3 May. The second of them, on 26 April, was "
        "delayed by a week.",
    ],
)
def test_one_of_other_things_placed_before(kb: KnowledgeBase, text: str) -> None:
    assert ("Muscat", "2025-04-26") not in _sittings(kb, text)


@pytest.mark.parametrize("adverb", ["before that", "after that", "before then"])
def test_an_adverb_of_time_does_not_make_the_second_sitting_another_event(
    kb: KnowledgeBase, adverb: str
) -> None:
    # "before that" means "earlier": the day after it is the sitting's the verb tells, not
    # another event's, as in a subordinate clause ("before the war began on 24 February").
    text = (
        "Armenia and Azerbaijan held talks in Almaty on 10 May 2024, and met "
        f"{adverb} in Berlin on 28 February 2024, at a German government villa."
    )
    assert _sittings(kb, text) == {("Almaty", "2024-05-10"), ("Berlin", "2024-02-28")}


def test_a_subordinate_clause_still_dates_another_event(kb: KnowledgeBase) -> None:
    # Negative case: "before the ceasefire took hold on 28 February" dates the ceasefire.
    text = (
        "Armenia and Azerbaijan held talks in Almaty on 10 May 2024, before the border "
        "deal took hold on 28 February 2025."
    )
    assert _sittings(kb, text) == {("Almaty", "2024-05-10")}


AUGUST = datetime(2025, 8, 11, 9, 0, tzinfo=UTC)


def test_a_meeting_pointed_at_across_a_paragraph_is_the_one_placed_before(
    kb: KnowledgeBase,
) -> None:
    # The first paragraph places and dates a summit without its sides; the next names them
    # "at that meeting".
    text = (
        "Freight firms from Baku to Istanbul spent the weekend working out what a rail link "
        "across southern Armenia might be worth, after Friday's summit at the White House.\n\n"
        "At that three-way meeting, brokered by Donald Trump, Ilham Aliyev and Nikol "
        "Pashinyan signed a joint declaration."
    )
    sittings = {
        (m.conflict, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, AUGUST, kb)
    }
    assert sittings == {("armenia-azerbaijan", "Washington", "2025-08-08")}
    # What the sentence before called it, a summit, and what this one says, three-way.
    assert {"summit", "trilateral"} <= values(kb, text, Field.FORMAT, AUGUST)


def test_a_meeting_pointed_at_keeps_a_place_of_its_own(kb: KnowledgeBase) -> None:
    # Negative case: the sentence places its sitting itself; the summit before is not it.
    text = (
        "Freight firms from Baku to Istanbul spent the weekend working out what a rail link "
        "across southern Armenia might be worth, after Friday's summit at the White House.\n\n"
        "At that three-way meeting in Abu Dhabi on 10 July, Ilham Aliyev and Nikol Pashinyan "
        "agreed to keep talking."
    )
    sittings = _sittings(kb, text, AUGUST)
    assert ("Abu Dhabi", "2025-07-10") in sittings
    assert ("Washington", "2025-07-10") not in sittings
