"""Go-betweens as news names them in passing: a role given before the names ("the
facilitators, A and B"), the envoys of two governments at the errand without an auxiliary,
a list of leaders "acting as mediators" after a "with", a host who welcomes the sides and
then opens the session; and the wordings that name no go-between."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _values(mentions: list[RoundMention], field: Field) -> set[str]:
    return {c.value for m in mentions for c in m.claims if c.field is field}


def test_the_role_named_before_the_governments_makes_them_mediators(kb: KnowledgeBase) -> None:
    text = (
        "Houthi and Yemeni government delegations ended a week of talks in Muscat on Tuesday. "
        "A communique from the mediators, Oman and the United Nations, listed the prisoners "
        "to be freed."
    )
    assert {"Oman", "United Nations"} <= _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_relative_clause_after_the_role_names_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Houthi and Yemeni government delegations ended a week of talks in Muscat on Tuesday. "
        "The mediators, who had flown in from Riyadh, listed the prisoners to be freed."
    )
    assert "Saudi Arabia" not in _values(_mentions(kb, text), Field.MEDIATOR)


def test_envoys_of_two_governments_who_facilitated_name_both(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday for a second round. "
        "Turkish and Emirati diplomats brokered the exchange of bodies agreed there."
    )
    mediators = _values(_mentions(kb, text), Field.MEDIATOR)
    assert {"Turkey", "United Arab Emirates"} <= mediators


def test_the_sides_own_envoys_meeting_name_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian diplomats met in Istanbul on Tuesday for a second round and "
        "agreed on an exchange of bodies."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == set()


def test_leaders_acting_as_mediators_after_a_with_name_their_governments(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Hun Manet and Anutin Charnvirakul met in Kuala Lumpur on Tuesday, with Malaysian "
        "premier Anwar Ibrahim and US President Donald Trump acting as mediators."
    )
    mediators = _values(_mentions(kb, text), Field.MEDIATOR)
    assert {"Malaysia", "United States"} <= mediators


def test_a_host_who_welcomes_the_sides_and_opens_the_session_mediates(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations met at the Dolmabahce palace in Istanbul on Tuesday. "
        "Foreign Minister Hakan Fidan received the two teams and opened the session."
    )
    assert "Turkey" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_host_who_welcomes_the_sides_and_leaves_them_does_not_mediate(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian delegations met at the Dolmabahce palace in Istanbul on Tuesday. "
        "Foreign Minister Hakan Fidan received the two teams and left before the session."
    )
    assert "Turkey" not in _values(_mentions(kb, text), Field.MEDIATOR)
