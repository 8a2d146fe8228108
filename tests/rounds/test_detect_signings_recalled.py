"""Signings recalled in the ways news tell them: the text between its name and "signed"
("the agreement between Armenia and Azerbaijan signed in Washington on 8 August"), a
qualifier after the text ("a declaration of principles the two ministers signed"), the text
as someone calls it ("signed what Baku calls the Peace Charter"); "the two ministers signed"
names the pair named before; a side's "own track" is another table.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention
from tests.mentions import dated

MONDAY = datetime(2025, 9, 15, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, MONDAY, kb)


def test_a_text_between_two_sides_signed_on_a_day_is_a_round(kb: KnowledgeBase) -> None:
    text = (
        "A border commission was set up under the agreement between Armenia and Azerbaijan "
        "signed in Prague on 8 August."
    )
    mention = dated(_extract(kb, text), "2025-08-08")
    assert mention.first(Field.CITY) == "Prague"


def test_an_agreement_of_a_people_is_no_signing_of_the_sides(kb: KnowledgeBase) -> None:
    # "between" a lower-case phrase: no names of sides follow, nothing to recall.
    text = "An agreement between neighbours signed in Prague on 8 August settled a fence dispute."
    assert _extract(kb, text) == []


def test_a_qualified_text_the_two_signed_names_the_pair(kb: KnowledgeBase) -> None:
    text = (
        "Ararat Mirzoyan and Jeyhun Bayramov met in Prague on Friday.\n\n"
        "Their meeting followed a memorandum of understanding the two ministers signed in "
        "Vienna on 3 July."
    )
    mention = dated(_extract(kb, text), "2025-07-03")
    assert mention.first(Field.CITY) == "Vienna"
    heads = {c.party: c.value for c in mention.claims if c.field is Field.HEAD}
    assert heads == {"Armenia": "Ararat Mirzoyan", "Azerbaijan": "Jeyhun Bayramov"}


def test_signed_what_someone_calls_a_text_is_a_signing(kb: KnowledgeBase) -> None:
    text = (
        "On Friday in Prague, Ilham Aliyev and Nikol Pashinyan signed what their aides call "
        "the Prague Accords."
    )
    (mention,) = [m for m in _extract(kb, text) if m.kind is MentionKind.REPORT]
    assert mention.first(Field.CITY) == "Prague"
    assert mention.first(Field.OUTCOME) == "agreement"


def test_signed_what_someone_said_is_no_signing(kb: KnowledgeBase) -> None:
    # "signed" with no text named after "what ... calls".
    text = "Ilham Aliyev signed what his aides said was an order on Friday in Baku."
    assert all(m.first(Field.OUTCOME) != "agreement" for m in _extract(kb, text))


def test_a_sides_own_track_is_another_table(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Friday.\n\n"
        "Ukraine keeps its own track with Washington, under Saudi mediation."
    )
    report = next(m for m in _extract(kb, text) if m.kind is MentionKind.REPORT)
    assert "Saudi Arabia" not in report.values(Field.MEDIATOR)


def test_the_first_sitting_recalled_by_rank_alone_stays_apart(kb: KnowledgeBase) -> None:
    text = (
        "On Friday in Vienna, Ararat Mirzoyan and Jeyhun Bayramov held a second round of "
        "their treaty talks, following the first in Prague on 3 September."
    )
    mentions = _extract(kb, text)
    report = next(m for m in mentions if m.kind is MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-09-12"
    # The earlier sitting's day and venue do not leak into this one.
    assert report.values(Field.CITY) == ["Vienna"]


def test_following_the_first_proposal_recalls_no_sitting(kb: KnowledgeBase) -> None:
    # A ranked noun that is no sitting ("the first draft") is left to the round.
    text = (
        "On Friday in Vienna, Ararat Mirzoyan and Jeyhun Bayramov held talks on a treaty "
        "text, following the first draft."
    )
    (report,) = [m for m in _extract(kb, text) if m.kind is MentionKind.REPORT]
    assert report.first(Field.CITY) == "Vienna"


AUGUST_11 = datetime(2025, 8, 11, 7, 0, tzinfo=UTC)


def test_a_deal_agreed_at_another_place_is_recalled_apart(kb: KnowledgeBase) -> None:
    # The committee met last Thursday (7 August) in the city the sentence before names; the
    # truce "agreed in Putrajaya on 28 July" is the earlier sitting, not this one's venue.
    text = (
        "The news came from Kuala Lumpur. At a special meeting of the General Border "
        "Committee there last Thursday, Thailand and Cambodia agreed on ten steps to keep "
        "the truce agreed in Putrajaya on 28 July."
    )
    sittings = {
        (m.kind.value, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, AUGUST_11, kb)
    }
    assert ("report", "Kuala Lumpur", "2025-08-07") in sittings
    assert ("back_reference", "Putrajaya", "2025-07-28") in sittings


def test_a_deal_the_sides_agree_at_the_place_is_the_sitting_told(kb: KnowledgeBase) -> None:
    # Negative case: the sides met there and agreed a truce: one sitting, the one told.
    text = "Thailand and Cambodia met in Putrajaya on 28 July and agreed a truce."
    sittings = {
        (m.kind.value, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, AUGUST_11, kb)
    }
    assert len(sittings) == 1
    assert {(city, day) for _, city, day in sittings} == {("Putrajaya", "2025-07-28")}
