"""Talks that are to go on, in the many ways reports say so: contacts and consultations to
continue, a next sitting expected or due, sides to come together again, talks on a next
phase to begin, follow-up meetings fixed by the deal; and what is only proposed or wished,
which is no agreement to continue."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind
from tests.mentions import report as _report

OPENING = "Iranian and American negotiators held talks in Muscat on Tuesday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Both sides said they would continue their consultations.",
        "An Iranian spokesman said the sides would continue contacts.",
        "The two sides agreed to continue the contacts at expert level.",
        "The two sides said they would continue, after consultations in their capitals.",
        'The Omani minister said the parties had agreed to "continue the negotiations".',
        "The delegations spoke of continuing the dialogue.",
        "Both sides said they would come together again soon.",
        "Each side will set out its demands in writing before the teams meet again.",
        "The two sides agreed to hold the next meeting in Oman at an early date.",
        "Both delegations will hold another round in Oman.",
        "The next round is expected later this month, an Omani official said.",
        "Another meeting is planned for later in the spring.",
        "The two sides agreed there to start expert-level work.",
        "Both sides agreed to remain in close contact.",
        "The two sides said talks would resume after the holiday.",
    ],
)
def test_talks_to_go_on_are_agreed_to_continue(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, f"{OPENING} {sentence}").first(Field.AGREED_TO_CONTINUE) == "true"


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the deal, the two sides' military commanders will meet on Friday.",
        "Talks on the second phase of the deal would begin within two weeks, the mediators said.",
        "The next step, the official said, would be negotiations on a longer truce.",
    ],
)
def test_follow_up_talks_fixed_at_the_round_are_agreed_to_continue(
    kb: KnowledgeBase, sentence: str
) -> None:
    text = f"Iran and the United States agreed on a deal in talks in Muscat on Tuesday. {sentence}"
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_committee_that_will_sit_again_in_a_new_paragraph(kb: KnowledgeBase) -> None:
    text = (
        "Lebanese and Israeli envoys met in Naqoura on Tuesday, at a session of the committee "
        "that monitors the ceasefire.\n\nThe committee agreed to meet again within a month."
    )
    assert _report(kb, text).first(Field.AGREED_TO_CONTINUE) == "true"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Iranian side proposed to hold another meeting next month.",
        "Araghchi said he hoped the talks would continue.",
        "Fighting continued in the region, and the strikes would continue, Israel said.",
        "The delegations met amid continuing talks on a wider settlement.",
        "The next step should be a meeting of the presidents, Araghchi said.",
        "They said the war would continue until their demands were met.",
        "The talks will resume on Wednesday morning for a second day.",
        "European ministers said they were keen to continue their discussions with Tehran.",
    ],
)
def test_proposals_wishes_and_other_things_going_on_are_no_agreement(
    kb: KnowledgeBase, sentence: str
) -> None:
    assert not _report(kb, f"{OPENING} {sentence}").values(Field.AGREED_TO_CONTINUE)


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegations' agreement to swap written proposals keeps the channel open.",
        "Both sides committed to negotiations on a comprehensive settlement.",
        "The text commits the two sides to halt attacks and to begin talks on a final deal.",
        "They signed a text committing to a truce and to negotiate a lasting settlement.",
        "Talks on a final agreement are to begin within a month.",
    ],
)
def test_channels_kept_open_and_talks_committed_to(kb: KnowledgeBase, sentence: str) -> None:
    assert _report(kb, f"{OPENING} {sentence}").first(Field.AGREED_TO_CONTINUE) == "true"


def test_a_next_round_announced_after_the_one_held_means_they_agreed_to_go_on(
    kb: KnowledgeBase,
) -> None:
    # The next round is told paragraphs later, with no word of agreeing to it.
    text = (
        "Iranian and American negotiators held talks in Muscat on Saturday.\n\n"
        "Oil prices fell on Monday.\n\n"
        "A fifth round of talks is due in Rome on 19 April."
    )
    held = [
        m
        for m in extract_mentions(text, None, datetime(2025, 4, 13, 9, 0, tzinfo=UTC), kb)
        if m.kind is MentionKind.REPORT
    ]
    assert held and all(m.first(Field.AGREED_TO_CONTINUE) == "true" for m in held)


def test_a_round_alone_says_nothing_of_going_on(kb: KnowledgeBase) -> None:
    # Negative case: no next round is told.
    text = "Iranian and American negotiators held talks in Muscat on Saturday."
    (held,) = extract_mentions(text, None, datetime(2025, 4, 13, 9, 0, tzinfo=UTC), kb)
    assert held.first(Field.AGREED_TO_CONTINUE) is None
