"""Go-betweens as news names them in passing: a role given before the names ("the
facilitators, A and B"), the envoys of two governments at the errand without an auxiliary,
a list of leaders "acting as mediators" after a "with", a host who welcomes the sides and
then opens the session; and the wordings that name no go-between."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import IMPLIED, Field, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _values(mentions: list[RoundMention], field: Field) -> set[str]:
    # What sentences tell; a go-between only implied by the venue is tested on its own.
    return {
        c.value for m in mentions for c in m.claims if c.field is field and c.confidence > IMPLIED
    }


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


# --- actors named that are not at the table ----------------------------------------------


def test_the_sides_of_the_war_a_visit_is_about_are_not_made_participants(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Malaysian premier Anwar Ibrahim held talks with Hun Manet in Kuala Lumpur on Tuesday "
        "to end the war between Cambodia and Thailand."
    )
    participants = _values(_mentions(kb, text), Field.PARTICIPANT)
    assert "Thailand" not in participants
    assert "Cambodia" in participants


def test_the_sides_that_agree_a_truce_stay_participants(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of the Sudanese army and the Rapid Support Forces met in Jeddah on Tuesday "
        "and agreed a truce."
    )
    participants = _values(_mentions(kb, text), Field.PARTICIPANT)
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= participants


def test_a_host_said_only_to_offer_the_venue_is_no_participant(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators opened the day in Vienna on Tuesday with a meeting "
        "with Austria's chancellor, who said his country was merely providing the venue."
    )
    participants = _values(_mentions(kb, text), Field.PARTICIPANT)
    assert "Austria" not in participants
    assert {"Iran", "United States"} <= participants


def test_a_host_whose_officials_sit_in_on_the_talks_is_a_participant(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators opened the day in Vienna on Tuesday with a meeting "
        "with Austrian officials."
    )
    assert "Austria" in _values(_mentions(kb, text), Field.PARTICIPANT)


# --- who runs the sessions -------------------------------------------------------------------


def test_talks_chaired_in_an_organisations_name_are_mediated_by_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani diplomats met in Vienna on Tuesday, in a session chaired on "
        "behalf of the OSCE by a Swedish diplomat."
    )
    assert "OSCE" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_talks_coordinated_by_an_organisation_are_mediated_by_it(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of the DR Congo and the M23 resumed talks in Doha on Tuesday, in sessions "
        "coordinated by the African Union."
    )
    assert "African Union" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_governments_that_co_host_the_sides_talks_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of the DR Congo and the M23 met in Doha on Tuesday. Qatar and the United "
        "States, which co-host the talks, said a truce was within reach."
    )
    assert {"Qatar", "United States"} <= _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_conference_co_hosted_without_the_sides_names_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "A conference on the war in the DR Congo closed in Paris on Tuesday. It was co-hosted "
        "by France and Togo, and neither Kinshasa nor the M23 attended."
    )
    assert "France" not in _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_go_between_at_work_later_in_the_paragraph_mediates_the_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Saturday. For two hours the "
        "Turkish foreign minister, Hakan Fidan, walked between the rooms carrying proposals."
    )
    assert "Turkey" in _values(_mentions(kb, text), Field.MEDIATOR)


def test_a_go_between_named_later_in_the_paragraph_without_his_errand_does_not(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Saturday. For two hours the "
        "Turkish foreign minister, Hakan Fidan, gave interviews about the economy."
    )
    assert "Turkey" not in _values(_mentions(kb, text), Field.MEDIATOR)


def test_envoys_who_chaired_the_plenaries_mediate(kb: KnowledgeBase) -> None:
    # A plenary is a session of the talks: who chairs it steers them.
    text = (
        "Russian, Ukrainian and American delegations met in Abu Dhabi on Friday and "
        "Saturday. Witkoff and Kushner, for Washington, chaired the plenaries."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == {"United States"}


def test_an_envoy_who_chaired_a_plenary_of_another_body_is_not_the_round_s(
    kb: KnowledgeBase,
) -> None:
    # Negative case: the chair's verb must have the sessions for object.
    text = (
        "Russian, Ukrainian and American delegations met in Abu Dhabi on Friday and "
        "Saturday. Witkoff and Kushner, for Washington, chaired the dinner."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == set()


def test_a_go_between_named_after_another_government_is_alone_at_the_errand(
    kb: KnowledgeBase,
) -> None:
    # "Washington, and Oman's Albusaidi" is no list of two go-betweens: the possessive
    # starts another clause's subject.
    text = (
        "Iran and the United States held a third round of talks in Muscat on Saturday. "
        "Steve Witkoff and Jared Kushner represented Washington, and Oman's Badr Albusaidi "
        "shuttled between them."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == {"Oman"}


def test_a_list_of_governments_at_the_errand_names_each(kb: KnowledgeBase) -> None:
    # Negative case: without a possessive the list still holds.
    text = (
        "Israel and Hamas resumed indirect talks in Doha on Monday. Egypt, Qatar and the "
        "United States shuttled between the delegations."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == {"Egypt", "Qatar", "United States"}


@pytest.mark.parametrize(("role", "mediators"), [("the mediator", {"Oman"}), ("the host", set())])
def test_the_role_in_apposition_to_a_government_s_office(
    kb: KnowledgeBase, role: str, mediators: set[str]
) -> None:
    # "Oman's foreign minister, the mediator, said": the office, then the role; a host
    # named so only lends the room.
    text = (
        "Iran and the United States held a third round of talks in Rome on Saturday. "
        f"Oman's foreign minister, {role}, said there had been some progress."
    )
    assert _values(_mentions(kb, text), Field.MEDIATOR) == mediators


def test_a_side_meeting_the_usual_go_between_at_a_placed_and_dated_table(
    kb: KnowledgeBase,
) -> None:
    text = "Ukrainian and American officials met in Geneva on 23 November to rework the plan."
    mentions = extract_mentions(text, None, datetime(2026, 2, 18, 9, 0, tzinfo=UTC), kb)
    assert [(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions] == [
        ("Geneva", "2025-11-23")
    ]


def test_a_side_meeting_a_friend_is_no_table(kb: KnowledgeBase) -> None:
    # Negative case: France is no go-between of the Russia-Ukraine talks.
    text = "Ukrainian and French officials met in Geneva on 23 November to discuss air defence."
    assert extract_mentions(text, None, datetime(2026, 2, 18, 9, 0, tzinfo=UTC), kb) == []
