"""Rounds told through the truce or deal they made: a truce recalled by where it was
brokered, a deal due to take effect after the talks that made it, and the leaders who
settled it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.dates import find_dates
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2025, 6, 20, 9, tzinfo=UTC)  # a Friday


def _of_kind(mentions: list[RoundMention], kind: MentionKind) -> list[RoundMention]:
    return [m for m in mentions if m.kind is kind]


def test_a_truce_recalled_by_where_it_was_brokered_is_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani engineers began marking the border on Thursday. "
        "The work follows from the ceasefire mediated by EU officials in Brussels on 14 May."
    )
    earlier = _of_kind(extract_mentions(text, None, PUBLISHED, kb), MentionKind.BACK_REFERENCE)
    assert [(m.first(Field.CITY), m.first(Field.START_DATE)) for m in earlier] == [
        ("Brussels", "2025-05-14")
    ]


def test_a_truce_brokered_in_a_year_names_no_venue(kb: KnowledgeBase) -> None:
    text = "Both armies still cite the truce brokered by Moscow in 2020."
    assert extract_mentions(text, None, PUBLISHED, kb) == []


def test_an_expectation_told_in_the_past_takes_the_nearer_weekday() -> None:
    # Published on a Tuesday: "was due to" does not say whether Monday has come yet.
    (span,) = find_dates(
        "The truce was due to take hold at dawn on Monday.", datetime(2025, 6, 17, 5, tzinfo=UTC)
    )
    assert span.first == date(2025, 6, 16)


def test_a_deal_still_to_take_effect_was_made_at_talks_held(kb: KnowledgeBase) -> None:
    text = (
        "Checkpoints along the line were set to reopen under a deal that Armenia and "
        "Azerbaijan reached in talks in Abu Dhabi."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    assert [m.kind for m in mentions] == [MentionKind.REPORT]
    assert mentions[0].first(Field.CITY) == "Abu Dhabi"
    assert "scheduled" not in mentions[0].values(Field.STATUS)


def test_the_day_the_war_began_does_not_open_the_round(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani envoys held talks in Abu Dhabi on Wednesday.\n\n"
        "The sides have been fighting for years. The fighting began on 12 May along the "
        "northern border, and both sides counted their dead."
    )
    (report,) = _of_kind(extract_mentions(text, None, PUBLISHED, kb), MentionKind.REPORT)
    assert report.values(Field.START_DATE) == ["2025-06-18"]


def test_both_sides_of_the_border_do_not_refer_back_to_the_talks(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani envoys held talks in Abu Dhabi on Wednesday.\n\n"
        "Refugees on both sides of the frontier need humanitarian aid."
    )
    (report,) = _of_kind(extract_mentions(text, None, PUBLISHED, kb), MentionKind.REPORT)
    assert report.values(Field.TOPIC) == []


def test_two_leaders_who_agree_a_truce_head_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "At the meeting in Abu Dhabi on Wednesday, Armenian Prime Minister Nikol Pashinyan "
        "and Azerbaijani President Ilham Aliyev agreed to an immediate halt to the shelling."
    )
    (report,) = _of_kind(extract_mentions(text, None, PUBLISHED, kb), MentionKind.REPORT)
    heads = {c.party: c.value for c in report.claims if c.field is Field.HEAD}
    assert heads == {"Armenia": "Nikol Pashinyan", "Azerbaijan": "Ilham Aliyev"}
