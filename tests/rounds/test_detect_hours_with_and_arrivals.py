"""Sittings told by the hours spent with someone ("spent five hours with Putin"), the city
reached after talks elsewhere, and a pledge to keep working as a will to go on.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

SATURDAY = datetime(2025, 12, 20, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, SATURDAY, kb)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 December Steve Witkoff spent nearly six hours at the Kremlin with Vladimir Putin.",
        "Steve Witkoff spent three hours with Vladimir Putin in the Kremlin on 12 December.",
        "On 12 December Steve Witkoff flew to Moscow and saw President Vladimir Putin for "
        "several hours at the Kremlin.",
    ],
)
def test_hours_spent_with_the_other_side_are_a_sitting(kb: KnowledgeBase, text: str) -> None:
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Moscow"]
    assert mention.first(Field.START_DATE) == "2025-12-12"


@pytest.mark.parametrize(
    "text",
    [
        # One side alone, or a phone: no sitting of the two.
        "On 12 December Vladimir Putin spent three hours in the Kremlin with his generals.",
        "On 12 December Steve Witkoff spent two hours on the phone with Vladimir Putin.",
    ],
)
def test_hours_without_the_other_side_are_no_round(kb: KnowledgeBase, text: str) -> None:
    assert all(m.first(Field.CITY) != "Moscow" for m in _extract(kb, text))


def test_the_city_reached_after_talks_is_not_their_venue(kb: KnowledgeBase) -> None:
    text = (
        "The American envoys landed in Berlin on Friday after talks with a Ukrainian "
        "delegation led by Rustem Umerov."
    )
    # Only the article-level guess of a story with no venue (the lead's one place, at low
    # confidence) may remain; the sentence itself places nothing there.
    claims = [c for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY]
    assert all(c.confidence <= 0.5 for c in claims if c.value == "Berlin")


def test_a_city_left_after_talks_is_still_their_venue(kb: KnowledgeBase) -> None:
    # Leaving a city after talks says they sat there: only arriving points elsewhere.
    text = "The Ukrainian delegation left Riyadh on Friday after talks with Russian negotiators."
    assert "Riyadh" in {c for m in _extract(kb, text) for c in m.values(Field.CITY)}


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian negotiators met in Istanbul on Friday and pledged to keep "
        "working on a prisoner exchange.",
        "Russian and Ukrainian negotiators met in Istanbul on Friday. They committed to keep "
        "talking.",
    ],
)
def test_a_pledge_to_keep_working_is_to_go_on(kb: KnowledgeBase, text: str) -> None:
    found = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Istanbul"]
    assert any(m.first(Field.AGREED_TO_CONTINUE) == "true" for m in found)


def test_keeping_up_the_fighting_is_no_pledge_to_go_on(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Friday; both armies vowed to "
        "keep fighting."
    )
    found = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Istanbul"]
    assert all(m.first(Field.AGREED_TO_CONTINUE) is None for m in found)


# --- the day of a change of office --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's team was led by Rustem Umerov, who took over after Andriy Yermak resigned "
        "as chief of staff on 12 December.",
        "Rustem Umerov, who was appointed defence minister on 12 December, led Ukraine's "
        "delegation.",
    ],
)
def test_the_day_someone_changed_office_does_not_date_the_round(
    kb: KnowledgeBase, text: str
) -> None:
    assert all(m.first(Field.START_DATE) != "2025-12-12" for m in _extract(kb, text))


def test_talks_named_after_the_change_keep_their_day(kb: KnowledgeBase) -> None:
    # The talks stand between the office word and the day: the day is theirs.
    text = (
        "Rustem Umerov was appointed to lead talks with Russian negotiators in Istanbul on "
        "12 December."
    )
    assert any(m.first(Field.START_DATE) == "2025-12-12" for m in _extract(kb, text))


def test_face_to_face_with_the_other_side_is_a_meeting(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine are to hold talks next month.\n\n"
        "The first sitting, on 9 December in Riyadh, brought the American Marco Rubio face to "
        "face with Russia's Sergei Lavrov."
    )
    assert any(m.first(Field.START_DATE) == "2025-12-09" for m in _extract(kb, text))


def test_face_to_face_with_ones_own_side_is_no_meeting(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine are to hold talks next month.\n\n"
        "On 9 December in Moscow, Russia's Vladimir Putin came face to face with angry veterans."
    )
    assert all(m.first(Field.START_DATE) != "2025-12-09" for m in _extract(kb, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian negotiators met in Istanbul on 2 December.\n\n"
        "Ten days later, on 12 December, Russia recalled its delegation, accusing Kyiv of "
        "stalling.",
        "Russian and Ukrainian negotiators met in Istanbul on 2 December.\n\n"
        "Ukraine called its negotiators home on 12 December.",
    ],
)
def test_the_day_a_side_recalls_its_team_is_no_sitting(kb: KnowledgeBase, text: str) -> None:
    assert all(m.first(Field.START_DATE) != "2025-12-12" for m in _extract(kb, text))


def test_recalling_an_earlier_offer_is_no_recall_of_a_team(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on 12 December and recalled "
        "their offer of a truce."
    )
    assert any(m.first(Field.START_DATE) == "2025-12-12" for m in _extract(kb, text))
