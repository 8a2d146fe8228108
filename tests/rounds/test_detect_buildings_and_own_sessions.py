"""A building named by its city places the talks held in it ("left a Riyadh hotel after
twelve hours of talks"); a side that "held its own session with the Americans" on another
day sat apart from the sitting of the other side: two rounds, one per side. "When they
returned to the Emirati capital on 4-5 February" is the sides sitting again there, and "the
next meeting would be held in Abu Dhabi" announces the process's next sitting.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import DATELINE, Field, MentionKind

TUESDAY = datetime(2025, 3, 25, 8, tzinfo=UTC)

LEAD = (
    "American and Russian officials left a Riyadh hotel late on Monday after twelve hours of "
    "talks on shipping in the Black Sea."
)


def _reports(kb: KnowledgeBase, text: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (
            m.first(Field.CITY),
            m.first(Field.START_DATE),
            ",".join(sorted(m.values(Field.PARTICIPANT))),
        )
        for m in extract_mentions(text, None, TUESDAY, kb)
        if m.kind is MentionKind.REPORT
    }


def test_a_hotel_named_by_its_city_places_the_talks(kb: KnowledgeBase) -> None:
    assert _reports(kb, LEAD) == {("Riyadh", "2025-03-24", "Russia,United States")}
    # Told by the sentence of the talks, not guessed from the lead's only place.
    [mention] = extract_mentions(LEAD, None, TUESDAY, kb)
    assert max(c.confidence for c in mention.claims if c.field is Field.CITY) > DATELINE


def test_a_city_s_building_without_talks_places_nothing(kb: KnowledgeBase) -> None:
    # Negative case: a hotel where something else happened names no round.
    text = "A fire broke out in a Riyadh hotel on Monday. Russian officials said nobody was hurt."
    assert _reports(kb, text) == set()


def test_a_side_s_own_session_on_another_day_is_its_own_round(kb: KnowledgeBase) -> None:
    text = (
        LEAD + "\n\nUkraine's delegation, headed by Rustem Umerov, held its own session with "
        "the Americans in Riyadh on Sunday."
    )
    assert _reports(kb, text) == {
        ("Riyadh", "2025-03-24", "Russia,United States"),
        ("Riyadh", "2025-03-23", "Ukraine,United States"),
    }


def test_the_sides_returning_to_a_city_sat_there_again(kb: KnowledgeBase) -> None:
    text = (
        "The third round of talks between Russia and Ukraine ended in Geneva on Wednesday.\n\n"
        "In Abu Dhabi on 23-24 January, the three delegations mostly mapped out the issues. "
        "When they returned to the Emirati capital on 4-5 February, they agreed an exchange "
        "of prisoners."
    )
    found = {
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, datetime(2026, 2, 20, 9, tzinfo=UTC), kb)
    }
    assert ("Abu Dhabi", "2026-02-04") in found


def test_the_next_meeting_at_a_venue_is_announced(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Russia, Ukraine and the United States ended in Abu Dhabi on Saturday. "
        "A US official said the next meeting would be held in Abu Dhabi on Sunday, February 1."
    )
    found = {
        (m.kind, m.first(Field.START_DATE))
        for m in extract_mentions(text, None, datetime(2026, 1, 24, 16, tzinfo=UTC), kb)
    }
    assert (MentionKind.ANNOUNCEMENT, "2026-02-01") in found


def test_the_next_meeting_of_a_body_is_no_announcement(kb: KnowledgeBase) -> None:
    # Negative case: "the next meeting of" names some body's meeting, not the process's.
    text = (
        "Talks between Russia, Ukraine and the United States ended in Abu Dhabi on Saturday. "
        "The next meeting of OPEC ministers is due in Vienna on Sunday, February 1."
    )
    found = {
        m.kind for m in extract_mentions(text, None, datetime(2026, 1, 24, 16, tzinfo=UTC), kb)
    }
    assert MentionKind.ANNOUNCEMENT not in found
