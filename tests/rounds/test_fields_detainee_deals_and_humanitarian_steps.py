"""A deal to free detainees, told by "agreed to free/release N detainees", is the whole deal
such talks are held for (as "an agreement to release detainees" already is), not a swap of
prisoners of war beside a war's other issues; and "humanitarian" telling the character of a
deal ("a humanitarian step", "a humanitarian gesture") is no topic of relief."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report

OPENING = "Yemeni government and Houthi negotiators met in Amman on Tuesday."


@pytest.mark.parametrize(
    "sentence",
    [
        "The two delegations agreed on Tuesday to release some 400 detainees.",
        "The two delegations agreed to free 1,200 conflict-related detainees.",
    ],
)
def test_a_deal_to_free_detainees_is_the_deal(kb: KnowledgeBase, sentence: str) -> None:
    mention = report(kb, f"{OPENING} {sentence}")
    assert mention.values(Field.OUTCOME) == ["agreement"]


def test_a_swap_of_soldiers_is_still_partial(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Tuesday and agreed to exchange "
        "500 prisoners of war."
    )
    assert report(kb, text).values(Field.OUTCOME) == ["partial_agreement"]


def test_a_humanitarian_step_is_no_relief_topic(kb: KnowledgeBase) -> None:
    text = f"{OPENING} The government's envoy called the outcome a humanitarian gesture."
    assert "humanitarian" not in report(kb, text).values(Field.TOPIC)


def test_humanitarian_access_still_is(kb: KnowledgeBase) -> None:
    text = f"{OPENING} The two delegations discussed humanitarian access to Taiz."
    assert "humanitarian" in report(kb, text).values(Field.TOPIC)
