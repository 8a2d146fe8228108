"""Places that are where people speak or hold a view, talks refused in the singular,
sittings counted behind a round, and a pair of leaders recalled as "the two presidents".

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

MONDAY = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str) -> list[RoundMention]:
    return extract_mentions(text, None, MONDAY, kb)


def _cities(mentions: list[RoundMention]) -> set[str]:
    return {c for m in mentions for c in m.values(Field.CITY)}


# --- where the speakers are ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A place opening the sentence, then the speaker: where the words were said.
        "In Moscow, Kremlin aides said Russia would never accept talks that left out its "
        "demands on Ukraine.",
        "Later that day in Kyiv, President Volodymyr Zelensky insisted that no negotiations "
        "on Ukraine could be held without Ukraine.",
        # A place set apart from its speaker by commas.
        "Zelensky, meanwhile in Brussels, said Ukraine wanted to be at any talks with Russia.",
        "Putin, also in Beijing, told reporters that Russia was open to negotiations with Ukraine.",
        # People holding a view where they are.
        "Diplomats in Warsaw expect new Russian-Ukrainian talks before the winter.",
        "Many in Moscow viewed the Ukrainian negotiators' offer as a delaying tactic.",
        # Officials where they are, in the present tense.
        "Israeli and Lebanese envoys met in Naqoura on Friday. In Beirut, officials insist "
        "that this is not the start of peace talks.",
        # Where a precedent is cited.
        "Israeli and Lebanese envoys met in Naqoura on Friday. The precedent most often cited "
        "in Beirut is the indirect negotiations on the maritime border.",
        # The front, named by its cities.
        "Russian and Ukrainian negotiators met in Istanbul on Friday and Moscow said it "
        "would reduce military activity in the Kyiv and Chernigov directions.",
        # A capital standing for its government's team.
        "Russian and Ukrainian negotiators met in Istanbul on Friday. A source in Kyiv's "
        "delegation said Moscow's demands on the talks were unacceptable.",
        # Onlookers where they wait, in a clause after the talks' own.
        "Russian and Ukrainian negotiators met in Istanbul on Friday; in Kyiv, families of "
        "prisoners wait for news of an exchange.",
    ],
)
def test_a_place_where_people_speak_or_think_is_no_venue(kb: KnowledgeBase, text: str) -> None:
    mentions = _extract(kb, text)
    assert not _cities(mentions) & {"Moscow", "Kyiv", "Brussels", "Beijing", "Warsaw", "Beirut"}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # The talks themselves are placed before the speaker's comma.
        (
            "Talks in Istanbul between Russia and Ukraine, Umerov said, lasted two hours.",
            "Istanbul",
        ),
        # A meeting is the subject that "saw" something: its place is the venue.
        (
            "The meeting in Istanbul on Friday saw little progress between the Russian and "
            "Ukrainian delegations.",
            "Istanbul",
        ),
        # A city saying nothing, "hosted": the venue.
        ("Riyadh hosted talks between Russia and Ukraine on Friday.", "Riyadh"),
    ],
)
def test_a_venue_before_a_speaker_stays_a_venue(kb: KnowledgeBase, text: str, city: str) -> None:
    assert city in _cities(_extract(kb, text))


# --- refusals in the singular -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The general said on Sunday there would be no negotiation with the RSF.",
        "There will be no dialogue with the Rapid Support Forces while they hold Khartoum, "
        "the army said on Sunday.",
    ],
)
def test_no_negotiation_in_the_singular_is_no_round(kb: KnowledgeBase, text: str) -> None:
    assert _extract(kb, text) == []


def test_a_negotiation_in_the_singular_still_counts(kb: KnowledgeBase) -> None:
    # The negation is what mutes the clause, not the singular noun.
    text = "Sudan's army and the RSF held a negotiation in Jeddah on Saturday."
    assert "Jeddah" in _cities(_extract(kb, text))


# --- sittings counted behind a round ------------------------------------------------------


def test_sittings_counted_behind_a_round_do_not_place_it(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators will hold a fourth round next week, following "
        "three meetings in Riyadh."
    )
    mentions = _extract(kb, text)
    assert "Riyadh" not in {
        m.first(Field.CITY) for m in mentions if m.kind is MentionKind.ANNOUNCEMENT
    }


def test_a_round_after_its_own_sessions_elsewhere_keeps_its_city(kb: KnowledgeBase) -> None:
    # "after ... in" without counted sittings is not the rule's business.
    text = "Russian and Ukrainian negotiators met in Riyadh on Saturday after a week of shelling."
    assert "Riyadh" in _cities(_extract(kb, text))


# --- "the two presidents" recalled --------------------------------------------------------


def test_the_two_leaders_recalled_with_day_and_venue_make_a_round(kb: KnowledgeBase) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan spoke by phone on Sunday.\n\n"
        "The two leaders first met on 3 June in Prague, where they talked for an hour."
    )
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Prague"]
    assert mention.first(Field.START_DATE) == "2025-06-03"
    assert mention.conflict == "armenia-azerbaijan"


def test_the_two_leaders_met_without_a_venue_is_no_round(kb: KnowledgeBase) -> None:
    # No place: too little to tell which sitting it was.
    text = (
        "Ilham Aliyev and Nikol Pashinyan spoke by phone on Sunday.\n\n"
        "The two leaders first met on 3 June, and have disagreed since."
    )
    assert all(m.first(Field.START_DATE) != "2025-06-03" for m in _extract(kb, text))


def test_the_two_presidents_are_the_pair_of_presidents_named_paragraphs_before(
    kb: KnowledgeBase,
) -> None:
    # One of the pair is the usual go-between; ministers named nearer are not "the two
    # presidents".
    text = (
        "Donald Trump said on Friday that he still wanted to see Vladimir Putin.\n\n"
        "Aides were cautious.\n\n"
        "Sergei Lavrov and Marco Rubio spoke by phone on Monday.\n\n"
        "Sanctions on oil were widened.\n\n"
        "The two presidents last met on 2 July in Helsinki, where they talked for two hours."
    )
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Helsinki"]
    heads = {c.party: c.value for c in mention.claims if c.field is Field.HEAD}
    assert heads == {"United States": "Donald Trump", "Russia": "Vladimir Putin"}


def test_the_two_sides_named_further_back_outrank_a_side_and_its_go_between(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan shook hands at the White House.\n\n"
        "Aliyev thanked Donald Trump for his help.\n\n"
        "The two leaders first met on 3 June in Prague, where they talked for an hour."
    )
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Prague"]
    heads = {c.party: c.value for c in mention.claims if c.field is Field.HEAD}
    assert heads == {"Azerbaijan": "Ilham Aliyev", "Armenia": "Nikol Pashinyan"}


# --- more speakers' places, a round placed by its subject, a plan's former day -----------


def test_the_first_of_listed_speakers_places_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan will sign a treaty in Prague on Friday, diplomats "
        "in Moscow, Paris and Berlin said."
    )
    assert _cities(_extract(kb, text)) == {"Prague"}


def test_a_round_named_by_its_venue_follows_an_earlier_encounter(kb: KnowledgeBase) -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan will meet in Prague on Friday.\n\n"
        "The Prague meeting follows a short encounter between the two leaders in Vienna on "
        "6 October."
    )
    mentions = _extract(kb, text)
    (earlier,) = [m for m in mentions if m.first(Field.START_DATE) == "2025-10-06"]
    assert earlier.kind is MentionKind.BACK_REFERENCE
    assert earlier.values(Field.CITY) == ["Vienna"]
    heads = {c.party: c.value for c in earlier.claims if c.field is Field.HEAD}
    assert heads == {"Azerbaijan": "Ilham Aliyev", "Armenia": "Nikol Pashinyan"}


def test_an_unnamed_subject_following_earlier_talks_is_all_recalled(kb: KnowledgeBase) -> None:
    # No venue names the subject: the sentence as a whole recalls the earlier talks.
    text = "The meeting followed talks in Vienna on 6 October between Armenia and Azerbaijan."
    (mention,) = _extract(kb, text)
    assert mention.kind is MentionKind.BACK_REFERENCE
    assert mention.first(Field.CITY) == "Vienna"


@pytest.mark.parametrize(
    "text",
    [
        "Russian and Ukrainian delegations met in Riyadh on Thursday; the round had "
        "originally been scheduled for Monday, November 3, but slipped.",
        "Russian and Ukrainian delegations met in Riyadh on Thursday, in a round postponed "
        "from 3 November.",
    ],
)
def test_the_day_a_round_was_first_meant_for_does_not_date_it(kb: KnowledgeBase, text: str) -> None:
    days = {m.first(Field.START_DATE) for m in _extract(kb, text)}
    assert "2025-11-03" not in days
    assert "2025-11-06" in days


def test_a_separate_negotiation_elsewhere_is_no_part_of_the_round(kb: KnowledgeBase) -> None:
    text = (
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on "
        "Friday. A separate negotiation between the government and the M23, mediated by "
        "Qatar, is continuing in Doha."
    )
    [mention] = _extract(kb, text)
    assert "M23" not in mention.values(Field.PARTICIPANT)


def test_a_separate_track_going_on_at_a_place_is_no_sitting(kb: KnowledgeBase) -> None:
    text = (
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on "
        "Friday. The M23's leaders are negotiating separately with Kinshasa in Doha."
    )
    assert _cities(_extract(kb, text)) == {"Washington"}


def test_a_separate_sitting_dated_at_a_place_is_still_a_round(kb: KnowledgeBase) -> None:
    # Negative case: the separate table sat on a day of its own.
    text = (
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on "
        "Friday. In a separate negotiation, the government and the M23 met in Doha on Tuesday."
    )
    assert _cities(_extract(kb, text)) == {"Washington", "Doha"}


def test_a_region_named_after_a_city_places_the_talks_in_its_country(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in the Gomel region of Belarus on Monday, "
        "four days into the invasion."
    )
    [mention] = _extract(kb, text)
    assert mention.first(Field.COUNTRY) == "Belarus"
    # No sentence says the talks were in Gomel itself (a guess from the lead may remain).
    assert all(c.confidence <= 0.5 for c in mention.claims if c.field is Field.CITY)
