"""A correction appended to an article ("An earlier version of this article said the talks
were held in X; they were held in Y") fixes the venue of the article's round and tells no
round of its own; a place of an earlier event the round is measured from ("the first
meeting since the row in the Oval Office") is not where the round sat. At bilateral talks
with a head named for each delegation, a third party the sentences mention ("civilians
held by Russia", "children taken to Russian territory") was discussed, not at the table.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind

THURSDAY = datetime(2025, 3, 13, 7, tzinfo=UTC)

BODY = (
    "Kyiv and Washington held six hours of bilateral talks on Wednesday in a hotel by the "
    "sea. Marco Rubio led the American delegation and Andriy Yermak headed the Ukrainian "
    "one."
)


def _mentions(kb: KnowledgeBase, text: str) -> list[tuple[MentionKind, str | None, str | None]]:
    return [
        (m.kind, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, THURSDAY, kb)
    ]


def test_a_correction_gives_the_round_its_right_venue_and_no_round_of_its_own(
    kb: KnowledgeBase,
) -> None:
    text = (
        BODY + "\n\nCorrection, 13 March 2025: An earlier version of this article said the "
        "talks took place in Riyadh; they took place in Jeddah."
    )
    assert _mentions(kb, text) == [(MentionKind.REPORT, "Jeddah", "2025-03-12")]


def test_a_correction_of_something_else_leaves_the_venue_told(kb: KnowledgeBase) -> None:
    # Negative case: the note fixes a name, not a place; Jeddah stays, the note's day is
    # no round's.
    text = (
        BODY.replace("in a hotel by the sea", "in Jeddah") + "\n\nAn earlier version of this "
        "story misspelt the name of a Ukrainian official."
    )
    assert _mentions(kb, text) == [(MentionKind.REPORT, "Jeddah", "2025-03-12")]


def test_the_place_of_an_earlier_scene_is_not_the_venue(kb: KnowledgeBase) -> None:
    text = BODY.replace(
        "in a hotel by the sea.",
        "in Jeddah, the first formal meeting of the two governments since the row in the "
        "Oval Office.",
    )
    [mention] = extract_mentions(text, None, THURSDAY, kb)
    assert set(mention.values(Field.CITY)) == {"Jeddah"}


def test_a_sitting_counted_from_is_still_recalled_at_its_place(kb: KnowledgeBase) -> None:
    # Negative case: "since their fifth round in Rome on 23 May" recalls a sitting there
    # (the last 23 May before a story of March 2025).
    text = (
        "Iran's talks with the United States, mediated by Oman, have not resumed since "
        "their fifth round in Rome on 23 May."
    )
    found = _mentions(kb, text)
    assert (MentionKind.BACK_REFERENCE, "Rome", "2024-05-23") in found


AGENDA = (
    " The two delegations also discussed the release of civilians held by Russia and the "
    "return of children taken to Russian territory."
)


def test_a_party_talked_about_at_bilateral_talks_is_no_side(kb: KnowledgeBase) -> None:
    text = BODY.replace("in a hotel by the sea", "in Jeddah") + AGENDA
    [mention] = extract_mentions(text, None, THURSDAY, kb)
    assert set(mention.values(Field.PARTICIPANT)) == {"United States", "Ukraine"}
    assert "territory" not in mention.values(Field.TOPIC)


def test_without_a_head_for_each_side_the_party_named_may_have_sat(kb: KnowledgeBase) -> None:
    # Negative case: one head named, the talks not called bilateral; Russia, named in a
    # sentence of the round, is kept as the side it may be.
    text = (
        "Ukrainian and Russian negotiators met in Istanbul on Wednesday; Rustem Umerov led "
        "the Ukrainian delegation." + AGENDA
    )
    [mention] = extract_mentions(text, None, THURSDAY, kb)
    assert "Russia" in mention.values(Field.PARTICIPANT)
