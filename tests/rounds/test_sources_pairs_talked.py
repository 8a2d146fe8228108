"""'The two leaders talked for hours': the pair named before at one table, as 'met' is.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

SUNDAY = datetime(2025, 11, 16, 9, 0, tzinfo=UTC)


def _heads(kb: KnowledgeBase, text: str) -> dict[str | None, str]:
    return {
        c.party: c.value
        for m in extract_mentions(text, None, SUNDAY, kb)
        for c in m.claims
        if c.field is Field.HEAD
    }


def test_the_two_presidents_who_talked_are_the_pair_named_before(kb: KnowledgeBase) -> None:
    text = (
        "Donald Trump flew to Finland in July hoping to see Vladimir Putin.\n\n"
        "In Helsinki on 2 July, the two presidents talked for two hours, and the meeting "
        "ended without a statement."
    )
    assert _heads(kb, text) == {"United States": "Donald Trump", "Russia": "Vladimir Putin"}


def test_a_pair_that_talked_by_phone_is_no_sitting(kb: KnowledgeBase) -> None:
    # Negative: the call is muted, and "talked by phone" is not the pair at a table.
    text = (
        "Donald Trump said on Friday that he still wanted to see Vladimir Putin.\n\n"
        "The two presidents talked by phone on 2 July."
    )
    assert _heads(kb, text) == {}
