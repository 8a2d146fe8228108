"""The round an article reports, among the ones it recalls: a sitting dated weeks back
("In Abu Dhabi on 23-24 January, ...") is an earlier one and does not make its city the
article's; between cities told as often, the lead's is; a day of the calendar ("as the
fourth anniversary of the invasion approaches on 24 February") dates no round, nor does
"last year's truce" make the sitting that oversees it an earlier one.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind

FRIDAY = datetime(2026, 2, 20, 10, tzinfo=UTC)

LEAD = (
    "The third round of talks between Russia and Ukraine ended in Geneva on Wednesday "
    "without movement on territory."
)
RECALLED = "In Abu Dhabi on 23-24 January, the three delegations mostly mapped out the issues."


def _kinds(kb: KnowledgeBase, text: str) -> set[tuple[MentionKind, str | None, str | None]]:
    return {
        (m.kind, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, FRIDAY, kb)
    }


def test_a_sitting_dated_weeks_back_leaves_the_lead_s_round_the_report(
    kb: KnowledgeBase,
) -> None:
    found = _kinds(kb, LEAD + "\n\n" + RECALLED)
    assert (MentionKind.REPORT, "Geneva", "2026-02-18") in found
    assert (MentionKind.BACK_REFERENCE, "Abu Dhabi", "2026-01-23") in found


def test_an_anniversary_s_day_dates_no_round(kb: KnowledgeBase) -> None:
    text = (
        LEAD + "\n\nThe risk, as the fourth anniversary of the invasion approaches on 24 "
        "February, is that the talks become a stage for both sides."
    )
    found = _kinds(kb, text)
    assert all(day != "2026-02-24" for _, _, day in found)
    assert (MentionKind.REPORT, "Geneva", "2026-02-18") in found


def test_last_year_s_truce_dates_the_truce_not_the_sitting(kb: KnowledgeBase) -> None:
    text = (
        "Lebanon and Israel sent civilian officials on Wednesday, as the committee that "
        "oversees last year's truce met in Naqoura."
    )
    found = {
        (m.kind, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, datetime(2025, 12, 3, 19, tzinfo=UTC), kb)
    }
    assert found == {(MentionKind.REPORT, "Naqoura", "2025-12-03")}


def test_last_month_s_round_is_still_recalled(kb: KnowledgeBase) -> None:
    # Negative case: the possessive of a sitting recalls that sitting.
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Wednesday, weeks after last "
        "month's round in Geneva."
    )
    found = {
        (m.kind, m.first(Field.CITY))
        for m in extract_mentions(text, None, datetime(2025, 12, 3, 19, tzinfo=UTC), kb)
    }
    assert found == {(MentionKind.REPORT, "Istanbul"), (MentionKind.BACK_REFERENCE, "Geneva")}


def test_the_meeting_pointed_back_at_with_its_place_places_the_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Civilian envoys from Lebanon and Israel took part in a meeting of the committee "
        "that oversees the ceasefire on Wednesday.\n\n"
        "Lebanon was represented at the meeting in Naqoura by Simon Karam."
    )
    [mention] = extract_mentions(text, None, datetime(2025, 12, 3, 19, tzinfo=UTC), kb)
    assert (mention.first(Field.CITY), mention.first(Field.START_DATE)) == (
        "Naqoura",
        "2025-12-03",
    )


def test_a_round_placed_already_keeps_its_venue(kb: KnowledgeBase) -> None:
    # Negative case: the round has its venue; a meeting "in Beirut" told after is not it.
    text = (
        "Civilian envoys from Lebanon and Israel took part in a meeting of the committee "
        "that oversees the ceasefire in Naqoura on Wednesday.\n\n"
        "Lebanon's envoy had briefed ministers at the meeting in Beirut beforehand."
    )
    mentions = extract_mentions(text, None, datetime(2025, 12, 3, 19, tzinfo=UTC), kb)
    assert {m.first(Field.CITY) for m in mentions} == {"Naqoura"}


def test_a_leader_s_address_dates_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Indian and Pakistani officers agreed a halt to the firing by hotline. Prime Minister "
        "Narendra Modi's answer came in his address to the nation on 12 May: any talks with "
        "Pakistan will be about terrorism."
    )
    mentions = extract_mentions(text, None, datetime(2025, 5, 20, 9, tzinfo=UTC), kb)
    assert all(m.first(Field.START_DATE) != "2025-05-12" for m in mentions)


def test_a_security_council_session_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "At Cambodia's request, the United Nations Security Council was scheduled to discuss "
        "the fighting with Thailand in closed consultations in New York on Friday."
    )
    assert extract_mentions(text, None, datetime(2025, 7, 24, 9, tzinfo=UTC), kb) == []


def test_talks_named_after_another_city_are_another_round(kb: KnowledgeBase) -> None:
    text = (
        "The negotiations between Israel and Hamas that began on Monday in Sharm el-Sheikh "
        "were an Egyptian affair. The Doha proximity talks that began on 6 July ran for "
        "almost three weeks."
    )
    found = {
        (m.kind, m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, datetime(2025, 10, 10, 5, tzinfo=UTC), kb)
    }
    assert found == {
        (MentionKind.REPORT, "Sharm el-Sheikh", "2025-10-06"),
        (MentionKind.BACK_REFERENCE, "Doha", "2025-07-06"),
    }
