"""Round detection on phrasings of unseen news: signings, trips for talks, rounds recalled
beside the article's own, denials, and summits the other side does not attend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import Tense, detect_tense
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import Claim, Field, MentionKind, RoundMention, Source, SourcedMention

PUBLISHED = datetime(2025, 6, 20, 9, tzinfo=UTC)


def _mentions(text: str, kb: KnowledgeBase, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _of_kind(mentions: list[RoundMention], kind: MentionKind) -> list[RoundMention]:
    return [m for m in mentions if m.kind is kind]


def test_signatures_put_on_a_day_to_an_arrangement_make_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian officials put their signatures on Thursday to an arrangement "
        "on exchanging prisoners, at a ceremony in Istanbul."
    )
    (report,) = _of_kind(_mentions(text, kb), MentionKind.REPORT)
    assert report.first(Field.CITY) == "Istanbul"
    assert report.first(Field.START_DATE) == "2025-06-19"


def test_a_round_the_news_built_on_is_an_earlier_one(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators signed a deal in Istanbul on Thursday. "
        "Thursday's deal built on talks between the two delegations in Istanbul on 2 June."
    )
    mentions = _mentions(text, kb)
    (report,) = _of_kind(mentions, MentionKind.REPORT)
    assert report.values(Field.START_DATE) == ["2025-06-19"]
    earlier = _of_kind(mentions, MentionKind.BACK_REFERENCE)
    assert [m.first(Field.START_DATE) for m in earlier] == ["2025-06-02"]


def test_a_round_recalled_beside_the_reported_one_keeps_its_own_venue(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Ukrainian and American negotiators held talks in Riyadh on Wednesday. "
        "The Riyadh session picked up the draft left by the Jeddah meeting of 11 March "
        "between the two delegations."
    )
    (recalled,) = _of_kind(_mentions(text, kb), MentionKind.BACK_REFERENCE)
    assert recalled.values(Field.CITY) == ["Jeddah"]
    assert recalled.first(Field.START_DATE) == "2025-03-11"


def test_a_trip_to_meet_the_other_side_names_the_venue(kb: KnowledgeBase) -> None:
    text = "Pashinyan will fly to Brussels on Monday to meet Aliyev, his office said."
    (announced,) = _of_kind(_mentions(text, kb), MentionKind.ANNOUNCEMENT)
    assert announced.first(Field.CITY) == "Brussels"
    assert announced.first(Field.START_DATE) == "2025-06-23"


def test_a_trip_for_talks_with_an_ally_names_no_venue(kb: KnowledgeBase) -> None:
    text = "Netanyahu flew to Washington for talks with Trump about the Gaza ceasefire."
    assert all(m.first(Field.CITY) is None for m in _mentions(text, kb))


@pytest.mark.parametrize(
    "text",
    [
        "Moscow on Friday denied that it had agreed to negotiations with Kyiv in Istanbul.",
        "The Kremlin dismissed reports that negotiations with Ukraine would open in "
        "Istanbul on Monday.",
        "Kyiv rejected any suggestion that it had agreed to talks with Russia in Istanbul "
        "on Friday.",
    ],
)
def test_denied_talks_make_no_round(text: str, kb: KnowledgeBase) -> None:
    assert _mentions(text, kb) == []


def test_a_summit_over_a_strike_by_one_side_is_not_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Gulf and Arab leaders met in Cairo on Thursday for a summit convened over an "
        "Israeli missile attack on a building where Hamas officials were meeting."
    )
    assert [m for m in _mentions(text, kb) if m.conflict == "gaza"] == []


def test_a_text_signed_is_named_after_its_venue(kb: KnowledgeBase) -> None:
    text = (
        "Those pledges date back to 2 February 2024, when delegations of Armenia and "
        "Azerbaijan signed the Washington Declaration."
    )
    (recalled,) = _of_kind(_mentions(text, kb), MentionKind.BACK_REFERENCE)
    assert recalled.first(Field.CITY) == "Washington"
    assert recalled.first(Field.START_DATE) == "2024-02-02"


def test_a_preview_headline_speaks_of_the_future() -> None:
    assert detect_tense("What to expect when Putin and Trump meet in Budapest") is Tense.FUTURE
    assert detect_tense("Putin and Trump met in Budapest") is Tense.PAST


def _recalled(article: int, day: str, city: str | None = None) -> SourcedMention:
    claims = [Claim(Field.START_DATE, day, "An invented line recalling a sitting.", 0.9)]
    if city is not None:
        claims.append(Claim(Field.CITY, city, "An invented line naming a venue.", 0.9))
    kind = MentionKind.BACK_REFERENCE if city is None else MentionKind.REPORT
    source = Source(
        article_id=article,
        url=f"https://news.example/{article}",
        title=f"Story {article}",
        outlet="Example Wire",
        published=datetime(2025, 6, 20, tzinfo=UTC),
    )
    return SourcedMention(RoundMention("sudan", kind, tuple(claims)), source)


def test_a_dated_recollection_far_from_any_round_is_a_round_of_its_own() -> None:
    rounds = merge_mentions([_recalled(1, "2025-06-18", "Jeddah"), _recalled(2, "2024-04-19")])
    assert sorted(str(r.start_date) for r in rounds) == ["2024-04-19", "2025-06-18"]


def test_a_dated_recollection_a_few_days_into_a_round_founds_none() -> None:
    rounds = merge_mentions([_recalled(1, "2025-06-06", "Jeddah"), _recalled(2, "2025-06-11")])
    assert [(r.city, len(r.sources)) for r in rounds] == [("Jeddah", 1)]


def test_a_first_sitting_recalled_by_pronoun_is_a_round_of_the_article(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Pashinyan and Aliyev are due to meet Trump in Washington next week. "
        "Did the two leaders ever sit alone together? "
        "They did: in early May they had their very first face-to-face encounter in Almaty, "
        "on 3 May, with no go-between in the room."
    )
    recalled = [
        m
        for m in _of_kind(_mentions(text, kb), MentionKind.BACK_REFERENCE)
        if m.first(Field.CITY) == "Almaty"
    ]
    (round_,) = recalled
    assert round_.first(Field.START_DATE) == "2025-05-03"
    assert sorted(round_.values(Field.PARTICIPANT)) == ["Armenia", "Azerbaijan"]
    assert sorted(round_.values(Field.HEAD)) == ["Ilham Aliyev", "Nikol Pashinyan"]


def test_sides_saying_they_would_keep_working_agreed_to_continue(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani negotiators met in Brussels on Tuesday. "
        "Both delegations said they would keep on working on the draft."
    )
    (report,) = _of_kind(_mentions(text, kb), MentionKind.REPORT)
    assert report.first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_pluperfect_recollection_keeps_the_year_the_passage_told(kb: KnowledgeBase) -> None:
    text = (
        "Ten years on, a former mediator remembers the Houthi talks. "
        "The government and the Houthis finally met in Kuwait City in April 2016. "
        "Weeks earlier the envoy had summoned both delegations to talks in Geneva on "
        "15 March, and the Houthis came two days late."
    )
    geneva = [m for m in _mentions(text, kb) if m.first(Field.CITY) == "Geneva"]
    assert [m.first(Field.START_DATE) for m in geneva] == ["2016-03-15"]


def test_a_plain_past_date_after_an_earlier_year_stays_in_the_news_year(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The government and the Houthis last met in Kuwait City in April 2016. "
        "On 15 May the two delegations held talks in Muscat."
    )
    muscat = [m for m in _mentions(text, kb) if m.first(Field.CITY) == "Muscat"]
    assert [m.first(Field.START_DATE) for m in muscat] == ["2025-05-15"]


def test_an_envoy_calling_it_off_cancels_the_round_just_told(kb: KnowledgeBase) -> None:
    text = (
        "The Houthi and government delegations were due in Geneva on 2 June. "
        "The Houthis stayed home, waiting for guarantees. "
        "A day later the envoy called it off."
    )
    geneva = [m for m in _mentions(text, kb) if m.first(Field.CITY) == "Geneva"]
    assert geneva
    assert all(m.first(Field.STATUS) == "cancelled" for m in geneva)


def test_sides_taking_turns_with_a_go_between_make_a_round_each(kb: KnowledgeBase) -> None:
    text = (
        "Turkish officials held separate talks in Istanbul this week, one side at a time. "
        "The Russian delegation went first, on Monday. "
        "On Tuesday it was Kyiv's turn, and the Ukrainians stayed until late evening."
    )
    source = Source(
        article_id=1,
        url="https://news.example/turns",
        title="Turns in Istanbul",
        outlet="Example Wire",
        published=PUBLISHED,
    )
    mentions = _of_kind(_mentions(text, kb), MentionKind.REPORT)
    rounds = merge_mentions([SourcedMention(m, source) for m in mentions])
    by_day = {str(r.start_date): set(r.participants) for r in rounds}
    assert set(by_day) == {"2025-06-16", "2025-06-17"}
    assert "Russia" in by_day["2025-06-16"] and "Ukraine" not in by_day["2025-06-16"]
    assert "Ukraine" in by_day["2025-06-17"] and "Russia" not in by_day["2025-06-17"]


def test_a_call_named_late_in_a_sentence_leaves_its_topics_to_the_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Thursday. "
        "They agreed to stop hitting energy sites, a pause the two presidents had first "
        "raised in a phone call."
    )
    (report,) = _of_kind(_mentions(text, kb), MentionKind.REPORT)
    assert "energy" in report.values(Field.TOPIC)


def _sittings(mentions: list[RoundMention]) -> set[tuple[str | None, str | None, MentionKind]]:
    return {(m.first(Field.CITY), m.first(Field.START_DATE), m.kind) for m in mentions}


def test_a_sitting_named_again_by_its_venue_is_the_one_recalled(kb: KnowledgeBase) -> None:
    # "the Rome session" after "in Rome on 23 May": the fifth round again, not the
    # article's own; what the mediator said of it goes to that round.
    text = (
        "Iran and the United States are to hold a sixth round of talks in Muscat on Sunday. "
        "They met in Muscat on 11 May for the fourth round and in Rome on 23 May for the "
        "fifth. After the Rome session, Oman's "
        "foreign minister, the mediator, said there had been some progress."
    )
    mentions = _mentions(text, kb)
    assert _sittings(mentions) == {
        ("Muscat", "2025-06-22", MentionKind.ANNOUNCEMENT),
        ("Muscat", "2025-05-11", MentionKind.BACK_REFERENCE),
        ("Rome", "2025-05-23", MentionKind.BACK_REFERENCE),
    }
    (rome,) = [m for m in mentions if m.first(Field.CITY) == "Rome"]
    assert rome.values(Field.MEDIATOR) == ["Oman"]


def test_a_venue_of_the_article_s_own_round_stays_its_own(kb: KnowledgeBase) -> None:
    # Negative case: the article places its own round in Geneva before it recalls the
    # Geneva meeting of November, so "the Geneva session" is not taken for the recalled one.
    text = (
        "Russian, Ukrainian and American delegations met in Geneva on Wednesday. "
        "The United States and Ukraine had met in Geneva on 23 November. The Geneva session "
        "ended without a breakthrough, the delegations said."
    )
    published = datetime(2026, 2, 19, 9, tzinfo=UTC)
    reports = [
        m for m in extract_mentions(text, None, published, kb) if m.kind is MentionKind.REPORT
    ]
    (report,) = reports
    assert report.first(Field.START_DATE) == "2026-02-18"
    assert report.first(Field.OUTCOME) == "no_breakthrough"
