"""Whether an article that tells of a round ends up among that round's sources.

Analyses, live blogs and reactions name a round the way news does after the fact: by its
venue only, in a headline split by a dash, or alongside earlier rounds listed by day. Every
text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import (
    Claim,
    Field,
    MentionKind,
    RoundMention,
    Source,
    SourcedMention,
)

SATURDAY = datetime(2025, 10, 18, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, SATURDAY, kb)


def _of_kind(mentions: list[RoundMention], kind: MentionKind) -> list[RoundMention]:
    return [m for m in mentions if m.kind is kind]


# --- dates listed, not spanned ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The earlier sessions, on 3 March and 11 April, were short.",
        "The earlier sessions, on March 3 and April 11, were short.",
    ],
)
def test_two_days_each_with_its_month_are_two_dates(sentence: str) -> None:
    spans = find_dates(sentence, SATURDAY)
    assert [(s.first, s.last) for s in spans] == [
        (date(2025, 3, 3), None),
        (date(2025, 4, 11), None),
    ]


def test_days_sharing_a_month_or_joined_by_to_still_span() -> None:
    shared = find_dates("They sat on 8 and 9 October.", SATURDAY)
    assert [(s.first, s.last) for s in shared] == [(date(2025, 10, 8), date(2025, 10, 9))]
    across = find_dates("They sat from 30 September to 2 October.", SATURDAY)
    assert [(s.first, s.last) for s in across] == [(date(2025, 9, 30), date(2025, 10, 2))]


# --- several earlier rounds in one sentence ------------------------------------------------


def test_earlier_rounds_listed_by_day_are_each_recalled(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Friday for a third round of "
        "indirect talks.\n\nThe previous two rounds, on 12 September and 26 September, "
        "brought only modest technical progress."
    )
    back = _of_kind(_extract(kb, text), MentionKind.BACK_REFERENCE)
    assert sorted(m.first(Field.START_DATE) or "" for m in back) == ["2025-09-12", "2025-09-26"]
    # What the rounds had in common is a summary, not an outcome of each.
    assert all(not m.values(Field.OUTCOME) for m in back)


def test_earlier_rounds_without_days_recall_none(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Muscat on Friday for a third round of "
        "indirect talks.\n\nThe mood was sourer than in earlier rounds in Rome, where the "
        "two sides traded written proposals."
    )
    assert _of_kind(_extract(kb, text), MentionKind.BACK_REFERENCE) == []


def test_round_that_began_at_its_venue_on_a_day_starts_then(kb: KnowledgeBase) -> None:
    text = (
        "DOHA - Congolese and M23 negotiators signed a truce on Friday, closing a week of "
        "talks that began in the Qatari capital on Monday."
    )
    (report,) = _of_kind(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-10-13"


# --- a round named by its venue alone --------------------------------------------------------


def test_headline_split_by_a_spaced_dash_keeps_its_venue(kb: KnowledgeBase) -> None:
    title = "Araghchi meets Witkoff in Muscat - follow the day as it unfolds"
    (report,) = _of_kind(_extract(kb, "Welcome to our coverage.", title), MentionKind.REPORT)
    assert report.conflict == "iran"
    assert report.first(Field.CITY) == "Muscat"


def test_analysis_naming_the_round_by_its_venue_places_it_there(kb: KnowledgeBase) -> None:
    text = (
        "A day after the Muscat talks, officials in Tehran were still arguing over what "
        "Iran had conceded on uranium enrichment.\n\nHardliners in parliament said the "
        "negotiators had given away too much."
    )
    (report,) = _of_kind(_extract(kb, text, "Analysis: what Tehran gave"), MentionKind.REPORT)
    assert report.conflict == "iran"
    assert report.first(Field.CITY) == "Muscat"
    assert report.first(Field.START_DATE) is None


def test_venue_of_an_announced_round_does_not_place_the_reported_one(kb: KnowledgeBase) -> None:
    text = (
        "Iran's negotiators said the talks had been useful.\n\nThe two sides will meet again "
        "for the Rome round on 25 October, the foreign ministry said."
    )
    mentions = _extract(kb, text)
    assert all(m.first(Field.CITY) != "Rome" for m in _of_kind(mentions, MentionKind.REPORT))


def test_summit_named_after_its_state_is_held_in_its_city(kb: KnowledgeBase) -> None:
    places = [m.key for m in kb.find("Reactions to the Alaska summit") if m.kind == "place"]
    assert places == ["Anchorage"]


# --- merge: a recalled round is an earlier one --------------------------------------------


def _source(article: int, published: str) -> Source:
    return Source(
        article_id=article,
        url=f"https://news.example/{article}",
        title=f"Story {article}",
        outlet="Example Wire",
        published=datetime.fromisoformat(published).replace(tzinfo=UTC),
    )


def _mention(src: Source, kind: MentionKind, city: str, day: str | None) -> SourcedMention:
    claims = [Claim(Field.CITY, city, f"An invented line naming {city}.", 0.9)]
    if day is not None:
        claims.append(Claim(Field.START_DATE, day, f"An invented line dated {day}.", 0.9))
    return SourcedMention(RoundMention("iran", kind, tuple(claims)), src)


def test_undated_recall_skips_the_round_its_article_reports() -> None:
    first = _mention(_source(1, "2025-09-13"), MentionKind.REPORT, "Muscat", "2025-09-12")
    today = _source(2, "2025-10-18")
    second = _mention(today, MentionKind.REPORT, "Muscat", "2025-10-17")
    recalled = _mention(today, MentionKind.BACK_REFERENCE, "Muscat", None)
    rounds = {r.id: r for r in merge_mentions([first, second, recalled])}
    assert {s.article_id for s in rounds["iran-2025-09-12-muscat"].sources} == {1, 2}


def test_undated_recall_with_no_earlier_round_there_stays_with_its_article() -> None:
    today = _source(2, "2025-10-18")
    reported = _mention(today, MentionKind.REPORT, "Muscat", "2025-10-17")
    recalled = _mention(today, MentionKind.BACK_REFERENCE, "Muscat", None)
    (only,) = merge_mentions([reported, recalled])
    assert only.id == "iran-2025-10-17-muscat"


def test_round_told_only_as_ended_on_a_day_is_placed_at_that_day() -> None:
    earlier = _mention(_source(1, "2025-09-13"), MentionKind.REPORT, "Rome", "2025-09-12")
    line = "The session in Rome ended on Friday with little to show."
    ended = SourcedMention(
        RoundMention(
            "iran",
            MentionKind.REPORT,
            (
                Claim(Field.CITY, "Rome", line, 0.9),
                Claim(Field.START_DATE, "2025-10-17", line, 0.45),
                Claim(Field.END_DATE, "2025-10-17", line, 0.8),
            ),
        ),
        _source(2, "2025-10-18"),
    )
    ids = sorted(r.id for r in merge_mentions([earlier, ended]))
    assert ids == ["iran-2025-09-12-rome", "iran-2025-10-17-rome"]


def test_round_an_article_recalls_a_day_apart_from_its_own_stays_apart() -> None:
    wire = _source(1, "2025-10-18")
    reported = _mention(wire, MentionKind.REPORT, "Muscat", "2025-10-17")
    recalled = _mention(wire, MentionKind.BACK_REFERENCE, "Muscat", "2025-10-16")
    other = _mention(_source(2, "2025-10-16"), MentionKind.REPORT, "Muscat", "2025-10-16")
    rounds = {r.id: r for r in merge_mentions([reported, recalled, other])}
    assert {s.article_id for s in rounds["iran-2025-10-16-muscat"].sources} == {1, 2}
    assert {s.article_id for s in rounds["iran-2025-10-17-muscat"].sources} == {1}


def test_truce_term_against_firing_on_civilians_is_no_aid_topic(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officers met in Kuala Lumpur on Friday and agreed that both "
        "armies would stop firing on civilians along the frontier."
    )
    (report,) = _of_kind(_extract(kb, text), MentionKind.REPORT)
    assert "ceasefire" in report.values(Field.TOPIC)
    assert "humanitarian" not in report.values(Field.TOPIC)
