"""How news reports rounds: patterns the round-3 tuning taught the extractor."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention
from tests.mentions import only_report as _report

PUBLISHED = datetime(2026, 2, 18, 9, 0, tzinfo=UTC)  # a Wednesday


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def test_separate_talks_do_not_feed_the_reported_round(kb: KnowledgeBase) -> None:
    text = (
        "Iranian diplomats met their counterparts from Britain, France and Germany in "
        "Istanbul on Tuesday.\n"
        "Iran's separate talks with the United States, mediated by Oman, are set to continue."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Istanbul"
    assert "Oman" not in report.values(Field.MEDIATOR)
    assert "United States" not in report.values(Field.PARTICIPANT)


def test_a_dated_separate_round_becomes_its_own_mention(kb: KnowledgeBase) -> None:
    text = (
        "Iranian diplomats met their counterparts from Britain, France and Germany in "
        "Istanbul on Tuesday.\n"
        "Iran's separate negotiations with Washington, mediated by Oman, have not resumed "
        "since a round in Rome on 23 January."
    )
    mentions = _extract(kb, text)
    assert "Oman" not in _report(mentions).values(Field.MEDIATOR)
    back = [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]
    assert [m.first(Field.CITY) for m in back] == ["Rome"]
    assert back[0].first(Field.START_DATE) == "2026-01-23"


def test_ended_on_dates_the_last_day_and_opened_on_the_first(kb: KnowledgeBase) -> None:
    text = (
        "A second round of talks between Russia and Ukraine ended in Abu Dhabi on Tuesday "
        "with a prisoner exchange.\n"
        "The two sides agreed to swap 157 captives each, officials said after the meeting, "
        "which opened on Monday."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.START_DATE) == "2026-02-16"
    assert report.values(Field.END_DATE) == ["2026-02-17"]


def test_talks_that_ended_on_a_day_start_then_when_nothing_says_otherwise(
    kb: KnowledgeBase,
) -> None:
    text = "Talks between Russia and Ukraine ended in Geneva on Tuesday without a deal."
    report = _report(_extract(kb, text))
    assert report.values(Field.START_DATE) == ["2026-02-17"]


def test_a_venue_named_after_the_lead_takes_the_lead_s_day(kb: KnowledgeBase) -> None:
    text = (
        "The foreign ministers of Russia and Ukraine failed to make any progress towards a "
        "ceasefire on Monday.\n\n"
        "The two delegations met for an hour and a half in the Turkish coastal city of "
        "Antalya."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Antalya"
    assert report.first(Field.START_DATE) == "2026-02-16"


def test_a_lead_date_alone_makes_no_round(kb: KnowledgeBase) -> None:
    text = (
        "UN sanctions on Iran came back into force on Sunday.\n"
        "Iran recalled its ambassadors to the three European countries for consultations."
    )
    assert _extract(kb, text) == []


def test_a_go_between_named_in_apposition_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Iran and the United States held talks in Muscat on Saturday. "
        "Abbas Araghchi and Steve Witkoff sat in separate rooms while Oman's foreign "
        "minister, Badr Albusaidi, carried messages between them."
    )
    assert "Oman" in _report(_extract(kb, text)).values(Field.MEDIATOR)


def test_two_people_who_met_lead_their_sides(kb: KnowledgeBase) -> None:
    text = "Sergei Lavrov and Dmytro Kuleba met in Antalya on Tuesday for talks."
    heads = {
        (c.party, c.value) for c in _report(_extract(kb, text)).claims if c.field is Field.HEAD
    }
    assert heads == {("Russia", "Sergei Lavrov"), ("Ukraine", "Dmytro Kuleba")}


def test_readiness_to_talk_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Pakistani Prime Minister Shehbaz Sharif said on Tuesday that his government was "
        "ready to hold talks with India in Riyadh."
    )
    assert _extract(kb, text) == []


def test_negotiating_as_a_topic_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Ali Khamenei said on Friday in Tehran that negotiating with the United States was "
        "not wise."
    )
    assert _extract(kb, text) == []


def test_hours_spent_negotiating_in_a_capital_are_a_round(kb: KnowledgeBase) -> None:
    text = (
        "American and Russian officials spent twelve hours negotiating in the Saudi capital "
        "on Monday over a possible pause in attacks on energy facilities."
    )
    report = _report(_extract(kb, text))
    assert report.first(Field.CITY) == "Riyadh"
    assert report.first(Field.START_DATE) == "2026-02-16"


def test_an_earlier_round_placed_only_in_a_year_names_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Tuesday.\n"
        "For Geneva the Kremlin chose Vladimir Medinsky, who led its team at the Istanbul "
        "talks last year."
    )
    mentions = _extract(kb, text)
    assert [m.first(Field.CITY) for m in mentions] == ["Geneva"]
