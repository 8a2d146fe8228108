"""Standing bodies in which the two sides sit together (a border committee, a joint
commission): a sitting of one on a day of its own is a round of both sides.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

TUESDAY = datetime(2025, 9, 2, 8, 0, tzinfo=UTC)
LEAD = "Armenia and Azerbaijan traded accusations over the border on Monday.\n\n"


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(LEAD + text, None, TUESDAY, kb)


@pytest.mark.parametrize(
    "text",
    [
        "The joint border commission will meet on 15 September.",
        "The border delimitation commissions are due to hold a session on 15 September.",
    ],
)
def test_a_joint_body_meeting_on_a_day_is_a_round_of_both_sides(
    kb: KnowledgeBase, text: str
) -> None:
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.START_DATE) == "2025-09-15"]
    assert set(mention.values(Field.PARTICIPANT)) == {"Armenia", "Azerbaijan"}


def test_a_joint_body_without_a_day_of_its_own_is_no_round(kb: KnowledgeBase) -> None:
    # The day belongs to the commanders' meeting; the commission's sitting is undated.
    text = (
        "Local commanders would meet on 15 September, and a joint border commission meeting "
        "would follow."
    )
    assert all(m.first(Field.START_DATE) != "2025-09-15" for m in _extract(kb, text))


def test_a_national_commission_is_no_joint_body(kb: KnowledgeBase) -> None:
    text = "Armenia's election commission will meet on 15 September."
    assert all(m.first(Field.START_DATE) != "2025-09-15" for m in _extract(kb, text))


def test_a_joint_body_s_day_after_a_relative_clause_is_its_own(kb: KnowledgeBase) -> None:
    # The body's verb and day resume after a relative clause that says who sits on it.
    text = (
        "Border guards would talk by radio in the meantime, and a session of the joint "
        "border commission, which gathers both deputy prime ministers, will be held on "
        "15 September."
    )
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.START_DATE) == "2025-09-15"]
    assert set(mention.values(Field.PARTICIPANT)) == {"Armenia", "Azerbaijan"}


def test_a_day_after_a_relative_clause_of_another_subject_is_not_the_body_s(
    kb: KnowledgeBase,
) -> None:
    # Negative: the day is told in the relative clause itself, of the commanders' talk.
    text = (
        "A joint border commission meeting would follow the commanders' talk, which is due "
        "on 15 September, officials said."
    )
    assert all(m.first(Field.START_DATE) != "2025-09-15" for m in _extract(kb, text))
