"""A go-between told as at the errand of the whole process ("acts as mediator", "has
mediated every round", "again relaying messages between them"), in a sentence apart from
the rounds, goes on each held round of the article that names no other mediator; a
go-between offered, refused or told of one sitting does not."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import IMPLIED, Field, MentionKind, RoundMention

PUBLISHED = datetime(2026, 3, 4, 8, 0, tzinfo=UTC)  # a Wednesday


def _mentions(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, PUBLISHED, kb)


def _held_mediators(mentions: list[RoundMention]) -> list[set[str]]:
    return [
        {c.value for c in m.claims if c.field is Field.MEDIATOR}
        for m in mentions
        if m.kind is not MentionKind.ANNOUNCEMENT
        and any(c.field is Field.PARTICIPANT for c in m.claims)
    ]


def test_a_minister_who_serves_as_mediator_goes_on_the_rounds_told_later(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Who carries the messages? Badr Albusaidi, the sultanate's foreign minister, serves as "
        "the go-between, and the envoys rarely share a room.\n\n"
        "Iranian and American negotiators met in Rome on 19 April and again in Geneva on "
        "2 May for indirect talks on the nuclear file."
    )
    held = _held_mediators(_mentions(kb, text))
    assert held and all("Oman" in found for found in held)


def test_every_round_mediated_said_with_a_count(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American delegations held indirect talks in Geneva on Monday. "
        "Proposals went back and forth through Badr Albusaidi, who has mediated all four "
        "rounds so far."
    )
    held = _held_mediators(_mentions(kb, text))
    assert held and all("Oman" in found for found in held)


def test_an_offer_to_mediate_is_no_standing_errand(kb: KnowledgeBase) -> None:
    # The sultanate is ready to serve as mediator: a wish, so the round keeps no mediator.
    text = (
        "Iranian and American negotiators met in Geneva on Monday for direct talks. "
        "Oman says it is ready to act as a mediator if the two sides ask."
    )
    held = _held_mediators(_mentions(kb, text))
    assert all("Oman" not in found for found in held)


def test_a_round_with_its_own_mediator_keeps_it(kb: KnowledgeBase) -> None:
    # Another go-between is named at this sitting: the standing one is not added to it.
    text = (
        "Badr Albusaidi has acted as mediator in the process since 2025.\n\n"
        "Iranian and American negotiators met in Doha on Monday, with Qatar mediating."
    )
    held = _held_mediators(_mentions(kb, text))
    assert all("Oman" not in found for found in held if "Qatar" in found)


def test_the_chair_of_every_sitting_said_in_a_relative_clause(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations sat down again in Istanbul on Monday.\n\n"
        "The host, Hakan Fidan, who had presided over each of the Istanbul sessions, "
        "spoke of cautious hope."
    )
    held = _held_mediators(_mentions(kb, text))
    assert held and all("Turkey" in found for found in held)


def test_the_chair_of_one_earlier_sitting_stays_on_it(kb: KnowledgeBase) -> None:
    # One sitting chaired is told of that sitting, not of the whole process.
    text = (
        "Russian and Ukrainian delegations sat down again in Geneva on Monday.\n\n"
        "Hakan Fidan had chaired the first meeting of the two sides in 2022."
    )
    mentions = _mentions(kb, text)
    geneva = [
        m for m in mentions if any(c.field is Field.CITY and c.value == "Geneva" for c in m.claims)
    ]
    assert geneva
    assert all(
        "Turkey" not in {c.value for c in m.claims if c.field is Field.MEDIATOR} for m in geneva
    )


def test_a_round_of_years_before_is_not_of_the_standing_errand(kb: KnowledgeBase) -> None:
    # The chair of "every one of these rounds" is told of the process of the day; the
    # talks recalled from 2022 are not among them.
    text = (
        "Russian and Ukrainian delegations met in Istanbul on 29 March 2022 and agreed on "
        "nothing.\n\n"
        "Hakan Fidan has chaired all three of the rounds this year."
    )
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    old = [
        m
        for m in mentions
        if any(c.field is Field.START_DATE and c.value.startswith("2022") for c in m.claims)
    ]
    assert old
    # (Turkey, the host, may stand as the implied mediator of Istanbul talks; not as one
    # the chair's errand tells.)
    assert all(
        "Turkey"
        not in {c.value for c in m.claims if c.field is Field.MEDIATOR and c.confidence > IMPLIED}
        for m in old
    )


def test_a_go_between_once_more_acting_and_rounds_all_mediated(kb: KnowledgeBase) -> None:
    for told in (
        "Badr Albusaidi, who has carried messages since the process began, will once more "
        "act as mediator.",
        "How many rounds have there been? Two, all mediated by Oman.",
    ):
        text = (
            "Iranian and American negotiators met in Rome on 19 April and again in Geneva on "
            "2 May for indirect talks on the nuclear file. " + told
        )
        held = _held_mediators(_mentions(kb, text))
        assert held and all("Oman" in found for found in held), told


def test_rounds_all_held_name_no_go_between(kb: KnowledgeBase) -> None:
    # Negative case: "all held in Europe" says where, not who carried the messages.
    text = (
        "Iranian and American negotiators met in Rome on 19 April and again in Geneva on "
        "2 May for indirect talks on the nuclear file. Two rounds, all held in Europe, and "
        "Oman was not there."
    )
    held = _held_mediators(_mentions(kb, text))
    assert all("Oman" not in found for found in held)


def _mediators(kb: KnowledgeBase, text: str) -> dict[str, float]:
    (mention,) = _mentions(kb, text)
    return {c.value: c.confidence for c in mention.claims if c.field is Field.MEDIATOR}


def test_a_go_between_that_mediates_where_it_hosts_is_implied(kb: KnowledgeBase) -> None:
    # Oman mediates the US-Iran talks whenever they sit in Muscat; no sentence need say so.
    found = _mediators(kb, "Iranian and American negotiators held talks in Muscat on Monday.")
    assert set(found) == {"Oman"} and found["Oman"] <= IMPLIED


def test_a_host_that_only_lends_the_room_is_not_implied(kb: KnowledgeBase) -> None:
    # Negative case: the Emirates host the Russia-Ukraine talks in Abu Dhabi, nothing more.
    text = "Russian and Ukrainian negotiators held talks in Abu Dhabi on Monday."
    assert _mediators(kb, text) == {}


def test_a_mediator_told_leaves_the_host_out(kb: KnowledgeBase) -> None:
    # Negative case: a sentence says who mediated; the host's country is not added.
    text = (
        "Hamas and Israeli negotiators held talks in Doha on Monday, with Egypt mediating "
        "between them."
    )
    assert set(_mediators(kb, text)) == {"Egypt"}
