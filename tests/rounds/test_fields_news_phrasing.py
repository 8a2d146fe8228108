"""Round fields as news phrases them in ways the first rules missed: appositions before the
verb, a team named after its head, go-betweens described rather than labelled, attacks
beside the talks, and agreements that are only about meeting again."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field, RoundMention
from tests.mentions import report as _report

OPENING = "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday."


def _heads(mention: RoundMention) -> set[tuple[str | None, str]]:
    return {(c.party, c.value) for c in mention.claims if c.field is Field.HEAD}


# --- who led -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # an apposition running into the relative clause
        "Vladimir Medinsky, the veteran Kremlin aide who once more headed Russia's delegation, "
        "spoke to reporters at length.",
        # an apposition set off by commas before "was at the head of"
        "Vladimir Medinsky, a former culture minister, was at the head of the Russian team.",
        # an apposition before "came to lead"
        "Vladimir Medinsky, an aide to the president, flew in overnight to lead Moscow's side.",
    ],
)
def test_the_head_is_found_past_an_apposition(kb: KnowledgeBase, sentence: str) -> None:
    mention = _report(kb, f"{OPENING}\n\n{sentence}")
    assert ("Russia", "Vladimir Medinsky") in _heads(mention)


def test_a_team_named_after_its_head_names_him(kb: KnowledgeBase) -> None:
    mention = _report(kb, f"{OPENING} Medinsky's team handed over a memorandum.")
    assert ("Russia", "Vladimir Medinsky") in _heads(mention)


def test_a_team_still_under_its_head_names_him(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday, "
        "the Ukrainian team again under Rustem Umerov.",
    )
    assert ("Ukraine", "Rustem Umerov") in _heads(mention)


def test_a_gapped_verb_with_an_apposed_name_gives_both_heads(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Officials of Congo and Rwanda met in Washington on Tuesday for talks. Congo was "
        "represented by its foreign minister, Therese Kayikwamba Wagner, and Rwanda by its "
        "top diplomat, Olivier Nduhungirehe.",
    )
    assert {
        ("DR Congo", "Thérèse Kayikwamba Wagner"),
        ("Rwanda", "Olivier Nduhungirehe"),
    } <= _heads(mention)


def test_envoys_kept_apart_still_led_their_sides(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Iran and the United States held indirect talks in Muscat on Tuesday. Foreign Minister "
        "Abbas Araghchi and envoy Steve Witkoff did not meet face to face.",
    )
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= _heads(mention)


def test_each_of_two_leaders_led_a_delegation(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Armenian and Azerbaijani officials met in Abu Dhabi on Tuesday, with Prime Minister "
        "Nikol Pashinyan and Azerbaijan's president, Ilham Aliyev, who each led a small team.",
    )
    assert {("Armenia", "Nikol Pashinyan"), ("Azerbaijan", "Ilham Aliyev")} <= _heads(mention)


# --- who mediated --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mediator"),
    [
        (
            "Russian and Ukrainian envoys held talks in Abu Dhabi on Tuesday. The United States "
            "was mediating.",
            "United States",
        ),
        (
            "Russian and Ukrainian envoys held talks in Istanbul on Tuesday, Turkey and the United "
            "States, their usual go-betweens, were there too.",
            "Turkey",
        ),
        (
            "Iran and the United States held talks in Muscat on Tuesday, with the Omani foreign "
            "minister as intermediary.",
            "Oman",
        ),
    ],
)
def test_a_go_between_described_rather_than_labelled(
    kb: KnowledgeBase, sentence: str, mediator: str
) -> None:
    mention = _report(kb, sentence)
    assert mediator in mention.values(Field.MEDIATOR)


# --- what it was about -----------------------------------------------------------------------


def test_an_attack_while_the_envoys_talk_is_not_a_topic(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING} Hours earlier, drones struck power plants in the south of Ukraine.",
    )
    assert "energy" not in mention.values(Field.TOPIC)


def test_sparing_energy_targets_is_a_topic(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING} They argued over a halt to attacks on power plants.",
    )
    assert "energy" in mention.values(Field.TOPIC)


# --- how it went -------------------------------------------------------------------------


def test_agreeing_on_the_next_sitting_is_no_deal(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING} They settled nothing, though a further session was agreed in principle.",
    )
    assert "partial_agreement" not in mention.values(Field.OUTCOME)
    assert mention.values(Field.AGREED_TO_CONTINUE) == ["true"]


def test_a_framework_towards_a_deal_is_a_partial_agreement(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        "Congolese and M23 negotiators met in Doha on Tuesday and endorsed a framework for an "
        "eventual peace settlement.",
    )
    assert mention.values(Field.OUTCOME) == ["partial_agreement"]


def test_a_summit_only_proposed_is_not_the_format(kb: KnowledgeBase) -> None:
    mention = _report(
        kb,
        f"{OPENING} A possible summit of the two presidents was mentioned but not agreed.",
    )
    assert "summit" not in mention.values(Field.FORMAT)


@pytest.mark.parametrize(
    "closing",
    [
        "They ended abruptly when Israel called its negotiating team home.",
        "They ended when both governments ordered their envoys back for consultations.",
    ],
)
def test_a_side_sending_its_team_home_ends_the_round(kb: KnowledgeBase, closing: str) -> None:
    mention = _report(
        kb, f"Israeli and Hamas negotiators held indirect talks in Doha on Tuesday. {closing}"
    )
    assert mention.values(Field.OUTCOME) == ["collapsed"]
