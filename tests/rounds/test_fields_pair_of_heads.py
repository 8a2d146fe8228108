"""A pair told as leading "the two delegations" ("X and Y have led the two delegations
since April"): each heads his side, and the sides he leads sit at the rounds it is said of.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import values

PUBLISHED = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


def _values(kb: KnowledgeBase, text: str, fld: Field) -> set[str]:
    return values(kb, text, fld, PUBLISHED)


def test_a_pair_that_led_the_two_delegations(kb: KnowledgeBase) -> None:
    text = (
        "Rustem Umerov and Vladimir Medinsky have led the two delegations since the first "
        "meeting in Istanbul on 16 May."
    )
    assert {"Rustem Umerov", "Vladimir Medinsky"} <= _values(kb, text, Field.HEAD)
    assert {"Ukraine", "Russia"} <= _values(kb, text, Field.PARTICIPANT)


def test_a_pair_that_met_leads_no_two_delegations(kb: KnowledgeBase) -> None:
    # Negative case: "the two delegations" met them; the pair did not lead them.
    text = (
        "Rustem Umerov and Vladimir Medinsky watched the two delegations arrive in Istanbul "
        "on 16 May."
    )
    assert not {"Rustem Umerov", "Vladimir Medinsky"} & _values(kb, text, Field.HEAD)
