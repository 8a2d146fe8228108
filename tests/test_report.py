"""The plain-language summary of a process, from hand-built rounds."""

from __future__ import annotations

from datetime import UTC, date, datetime

from negotrack.knowledge.model import Conflict
from negotrack.report import Statement, Summary, format_date, summarise, timeline
from negotrack.rounds.model import Delegation, Round, Source

UKRAINE = Conflict(
    slug="ukraine",
    name="Russia-Ukraine war",
    parties=("Ukraine", "Russia"),
    keywords=("Donbas",),
)
TODAY = date(2026, 2, 20)


def make_round(
    rid: str,
    start: date | None,
    city: str | None,
    *,
    conflict: str = "ukraine",
    status: str | None = "concluded",
    heads: dict[str, str] | None = None,
    mediators: tuple[str, ...] = (),
    outcome: str | None = None,
    topics: tuple[str, ...] = (),
    agreed_to_continue: bool | None = None,
    sequence: int | None = None,
) -> Round:
    delegations = tuple(
        Delegation(party, head, ()) for party, head in sorted((heads or {}).items())
    )
    src = Source(1, f"https://news.example/{rid}", None, None, datetime(2026, 1, 1, tzinfo=UTC))
    return Round(
        id=rid,
        conflict=conflict,
        sequence=sequence,
        city=city,
        country=None,
        start_date=start,
        end_date=None,
        status=status,
        formats=(),
        participants=tuple(sorted({*(heads or {}), *mediators})),
        mediators=mediators,
        delegations=delegations,
        outcome=outcome,
        agreed_to_continue=agreed_to_continue,
        topics=topics,
        atmosphere=(),
        sources=(src,),
        claims=(),
        disputed=(),
    )


def process() -> list[Round]:
    us = ("United States",)
    return [
        make_round(
            "ukraine-2026-02-17-geneva",
            date(2026, 2, 17),
            "Geneva",
            heads={"Russia": "Vladimir Medinsky", "Ukraine": "Rustem Umerov"},
            mediators=us,
            outcome="no_breakthrough",
            topics=("territory", "energy"),
            agreed_to_continue=True,
            sequence=3,
        ),
        make_round(
            "ukraine-2026-01-23-abu-dhabi",
            date(2026, 1, 23),
            "Abu Dhabi",
            heads={"Russia": "Igor Kostyukov", "Ukraine": "Rustem Umerov"},
            mediators=us,
            outcome="progress",
            topics=("territory", "prisoners"),
            sequence=1,
        ),
        make_round(
            "ukraine-2026-02-04-abu-dhabi",
            date(2026, 2, 4),
            "Abu Dhabi",
            heads={"Russia": "Igor Kostyukov"},
            mediators=("Turkey", "United States"),
            outcome="partial_agreement",
            topics=("prisoners",),
            sequence=2,
        ),
        make_round(
            "ukraine-2026-02-12-istanbul",
            date(2026, 2, 12),
            "Istanbul",
            status="cancelled",
        ),
        make_round("iran-2026-02-06-muscat", date(2026, 2, 6), "Muscat", conflict="iran"),
    ]


def texts(summary: Summary) -> list[str]:
    return [s.text for s in summary.statements]


def find(summary: Summary, start: str) -> Statement:
    matches = [s for s in summary.statements if s.text.startswith(start)]
    assert len(matches) == 1, texts(summary)
    return matches[0]


def test_statements_reference_existing_rounds_of_the_conflict() -> None:
    summary = summarise(process(), UKRAINE, TODAY)
    ukraine_ids = {r.id for r in process() if r.conflict == "ukraine"}
    assert summary.title == "Russia-Ukraine war: negotiations as of 20 February 2026"
    assert len(summary.statements) >= 6
    for statement in summary.statements:
        assert statement.round_ids, statement
        assert set(statement.round_ids) <= ukraine_ids, statement


def test_overview_venues_and_mediators() -> None:
    summary = summarise(process(), UKRAINE, TODAY)
    assert summary.statements[0].text == (
        "3 rounds of talks on record, from 23 January 2026 to 17 February 2026."
    )
    assert len(summary.statements[0].round_ids) == 3
    assert "Talks were held in Abu Dhabi (2 rounds) and Geneva (1 round)." in texts(summary)
    assert "Mediated by United States (3 of 3) and Turkey (1 of 3)." in texts(summary)


def test_names_read_as_in_prose_where_the_knowledge_base_says_so() -> None:
    prose = {"United States": "the United States"}
    led = make_round(
        "ukraine-2026-02-26-geneva",
        date(2026, 2, 26),
        "Geneva",
        heads={"United States": "Steve Witkoff"},
        mediators=("United States",),
    )
    summary = summarise([*process(), led], UKRAINE, TODAY, prose)
    assert "Mediated by the United States (4 of 4) and Turkey (1 of 4)." in texts(summary)
    # at the start of a sentence the article takes a capital
    us = find(summary, "The United States'")
    assert us.text == "The United States' delegation was led by Steve Witkoff in Geneva."
    # without the mapping the names are written as they are
    assert "Mediated by United States (3 of 3) and Turkey (1 of 3)." in texts(
        summarise(process(), UKRAINE, TODAY)
    )


def test_head_changes_are_told_in_order() -> None:
    summary = summarise(process(), UKRAINE, TODAY)
    russia = find(summary, "Russia's")
    assert russia.text == (
        "Russia's delegation was led by Igor Kostyukov in Abu Dhabi, "
        "then by Vladimir Medinsky in Geneva."
    )
    assert len(russia.round_ids) == 3
    ukraine = find(summary, "Ukraine's")
    assert ukraine.text == "Ukraine's delegation was led by Rustem Umerov in Abu Dhabi and Geneva."
    assert ukraine.round_ids == ("ukraine-2026-01-23-abu-dhabi", "ukraine-2026-02-17-geneva")
    # the conflict lists Ukraine first, so its statement comes first
    assert texts(summary).index(ukraine.text) < texts(summary).index(russia.text)


def test_outcomes_follow_the_dates() -> None:
    outcomes = find(summarise(process(), UKRAINE, TODAY), "Outcomes")
    assert outcomes.text == (
        "Outcomes: progress in Abu Dhabi on 23 January 2026, then partial agreement in "
        "Abu Dhabi on 4 February 2026, then no breakthrough in Geneva on 17 February 2026."
    )


def test_only_issues_raised_twice_recur() -> None:
    issues = find(summarise(process(), UKRAINE, TODAY), "Issues")
    assert (
        issues.text
        == "Issues that keep coming back: prisoners (2 rounds) and territory (2 rounds)."
    )
    assert "energy" not in issues.text
    assert len(issues.round_ids) == 3


def test_agreement_to_continue_when_nothing_is_scheduled() -> None:
    summary = summarise(process(), UKRAINE, TODAY)
    after = find(summary, "After the round")
    assert after.round_ids == ("ukraine-2026-02-17-geneva",)
    assert "agreed to keep talking" in after.text


def test_scheduled_round_is_next() -> None:
    planned = make_round(
        "ukraine-2026-02-24-geneva", date(2026, 2, 24), "Geneva", status="scheduled"
    )
    summary = summarise([*process(), planned], UKRAINE, TODAY)
    nxt = find(summary, "Next:")
    assert nxt.text == "Next: a round in Geneva is scheduled for 24 February 2026."
    assert nxt.round_ids == (planned.id,)
    assert not [t for t in texts(summary) if t.startswith("After the round")]
    # a scheduled round is not yet counted among the rounds held
    assert summary.statements[0].text.startswith("3 rounds")
    # once its date has passed it is no longer "next"
    later = summarise([*process(), planned], UKRAINE, date(2026, 3, 1))
    assert not [t for t in texts(later) if t.startswith("Next:")]


def test_cancelled_round_is_reported() -> None:
    cancelled = find(summarise(process(), UKRAINE, TODAY), "The round planned")
    assert cancelled.text == "The round planned in Istanbul on 12 February 2026 was cancelled."
    assert cancelled.round_ids == ("ukraine-2026-02-12-istanbul",)


def test_no_rounds_gives_one_statement() -> None:
    summary = summarise(process(), "gaza", TODAY)
    assert summary.statements == [Statement("No rounds of talks are on record for gaza.", ())]


def test_undated_rounds_are_counted_apart() -> None:
    rounds = [
        make_round("iran-2025-04-12-muscat", date(2025, 4, 12), "Muscat", conflict="iran"),
        make_round("iran-undated-rome", None, "Rome", conflict="iran"),
    ]
    first = summarise(rounds, "iran", TODAY).statements[0]
    assert first.text == (
        "1 round of talks on record, on 12 April 2025. 1 more is mentioned without a date."
    )
    assert first.round_ids == ("iran-2025-04-12-muscat", "iran-undated-rome")


def test_timeline_is_chronological() -> None:
    entries = timeline([r for r in process() if r.conflict == "ukraine"])
    assert [e.round_id for e in entries] == [
        "ukraine-2026-01-23-abu-dhabi",
        "ukraine-2026-02-04-abu-dhabi",
        "ukraine-2026-02-12-istanbul",
        "ukraine-2026-02-17-geneva",
    ]
    assert entries[1].outcome == "partial agreement"
    assert entries[0].heads == (("Russia", "Igor Kostyukov"), ("Ukraine", "Rustem Umerov"))


def test_format_date() -> None:
    assert format_date(date(2025, 5, 16)) == "16 May 2025"
