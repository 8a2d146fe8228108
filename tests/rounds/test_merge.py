"""Merging mentions into rounds, with hand-built mentions (invented sentences)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from negotrack.rounds.merge import merge_mentions, slug
from negotrack.rounds.model import (
    IMPLIED,
    Claim,
    Field,
    MentionKind,
    Round,
    RoundMention,
    Source,
    SourcedMention,
)

REPORT = MentionKind.REPORT
ANNOUNCEMENT = MentionKind.ANNOUNCEMENT
BACK = MentionKind.BACK_REFERENCE


def source(article: int, published: str | None, outlet: str = "Example Wire") -> Source:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    return Source(
        article_id=article,
        url=f"https://news.example/{article}",
        title=f"Story {article}",
        outlet=outlet,
        published=when,
    )


def claim(fld: Field, value: str, confidence: float = 0.9, party: str | None = None) -> Claim:
    return Claim(fld, value, f"An invented line stating {fld.value} {value}.", confidence, party)


def mention(
    src: Source,
    kind: MentionKind,
    *claims: Claim,
    conflict: str = "ukraine",
) -> SourcedMention:
    return SourcedMention(RoundMention(conflict, kind, tuple(claims)), src)


def timed(fld: Field, value: str) -> Claim:
    """A claim whose sentence tells a time but no day ("later this month")."""
    return Claim(fld, value, f"An invented line stating {fld.value} {value} later this month.", 0.9)


def at(city: str | None, day: str | None, *extra: Claim) -> tuple[Claim, ...]:
    """Claims placing a mention: a city and a start date, either may be left out."""
    placed = []
    if city is not None:
        placed.append(claim(Field.CITY, city))
    if day is not None:
        placed.append(claim(Field.START_DATE, day))
    return (*placed, *extra)


def only(rounds: list[Round]) -> Round:
    assert len(rounds) == 1, [r.id for r in rounds]
    return rounds[0]


def test_two_outlets_one_day_apart_give_one_round() -> None:
    a = mention(source(1, "2026-02-18T09:00"), REPORT, *at("Geneva", "2026-02-17"))
    b = mention(
        source(2, "2026-02-18T20:00", "Other Daily"),
        REPORT,
        *at("Geneva", "2026-02-18", claim(Field.COUNTRY, "Switzerland")),
    )
    r = only(merge_mentions([a, b]))
    assert r.id == "ukraine-2026-02-17-geneva"
    assert r.city == "Geneva"
    assert r.country == "Switzerland"
    assert sorted(s.article_id for s in r.sources) == [1, 2]
    assert r.sequence == 1
    assert "start_date" in r.disputed
    assert len(r.claims) == 5


def test_rounds_in_one_city_far_apart_stay_apart() -> None:
    a = mention(source(1, "2026-01-24"), REPORT, *at("Abu Dhabi", "2026-01-23"))
    b = mention(source(2, "2026-02-05"), REPORT, *at("Abu Dhabi", "2026-02-04"))
    rounds = merge_mentions([a, b])
    assert [r.id for r in rounds] == [
        "ukraine-2026-01-23-abu-dhabi",
        "ukraine-2026-02-04-abu-dhabi",
    ]
    assert [r.sequence for r in rounds] == [1, 2]


def test_undated_back_reference_joins_latest_round_before_the_article() -> None:
    jan = mention(source(1, "2026-01-24"), REPORT, *at("Abu Dhabi", "2026-01-23"))
    feb = mention(source(2, "2026-02-05"), REPORT, *at("Abu Dhabi", "2026-02-04"))
    geneva = mention(source(3, "2026-02-18"), REPORT, *at("Geneva", "2026-02-17"))
    early = mention(source(4, "2026-01-30"), BACK, *at("Abu Dhabi", None))
    late = mention(source(5, "2026-02-18"), BACK, *at("Abu Dhabi", None))
    rounds = {r.id: r for r in merge_mentions([jan, feb, geneva, early, late])}
    assert {s.article_id for s in rounds["ukraine-2026-01-23-abu-dhabi"].sources} == {1, 4}
    assert {s.article_id for s in rounds["ukraine-2026-02-04-abu-dhabi"].sources} == {2, 5}
    assert len(rounds) == 3


def test_back_reference_to_unknown_city_creates_one_undated_round() -> None:
    a = mention(source(1, "2025-05-01"), BACK, *at("Muscat", None), conflict="iran")
    b = mention(source(2, "2025-05-03"), BACK, *at("Muscat", None), conflict="iran")
    r = only(merge_mentions([a, b]))
    assert r.id == "iran-undated-muscat"
    assert r.start_date is None
    assert r.sequence is None
    assert len(r.sources) == 2


def test_announcement_then_report_a_day_later_is_one_concluded_round() -> None:
    announced = mention(
        source(1, "2026-02-10"),
        ANNOUNCEMENT,
        *at("Geneva", "2026-02-17", claim(Field.STATUS, "scheduled")),
    )
    reported = mention(
        source(2, "2026-02-19"),
        REPORT,
        *at("Geneva", "2026-02-18", claim(Field.STATUS, "concluded")),
    )
    r = only(merge_mentions([reported, announced]))
    assert r.start_date == date(2026, 2, 18)
    assert r.status == "concluded"
    # the report's date replaces the announced one: a moved date, not a disagreement
    assert "start_date" not in r.disputed
    assert r.id == "ukraine-2026-02-18-geneva"


def test_announcement_alone_is_a_scheduled_round() -> None:
    announced = mention(source(1, "2026-03-01"), ANNOUNCEMENT, *at("Istanbul", "2026-03-09"))
    r = only(merge_mentions([announced]))
    assert r.status == "scheduled"
    assert r.start_date == date(2026, 3, 9)


def test_announced_round_moved_by_five_days_is_recognised() -> None:
    announced = mention(source(1, "2026-02-10"), ANNOUNCEMENT, *at("Geneva", "2026-02-17"))
    reported = mention(
        source(2, "2026-02-23"),
        REPORT,
        *at("Geneva", "2026-02-22", claim(Field.STATUS, "ongoing")),
    )
    r = only(merge_mentions([announced, reported]))
    assert r.start_date == date(2026, 2, 22)
    assert r.status == "ongoing"


def test_announcement_after_an_earlier_round_is_a_new_round() -> None:
    held = mention(source(1, "2026-02-11"), REPORT, *at("Geneva", "2026-02-10"))
    next_one = mention(source(2, "2026-02-12"), ANNOUNCEMENT, *at("Geneva", "2026-02-16"))
    rounds = merge_mentions([held, next_one])
    assert [(r.start_date, r.status) for r in rounds] == [
        (date(2026, 2, 10), None),
        (date(2026, 2, 16), "scheduled"),
    ]


def test_status_follows_the_latest_source_and_never_goes_back() -> None:
    day = at("Riyadh", "2026-03-02")
    first = mention(source(1, "2026-03-02"), REPORT, *day, claim(Field.STATUS, "ongoing"))
    done = mention(source(2, "2026-03-03"), REPORT, *day, claim(Field.STATUS, "concluded"))
    stale = mention(source(3, "2026-03-05"), REPORT, *day, claim(Field.STATUS, "ongoing"))
    assert only(merge_mentions([first, done, stale])).status == "concluded"
    called_off = mention(
        source(4, "2026-03-01"), ANNOUNCEMENT, *day, claim(Field.STATUS, "cancelled")
    )
    planned = mention(source(5, "2026-02-25"), ANNOUNCEMENT, *day)
    assert only(merge_mentions([planned, called_off])).status == "cancelled"


def test_ordinal_disagreement_is_disputed_and_outcome_goes_to_the_best_supported() -> None:
    place = at("Istanbul", "2025-07-23")
    a = mention(
        source(1, "2025-07-23"),
        REPORT,
        *place,
        claim(Field.ORDINAL, "3"),
        claim(Field.OUTCOME, "no_breakthrough", 0.8),
    )
    b = mention(
        source(2, "2025-07-24"),
        REPORT,
        *place,
        claim(Field.ORDINAL, "3", 0.7),
        claim(Field.OUTCOME, "no_breakthrough", 0.5),
    )
    # one confident source says otherwise: less support than the two others together
    c = mention(
        source(3, "2025-07-24"),
        REPORT,
        *place,
        claim(Field.ORDINAL, "2", 1.0),
        claim(Field.OUTCOME, "progress", 1.0),
    )
    r = only(merge_mentions([a, b, c]))
    assert r.outcome == "no_breakthrough"
    assert "ordinal" in r.disputed
    assert "outcome" in r.disputed
    assert {sc.claim.value for sc in r.claims if sc.claim.field == Field.ORDINAL} == {"2", "3"}


def test_reports_outweigh_back_references() -> None:
    place = at("Istanbul", "2025-06-02")
    report = mention(source(1, "2025-06-02"), REPORT, *place, claim(Field.OUTCOME, "progress", 0.6))
    recalls = [
        mention(source(n, "2025-08-01"), BACK, *place, claim(Field.OUTCOME, "collapsed", 0.9))
        for n in (2, 3)
    ]
    assert only(merge_mentions([report, *recalls])).outcome == "progress"


def test_tie_goes_to_the_higher_confidence_then_the_earlier_source() -> None:
    place = at("Muscat", "2025-04-12")
    a = mention(
        source(1, "2025-04-13"),
        REPORT,
        *place,
        claim(Field.OUTCOME, "progress", 0.4),
        claim(Field.OUTCOME, "progress", 0.4),
        conflict="iran",
    )
    b = mention(
        source(2, "2025-04-12"),
        REPORT,
        *place,
        claim(Field.OUTCOME, "agreement", 0.8),
        conflict="iran",
    )
    assert only(merge_mentions([a, b])).outcome == "agreement"
    c = mention(
        source(3, "2025-04-14"),
        REPORT,
        *place,
        claim(Field.OUTCOME, "progress", 0.8),
        conflict="iran",
    )
    assert only(merge_mentions([c, b])).outcome == "agreement"


def test_heads_disagree_and_members_exclude_the_head() -> None:
    place = at("Geneva", "2026-02-17")
    a = mention(
        source(1, "2026-02-17"),
        REPORT,
        *place,
        claim(Field.HEAD, "Vladimir Medinsky", 0.9, "Russia"),
        claim(Field.MEMBER, "Igor Kostyukov", 0.8, "Russia"),
        claim(Field.HEAD, "Rustem Umerov", 0.9, "Ukraine"),
        claim(Field.MEDIATOR, "United States"),
    )
    b = mention(
        source(2, "2026-02-18"),
        BACK,
        *place,
        claim(Field.HEAD, "Igor Kostyukov", 0.9, "Russia"),
        claim(Field.MEMBER, "Vladimir Medinsky", 0.6, "Russia"),
        claim(Field.PARTICIPANT, "Ukraine"),
    )
    r = only(merge_mentions([a, b]))
    russia, ukraine = r.delegations
    assert (russia.party, russia.head, russia.members) == (
        "Russia",
        "Vladimir Medinsky",
        ("Igor Kostyukov",),
    )
    assert (ukraine.party, ukraine.head, ukraine.members) == ("Ukraine", "Rustem Umerov", ())
    assert "head:Russia" in r.disputed
    assert "head:Ukraine" not in r.disputed
    assert r.mediators == ("United States",)
    assert r.participants == ("Russia", "Ukraine", "United States")


def test_dated_mention_without_city_joins_the_round_of_that_date() -> None:
    geneva = mention(source(1, "2026-02-18"), REPORT, *at("Geneva", "2026-02-17"))
    dated = mention(
        source(2, "2026-02-19"), REPORT, *at(None, "2026-02-18", claim(Field.TOPIC, "energy"))
    )
    r = only(merge_mentions([geneva, dated]))
    assert r.topics == ("energy",)
    lonely = mention(source(3, "2026-03-20"), REPORT, *at(None, "2026-03-19"))
    assert [r.id for r in merge_mentions([geneva, lonely])] == [
        "ukraine-2026-02-17-geneva",
        "ukraine-2026-03-19",
    ]
    # A dated recollection far from every round recalls a round of its own; one a few
    # days into a round may be a day of it, and places nothing.
    stray_recall = mention(source(4, "2026-05-01"), BACK, *at(None, "2026-04-01"))
    assert [r.id for r in merge_mentions([geneva, stray_recall])] == [
        "ukraine-2026-02-17-geneva",
        "ukraine-2026-04-01",
    ]
    inside = mention(source(5, "2026-03-01"), BACK, *at(None, "2026-02-22"))
    assert [r.id for r in merge_mentions([geneva, inside])] == ["ukraine-2026-02-17-geneva"]


def test_mention_without_place_or_date_follows_its_article() -> None:
    src = source(1, "2026-02-18")
    reported = mention(src, REPORT, *at("Geneva", "2026-02-17"))
    vague = mention(src, REPORT, claim(Field.TOPIC, "territory"))
    r = only(merge_mentions([vague, reported]))
    assert r.topics == ("territory",)
    homeless = mention(source(2, "2026-02-18"), REPORT, claim(Field.TOPIC, "energy"))
    assert only(merge_mentions([reported, homeless])).topics == ()
    assert merge_mentions([homeless]) == []


def test_end_date_before_start_is_dropped_and_defaults_to_none() -> None:
    a = mention(
        source(1, "2026-02-18"),
        REPORT,
        *at("Geneva", "2026-02-17", claim(Field.END_DATE, "2026-02-16")),
    )
    assert only(merge_mentions([a])).end_date is None
    b = mention(
        source(1, "2026-02-18"),
        REPORT,
        *at("Geneva", "2026-02-17", claim(Field.END_DATE, "2026-02-18")),
    )
    assert only(merge_mentions([b])).end_date == date(2026, 2, 18)


def test_cancelled_round_takes_no_sequence_number() -> None:
    first = mention(source(1, "2026-01-24"), REPORT, *at("Abu Dhabi", "2026-01-23"))
    cancelled = mention(
        source(2, "2026-02-01"),
        ANNOUNCEMENT,
        *at("Istanbul", "2026-02-05", claim(Field.STATUS, "cancelled")),
    )
    third = mention(source(3, "2026-02-18"), REPORT, *at("Geneva", "2026-02-17"))
    undated = mention(source(4, "2026-02-20"), BACK, *at("Riyadh", None))
    rounds = merge_mentions([third, undated, cancelled, first])
    assert [(r.city, r.sequence, r.status) for r in rounds] == [
        ("Abu Dhabi", 1, None),
        ("Istanbul", None, "cancelled"),
        ("Geneva", 2, None),
        ("Riyadh", None, None),
    ]


def test_conflicts_are_kept_apart_and_sorted() -> None:
    a = mention(source(1, "2026-02-18"), REPORT, *at("Geneva", "2026-02-17"))
    b = mention(source(1, "2026-02-18"), REPORT, *at("Geneva", "2026-02-17"), conflict="iran")
    assert [r.id for r in merge_mentions([a, b])] == [
        "iran-2026-02-17-geneva",
        "ukraine-2026-02-17-geneva",
    ]


def test_colliding_ids_get_a_suffix() -> None:
    # Dated only loosely, the first round's start is voted, and its several weak claims
    # pull it onto the second round's date, so both rounds would be called the same.
    weak = [claim(Field.START_DATE, "2026-02-14", 0.3) for _ in range(3)]
    a = mention(
        source(1, "2026-02-11"),
        REPORT,
        claim(Field.CITY, "Geneva"),
        claim(Field.START_DATE, "2026-02-10", 0.45),
        *weak,
    )
    c = mention(source(3, "2026-02-15"), REPORT, *at("Geneva", "2026-02-14"))
    ids = [r.id for r in merge_mentions([a, c])]
    assert ids == ["ukraine-2026-02-14-geneva", "ukraine-2026-02-14-geneva-2"]


def test_start_is_the_earliest_firm_day_and_end_the_latest() -> None:
    opened = mention(
        source(1, "2026-02-04"),
        REPORT,
        *at("Abu Dhabi", "2026-02-04"),
        claim(Field.STATUS, "ongoing", 0.6),
    )
    closed = mention(
        source(2, "2026-02-05"),
        REPORT,
        *at("Abu Dhabi", "2026-02-05"),
        claim(Field.STATUS, "concluded", 0.9),
    )
    r = only(merge_mentions([opened, closed]))
    assert (r.start_date, r.end_date) == (date(2026, 2, 4), date(2026, 2, 5))
    # Still going on: no end yet unless a source names it.
    r = only(merge_mentions([opened]))
    assert (r.start_date, r.end_date) == (date(2026, 2, 4), None)


def test_a_day_recalled_after_the_fact_dates_a_round_announced_for_a_week() -> None:
    # "We agreed to meet again in London next week" (a stretch: its Monday, weakly), then
    # "sat down in London on Wednesday", told once it had happened.
    announced = mention(
        source(1, "2025-04-17"),
        ANNOUNCEMENT,
        claim(Field.CITY, "London"),
        claim(Field.START_DATE, "2025-04-21", 0.4),
    )
    recalled = mention(source(2, "2025-04-26"), BACK, *at("London", "2025-04-23"))
    r = only(merge_mentions([announced, recalled]))
    assert r.start_date == date(2025, 4, 23)


def test_a_day_announced_does_not_date_a_round_reported_without_a_firm_day() -> None:
    # Negative case: a report placed only weakly in time keeps its own day, not the one the
    # round was announced for and may have moved from.
    announced = mention(source(1, "2026-01-28"), ANNOUNCEMENT, *at("Abu Dhabi", "2026-02-01"))
    reported = mention(
        source(2, "2026-02-06"),
        REPORT,
        claim(Field.CITY, "Abu Dhabi"),
        claim(Field.START_DATE, "2026-02-04", 0.4),
    )
    r = only(merge_mentions([announced, reported]))
    assert r.start_date == date(2026, 2, 4)


def test_a_held_round_is_dated_by_its_recollection_not_by_its_announcement() -> None:
    # Announced for 1 February, held on 4-5 February after a delay, as recalled later.
    announced = mention(source(1, "2026-01-24"), ANNOUNCEMENT, *at("Abu Dhabi", "2026-02-01"))
    recalled = mention(
        source(2, "2026-02-20"),
        BACK,
        *at("Abu Dhabi", "2026-02-04", claim(Field.END_DATE, "2026-02-05")),
        claim(Field.STATUS, "concluded", 0.4),
    )
    r = only(merge_mentions([announced, recalled]))
    assert (r.start_date, r.end_date) == (date(2026, 2, 4), date(2026, 2, 5))


def test_a_called_off_round_keeps_the_day_it_was_announced_for() -> None:
    # Negative case: never held, the recollection's day is when it was called off.
    announced = mention(source(1, "2025-06-09"), ANNOUNCEMENT, *at("Muscat", "2025-06-15"))
    recalled = mention(
        source(2, "2025-06-20"),
        BACK,
        *at("Muscat", "2025-06-13"),
        claim(Field.STATUS, "cancelled"),
    )
    r = only(merge_mentions([announced, recalled]))
    assert (r.status, r.start_date) == ("cancelled", date(2025, 6, 15))


def test_undated_report_the_eve_of_a_round_joins_it_not_an_older_one() -> None:
    # "Medinsky to head the team at the Geneva round", filed the day before it opened; an
    # earlier Geneva round months back is another.
    older = mention(source(1, "2025-11-24"), REPORT, *at("Geneva", "2025-11-23"))
    opened = mention(source(2, "2026-02-17"), REPORT, *at("Geneva", "2026-02-17"))
    preview = mention(source(3, "2026-02-16"), REPORT, claim(Field.CITY, "Geneva"))
    rounds = merge_mentions([older, opened, preview])
    assert {r.start_date: len(r.sources) for r in rounds} == {
        date(2025, 11, 23): 1,
        date(2026, 2, 17): 2,
    }


def test_undated_report_far_before_a_round_is_not_of_it() -> None:
    # Negative case: a week before the round opened, the report is of no sitting yet.
    opened = mention(source(2, "2026-02-17"), REPORT, *at("Geneva", "2026-02-17"))
    early = mention(source(3, "2026-02-09"), REPORT, timed(Field.CITY, "Geneva"))
    rounds = merge_mentions([opened, early])
    assert len(rounds) == 2


def test_slug() -> None:
    assert slug("Abu Dhabi") == "abu-dhabi"
    assert slug("Genève") == "geneve"
    assert slug("Bürgenstock / Lucerne") == "burgenstock-lucerne"


def _corpus() -> list[SourcedMention]:
    return [
        mention(source(1, "2026-01-22"), ANNOUNCEMENT, *at("Abu Dhabi", "2026-01-23")),
        mention(
            source(2, "2026-01-24"),
            REPORT,
            *at(
                "Abu Dhabi",
                "2026-01-23",
                claim(Field.HEAD, "Igor Kostyukov", 0.8, "Russia"),
                claim(Field.STATUS, "concluded"),
            ),
        ),
        mention(source(2, "2026-01-24"), REPORT, claim(Field.TOPIC, "territory")),
        mention(source(3, "2026-02-05"), REPORT, *at("Abu Dhabi", "2026-02-04")),
        mention(source(4, "2026-02-18"), BACK, *at("Abu Dhabi", None)),
        mention(
            source(4, "2026-02-18"),
            REPORT,
            *at("Geneva", "2026-02-17", claim(Field.HEAD, "Vladimir Medinsky", 0.9, "Russia")),
        ),
        mention(
            source(5, "2026-02-18"),
            REPORT,
            *at("Geneva", "2026-02-18", claim(Field.ORDINAL, "3"), claim(Field.ORDINAL, "4", 0.5)),
        ),
        mention(source(6, "2026-02-19"), REPORT, *at(None, "2026-02-17")),
        mention(source(7, None), BACK, *at("Istanbul", None)),
        mention(source(8, "2026-03-01"), ANNOUNCEMENT, timed(Field.CITY, "Geneva")),
        mention(source(9, "2026-03-02"), REPORT, *at("Geneva", "2026-03-05"), conflict="iran"),
    ]


@settings(max_examples=60, deadline=None)
@given(st.permutations(_corpus()))
def test_any_order_gives_identical_rounds(shuffled: list[SourcedMention]) -> None:
    assert merge_mentions(shuffled) == merge_mentions(_corpus())


def test_corpus_rounds() -> None:
    rounds = merge_mentions(_corpus())
    assert [r.id for r in rounds] == [
        "iran-2026-03-05-geneva",
        "ukraine-2026-01-23-abu-dhabi",
        "ukraine-2026-02-04-abu-dhabi",
        "ukraine-2026-02-17-geneva",
        "ukraine-undated-geneva",
        "ukraine-undated-istanbul",
    ]
    by_id = {r.id: r for r in rounds}
    assert by_id["ukraine-2026-01-23-abu-dhabi"].topics == ("territory",)
    assert by_id["ukraine-2026-01-23-abu-dhabi"].status == "concluded"
    assert {s.article_id for s in by_id["ukraine-2026-02-04-abu-dhabi"].sources} == {3, 4}
    assert {s.article_id for s in by_id["ukraine-2026-02-17-geneva"].sources} == {4, 5, 6}
    # announced for after the Geneva round was held: a later round, date not known yet
    assert by_id["ukraine-undated-geneva"].status == "scheduled"
    assert [r.sequence for r in rounds] == [1, 1, 2, 3, None, None]


def test_twenty_thousand_mentions_merge_into_distinct_rounds() -> None:
    """A large input merges without collisions (its speed is measured in bench/, not here)."""
    cities = ["Geneva", "Istanbul", "Abu Dhabi", "Riyadh", "Doha"]
    mentions: list[SourcedMention] = []
    for n in range(20_000):
        day = date.fromordinal(date(2022, 1, 1).toordinal() + (n * 7) % 1500)
        kind = (REPORT, ANNOUNCEMENT, BACK)[n % 3]
        city = cities[n % len(cities)] if n % 11 else None
        start = day.isoformat() if n % 7 else None
        published = f"{date.fromordinal(day.toordinal() + 1).isoformat()}T08:00"
        mentions.append(
            mention(
                source(n % 4000, published),
                kind,
                *at(city, start, claim(Field.TOPIC, "ceasefire"), claim(Field.ORDINAL, str(n % 5))),
            )
        )
    rounds = merge_mentions(mentions)
    assert rounds
    assert len({r.id for r in rounds}) == len(rounds)


def test_undated_announcement_joins_the_upcoming_round_at_its_city() -> None:
    held = mention(source(1, "2026-02-05"), REPORT, *at("Abu Dhabi", "2026-02-04"))
    upcoming = mention(source(2, "2026-02-14"), ANNOUNCEMENT, *at("Abu Dhabi", "2026-02-20"))
    vague = mention(
        source(3, "2026-02-10"), ANNOUNCEMENT, *at("Abu Dhabi", None, claim(Field.TOPIC, "energy"))
    )
    rounds = {r.start_date: r for r in merge_mentions([held, upcoming, vague])}
    assert rounds[date(2026, 2, 20)].topics == ("energy",)
    assert rounds[date(2026, 2, 4)].topics == ()
    assert len(rounds) == 2


def test_undated_report_long_after_the_last_round_there_is_a_new_round() -> None:
    old = mention(source(1, "2025-05-17"), REPORT, *at("Istanbul", "2025-05-16"))
    recent = mention(source(2, "2025-07-24"), REPORT, timed(Field.CITY, "Istanbul"))
    recalled = mention(source(3, "2025-07-24"), BACK, *at("Istanbul", None))
    ids = {r.id: {s.article_id for s in r.sources} for r in merge_mentions([old, recent, recalled])}
    assert ids == {"ukraine-2025-05-16-istanbul": {1, 3}, "ukraine-undated-istanbul": {2}}


def test_news_of_a_round_after_its_cancellation_means_it_took_place() -> None:
    day = at("Doha", "2026-04-02")
    called_off = mention(
        source(1, "2026-03-30"), ANNOUNCEMENT, *day, claim(Field.STATUS, "cancelled")
    )
    held = mention(source(2, "2026-04-03"), REPORT, *day, claim(Field.STATUS, "concluded"))
    r = only(merge_mentions([held, called_off]))
    assert r.status == "concluded"
    assert r.sequence == 1


def test_dated_announcement_without_a_city_makes_a_scheduled_round() -> None:
    src = source(1, "2026-04-12T18:00:00")
    rounds = merge_mentions(
        [
            mention(src, REPORT, *at("Muscat", "2026-04-12")),
            mention(src, ANNOUNCEMENT, *at(None, "2026-04-19")),
        ]
    )
    assert [(r.city, r.start_date, r.status) for r in rounds] == [
        ("Muscat", date(2026, 4, 12), None),
        (None, date(2026, 4, 19), "scheduled"),
    ]


def test_dated_announcement_without_a_city_joins_the_round_held_days_later() -> None:
    announced = source(1, "2026-01-25T09:00:00")
    held = source(2, "2026-02-05T20:00:00")
    rounds = merge_mentions(
        [
            mention(announced, ANNOUNCEMENT, *at(None, "2026-02-01")),
            mention(held, REPORT, *at("Abu Dhabi", "2026-02-04")),
        ]
    )
    r = only(rounds)
    assert (r.city, r.start_date, len(r.sources)) == ("Abu Dhabi", date(2026, 2, 4), 2)


def test_concluded_round_dated_only_weakly_lasted_one_day() -> None:
    src = source(1, "2026-03-02T12:00:00")
    weak = claim(Field.START_DATE, "2026-03-01", confidence=0.4)
    r = only(
        merge_mentions(
            [
                mention(
                    src,
                    REPORT,
                    claim(Field.CITY, "Antalya"),
                    weak,
                    claim(Field.STATUS, "concluded"),
                )
            ]
        )
    )
    assert (r.start_date, r.end_date) == (date(2026, 3, 1), date(2026, 3, 1))


def test_day_without_city_before_its_articles_own_round_is_another_meeting() -> None:
    # "The envoys reached Vienna on Thursday after a meeting with the other side on Tuesday
    # in Texas": the article dates its Vienna round two days after the cityless Tuesday
    # meeting, and a round has no day before its start, so Tuesday stays a round apart.
    src = source(1, "2026-04-10")
    vienna = mention(src, REPORT, *at("Vienna", "2026-04-09"))
    tuesday = mention(src, REPORT, *at(None, "2026-04-07"))
    assert [r.id for r in merge_mentions([vienna, tuesday])] == [
        "ukraine-2026-04-07",
        "ukraine-2026-04-09-vienna",
    ]
    # Negative: a later day told by the same article ("the talks went on on Friday") is a
    # day of the round and joins it; so does an earlier day told by another outlet.
    friday = mention(src, REPORT, *at(None, "2026-04-10", claim(Field.TOPIC, "energy")))
    assert only(merge_mentions([vienna, friday])).topics == ("energy",)
    other = mention(source(2, "2026-04-11"), REPORT, *at(None, "2026-04-08"))
    assert only(merge_mentions([vienna, other])).city == "Vienna"


def test_sides_only_implied_give_way_to_sides_a_source_states() -> None:
    # One article recalls "the London meeting" without its sides (the process's two parties
    # are implied); another names who sat there. The stated sides are the round's.
    implied = mention(
        source(1, "2025-04-25"),
        BACK,
        *at("London", "2025-04-23"),
        claim(Field.PARTICIPANT, "Russia", IMPLIED),
        claim(Field.PARTICIPANT, "Ukraine", IMPLIED),
    )
    stated = mention(
        source(2, "2025-04-23"),
        REPORT,
        *at("London", "2025-04-23"),
        claim(Field.PARTICIPANT, "Ukraine"),
        claim(Field.PARTICIPANT, "United States"),
    )
    assert only(merge_mentions([implied, stated])).participants == ("Ukraine", "United States")
    # Alone, the implied sides are all the round has, and it keeps them.
    assert only(merge_mentions([implied])).participants == ("Russia", "Ukraine")


def test_a_city_from_the_dateline_alone_gives_way_to_the_round_placed_that_day() -> None:
    # "TEHRAN - Iran will send its minister to Oman on Saturday": filed from Tehran, placed
    # there by the dateline only (confidence 0.5), while another outlet places the talks of
    # that day in Muscat. The filed-from city joins the Muscat round and dates nothing.
    filed = mention(
        source(1, "2025-04-08"),
        REPORT,
        claim(Field.CITY, "Tehran", 0.5),
        claim(Field.START_DATE, "2025-04-11"),
        conflict="iran",
    )
    held = mention(
        source(2, "2025-04-12"),
        REPORT,
        *at("Muscat", "2025-04-12"),
        conflict="iran",
    )
    muscat = only(merge_mentions([filed, held]))
    assert (muscat.city, muscat.start_date) == ("Muscat", date(2025, 4, 12))
    assert len(muscat.sources) == 2
    # Alone, the dateline is all there is: the round is placed there.
    assert only(merge_mentions([filed])).city == "Tehran"
    # A city a sentence names keeps its own round.
    named = mention(source(1, "2025-04-08"), REPORT, *at("Tehran", "2025-04-11"), conflict="iran")
    assert len(merge_mentions([named, held])) == 2


def test_a_report_dated_by_the_close_joins_the_round_told_from_its_opening() -> None:
    # One outlet gives the talks from 9 to 23 December; another dates them by the close on
    # the 23rd only: the days the first tells take the second in.
    whole = mention(
        source(1, "2025-12-24T08:00:00"),
        REPORT,
        *at("Muscat", "2025-12-09", claim(Field.END_DATE, "2025-12-23")),
        conflict="yemen",
    )
    close = mention(
        source(2, "2025-12-23T19:00:00"), REPORT, *at("Muscat", "2025-12-23"), conflict="yemen"
    )
    r = only(merge_mentions([whole, close]))
    assert (r.start_date, r.end_date) == (date(2025, 12, 9), date(2025, 12, 23))
    assert sorted(s.article_id for s in r.sources) == [1, 2]


def test_without_the_last_day_two_weeks_apart_are_two_rounds() -> None:
    # Negative case: nothing says the first round ran on.
    first = mention(source(1, "2025-12-10T08:00:00"), REPORT, *at("Muscat", "2025-12-09"))
    later = mention(source(2, "2025-12-23T19:00:00"), REPORT, *at("Muscat", "2025-12-23"))
    assert len(merge_mentions([first, later])) == 2


def test_a_last_day_beyond_a_round_s_longest_run_stretches_nothing() -> None:
    # "from 9 December to 20 February" tells a process, not a round: its end places nothing.
    long = mention(
        source(1, "2026-02-21T08:00:00"),
        REPORT,
        *at("Muscat", "2025-12-09", claim(Field.END_DATE, "2026-02-20")),
    )
    later = mention(source(2, "2026-01-20T19:00:00"), REPORT, *at("Muscat", "2026-01-20"))
    assert len(merge_mentions([long, later])) == 2


def test_one_article_telling_no_time_of_a_round_lists_no_round() -> None:
    # "what became of the Jeddah talks": a process named in passing, no sitting to tell.
    told = mention(source(1, "2026-02-18"), REPORT, *at("Jeddah", None))
    assert merge_mentions([told]) == []


def test_an_undated_round_stands_on_a_second_article() -> None:
    one = mention(source(1, "2026-02-18"), ANNOUNCEMENT, *at("Jeddah", None))
    two = mention(source(2, "2026-02-19"), ANNOUNCEMENT, *at("Jeddah", None))
    r = only(merge_mentions([one, two]))
    assert (r.id, {s.article_id for s in r.sources}) == ("ukraine-undated-jeddah", {1, 2})


def test_an_undated_round_stands_on_a_time_told_or_a_recollection() -> None:
    soon = mention(source(1, "2026-02-18"), ANNOUNCEMENT, timed(Field.CITY, "Jeddah"))
    recalled = mention(source(2, "2026-02-18"), BACK, *at("Riyadh", None))
    assert {r.id for r in merge_mentions([soon, recalled])} == {
        "ukraine-undated-jeddah",
        "ukraine-undated-riyadh",
    }


def test_a_sitting_announced_for_a_day_is_set_for_that_day() -> None:
    announced = mention(source(1, "2026-04-12"), ANNOUNCEMENT, *at("Muscat", "2026-04-19"))
    r = only(merge_mentions([announced]))
    assert (r.status, r.start_date, r.end_date) == (
        "scheduled",
        date(2026, 4, 19),
        date(2026, 4, 19),
    )


def test_a_sitting_announced_for_days_is_set_for_them() -> None:
    # Negative case: the days told stand.
    announced = mention(
        source(1, "2026-04-12"),
        ANNOUNCEMENT,
        *at("Muscat", "2026-04-19", claim(Field.END_DATE, "2026-04-20")),
    )
    r = only(merge_mentions([announced]))
    assert (r.start_date, r.end_date) == (date(2026, 4, 19), date(2026, 4, 20))


def test_a_go_between_only_implied_is_not_seated() -> None:
    # The host of talks it mediates where it hosts (an implied claim) mediates; no source
    # says it sat at the table.
    implied = Claim(Field.MEDIATOR, "Oman", "They met in Muscat.", IMPLIED)
    r = only(
        merge_mentions(
            [
                mention(
                    source(1, "2026-04-12"),
                    REPORT,
                    *at("Muscat", "2026-04-11"),
                    implied,
                    conflict="iran",
                )
            ]
        )
    )
    assert (r.mediators, "Oman" in r.participants) == (("Oman",), False)
    stated = Claim(Field.MEDIATOR, "Oman", "Oman mediated.", 0.9)
    r = only(
        merge_mentions(
            [
                mention(
                    source(1, "2026-04-12"),
                    REPORT,
                    *at("Muscat", "2026-04-11"),
                    stated,
                    conflict="iran",
                )
            ]
        )
    )
    assert "Oman" in r.participants
