"""A day compared with, brought with its own place, does not date the sitting told."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report

# Wednesday 4 March 2026
PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian and US teams sat down in Geneva on Tuesday, as they had in Muscat on 12 "
        "February.",
        "The Iranian and US teams sat down in Geneva on Tuesday, just as they did at Muscat on 12 "
        "February.",
        "The Iranian and US teams sat down in Geneva on Tuesday, as in Muscat on 12 February.",
    ],
)
def test_the_compared_sittings_day_stays_out(kb: KnowledgeBase, text: str) -> None:
    found = report(kb, text, published=PUBLISHED)
    starts = {c.value for c in found.claims if c.field is Field.START_DATE}
    assert starts == {"2026-03-03"}


def test_a_day_after_a_place_with_no_comparison_still_dates_the_sitting(
    kb: KnowledgeBase,
) -> None:
    found = report(
        kb,
        "The Iranian and US teams sat down in Geneva on Tuesday, 3 March, and again in the "
        "city on 5 March.",
        published=PUBLISHED,
    )
    starts = {c.value for c in found.claims if c.field is Field.START_DATE}
    assert "2026-03-03" in starts
