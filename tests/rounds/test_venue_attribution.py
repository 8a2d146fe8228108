"""Where and in which year a dated round of a many-round article was held.

Chronologies head paragraphs with a day or a month and a place; the place and the year hold
for the paragraph. Every text here is written for the test; none is taken from an
evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, RoundMention

AUTUMN = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)


def _extract(kb: KnowledgeBase, text: str, published: datetime = AUTUMN) -> list[RoundMention]:
    return extract_mentions(text, None, published, kb)


def _sittings(mentions: list[RoundMention]) -> set[tuple[str | None, str | None]]:
    return {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions}


# --- list entries: "DATE, CITY." / "MONTH YEAR, CITY." heading a paragraph ------------------


def test_a_day_and_a_place_closing_a_sentence_head_the_paragraph(kb: KnowledgeBase) -> None:
    text = (
        "A look back at the Armenia-Azerbaijan process.\n\n"
        "12 May 2024, Almaty. The Armenian and Azerbaijani foreign ministers held talks on the "
        "border and the peace treaty.\n\n"
        "3 March 2025, Abu Dhabi. Armenian and Azerbaijani negotiators met again to finalise "
        "the treaty text."
    )
    assert _sittings(_extract(kb, text)) >= {("Almaty", "2024-05-12"), ("Abu Dhabi", "2025-03-03")}


def test_a_month_and_a_place_date_the_days_of_the_paragraph(kb: KnowledgeBase) -> None:
    # The month gives the place; the days the paragraph names are of that entry's round.
    text = (
        "How the Sudan talks went.\n\n"
        "June 2024, Jeddah. A new round between the army and the RSF opened on 4 June. On "
        "19 June the mediators adjourned the talks without a truce.\n\n"
        "September 2024, Geneva. The army refused to send a delegation to the talks."
    )
    mentions = _extract(kb, text)
    jeddah = [m for m in mentions if m.first(Field.CITY) == "Jeddah"]
    assert len(jeddah) == 1
    assert {c.value for c in jeddah[0].claims if c.field is Field.START_DATE} >= {"2024-06-04"}


def test_the_entry_year_holds_for_days_told_without_one(kb: KnowledgeBase) -> None:
    # Published in 2025, a 2023 entry's "on 6 July" is 6 July 2023.
    text = (
        "Two years of Sudan diplomacy.\n\n"
        "July 2023, Jeddah. The army and the RSF delegations resumed talks on 6 July.\n\n"
        "August 2024, Geneva. The army did not attend the talks."
    )
    assert ("Jeddah", "2023-07-06") in _sittings(_extract(kb, text))


def test_a_range_heading_an_entry_dates_its_round(kb: KnowledgeBase) -> None:
    text = (
        "The rounds so far.\n\n"
        "14-16 April 2025, Muscat. Iranian and American negotiators held indirect talks.\n\n"
        "2 May 2025, Rome. The talks went on at the Omani embassy."
    )
    mentions = _extract(kb, text)
    muscat = next(m for m in mentions if m.first(Field.CITY) == "Muscat")
    assert muscat.first(Field.START_DATE) == "2025-04-14"
    assert muscat.first(Field.END_DATE) == "2025-04-16"


def test_a_day_outside_the_entry_is_not_given_its_place(kb: KnowledgeBase) -> None:
    # The paragraph goes on to another month: that day is not the entry's, nor is its place.
    text = (
        "Timeline.\n\n"
        "June 2024, Jeddah. A new round between the army and the RSF opened. The mediators "
        "then called the delegations back for talks on 2 September.\n\n"
        "October 2024, Cairo. The talks did not resume."
    )
    sittings = _sittings(_extract(kb, text))
    assert ("Jeddah", "2025-09-02") not in sittings
    assert ("Jeddah", "2024-09-02") not in sittings


def test_a_month_alone_on_a_line_heads_no_entry(kb: KnowledgeBase) -> None:
    # "March 2025." without a place is a byline's or a section's month, not a list entry.
    text = (
        "March 2025.\n\n"
        "Russian and Ukrainian delegations met in Istanbul on Friday for talks on prisoners."
    )
    published = datetime(2025, 3, 16, 9, 0, tzinfo=UTC)
    assert ("Istanbul", "2025-03-14") in _sittings(_extract(kb, text, published))


def test_a_month_and_a_credit_line_head_no_entry(kb: KnowledgeBase) -> None:
    # "March 2025, Reuters." names no place: the talks below stay the article's own round.
    text = (
        "March 2025, Reuters. Russian and Ukrainian delegations meet in Istanbul for talks "
        "on prisoners."
    )
    published = datetime(2025, 3, 16, 9, 0, tzinfo=UTC)
    mentions = _extract(kb, text, published)
    assert [m.kind.value for m in mentions] == ["report"]
    assert mentions[0].first(Field.START_DATE) != "2025-03-01"


# --- "there": the place the sentence before names -------------------------------------------


def test_there_points_at_the_place_of_the_sentence_before(kb: KnowledgeBase) -> None:
    text = (
        "The idea of a humanitarian corridor goes back to Jeddah. The army and the RSF held "
        "talks there on 14 March 2024, with Saudi mediators."
    )
    assert ("Jeddah", "2024-03-14") in _sittings(_extract(kb, text))


def test_there_does_not_reach_into_the_paragraph_before(kb: KnowledgeBase) -> None:
    # A new paragraph: "there" is not the place the last paragraph ended on.
    text = (
        "Thousands fled towards Jeddah by sea.\n\n"
        "The army and the RSF held talks there on 14 March 2024, with Saudi mediators."
    )
    assert ("Jeddah", "2024-03-14") not in _sittings(_extract(kb, text))


# --- the year of a recalled day: the paragraph's ---------------------------------------------


def test_a_day_after_one_told_with_its_year_keeps_that_year(kb: KnowledgeBase) -> None:
    # Published in 2025: "On 9 April" follows a 2024 day in the same paragraph.
    text = (
        "Talks in Jeddah between the army and the RSF opened on 2 April 2024. On 9 April the "
        "two delegations signed a declaration on aid corridors in Jeddah."
    )
    days = {c.value for m in _extract(kb, text) for c in m.claims if c.field.name.endswith("DATE")}
    assert "2024-04-09" in days
    assert "2025-04-09" not in days


def test_a_recent_day_is_the_news_not_the_year_recalled(kb: KnowledgeBase) -> None:
    # Two weeks before publication: "On 6 November" is this year's, whatever came before.
    text = (
        "Talks in Jeddah between the army and the RSF opened on 2 October 2024. On 6 November "
        "the two delegations met in Jeddah again."
    )
    days = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.START_DATE}
    assert "2025-11-06" in days
    assert "2024-11-06" not in days


def test_a_year_told_in_another_paragraph_does_not_carry(kb: KnowledgeBase) -> None:
    text = (
        "Talks in Jeddah between the army and the RSF opened on 2 April 2024.\n\n"
        "On 9 April the two delegations met in Jeddah to sign a declaration on aid corridors."
    )
    days = {c.value for m in _extract(kb, text) for c in m.claims if c.field.name.endswith("DATE")}
    assert "2024-04-09" not in days


# --- a later day of a recalled round that opened at the same place ---------------------------


def test_a_signing_days_after_the_opening_is_the_same_recalled_round(kb: KnowledgeBase) -> None:
    text = (
        "Talks in Jeddah between the army and the RSF opened on 2 April 2024. On 9 April the "
        "two delegations signed a declaration on aid corridors in Jeddah."
    )
    jeddah = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Jeddah"]
    assert len(jeddah) == 1
    assert jeddah[0].first(Field.START_DATE) == "2024-04-02"


def test_a_later_day_at_another_place_is_another_round(kb: KnowledgeBase) -> None:
    text = (
        "Talks in Jeddah between the army and the RSF opened on 2 April 2024. On 9 April the "
        "two delegations met again in Cairo."
    )
    cities = {m.first(Field.CITY) for m in _extract(kb, text)}
    assert {"Jeddah", "Cairo"} <= cities


# --- a round that produced a deal was held ---------------------------------------------------


def test_talks_suspended_after_a_deal_were_held_not_cancelled(kb: KnowledgeBase) -> None:
    text = (
        "In Jeddah on 9 April 2024 the army and the RSF signed a declaration of principles on "
        "aid, but the mediators suspended the talks a month later."
    )
    (mention,) = [m for m in _extract(kb, text) if m.first(Field.CITY) == "Jeddah"]
    assert mention.first(Field.STATUS) != "cancelled"
    assert mention.first(Field.OUTCOME) == "partial_agreement"


def test_talks_suspended_without_a_deal_stay_cancelled(kb: KnowledgeBase) -> None:
    text = "The mediators suspended the talks between the army and the RSF in Jeddah on Monday."
    statuses = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.STATUS}
    assert "cancelled" in statuses


# --- a planned sitting's day is ahead; a standing body's next sitting is at its seat ---------

DECEMBER = datetime(2025, 12, 5, 9, 0, tzinfo=UTC)


def test_a_day_agreed_for_the_next_sitting_is_ahead_not_last_year(kb: KnowledgeBase) -> None:
    for plan in ("agreed to meet again on", "decided to reconvene on", "agreed to resume talks on"):
        text = (
            "Lebanese and Israeli officers met at the UN base in Naqoura on Thursday. They "
            f"{plan} 17 December."
        )
        days = {
            c.value
            for m in _extract(kb, text, DECEMBER)
            for c in m.claims
            if c.field is Field.START_DATE
        }
        assert "2025-12-17" in days, plan
        assert "2024-12-17" not in days, plan


def test_a_day_that_went_by_stays_behind(kb: KnowledgeBase) -> None:
    # No plan: a past verb and a day after publication is last year's, as before.
    text = "Lebanese and Israeli officers met at the UN base in Naqoura on 28 December."
    days = {
        c.value
        for m in _extract(kb, text, DECEMBER)
        for c in m.claims
        if c.field is Field.START_DATE
    }
    assert days == {"2024-12-28"}


def test_a_standing_body_meets_again_at_its_seat(kb: KnowledgeBase) -> None:
    text = (
        "Lebanese and Israeli delegates met in the truce monitoring committee at the UN base "
        "in Naqoura on Thursday. The committee will convene again on 17 December."
    )
    mentions = _extract(kb, text, DECEMBER)
    later = next(m for m in mentions if m.first(Field.START_DATE) == "2025-12-17")
    assert later.first(Field.CITY) == "Naqoura"
    assert {c.value for c in later.claims if c.field is Field.PARTICIPANT} == {"Israel", "Lebanon"}


def test_delegations_meeting_again_are_not_given_the_last_venue(kb: KnowledgeBase) -> None:
    # Delegations, not a standing body: the next round may be anywhere.
    text = (
        "Russian and Ukrainian delegations held talks in Istanbul on Thursday. They will meet "
        "again on 17 December."
    )
    mentions = _extract(kb, text, DECEMBER)
    later = next(m for m in mentions if m.first(Field.START_DATE) == "2025-12-17")
    assert later.first(Field.CITY) is None


# --- "CITY, where ...": a relative clause telling the talks held there -----------------------


def test_a_where_clause_places_the_talks_it_tells(kb: KnowledgeBase) -> None:
    for clause in (
        "where Qatari mediators got the government and the M23 to sign a framework agreement on "
        "3 October",
        "where the two delegations met on 3 October",
        "where the sides held a round of talks on 3 October",
    ):
        text = f"Congo's parallel track with the rebels leads to Doha, {clause}."
        assert ("Doha", "2025-10-03") in _sittings(_extract(kb, text)), clause


def test_a_where_clause_of_a_briefing_is_no_venue(kb: KnowledgeBase) -> None:
    text = (
        "After the Congo talks on 3 October the envoy flew back to Washington, where he "
        "briefed the president on the talks."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert "Washington" not in cities


# --- a text named after its place, whose signing the sentence tells --------------------------


def test_a_declaration_named_after_a_city_and_signed_places_the_round(kb: KnowledgeBase) -> None:
    text = (
        "The Doha declaration that the M23 and Kinshasa signed on 19 July 2025 still awaits "
        "its protocols on prisoners and aid."
    )
    assert ("Doha", "2025-07-19") in _sittings(_extract(kb, text))
    text = (
        "The Jeddah agreement that the army and the RSF signed on 11 May 2023, brokered by "
        "Saudi Arabia, was never applied."
    )
    assert ("Jeddah", "2023-05-11") in _sittings(_extract(kb, text))


def test_a_declaration_only_named_places_nothing(kb: KnowledgeBase) -> None:
    # Named, not signed: the sentence speaks of the text, not of where it was agreed.
    text = "Kinshasa and the M23 accuse each other of breaking the Doha declaration on 19 July."
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert "Doha" not in cities


# --- a go-between of two processes goes with the process its sentence tells ------------------


def test_shared_mediators_go_with_the_other_conflict_of_the_sentence(kb: KnowledgeBase) -> None:
    # A DR Congo article: the United States mediates there too, but this clause is Sudan's.
    text = (
        "Congo and Rwanda signed a peace deal in Washington on Thursday, with the M23 absent. "
        "Elsewhere, the Jeddah Declaration that the army and the RSF signed on 11 May 2023, "
        "brokered by Saudi Arabia and the United States, is all but forgotten."
    )
    mentions = _extract(kb, text, datetime(2025, 12, 6, 9, 0, tzinfo=UTC))
    sudan = next(m for m in mentions if m.conflict == "sudan")
    mediators = {c.value for c in sudan.claims if c.field is Field.MEDIATOR}
    assert mediators == {"Saudi Arabia", "United States"}


def test_the_article_s_own_mediator_stays_with_it(kb: KnowledgeBase) -> None:
    # The clause names a side of the Congo conflict: it is not the other process's.
    text = (
        "The army and the RSF talked in Jeddah on 11 May 2023. Rwanda and Congo signed a peace "
        "agreement in Washington on Thursday, brokered by the United States."
    )
    mentions = _extract(kb, text, datetime(2025, 12, 6, 9, 0, tzinfo=UTC))
    drc = [m for m in mentions if m.conflict == "drc"]
    assert any(
        c.value == "United States" for m in drc for c in m.claims if c.field is Field.MEDIATOR
    )


# --- a recalled opening that the paragraph's news continues ---------------------------------


def test_news_of_talks_that_opened_weeks_ago_is_of_that_round(kb: KnowledgeBase) -> None:
    # Published 25 July: the Doha talks opened on 3 July; yesterday's news is of them, so
    # the round reported opened on 3 July and is not a round of its own on 24 July.
    text = (
        "In Doha, the indirect talks between Israel and Hamas that began on 3 July were meant "
        "to bring a truce. Yesterday the American negotiators went home, and Israel recalled "
        "its negotiators too."
    )
    mentions = _extract(kb, text, datetime(2025, 7, 25, 9, 0, tzinfo=UTC))
    assert _sittings(mentions) == {("Doha", "2025-07-03")}
    assert mentions[0].first(Field.OUTCOME) == "collapsed"


def test_news_months_after_an_opening_is_another_round(kb: KnowledgeBase) -> None:
    text = (
        "In Doha, the indirect talks between Israel and Hamas that began on 3 January ended "
        "with a deal. Yesterday Israeli and Hamas negotiators met again."
    )
    mentions = _extract(kb, text, datetime(2025, 7, 25, 9, 0, tzinfo=UTC))
    starts = {m.first(Field.START_DATE) for m in mentions if m.conflict == "gaza"}
    assert {"2025-01-03", "2025-07-24"} <= starts


# --- "the same UN compound": the place pointed back at may be qualified ---------------------


def test_the_same_qualified_building_is_the_place_named_before(kb: KnowledgeBase) -> None:
    text = (
        "Geneva knows these scenes. On 9 January 2024, in the same lakeside palace, Iranian "
        "and American negotiators held indirect talks on sanctions."
    )
    assert ("Geneva", "2024-01-09") in _sittings(_extract(kb, text))


def test_the_same_demand_points_at_no_place(kb: KnowledgeBase) -> None:
    # "the same" before a word that is no place: nothing to point back at.
    text = (
        "Geneva knows these scenes. On 9 January 2024 Iranian and American negotiators held "
        "indirect talks and repeated the same old demands on sanctions."
    )
    cities = {c.value for m in _extract(kb, text) for c in m.claims if c.field is Field.CITY}
    assert "Geneva" not in cities
