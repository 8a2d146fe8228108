"""The governments named as guarantors of a deal made at talks ("names A, B and C as its
guarantors", "will act as guarantor of the deal", "signed the agreement as guarantors")
mediated the round, when they are the conflict's usual go-betweens; a guarantee wished for,
or a side of the war, makes no mediator."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field, RoundMention
from tests.mentions import report

_TALKS = (
    "Israeli and Hamas delegations wrapped up four days of indirect talks in Cairo on "
    "Tuesday with an agreement on a first phase. "
)


def _mediators(mention: RoundMention) -> set[str]:
    return {c.value for c in mention.claims if c.field is Field.MEDIATOR}


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
