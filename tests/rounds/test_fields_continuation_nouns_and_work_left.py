"""Talks that go on, told without the verb 'agreed to continue': the going on as a noun ("a
pledge to meet again"), agreement on the need to go on, work left to a sitting ahead ("to be
settled at the next session"), and the next round's date still to be told. Each has a
denied or doubtful twin that must not count."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report

_MET = "Armenian and Azerbaijani ministers met in Almaty on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The session closed with a pledge to meet again before the summer.",
        "Both left with a shared commitment to continue the negotiations on the border.",
        "The two sides agreed on the importance of continuing their dialogue.",
        "The remaining maps are to be discussed at the next session, officials said.",
        "At the talks, the two sides said the preamble would be worked out at a further meeting.",
        "Their next meeting will be announced after consultations in both capitals.",
    ],
)
def test_going_on_told_in_other_words(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, _MET + sentence).first(Field.AGREED_TO_CONTINUE) == "true"


@pytest.mark.parametrize(
    "sentence",
    [
        # denied: no pledge was made
        "Neither minister made any commitment to continue the negotiations.",
        "The session closed without a pledge to meet again.",
        # doubt about the next sitting, not a sitting ahead
        "Nobody would say when the next meeting will be announced.",
        # the past meeting, not one ahead
        "The maps were discussed at the previous meeting.",
    ],
)
def test_denied_or_doubtful_going_on_does_not_count(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, _MET + sentence).first(Field.AGREED_TO_CONTINUE) is None
