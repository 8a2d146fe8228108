"""judge_item: which feed items are worth downloading, and the reason given."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.relevance import judge_item


@pytest.mark.parametrize(
    ("title", "summary", "reason"),
    [
        ("Ceasefire holds in Gaza", "", "matched 'Ceasefire'"),
        (
            "Markets fall",
            "Ukraine and Russia resume peace talks in Geneva",
            "matched 'peace talks'",
        ),
        ("Witkoff heads to Moscow", "The envoy will meet Putin.", "matched 'envoy'"),
        ("Putin-Trump summit set for Budapest", "", "matched 'summit'"),
        ("Iran and US hold indirect talks in Muscat", "", "matched 'indirect talks'"),
        ("Kremlin says meeting with Kyiv postponed", "", "matched 'postponed' with 'Kremlin'"),
        (
            "Trump says he will meet Putin in Budapest",
            "",
            "matched 'meet' with 'Trump' and 'Putin'",
        ),
        ("How Baku and Yerevan got to a deal", "", "matched 'deal' with 'Baku' and 'Yerevan'"),
    ],
)
def test_relevant_items(kb: KnowledgeBase, title: str, summary: str, reason: str) -> None:
    assert judge_item(title, summary, kb) == (True, reason)


@pytest.mark.parametrize(
    ("title", "summary", "reason"),
    [
        ("Local bakery wins award", "Bread prices rise", "no negotiation vocabulary"),
        ("Concert postponed by rain", "", "matched 'postponed' but no conflict, actor or person"),
        ("Tell us what you think", "", "no negotiation vocabulary"),
        # Meeting words need two different parties: Trump and Vance are both American.
        ("Trump to meet Vance", "", "no negotiation vocabulary"),
        ("Djokovic wins title at Geneva Open", "He met his coach.", "no negotiation vocabulary"),
    ],
)
def test_irrelevant_items(kb: KnowledgeBase, title: str, summary: str, reason: str) -> None:
    relevant, why = judge_item(title, summary, kb)
    assert not relevant
    assert why.startswith(reason)
