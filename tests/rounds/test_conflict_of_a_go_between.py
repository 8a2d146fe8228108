"""An actor that is one conflict's side and another's usual go-between (the United States:
a side of the US-Iran talks, the broker of the Russia-Ukraine ones) names the conflict whose
other side the article names: Kyiv beside Washington is the Ukraine talks, Tehran beside it
the Iran talks.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions

THURSDAY = datetime(2025, 3, 13, 7, tzinfo=UTC)


def _conflicts(kb: KnowledgeBase, text: str) -> list[str]:
    return [m.conflict for m in extract_mentions(text, None, THURSDAY, kb)]


def test_the_us_beside_kyiv_alone_is_the_ukraine_talks_go_between(kb: KnowledgeBase) -> None:
    text = (
        "JEDDAH - Kyiv and Washington held six hours of bilateral talks on Wednesday. Marco "
        "Rubio led the American delegation and the US national security adviser sat beside "
        "him."
    )
    assert _conflicts(kb, text) == ["ukraine"]


def test_the_us_beside_tehran_is_a_side_of_the_iran_talks(kb: KnowledgeBase) -> None:
    # Negative case: Iran named, the same American delegation is the other side.
    text = (
        "MUSCAT - Tehran and Washington held four hours of indirect talks on Wednesday. Steve "
        "Witkoff led the American delegation and the US national security adviser sat beside "
        "him."
    )
    assert _conflicts(kb, text) == ["iran"]
