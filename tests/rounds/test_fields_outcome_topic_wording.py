"""How a round went and what it dealt with, in plain news wording: counts inside a swap,
soldiers to be freed, truces in the plural, go-betweens carrying proposals, and sentences
that go on about an earlier round without naming its day or place."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention
from tests.mentions import WEDNESDAY as PUBLISHED
from tests.mentions import report as _report

OPENING = "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday."


def _recalled(kb: KnowledgeBase, text: str, day: str) -> RoundMention:
    mentions = extract_mentions(text, None, PUBLISHED, kb)
    (found,) = [
        m
        for m in mentions
        if m.kind is MentionKind.BACK_REFERENCE and day in m.values(Field.START_DATE)
    ]
    return found


def test_a_swap_with_its_count_is_a_partial_deal(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Russian and Ukrainian envoys met in Abu Dhabi on Tuesday and agreed on a "
        "500-for-500 prisoner swap.",
    )
    assert mention.first(Field.OUTCOME) == "partial_agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the deal, Kyiv will free 40 Russian soldiers within a week.",
        "The talks also covered the release of captured servicemen held since the spring.",
    ],
)
def test_soldiers_to_be_freed_are_a_prisoners_topic(kb: KnowledgeBase, sentence: str) -> None:
    mention = _report(kb, f"{OPENING} {sentence}")
    assert "prisoners" in mention.values(Field.TOPIC)


def test_troops_that_take_ground_or_go_home_are_no_prisoners(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING} Meanwhile troops captured a village in the east and the talks covered "
        "plans to return troops to their bases.",
    )
    assert "prisoners" not in mention.values(Field.TOPIC)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The envoys discussed a series of local truces to collect the dead.", "ceasefire"),
        ("The envoys discussed a halt to the fighting along the river.", "ceasefire"),
        ("The envoys discussed the delivery of aid to besieged towns.", "humanitarian"),
        ("The envoys discussed the delimitation of the disputed frontier.", "territory"),
    ],
)
def test_topics_in_plain_words(kb: KnowledgeBase, sentence: str, topic: str) -> None:
    assert topic in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iranian and American envoys held talks in Muscat on Tuesday, with Oman's minister "
        "carrying proposals from one team to the other.",
        "Iranian and American envoys held talks in Muscat on Tuesday, sitting in different "
        "rooms of the same palace.",
        "Iranian and American envoys held talks in Muscat on Tuesday, the Omani minister "
        "relaying the positions of each side.",
    ],
)
def test_a_go_between_at_work_makes_the_talks_indirect(kb: KnowledgeBase, sentence: str) -> None:
    assert "indirect" in _report(kb, sentence).values(Field.FORMAT)


def test_partial_understandings_are_a_partial_deal(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING}\n\nThe result was a set of partial understandings on shipping in the "
        "Black Sea.",
    )
    assert mention.first(Field.OUTCOME) == "partial_agreement"


def test_what_was_on_the_agenda_belongs_to_the_round(kb: KnowledgeBase) -> None:
    mention = _report(kb, f"{OPENING}\n\nSanctions relief was also on the agenda, officials said.")
    assert "sanctions" in mention.values(Field.TOPIC)


def test_a_sentence_without_day_or_place_goes_on_about_the_recalled_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        f"{OPENING}\n\n"
        "The previous round of talks, held in Istanbul on 10 February, was brief. The two "
        "delegations agreed on a swap of 200 prisoners but made no progress on a truce."
    )
    earlier = _recalled(kb, text, "2026-02-10")
    assert earlier.first(Field.OUTCOME) == "partial_agreement"
    assert {"prisoners", "ceasefire"} <= set(earlier.values(Field.TOPIC))
    assert _report(kb, text).first(Field.OUTCOME) is None


def test_a_next_round_agreed_with_its_day_between_is_agreed_to_continue(
    kb: KnowledgeBase,
) -> None:
    mention = _report(
        kb,
        "Iranian and American envoys held talks in Muscat on Tuesday. The envoys agreed "
        "on Tuesday to hold a third round of talks.",
    )
    assert mention.first(Field.AGREED_TO_CONTINUE) == "true"


def test_the_law_of_war_is_no_humanitarian_topic(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday on how detainees "
        "should be held under the rules of international humanitarian law.",
    )
    assert "humanitarian" not in mention.values(Field.TOPIC)
    assert "prisoners" in mention.values(Field.TOPIC)


def test_the_terms_of_a_text_signed_go_on_in_a_paragraph_of_their_own(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Anutin Charnvirakul and Hun Manet signed a joint declaration in Kuala Lumpur on "
        "Tuesday.\n\nUnder the declaration, both countries are to pull heavy weapons back "
        "from the border and let observers monitor the ceasefire."
    )
    assert "ceasefire" in _report(kb, text).values(Field.TOPIC)


def test_terms_after_talks_that_agreed_nothing_are_not_theirs(kb: KnowledgeBase) -> None:
    # Negative case: nothing was signed at the round; "the declaration" is another text.
    text = (
        "Anutin Charnvirakul and Hun Manet held talks in Kuala Lumpur on Tuesday but agreed "
        "nothing.\n\nUnder the declaration, both countries are to pull heavy weapons back "
        "from the border and let observers monitor the ceasefire."
    )
    assert "ceasefire" not in _report(kb, text).values(Field.TOPIC)
