"""A venue described at length before its name ("in the Egyptian Red Sea resort of Sharm
el-Sheikh"), and sides told as not expected to sit together ("which are not expected to
meet face to face"): the talks are held apart.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind
from tests.mentions import values

SUNDAY = datetime(2025, 10, 5, 12, 0, tzinfo=UTC)


def test_a_resort_described_by_three_words_is_the_venue(kb: KnowledgeBase) -> None:
    text = (
        "CAIRO - Israeli and Hamas negotiators will open indirect talks in the Egyptian Red "
        "Sea resort of Sharm el-Sheikh on Monday."
    )
    assert "Sharm el-Sheikh" in values(kb, text, Field.CITY, SUNDAY)


def test_sides_not_expected_to_meet_face_to_face_talk_apart(kb: KnowledgeBase) -> None:
    talks = "Israeli and Hamas negotiators will open talks in Sharm el-Sheikh on Monday. "
    apart = "Egyptian mediators will go between the two delegations, which are not expected to "
    formats = values(kb, talks + apart + "meet face to face.", Field.FORMAT, SUNDAY)
    assert "indirect" in formats
    assert "direct" not in formats
    together = values(kb, talks + "The two delegations will meet face to face.", Field.FORMAT)
    assert "direct" in together


def test_the_country_a_trip_to_the_talks_leads_to_is_their_venue(kb: KnowledgeBase) -> None:
    text = (
        "TEHRAN - Iran will send its foreign minister to Oman on Saturday for talks with the "
        "American envoy on the nuclear programme."
    )
    assert values(kb, text, Field.COUNTRY, SUNDAY) == {"Oman"}
    assert "Tehran" not in values(kb, text, Field.CITY, SUNDAY)
    visit = "TEHRAN - Iran's foreign minister will travel to Oman on Saturday, state media said."
    assert values(kb, visit, Field.COUNTRY, SUNDAY) == set()


def test_where_a_leader_told_reporters_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Trump told reporters at the White House on Monday that Washington was holding talks "
        "with Iran."
    )
    assert "Washington" not in values(kb, text, Field.CITY, SUNDAY)
    held = "Iran and the United States held talks at the White House on Monday."
    assert "Washington" in values(kb, held, Field.CITY, SUNDAY)


def test_a_peace_effort_said_to_open_is_a_sitting(kb: KnowledgeBase) -> None:
    opened = (
        "The latest bid to end Sudan's war opened on Wednesday at a hotel outside Geneva, with "
        "only the Rapid Support Forces present."
    )
    assert values(kb, opened, Field.CITY, SUNDAY) == {"Geneva"}
    failed = "Every bid to end Sudan's war has failed, a Geneva researcher said on Wednesday."
    assert values(kb, failed, Field.CITY, SUNDAY) == set()


def test_the_place_a_sitting_was_set_for_is_its_venue(kb: KnowledgeBase) -> None:
    text = (
        "The sixth round of US-Iran talks, planned for Muscat on Sunday, will not take place, "
        "Oman's foreign minister said."
    )
    assert values(kb, text, Field.CITY, SUNDAY) == {"Muscat"}


def test_a_headline_setting_talks_for_a_place_announces_them(kb: KnowledgeBase) -> None:
    mentions = extract_mentions("", "Fifth round of US-Iran talks set for Rome", SUNDAY, kb)
    assert [(m.kind, m.first(Field.CITY)) for m in mentions] == [(MentionKind.ANNOUNCEMENT, "Rome")]


def test_a_security_council_meeting_on_the_war_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "NEW YORK - The UN Security Council held an emergency closed-door meeting on Friday on "
        "the fighting along the border between Thailand and Cambodia, which has killed dozens."
    )
    assert extract_mentions(text, None, SUNDAY, kb) == []
    talks = (
        "KUALA LUMPUR - Envoys of Thailand and Cambodia held an emergency meeting on Friday on "
        "the fighting along their border."
    )
    assert extract_mentions(talks, None, SUNDAY, kb) != []


def test_the_cancelled_sitting_named_beside_a_recalled_one_leaves_it_held(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The cancelled meeting would have followed the fifth round of US-Iran talks in Rome on "
        "23 May, which ended with talk of progress."
    )
    mentions = extract_mentions(text, None, datetime(2025, 6, 14, 9, 0, tzinfo=UTC), kb)
    (rome,) = [m for m in mentions if m.first(Field.CITY) == "Rome"]
    assert rome.first(Field.STATUS) != "cancelled"
    called_off = "The fifth round of US-Iran talks in Rome on 23 May was cancelled."
    mentions = extract_mentions(called_off, None, datetime(2025, 5, 20, 9, 0, tzinfo=UTC), kb)
    assert [m.first(Field.STATUS) for m in mentions] == ["cancelled"]


def test_where_the_round_just_told_of_was_held_places_it(kb: KnowledgeBase) -> None:
    monday = datetime(2025, 12, 1, 18, 0, tzinfo=UTC)
    told = (
        "Ukraine's delegation is back from the United States after a day of talks that both "
        "sides called productive."
    )
    held = (
        "\n\nThe meeting was held on Sunday at a private club in Hallandale Beach, north of "
        "Miami, and was the first since the reshuffle in Kyiv."
    )
    assert values(kb, told + held, Field.CITY, monday) == {"Hallandale Beach"}
    assert "2025-11-30" in values(kb, told + held, Field.START_DATE, monday)
    assert values(kb, told, Field.CITY, monday) == set()
