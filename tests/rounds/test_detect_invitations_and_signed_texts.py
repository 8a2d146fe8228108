"""A leader's invitation of the other side's leader to a city for days is a summit there,
and "the declaration they signed" goes on telling of the round just recalled."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

PUBLISHED = datetime(2025, 3, 10, 9, tzinfo=UTC)


def _mentions(text: str, kb: KnowledgeBase) -> list[RoundMention]:
    return extract_mentions(text, None, PUBLISHED, kb)


def _in(mentions: list[RoundMention], city: str) -> RoundMention:
    (found,) = [m for m in mentions if m.first(Field.CITY) == city]
    return found


def test_a_leader_invited_to_a_city_for_days_is_a_summit_there(kb: KnowledgeBase) -> None:
    text = (
        "Pashinyan made another attempt the following spring, inviting President Ilham "
        "Aliyev to Yerevan from 3 to 5 March 2024."
    )
    summit = _in(_mentions(text, kb), "Yerevan")
    assert summit.first(Field.START_DATE) == "2024-03-03"
    assert summit.first(Field.END_DATE) == "2024-03-05"
    assert set(summit.values(Field.HEAD)) == {"Nikol Pashinyan", "Ilham Aliyev"}
    assert set(summit.values(Field.PARTICIPANT)) >= {"Armenia", "Azerbaijan"}


def test_an_invitation_to_a_festival_places_no_round(kb: KnowledgeBase) -> None:
    text = (
        "The mayor invited foreign journalists to Yerevan from 3 to 5 March 2024 to cover "
        "a wine festival."
    )
    assert not any(m.first(Field.CITY) == "Yerevan" for m in _mentions(text, kb))


def test_the_declaration_they_signed_tells_of_the_round_before(kb: KnowledgeBase) -> None:
    text = (
        "The leaders of Armenia and Azerbaijan held talks in Prague on 6 October 2022. "
        "The Prague Declaration they signed on 7 October committed both to a peace treaty."
    )
    talks = _in(_mentions(text, kb), "Prague")
    assert talks.first(Field.OUTCOME) == "agreement"


def test_a_declaration_they_rejected_is_no_outcome_of_the_round(kb: KnowledgeBase) -> None:
    text = (
        "The leaders of Armenia and Azerbaijan held talks in Prague on 6 October 2022. "
        "The declaration they rejected a year earlier was not discussed again."
    )
    talks = _in(_mentions(text, kb), "Prague")
    assert talks.first(Field.OUTCOME) is None


def test_a_line_up_in_its_own_paragraph_names_who_sat_at_the_talks(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers held talks in Almaty on Friday.\n\n"
        "Around the table: Ararat Mirzoyan for Armenia; Jeyhun Bayramov for Azerbaijan; "
        "and the deputy foreign ministers of Kazakhstan and Turkey."
    )
    talks = _in(_mentions(text, kb), "Almaty")
    assert set(talks.values(Field.PARTICIPANT)) >= {"Armenia", "Azerbaijan", "Kazakhstan", "Turkey"}
    assert set(talks.values(Field.HEAD)) >= {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_governments_named_in_a_later_paragraph_without_a_line_up_did_not_sit(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers held talks in Almaty on Friday.\n\n"
        "Diplomats of Kazakhstan and Turkey watched from their capitals."
    )
    talks = _in(_mentions(text, kb), "Almaty")
    assert not {"Kazakhstan", "Turkey"} & set(talks.values(Field.PARTICIPANT))
