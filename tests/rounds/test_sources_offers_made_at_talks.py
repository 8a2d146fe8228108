"""What a side offered at talks, told in a relative clause, does not put the talks in doubt.

"Talks in Vienna on 3 and 4 May, in which the mediators offered guarantees": "offered" is
what happened at the sitting, which was held; only a proposal told before the talks ("Moscow
proposed talks in Vienna on 3 May, at which ...") leaves them an idea.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

LATER = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
OPENING = "Armenia and Azerbaijan met in Almaty in May. "


def _days(mentions: list[RoundMention]) -> set[str]:
    return {v for m in mentions for v in m.values(Field.START_DATE)}


def test_an_offer_made_at_the_talks_keeps_them(kb: KnowledgeBase) -> None:
    for told in (
        "The summer brought talks in Vienna on 3 and 4 July in which the Americans offered "
        "a guarantee on transit.",
        "Then came a session in Vienna on 3 July at which Baku proposed a border commission.",
    ):
        mentions = extract_mentions(OPENING + told, None, LATER, kb)
        assert "2025-07-03" in _days(mentions), told


def test_a_proposal_of_the_talks_themselves_is_still_an_idea(kb: KnowledgeBase) -> None:
    told = (
        "Baku has proposed talks in Vienna on 3 July, at which the two ministers would sign "
        "a border protocol."
    )
    mentions = extract_mentions(OPENING + told, None, LATER, kb)
    assert "2025-07-03" not in _days(mentions)
