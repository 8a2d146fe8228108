"""Extraction rules added to read unseen articles: sentences that refer back, venues given
by description, dates that belong to another event, meetings between two known people."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2025, 12, 1, 8, tzinfo=UTC)


def _report(text: str, kb: KnowledgeBase, published: datetime = PUBLISHED) -> RoundMention:
    mentions = extract_mentions(text, None, published, kb)
    reports = [m for m in mentions if m.kind is MentionKind.REPORT]
    assert reports, mentions
    return reports[0]


def test_a_sentence_referring_back_adds_to_the_round(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators held talks in Muscat on Sunday. "
        "Araghchi described the session as difficult but useful. "
        "They agreed to meet again."
    )
    m = _report(text, kb)
    assert set(m.values(Field.ATMOSPHERE)) == {"tense", "productive"}
    assert m.first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_new_paragraph_needs_an_explicit_reference(kb: KnowledgeBase) -> None:
    base = "Iranian and American negotiators held talks in Muscat on Sunday.\n\n"
    assert not _report(base + "They agreed to meet again.", kb).values(Field.AGREED_TO_CONTINUE)
    with_ref = _report(base + "Both sides agreed to meet again.", kb)
    assert with_ref.first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_narrator_outweighs_a_speaker_on_the_outcome(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations held talks in Istanbul on Friday that ended with some progress. "
        "Medinsky said the talks had ended without a breakthrough."
    )
    m = _report(text, kb)
    by_value = {c.value: c.confidence for c in m.claims if c.field is Field.OUTCOME}
    assert by_value["progress"] > by_value["no_breakthrough"]


def test_a_date_of_another_event_does_not_date_the_round(kb: KnowledgeBase) -> None:
    text = (
        "The negotiating teams met near Miami on Sunday, November 30. "
        "Kyiv's delegation was led by Rustem Umerov, who took over after Andriy Yermak "
        "resigned on Friday."
    )
    m = _report(text, kb)
    assert m.values(Field.CITY) == ["Miami"]
    assert set(m.values(Field.START_DATE)) == {"2025-11-30"}


@pytest.mark.parametrize(
    ("place", "city"),
    [
        ("in the Saudi capital", "Riyadh"),
        ("in the Omani capital", "Muscat"),
        ("at the Kremlin", "Moscow"),
        ("in the Turkish coastal city of Antalya", "Antalya"),
        ("at a castle north of Stockholm", "Stockholm"),
    ],
)
def test_venues_given_by_description(kb: KnowledgeBase, place: str, city: str) -> None:
    m = _report(f"Russian and Ukrainian negotiators held talks {place} on Sunday.", kb)
    assert m.first(Field.CITY) == city


def test_the_kremlin_as_a_speaker_is_no_venue(kb: KnowledgeBase) -> None:
    m = _report("The Kremlin said Russian and Ukrainian negotiators met in Geneva.", kb)
    assert m.values(Field.CITY) == ["Geneva"]


def test_one_known_person_receiving_another_is_a_meeting_of_heads(kb: KnowledgeBase) -> None:
    m = _report(
        "Vladimir Putin received Steve Witkoff at the Kremlin on Tuesday for a meeting.", kb
    )
    heads = {(c.party, c.value) for c in m.claims if c.field is Field.HEAD}
    assert heads == {("Russia", "Vladimir Putin"), ("United States", "Steve Witkoff")}
    assert m.first(Field.START_DATE) == "2025-11-25"


def test_a_rejected_idea_is_no_round(kb: KnowledgeBase) -> None:
    assert (
        extract_mentions(
            "Kremlin cool on idea of Ukraine talks at the Vatican", None, PUBLISHED, kb
        )
        == []
    )


def test_a_plan_to_end_the_war_is_not_a_future_tense() -> None:
    spans = find_dates("They met on November 30 to discuss a plan to end the war.", PUBLISHED)
    assert [s.first for s in spans] == [date(2025, 11, 30)]


def test_a_future_day_just_before_publication_stays_in_its_year() -> None:
    # A tense cue that points forward cannot move a day a week old into next year.
    spans = find_dates("Talks will be held on November 24, officials said.", PUBLISHED)
    assert [s.first for s in spans] == [date(2025, 11, 24)]
    later = find_dates("Talks will be held on March 3.", PUBLISHED)
    assert [s.first for s in later] == [date(2026, 3, 3)]
