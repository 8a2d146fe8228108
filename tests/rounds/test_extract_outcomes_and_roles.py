"""How news words outcomes, go-betweens and leaders at the table: round-4 patterns."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2026, 2, 18, 9, 0, tzinfo=UTC)  # a Wednesday


def _report(kb: KnowledgeBase, text: str) -> RoundMention:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (found,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    return found


def test_a_swap_agreed_on_a_named_day_is_a_partial_agreement(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russia and Ukraine agreed on Monday to swap wounded prisoners at direct talks "
        "in Istanbul.",
    )
    assert set(report.values(Field.OUTCOME)) == {"partial_agreement"}


def test_a_swap_with_no_progress_elsewhere_is_partial_not_a_failure(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian delegations met in Istanbul on Monday and agreed to exchange "
        "1,000 prisoners each, but made no progress towards a ceasefire.",
    )
    assert set(report.values(Field.OUTCOME)) == {"partial_agreement"}


def test_talks_that_broke_up_without_a_result_made_no_breakthrough(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Talks between Russia and Ukraine in Istanbul on Monday ended without a conclusive result.",
    )
    assert set(report.values(Field.OUTCOME)) == {"no_breakthrough"}


def test_a_refused_swap_is_no_partial_agreement(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian negotiators met in Istanbul on Monday but never agreed to "
        "exchange prisoners.",
    )
    assert "partial_agreement" not in set(report.values(Field.OUTCOME))


def test_countries_acting_as_go_betweens_mediate(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Indirect talks between Israel and Hamas opened in Sharm el-Sheikh on Monday, with "
        "Egypt and Qatar acting as go-betweens.",
    )
    assert {"Egypt", "Qatar"} <= set(report.values(Field.MEDIATOR))
    assert "Israel" not in set(report.values(Field.MEDIATOR))


def test_officials_shuttling_between_the_sides_mediate(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "At the talks in Sharm el-Sheikh on Monday, Egyptian and Qatari officials shuttled "
        "between the Israeli and Hamas delegations.",
    )
    assert {"Egypt", "Qatar"} <= set(report.values(Field.MEDIATOR))


def test_two_titled_leaders_who_met_head_their_sides(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met "
        "in Abu Dhabi on Monday for talks on their peace treaty.",
    )
    heads = {(c.party, c.value) for c in report.claims if c.field is Field.HEAD}
    assert heads == {("Armenia", "Nikol Pashinyan"), ("Azerbaijan", "Ilham Aliyev")}


def test_leaders_joined_by_a_lower_case_clause_are_not_paired(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Nikol Pashinyan spoke in Yerevan on Monday about the talks and said that Ilham "
        "Aliyev met him in Abu Dhabi.",
    )
    assert not [c for c in report.claims if c.field is Field.HEAD]
