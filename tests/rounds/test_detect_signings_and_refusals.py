"""Rounds told by what was signed there, rounds of a conflict told inside another one's
story, and talks refused or only offered, which are no rounds.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention
from tests.mentions import dated

THURSDAY = datetime(2025, 9, 11, 18, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, THURSDAY, kb)


def test_texts_with_plural_names_signed_make_a_round(kb: KnowledgeBase) -> None:
    text = "Pashinyan and Aliyev signed the Abu Dhabi Accords on Tuesday at a ceremony."
    (mention,) = _extract(kb, text)
    assert mention.conflict == "armenia-azerbaijan"
    assert mention.first(Field.START_DATE) == "2025-09-09"


def test_a_text_named_before_its_signers_recalls_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani officials met in Almaty on Tuesday.\n\n"
        "The meeting built on a memorandum the two foreign ministers signed in Abu Dhabi on "
        "8 August, which left the border unsettled."
    )
    recalled = dated(_extract(kb, text), "2025-08-08")
    assert recalled.first(Field.CITY) == "Abu Dhabi"


def test_a_document_signed_by_nobody_of_a_conflict_is_no_round(kb: KnowledgeBase) -> None:
    text = "The lease that the two companies signed in Abu Dhabi on 8 August runs for ten years."
    assert _extract(kb, text) == []


def test_a_go_between_of_one_conflict_in_another_s_story_keeps_that_conflict(
    kb: KnowledgeBase,
) -> None:
    # An Iran story: the American official beside the Armenian and Azerbaijani ministers is
    # a go-between of theirs, and their signing a round of their own conflict.
    text = (
        "Iranian and American negotiators will meet in Muscat on Saturday for talks on "
        "Tehran's nuclear programme.\n\n"
        "At the State Department on Tuesday, the foreign ministers of Armenia and Azerbaijan "
        "signed a border declaration with Secretary of State Marco Rubio looking on."
    )
    signing = dated(_extract(kb, text), "2025-09-09")
    assert signing.conflict == "armenia-azerbaijan"
    assert signing.first(Field.CITY) == "Washington"


def test_an_american_official_alone_stays_with_the_story_s_conflict(kb: KnowledgeBase) -> None:
    # Negative case: no two sides of another conflict in the sentence.
    text = (
        "Iranian and American negotiators met in Muscat on Tuesday, with Secretary of State "
        "Marco Rubio looking on."
    )
    assert {m.conflict for m in _extract(kb, text)} == {"iran"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Baku rules out direct talks with Yerevan",
            "BAKU - Azerbaijan has rejected direct negotiations with Armenia over the border, "
            "its foreign ministry said on Tuesday.",
        ),
        (
            None,
            "The truce along the Armenian-Azerbaijani border since Sunday was not negotiated "
            "at a table; it was agreed by the two defence ministries on a hotline.",
        ),
        (
            None,
            "Kazakhstan is ready to host a meeting between Pashinyan and Aliyev in Almaty, its "
            "foreign minister said on Tuesday.",
        ),
        # The dateline names where the offer was made, not a meeting.
        (
            None,
            "ASTANA - Kazakhstan is ready to host a meeting between Pashinyan and Aliyev and "
            "would guarantee their safety if they came, its foreign minister said on Tuesday.",
        ),
        (
            None,
            "ALMATY - Kazakhstan's president said this week that his country was available to "
            "host a future meeting between Armenia and Azerbaijan.",
        ),
        (
            None,
            "Aliyev closed with a suggestion that the next meeting with Pashinyan be held in "
            "Baku, which the Armenian side did not take up.",
        ),
    ],
)
def test_talks_refused_or_offered_make_no_round(
    kb: KnowledgeBase, title: str | None, text: str
) -> None:
    assert _extract(kb, text, title) == []


def test_talks_held_after_a_refusal_are_still_a_round(kb: KnowledgeBase) -> None:
    # Negative case: the refusal is of another format; the talks were held.
    text = (
        "Armenian and Azerbaijani negotiators met in Almaty on Tuesday, a week after Baku had "
        "refused a summit in Brussels."
    )
    (mention,) = _extract(kb, text)
    assert mention.first(Field.CITY) == "Almaty"


def test_whose_post_it_is_names_no_topic(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Lebanese officials met on Tuesday at the UN peacekeepers' base in "
        "Naqoura to discuss the border."
    )
    (mention,) = _extract(kb, text)
    topics = {c.value for c in mention.claims if c.field is Field.TOPIC}
    assert "security_guarantees" not in topics


def test_peacekeepers_as_a_subject_of_talks_remain_a_topic(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Lebanese officials met on Tuesday in Naqoura to discuss more peacekeepers "
        "for the border."
    )
    (mention,) = _extract(kb, text)
    assert "security_guarantees" in {c.value for c in mention.claims if c.field is Field.TOPIC}


def test_a_meeting_a_side_was_not_invited_to_was_still_held(kb: KnowledgeBase) -> None:
    text = (
        "Ukraine was not invited to the meeting between the Russian and American delegations "
        "that took place in Riyadh on 18 February."
    )
    (mention,) = _extract(kb, text)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Riyadh",
        "2025-02-18",
    )
