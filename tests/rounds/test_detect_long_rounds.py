"""Rounds that run for weeks, datelines, and articles that name talks without placing any.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention, Source, SourcedMention

# A Sunday, three weeks into a round.
SUNDAY = datetime(2025, 3, 23, 9, 0, tzinfo=UTC)


def _extract(
    kb: KnowledgeBase, text: str, title: str | None = None, published: datetime = SUNDAY
) -> list[RoundMention]:
    return extract_mentions(text, title, published, kb)


def _values(mention: RoundMention, field: Field) -> set[str]:
    return set(mention.values(field))


def test_negotiating_since_a_day_dates_the_round_whatever_follows_the_day(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Sudan's army and the Rapid Support Forces signed a humanitarian truce on Saturday. "
        "The deal came out of the Jeddah talks, at which envoys of the army and the RSF have "
        "been negotiating since 2 March under Saudi and American sponsorship."
    )
    (report,) = [m for m in _extract(kb, text) if m.kind is MentionKind.REPORT]
    assert report.conflict == "sudan"
    # the truce is a later day of the round that opened on 2 March, not its first
    assert _values(report, Field.START_DATE) == {"2025-03-02"}
    assert "ongoing" in _values(report, Field.STATUS)


def test_a_round_said_to_have_opened_weeks_ago_is_the_round_reported(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Indirect talks between Israel and Hamas in Doha collapsed on Friday when both "
        "delegations flew home. The negotiations, which began in the Qatari capital on "
        "28 February, had made little headway on the exchange of hostages."
    )
    mentions = _extract(kb, text)
    assert [m.kind for m in mentions if m.conflict == "gaza"] == [MentionKind.REPORT]
    (report,) = mentions
    assert report.first(Field.START_DATE) == "2025-02-28"
    assert "2025-03-21" in _values(report, Field.END_DATE)


def test_a_round_of_three_weeks_keeps_its_last_day(kb: KnowledgeBase) -> None:
    text = (
        "Indirect talks between Israel and Hamas in Doha collapsed on Friday when both "
        "delegations flew home. The negotiations, which began in the Qatari capital on "
        "28 February, had made little headway on the exchange of hostages."
    )
    source = Source(1, "https://example.test/doha", None, None, SUNDAY)
    mentions = [SourcedMention(m, source) for m in _extract(kb, text)]
    (merged,) = merge_mentions(mentions)
    assert (merged.start_date, merged.end_date) == (
        datetime(2025, 2, 28).date(),
        datetime(2025, 3, 21).date(),
    )


def test_a_dateline_with_two_cities_and_the_agency_after_the_day_dates_no_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "CAIRO/GAZA, March 23 (Newswire) - Mediators in Doha held a fresh session of "
        "indirect talks between Israel and Hamas on Saturday."
    )
    (report,) = _extract(kb, text)
    assert _values(report, Field.START_DATE) == {"2025-03-22"}


def test_talks_named_without_a_venue_or_a_day_yield_no_mention(kb: KnowledgeBase) -> None:
    text = (
        "Iran's president said the indirect negotiations with Washington over the nuclear "
        "programme could not go on under threats, and urged Oman to keep passing messages."
    )
    assert _extract(kb, text) == []


def test_a_lead_setting_the_scene_places_and_dates_the_talks_that_follow(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Traffic around the old port of Geneva was halted on Saturday as motorcades came "
        "and went.\n\n"
        "In a lakeside hotel, Ukrainian and American negotiators went through the peace "
        "plan line by line."
    )
    (report,) = _extract(kb, text)
    assert report.first(Field.CITY) == "Geneva"
    assert report.first(Field.START_DATE) == "2025-03-22"
    assert report.first(Field.STATUS) == "concluded"


def test_a_lead_without_a_day_of_its_own_sets_no_scene(kb: KnowledgeBase) -> None:
    text = (
        "Istanbul has long prided itself on its role as a meeting point.\n\n"
        "Russian and Ukrainian negotiators are holding direct talks behind closed doors."
    )
    assert _extract(kb, text) == []


def test_a_lead_that_reports_a_statement_about_a_city_sets_no_scene(kb: KnowledgeBase) -> None:
    text = (
        "Turkey's foreign minister said on Saturday that Istanbul stood ready to host leaders."
        "\n\nRussian and Ukrainian negotiators are holding direct talks behind closed doors."
    )
    assert _extract(kb, text) == []


def test_the_day_the_talks_opened_weeks_back_is_the_reported_round_s_first(
    kb: KnowledgeBase,
) -> None:
    # "The talks opened on 9 December" names the round just reported by its noun: its
    # first day, not a round recalled for lying two weeks before publication.
    text = (
        "The Yemeni government and the Houthis agreed in Muscat on Tuesday to the largest "
        "exchange of detainees of the war, after two weeks of negotiations.\n\n"
        "The talks opened on 9 December."
    )
    mentions = extract_mentions(text, None, datetime(2025, 12, 24, 9, tzinfo=UTC), kb)
    (mention,) = mentions
    assert (mention.first(Field.START_DATE), mention.first(Field.END_DATE)) == (
        "2025-12-09",
        "2025-12-23",
    )


def test_talks_that_opened_months_before_are_still_recalled(kb: KnowledgeBase) -> None:
    # Negative case: beyond a round's longest run the opening is another round's.
    text = (
        "The Yemeni government and the Houthis agreed in Muscat on Tuesday to the largest "
        "exchange of detainees of the war, after two weeks of negotiations.\n\n"
        "The talks opened on 9 September."
    )
    mentions = extract_mentions(text, None, datetime(2025, 12, 24, 9, tzinfo=UTC), kb)
    assert {m.first(Field.START_DATE) for m in mentions} == {"2025-12-23", "2025-09-09"}


WITHDRAWN = (
    "Israel on Thursday pulled its negotiators out of Doha, ending almost three weeks of "
    "indirect talks with Hamas without a truce.\n\n"
    "Israeli and Hamas delegations sat in separate buildings in the Qatari capital while "
    "Qatari mediators carried "
    "drafts between them."
)


def test_the_day_the_talks_began_dates_a_round_told_without_a_day_of_its_own(
    kb: KnowledgeBase,
) -> None:
    text = WITHDRAWN + " The talks began on 6 July."
    mentions = extract_mentions(text, None, datetime(2025, 7, 25, 7, tzinfo=UTC), kb)
    assert [(m.kind, m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions] == [
        (MentionKind.REPORT, "Doha", "2025-07-06")
    ]


def test_a_beginning_beyond_a_round_s_run_stays_an_earlier_round(kb: KnowledgeBase) -> None:
    # Negative case: talks that began in March are not the sitting left in July.
    text = WITHDRAWN + " The talks began on 6 March."
    mentions = extract_mentions(text, None, datetime(2025, 7, 25, 7, tzinfo=UTC), kb)
    assert (MentionKind.BACK_REFERENCE, "2025-03-06") in {
        (m.kind, m.first(Field.START_DATE)) for m in mentions
    }
    assert all(m.first(Field.START_DATE) is None for m in mentions if m.kind is MentionKind.REPORT)


def test_talks_due_next_week_are_the_ones_due_at_a_venue_that_week(kb: KnowledgeBase) -> None:
    # The dateline places the story, not the talks: "next week" is the Geneva opening.
    text = (
        "NAIROBI - A new attempt at talks on Sudan's war is due to begin next week.\n\n"
        "Washington has invited the army and the Rapid Support Forces to talks that are due "
        "to open in Geneva on 14 August."
    )
    mentions = extract_mentions(text, None, datetime(2024, 8, 8, 9, tzinfo=UTC), kb)
    assert [(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions] == [
        ("Geneva", "2024-08-14")
    ]


def test_talks_due_next_week_stay_apart_from_a_venue_due_later(kb: KnowledgeBase) -> None:
    # Negative case: Geneva is due a month on; next week's talks are another sitting.
    text = (
        "NAIROBI - A new attempt at talks on Sudan's war is due to begin next week.\n\n"
        "Washington has invited the army and the Rapid Support Forces to talks that are due "
        "to open in Geneva on 10 September."
    )
    mentions = extract_mentions(text, None, datetime(2024, 8, 8, 9, tzinfo=UTC), kb)
    assert len(mentions) == 2


OPINION = (
    "I have covered a dozen summits, and I judge them by what comes after the handshakes. "
    "By that measure, Friday in {place} was a thin day.\n\n"
    "Donald Trump and Vladimir Putin met outside Anchorage for close to three hours."
)


def test_a_lead_sentence_naming_the_venue_dates_the_round_the_first_one_does_not(
    kb: KnowledgeBase,
) -> None:
    published = datetime(2025, 8, 17, 9, tzinfo=UTC)
    [mention] = extract_mentions(OPINION.format(place="Anchorage"), None, published, kb)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Anchorage",
        "2025-08-15",
    )


def test_a_lead_sentence_naming_another_place_dates_nothing(kb: KnowledgeBase) -> None:
    # Negative case: Friday is a day somewhere else; the round stays undated.
    published = datetime(2025, 8, 17, 9, tzinfo=UTC)
    [mention] = extract_mentions(OPINION.format(place="Brussels"), None, published, kb)
    assert mention.first(Field.START_DATE) is None


def test_negotiations_held_since_a_day_opened_that_day(kb: KnowledgeBase) -> None:
    text = (
        "SHARM EL-SHEIKH - Egypt said on Thursday that a deal had been reached between Israel "
        "and Hamas on a first phase, following indirect negotiations hosted by the city of "
        "Sharm el-Sheikh since Monday under Egyptian, Qatari, Turkish and American "
        "mediation.\n\n"
        "The deal was signed in Sharm el-Sheikh on Thursday by the negotiators."
    )
    [mention] = extract_mentions(text, None, datetime(2025, 10, 9, 12, tzinfo=UTC), kb)
    assert (mention.first(Field.START_DATE), mention.first(Field.END_DATE)) == (
        "2025-10-06",
        "2025-10-09",
    )


def test_a_war_going_on_since_a_day_opens_no_talks(kb: KnowledgeBase) -> None:
    # Negative case: "since" dates the fighting, not the talks.
    text = (
        "SHARM EL-SHEIKH - Israel and Hamas reached an agreement on Thursday after indirect "
        "negotiations in the city; the fighting had raged since October 2023."
    )
    [mention] = extract_mentions(text, None, datetime(2025, 10, 9, 12, tzinfo=UTC), kb)
    assert mention.first(Field.START_DATE) == "2025-10-09"


EXPLAINER = (
    "Delegations of the army and the RSF opened talks in Jeddah on 6 May 2023, three weeks "
    "into the war. The first round ran until 1 June. On 31 May the army suspended its "
    "participation."
)


def test_days_after_talks_opened_at_a_place_are_that_round_s(kb: KnowledgeBase) -> None:
    mentions = extract_mentions(EXPLAINER, None, datetime(2024, 4, 14, 6, tzinfo=UTC), kb)
    assert [(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions] == [
        ("Jeddah", "2023-05-06")
    ]


def test_an_anniversary_years_on_dates_no_round(kb: KnowledgeBase) -> None:
    text = (
        "One year ago today, fighting broke out in Khartoum between the army and the RSF. "
        "The only sustained negotiations between the two forces have taken place in Jeddah."
    )
    mentions = extract_mentions(text, None, datetime(2024, 4, 15, 6, tzinfo=UTC), kb)
    assert all(m.first(Field.START_DATE) != "2024-04-15" for m in mentions)


PROCESS = (
    "Iranian and American negotiators are expected to meet again in Rome on Saturday, May 3. "
    "The process has moved faster than anyone predicted when it began in Muscat earlier this "
    "month, on April 12. "
    "That first meeting ended with a few minutes of direct conversation."
)


def test_the_process_beginning_at_a_place_is_its_first_round(kb: KnowledgeBase) -> None:
    mentions = extract_mentions(PROCESS, None, datetime(2025, 4, 30, 18, tzinfo=UTC), kb)
    found = {
        (m.first(Field.CITY), m.first(Field.START_DATE), m.first(Field.STATUS)) for m in mentions
    }
    # "That first meeting ... ended": the recalled first round as a whole is over.
    assert ("Muscat", "2025-04-12", "concluded") in found


def test_the_most_recent_of_the_rounds_just_told_is_one_of_them(kb: KnowledgeBase) -> None:
    text = (
        "The sixth round of Iran's talks with the United States has been called off. Oman "
        "has mediated all five previous rounds, held in Muscat and Rome since April. The "
        "most recent, in Rome on 23 May, ended with some progress."
    )
    mentions = extract_mentions(text, None, datetime(2025, 6, 14, 9, tzinfo=UTC), kb)
    assert ("Rome", "2025-05-23") in {
        (m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions
    }
