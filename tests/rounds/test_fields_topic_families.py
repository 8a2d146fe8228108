"""What talks dealt with, in the families reports use: aid however it is said (not
military aid), lines that divide the sides, the border as the matter on the table, captives
swapped between armies, and what the sides proposed or offered at the table, which is on it
even though it is not agreed."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report

OPENING = "Russian and Ukrainian envoys held talks in Istanbul on Tuesday."


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "The delegations agreed that aid would be let through to the besieged towns.",
            "humanitarian",
        ),
        ("The delegations discussed where the dividing line would run.", "territory"),
        ("The border and the fate of the refugees were on the agenda.", "territory"),
        ("The delegations agreed on an exchange of 500 captives on each side.", "prisoners"),
        ("The line of contact in the east remained the core dispute.", "territory"),
        ("Sanctions relief was again the main sticking point.", "sanctions"),
        (
            "At the talks the Russian side proposed short truces of a day or two along the front.",
            "ceasefire",
        ),
        (
            "At the talks Ukraine offered neutrality in return for security guarantees.",
            "security_guarantees",
        ),
    ],
)
def test_topics_in_their_families(kb: KnowledgeBase, sentence: str, topic: str) -> None:
    assert topic in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The delegations discussed the resumption of military aid to Kyiv.", "humanitarian"),
        ("The delegations agreed on an exchange of 500 captives on each side.", "hostages"),
        ("Envoys said a ceasefire could be discussed if the shelling stopped.", "ceasefire"),
    ],
)
def test_what_is_not_the_topic(kb: KnowledgeBase, sentence: str, topic: str) -> None:
    assert topic not in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


def test_a_third_partys_record_is_not_what_the_round_discussed(kb: KnowledgeBase) -> None:
    text = (
        f"{OPENING} The talks were hosted by Turkey, whose diplomats have already arranged "
        "several prisoner exchanges between the two armies."
    )
    assert "prisoners" not in _report(kb, text).values(Field.TOPIC)
    text = f"{OPENING} The delegations discussed a new exchange of prisoners."
    assert "prisoners" in _report(kb, text).values(Field.TOPIC)
