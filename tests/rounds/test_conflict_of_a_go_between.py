"""An actor that is one conflict's side and another's usual go-between (the United States:
a side of the US-Iran talks, the broker of the Russia-Ukraine ones) names the conflict whose
other side the article names: Kyiv beside Washington is the Ukraine talks, Tehran beside it
the Iran talks. Talks that seat neither side of the story's conflict but someone who is no go-between
of it (the United States and China on tariffs, beside a line on India and Pakistan) are no
round of that conflict. A side of a conflict is never the go-between of its talks.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field

THURSDAY = datetime(2025, 3, 13, 7, tzinfo=UTC)


def _conflicts(kb: KnowledgeBase, text: str) -> list[str]:
    return [m.conflict for m in extract_mentions(text, None, THURSDAY, kb)]


def test_the_us_beside_kyiv_alone_is_the_ukraine_talks_go_between(kb: KnowledgeBase) -> None:
    text = (
        "JEDDAH - Kyiv and Washington held six hours of bilateral talks on Wednesday. Marco "
        "Rubio led the American delegation and the US national security adviser sat beside "
        "him."
    )
    assert _conflicts(kb, text) == ["ukraine"]


def test_the_us_beside_tehran_is_a_side_of_the_iran_talks(kb: KnowledgeBase) -> None:
    # Negative case: Iran named, the same American delegation is the other side.
    text = (
        "MUSCAT - Tehran and Washington held four hours of indirect talks on Wednesday. Steve "
        "Witkoff led the American delegation and the US national security adviser sat beside "
        "him."
    )
    assert _conflicts(kb, text) == ["iran"]


def test_talks_between_outsiders_are_no_round_of_the_story_s_conflict(
    kb: KnowledgeBase,
) -> None:
    text = (
        "GENEVA - The United States and China agreed on Monday to cut the tariffs they "
        "imposed on each other, after two days of talks in Geneva. Scott Bessent led the "
        "American delegation; China's delegation was headed by Vice Premier He Lifeng.\n\n"
        "Markets were also cheered after India and Pakistan agreed on Saturday to stop firing."
    )
    assert _conflicts(kb, text) == []


def test_talks_of_one_side_with_the_usual_go_between_stay_a_round(kb: KnowledgeBase) -> None:
    # Negative case: Ukraine at the table with its usual go-between, the United States.
    text = (
        "JEDDAH - Ukrainian and American officials held eight hours of talks in Jeddah on "
        "Tuesday, and Kyiv accepted a 30-day ceasefire that Russia has yet to answer."
    )
    assert _conflicts(kb, text) == ["ukraine"]


def test_a_side_of_the_conflict_is_never_its_go_between(kb: KnowledgeBase) -> None:
    # "mediated by" a side is a slip of the sentence (or of the reading): Hamas sits at
    # the Gaza talks as a side; Qatar goes between.
    text = (
        "DOHA - Indirect talks between Israel and Hamas, mediated by Qatar and Hamas's "
        "allies, resumed in Doha on Wednesday."
    )
    [mention] = extract_mentions(text, None, THURSDAY, kb)
    assert "Hamas" not in mention.values(Field.MEDIATOR)
    assert "Hamas" in mention.values(Field.PARTICIPANT)


def test_a_host_of_another_war_names_the_talks_he_hosts(kb: KnowledgeBase) -> None:
    # Putin is a side of the Ukraine war, but hosting Baku and Yerevan he goes between them.
    text = (
        "Armenia and Azerbaijan have met many times under outside auspices.\n\n"
        "Vladimir Putin hosted a three-way meeting in Sochi on 31 October 2022 and chaired "
        "the talks. Baku and Yerevan pledged to refrain from the use of force."
    )
    assert _conflicts(kb, text) == ["armenia-azerbaijan"]


def test_a_side_that_meets_the_other_is_still_its_war_s_side(kb: KnowledgeBase) -> None:
    # Negative case: not hosting, Putin meeting the Ukrainians is the Ukraine talks.
    text = (
        "Armenia and Azerbaijan have met many times under outside auspices.\n\n"
        "Vladimir Putin met a Ukrainian delegation in Sochi on 31 October 2022."
    )
    assert "ukraine" in _conflicts(kb, text)


def test_a_meeting_with_the_conflict_off_its_agenda_is_none_of_its_rounds(
    kb: KnowledgeBase,
) -> None:
    text = (
        "ISTANBUL - Russian and American delegations held six hours of consultations on the "
        "work of their embassies in Istanbul on Thursday. Questions of a Ukrainian "
        "settlement were not on the agenda of the meeting."
    )
    assert _conflicts(kb, text) == []


def test_a_matter_left_out_of_a_round_leaves_the_round(kb: KnowledgeBase) -> None:
    # Negative case: the talks are Russia-Ukraine talks; only one matter was left aside.
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Thursday. Officials said the "
        "text did not touch on the front line itself."
    )
    assert _conflicts(kb, text) == ["ukraine"]
