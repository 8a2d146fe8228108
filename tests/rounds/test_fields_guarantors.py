"""The governments named as guarantors of a deal made at talks ("names A, B and C as its
guarantors", "will act as guarantor of the deal", "signed the agreement as guarantors")
mediated the round, when they are the conflict's usual go-betweens; a guarantee wished for,
or a side of the war, makes no mediator. And the witnesses of a signing, the first
named with an abbreviation's dots ("U.S. Secretary of State X and Prime Minister Y")."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import IMPLIED, Field, RoundMention
from tests.mentions import report

_TALKS = (
    "Israeli and Hamas delegations wrapped up four days of indirect talks in Cairo on "
    "Tuesday with an agreement on a first phase. "
)


def _mediators(mention: RoundMention) -> set[str]:
    # The go-betweens a sentence tells; a host only implied is tested on its own.
    return {c.value for c in mention.claims if c.field is Field.MEDIATOR and c.confidence > IMPLIED}


def test_a_statement_listing_the_guarantors_names_the_mediators(kb: KnowledgeBase) -> None:
    # The list comes in a sentence of its own, after the verb that names them.
    text = _TALKS + "A later statement from the group listed Qatar, Turkey and Egypt as guarantors."
    assert {"Qatar", "Turkey", "Egypt"} <= _mediators(report(kb, text))


def test_a_government_that_will_act_as_guarantor(kb: KnowledgeBase) -> None:
    text = _TALKS + "Washington said the United States would act as a guarantor of the accord."
    assert "United States" in _mediators(report(kb, text))


def test_guarantors_who_signed_the_text(kb: KnowledgeBase) -> None:
    text = _TALKS + "Egypt and Qatar signed the agreement as guarantors on Wednesday."
    assert {"Egypt", "Qatar"} <= _mediators(report(kb, text))


def test_a_guarantee_wished_for_names_no_mediator(kb: KnowledgeBase) -> None:
    # A side asking for a guarantor: nobody has taken the role.
    text = _TALKS + "Hamas wants Turkey as a guarantor before it hands over the last hostages."
    assert "Turkey" not in _mediators(report(kb, text))


def test_a_side_of_the_war_is_no_guarantor_mediator(kb: KnowledgeBase) -> None:
    text = _TALKS + "Israel will act as guarantor of the aid corridors, its army said."
    assert "Israel" not in _mediators(report(kb, text))


_SIGNING = (
    "The prime ministers of Thailand and Cambodia signed a border accord in Kuala Lumpur "
    "on Sunday, "
)


def test_two_witnesses_the_first_named_with_an_abbreviation(kb: KnowledgeBase) -> None:
    # The dots of "U.S." do not end the list of witnesses: the second one is read too.
    text = (
        _SIGNING + "in a signing overseen by U.S. Secretary of State Marco Rubio and "
        "Prime Minister Anwar Ibrahim."
    )
    assert "Malaysia" in _mediators(report(kb, text))


def test_a_witness_after_a_sentence_break_is_not_read(kb: KnowledgeBase) -> None:
    # A full stop after a lower-case word ends the witnesses: the next sentence's leader
    # is no witness.
    text = (
        _SIGNING + "in a ceremony witnessed by the press. Later, Prime Minister Anwar Ibrahim "
        "spoke about tourism."
    )
    assert "Malaysia" not in _mediators(report(kb, text))
