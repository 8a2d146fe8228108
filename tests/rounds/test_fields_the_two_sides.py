"""A round told of "the two sides" in a conflict of two parties had both of them at the
table, unless an outsider is named as one side of it; and "the two sides of the border" is
where the war is, not who talks."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report


def _sides(kb: KnowledgeBase, text: str) -> set[str]:
    return set(report(kb, text).values(Field.PARTICIPANT))


def test_the_two_sides_at_a_round_are_the_conflicts_two_parties(kb: KnowledgeBase) -> None:
    text = (
        "Iranian negotiators spent Saturday at the Omani embassy in Rome, where both "
        "delegations agreed to hand the detail to experts."
    )
    assert {"Iran", "United States"} <= _sides(kb, text)


def test_an_outsider_named_as_a_side_keeps_the_other_party_out(kb: KnowledgeBase) -> None:
    # Ukraine met the Americans: "the two sides" are those two, not Russia.
    text = (
        "Ukrainian and American delegations met in Riyadh on Sunday, and the two sides "
        "agreed to talk again."
    )
    assert "Russia" not in _sides(kb, text)


def test_both_sides_of_the_border_name_no_side_at_the_table(kb: KnowledgeBase) -> None:
    text = (
        "Thai negotiators met in Kuala Lumpur on Monday as shelling went on along both "
        "sides of the border."
    )
    assert "Cambodia" not in _sides(kb, text)


def test_a_pair_holding_indirect_talks_lead_their_sides(kb: KnowledgeBase) -> None:
    text = "Abbas Araghchi and Steve Witkoff hold indirect talks in Muscat on Saturday."
    heads = {c.party: c.value for c in report(kb, text).claims if c.field is Field.HEAD}
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_the_land_of_a_side_is_not_that_side_at_the_table(kb: KnowledgeBase) -> None:
    # The demonym describes where: the Houthis' talks with the Saudis in the Yemeni city.
    text = "Saudi and Houthi officials held talks on Yemeni soil in Sanaa on Sunday."
    assert "Yemen" not in _sides(kb, text)


def test_the_country_an_ambassador_is_posted_to_is_no_side(kb: KnowledgeBase) -> None:
    text = (
        "The Saudi ambassador to Yemen met Houthi officials in Sanaa on Sunday for talks on "
        "a truce."
    )
    assert "Yemen" not in _sides(kb, text)


def test_a_side_named_by_its_demonym_before_its_team_still_counts(kb: KnowledgeBase) -> None:
    text = "Yemeni government and Houthi delegations held talks in Muscat on Sunday."
    assert {"Yemen", "Houthis"} <= _sides(kb, text)


def test_the_two_forces_are_the_warring_parties(kb: KnowledgeBase) -> None:
    # "both forces", "the warring parties": the armed sides of a war, as "the two sides".
    text = (
        "Saudi and American diplomats convened talks on Sudan's war in Jeddah on Monday, "
        "which ended with both forces promising safe passage for aid convoys to Darfur."
    )
    assert {"Sudanese Armed Forces", "Rapid Support Forces"} <= _sides(kb, text)


def test_one_of_the_two_warring_sides_is_not_both(kb: KnowledgeBase) -> None:
    # "only one of the two warring sides turned up": the other stayed away.
    text = (
        "American envoys opened talks in Geneva on Monday, but only one of the two warring "
        "sides turned up: the Rapid Support Forces."
    )
    assert "Sudanese Armed Forces" not in _sides(kb, text)
