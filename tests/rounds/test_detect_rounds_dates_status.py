"""Which rounds an article speaks of, their dates and their status: general news patterns.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

THURSDAY = datetime(2025, 9, 11, 18, 0, tzinfo=UTC)


def _extract(
    kb: KnowledgeBase, text: str, title: str | None = None, published: datetime = THURSDAY
) -> list[RoundMention]:
    return extract_mentions(text, title, published, kb)


def _only(mentions: list[RoundMention], kind: MentionKind) -> RoundMention:
    (found,) = [m for m in mentions if m.kind is kind]
    return found


def _status(mention: RoundMention) -> str | None:
    return mention.first(Field.STATUS)


# --- status -------------------------------------------------------------------------------


def test_talks_held_today_are_over_though_a_later_clause_looks_ahead(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys held a fresh round of indirect talks in Muscat on "
        "Thursday and agreed that their deputies would begin drafting a text next month."
    )
    assert _status(_only(_extract(kb, text), MentionKind.REPORT)) == "concluded"


def test_a_deal_signed_on_the_day_closes_the_round(kb: KnowledgeBase) -> None:
    text = (
        "Congo's government and the M23 rebels signed a protocol on prisoner releases in "
        "Doha on Thursday, with Qatar acting as go-between."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert _status(report) == "concluded"
    assert report.first(Field.START_DATE) == "2025-09-11"


def test_an_opening_session_that_ended_leaves_the_round_going(kb: KnowledgeBase) -> None:
    text = (
        "Indirect negotiations between Israel and Hamas got under way in Cairo on Wednesday. "
        "The opening session broke up late at night without a result."
    )
    assert _status(_only(_extract(kb, text), MentionKind.REPORT)) == "ongoing"


def test_a_sitting_due_the_next_morning_means_the_round_goes_on(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Wednesday under Turkish "
        "mediation.\n"
        "The talks were scheduled to resume on Thursday, officials on both sides said."
    )
    assert _status(_only(_extract(kb, text), MentionKind.REPORT)) == "ongoing"


def test_talks_going_into_another_day_are_ongoing(kb: KnowledgeBase) -> None:
    title = "Sudan ceasefire negotiations continue in Jeddah into a third day"
    text = "Envoys of the army and the Rapid Support Forces met in Jeddah on Tuesday."
    assert _status(_only(_extract(kb, text, title), MentionKind.REPORT)) == "ongoing"


def test_negotiating_since_a_day_is_ongoing_from_that_day(kb: KnowledgeBase) -> None:
    text = (
        "Sudan's army and the Rapid Support Forces signed a pledge on aid corridors, after "
        "negotiating in the Saudi city of Jeddah since 2 September."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-09-02"
    assert report.first(Field.CITY) == "Jeddah"
    assert _status(report) == "ongoing"


def test_a_meeting_reported_in_the_present_for_a_past_day_is_over(kb: KnowledgeBase) -> None:
    text = (
        "Lebanon and Israel each send a civilian delegate on Tuesday, 9 September, to the "
        "truce committee that meets at the UN base in Naqoura."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.CITY) == "Naqoura"
    assert _status(report) == "concluded"


def test_an_earlier_round_weeks_back_was_held(kb: KnowledgeBase) -> None:
    text = (
        "The deal builds on a first round that Armenia and Azerbaijan held in Abu Dhabi on "
        "2 July, when the two leaders met for five hours."
    )
    back = _only(_extract(kb, text), MentionKind.BACK_REFERENCE)
    assert _status(back) == "concluded"


# --- dates --------------------------------------------------------------------------------


def test_days_of_talks_that_began_on_a_date_give_the_last_day(kb: KnowledgeBase) -> None:
    text = (
        "Hamas and Israel agreed to a hostage release on Wednesday, closing four days of "
        "indirect negotiations in Doha that started on Sunday, 7 September."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-09-07"
    assert report.first(Field.END_DATE) == "2025-09-10"


def test_a_closing_day_and_a_length_give_the_first_day(kb: KnowledgeBase) -> None:
    text = (
        "Negotiators from Kyiv and Washington wrapped up three days of consultations in "
        "Miami on Wednesday."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-09-08"
    assert report.first(Field.END_DATE) == "2025-09-10"


def test_an_agreement_at_the_end_of_talks_opened_earlier_is_their_last_day(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The Yemeni government and the Houthis agreed on Wednesday to free 600 detainees, "
        "at the close of UN-chaired negotiations in Muscat that opened on 1 September."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.START_DATE) == "2025-09-01"
    assert report.first(Field.END_DATE) == "2025-09-10"


def test_a_later_day_of_a_round_said_to_have_begun_earlier_is_not_its_start(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Sudan's army and the Rapid Support Forces signed a pledge in Jeddah on Wednesday "
        "to open aid routes. Their talks in the Saudi port began last weekend."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.values(Field.START_DATE) == ["2025-09-06"]
    assert report.first(Field.END_DATE) == "2025-09-10"


def test_the_day_a_leader_spoke_of_a_future_meeting_does_not_date_it(kb: KnowledgeBase) -> None:
    text = "Donald Trump said on Wednesday he would sit down with Vladimir Putin in Helsinki."
    (mention,) = _extract(kb, text)
    assert mention.first(Field.CITY) == "Helsinki"
    assert mention.first(Field.START_DATE) is None


# --- rounds from dated lists and anaphora -------------------------------------------------


def test_a_date_heading_a_paragraph_dates_the_round_it_describes(kb: KnowledgeBase) -> None:
    text = (
        "Delegations from Moscow and Kyiv are to meet in Istanbul again next week. "
        "This is how their earlier meetings went.\n"
        "June 14, 2024. The two delegations met at the Ciragan Palace for about an hour.\n"
        "August 30, 2024. Meeting at the same palace, the sides swapped lists of prisoners."
    )
    backs = [m for m in _extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    dated = {(m.first(Field.START_DATE), m.first(Field.CITY)) for m in backs}
    assert dated == {("2024-06-14", "Istanbul"), ("2024-08-30", "Istanbul")}
    assert all(_status(m) == "concluded" for m in backs)


def test_a_place_and_date_entry_and_a_section_heading_give_the_venue(kb: KnowledgeBase) -> None:
    text = (
        "Two mediation tracks have tried to end the war in eastern Congo.\n"
        "Doha: talks with the rebels\n"
        "March 3, 2025. Qatar got Kinshasa and the M23 to sign a joint statement.\n"
        "Washington, April 25, 2025. Congo and Rwanda signed a declaration of principles "
        "in front of the US secretary of state."
    )
    backs = [m for m in _extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    dated = {(m.first(Field.START_DATE), m.first(Field.CITY)) for m in backs}
    assert dated == {("2025-03-03", "Doha"), ("2025-04-25", "Washington")}


def test_the_same_city_names_the_venue_named_before(kb: KnowledgeBase) -> None:
    text = (
        "US and Russian officials negotiated for ten hours in Riyadh on Wednesday.\n"
        "That session came after talks in the same city on Monday between the Americans "
        "and a Ukrainian team."
    )
    back = _only(_extract(kb, text), MentionKind.BACK_REFERENCE)
    assert back.first(Field.CITY) == "Riyadh"
    assert back.first(Field.START_DATE) == "2025-09-08"


# --- what is a round ----------------------------------------------------------------------


def test_a_city_that_hosted_the_talks_is_their_venue(kb: KnowledgeBase) -> None:
    text = "Vienna hosted the talks between Iranian and American envoys on 30 August."
    (mention,) = _extract(kb, text)
    assert mention.first(Field.CITY) == "Vienna"


def test_a_summit_of_two_leaders_is_a_round_though_a_call_preceded_it(kb: KnowledgeBase) -> None:
    text = (
        "Donald Trump has called off a planned summit with Vladimir Putin in Budapest, "
        "after a tense phone call between their foreign ministers."
    )
    (mention,) = _extract(kb, text)
    assert mention.first(Field.CITY) == "Budapest"
    assert _status(mention) == "cancelled"


def test_sides_agreeing_on_a_truce_negotiated_it(kb: KnowledgeBase) -> None:
    text = (
        "The prime ministers of Thailand and Cambodia agreed on Wednesday to an immediate "
        "truce at a meeting in Kuala Lumpur chaired by Malaysia."
    )
    report = _only(_extract(kb, text), MentionKind.REPORT)
    assert report.first(Field.CITY) == "Kuala Lumpur"
    assert report.first(Field.START_DATE) == "2025-09-10"


def test_a_next_sitting_agreed_for_a_date_is_announced(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American negotiators met in Rome on Thursday. Both sides agreed to "
        "meet again on 20 September."
    )
    announced = _only(_extract(kb, text), MentionKind.ANNOUNCEMENT)
    assert announced.first(Field.START_DATE) == "2025-09-20"
    assert _status(announced) == "scheduled"


def test_a_list_of_venues_places_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Since the spring there have been talks in Istanbul, meetings in Riyadh and "
        "trilateral sessions in Abu Dhabi, and this week the negotiators gathered again."
    )
    assert all(m.first(Field.CITY) is None for m in _extract(kb, text))


def test_a_demand_to_return_to_talks_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Ministers meeting in Brussels on Wednesday called on Sudan's army and the Rapid "
        "Support Forces to return to negotiations at once."
    )
    assert _extract(kb, text) == []


def test_where_speakers_are_is_not_where_talks_are(kb: KnowledgeBase) -> None:
    text = (
        "Israel and Lebanon have not announced any meeting, and diplomats in Beirut said "
        "any negotiation would need American help."
    )
    assert _extract(kb, text) == []


def test_a_sentence_opening_with_whether_is_a_hypothesis(kb: KnowledgeBase) -> None:
    text = "Whether Russia and Ukraine hold talks in Vienna depends on the Kremlin."
    assert _extract(kb, text) == []


def test_two_earlier_rounds_at_one_venue_stay_apart(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Russia and Ukraine talked in Istanbul on 3 April. They held another "
        "round there on 28 April, with Turkey again in the chair."
    )
    backs = [m for m in _extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    dated = sorted((m.first(Field.START_DATE), m.first(Field.CITY)) for m in backs)
    assert dated == [("2025-04-03", "Istanbul"), ("2025-04-28", "Istanbul")]


def test_an_undated_recall_of_a_venue_joins_its_one_dated_round(kb: KnowledgeBase) -> None:
    text = (
        "Iran and the United States held a round of talks in Oslo on 2 June.\n"
        "The earlier talks in Oslo ended without agreement, both sides said."
    )
    backs = [m for m in _extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    assert [m.first(Field.CITY) for m in backs] == ["Oslo"]
    assert backs[0].first(Field.START_DATE) == "2025-06-02"


def test_a_bulleted_list_of_dated_meetings_gives_one_round_each(kb: KnowledgeBase) -> None:
    text = (
        "The three meetings so far between the two sides:\n"
        "- 4 March 2025, Geneva: Russian and Ukrainian envoys sit down for the first time.\n"
        "- 19 March 2025, Geneva: a second meeting ends with a swap of wounded soldiers."
    )
    backs = [m for m in _extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    dated = sorted((m.first(Field.START_DATE), m.first(Field.CITY)) for m in backs)
    assert dated == [("2025-03-04", "Geneva"), ("2025-03-19", "Geneva")]
