"""Go-betweens told over several sittings, and the sides of sittings told without them.

"X, Oman's foreign minister since 2020, mediated five rounds": the errand told after an
apposition; "Oman, which hosted most of the sessions and mediated all five": the errand as
the second verb of a relative clause (not "Ukraine, which the UAE hosted and facilitated",
where the relative is the object); rounds counted as his are each his. And a sitting of the
article's two-party process, placed but told without its sides ("The first round, in Muscat
on 12 April, was a test"), sat the process's two parties: not where one side's leader is
named without the other's ("Trump will meet Putin in Budapest"), nor in a process of three
parties.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import IMPLIED, Field, RoundMention
from tests.mentions import dated, values

SUNDAY = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)


def _dated(kb: KnowledgeBase, text: str, day: str) -> RoundMention:
    return dated(extract_mentions(text, None, SUNDAY, kb), day)


def test_a_go_between_named_with_an_apposition_mediated(kb: KnowledgeBase) -> None:
    text = (
        "Badr Albusaidi, the sultanate's foreign minister since 2020, mediated the talks "
        "between Iran and the United States in Muscat on Saturday."
    )
    assert "Oman" in values(kb, text, Field.MEDIATOR, SUNDAY)
    spoke = text.replace("mediated the talks", "spoke of the talks")
    # Told of something else, Oman is only the host of talks it mediates where it hosts.
    assert all(
        c.confidence <= IMPLIED
        for m in extract_mentions(spoke, None, SUNDAY, kb)
        for c in m.claims
        if c.field is Field.MEDIATOR
    )


def test_a_second_verb_of_the_relative_clause_tells_the_errand(kb: KnowledgeBase) -> None:
    text = (
        "Iran and the United States held talks in Muscat on Saturday. Oman, which lent its "
        "palace and mediated the talks, said both sides would return."
    )
    assert "Oman" in values(kb, text, Field.MEDIATOR, SUNDAY)


def test_the_object_of_anothers_verbs_is_no_go_between(kb: KnowledgeBase) -> None:
    text = (
        "The UAE welcomed the result of the talks between the United States, Russia and "
        "Ukraine, which the UAE hosted and facilitated in Abu Dhabi on Thursday."
    )
    assert "Ukraine" not in values(kb, text, Field.MEDIATOR, SUNDAY)


def test_rounds_counted_as_the_go_betweens_are_each_his(kb: KnowledgeBase) -> None:
    text = (
        "The sixth round of US-Iran talks, due in Muscat on Sunday, will not take place. "
        "The first round, in Muscat on 12 April, was little more than a test. "
        "By the fifth, held in Rome on 23 May, negotiators were haggling over enrichment. "
        "Oman, which hosted most of the sessions and mediated all five, says it remains ready."
    )
    for day in ("2025-04-12", "2025-05-23"):
        recalled = _dated(kb, text, day)
        assert recalled.values(Field.MEDIATOR) == ["Oman"]
        assert {"Iran", "United States"} <= set(recalled.values(Field.PARTICIPANT))


def test_a_placed_sitting_told_without_its_sides_sat_the_two_parties(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Iran and the United States will meet again in Muscat on Sunday for a fourth round. "
        "The second round, in Rome on 19 April, went better than expected."
    )
    recalled = _dated(kb, text, "2025-04-19")
    assert set(recalled.values(Field.PARTICIPANT)) == {"Iran", "United States"}


def test_one_sides_leader_named_without_the_others_implies_no_pair(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine have traded strikes all week. Trump said he would meet Putin in "
        "Budapest on 30 June to talk about ending the war."
    )
    assert "Ukraine" not in values(kb, text, Field.PARTICIPANT, SUNDAY)


def test_a_process_of_three_parties_implies_no_pair(kb: KnowledgeBase) -> None:
    text = (
        "The DR Congo government and the M23 are to meet again in Doha on Sunday. The first "
        "round, in Doha on 12 April, was little more than a test."
    )
    recalled = _dated(kb, text, "2025-04-12")
    assert recalled.values(Field.PARTICIPANT) == []
