"""Earlier sittings listed with their places and days inside a sentence that reports a
round: each listed day is a recalled round at its own place, and carries nothing else."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

PUBLISHED = datetime(2025, 9, 10, 9, tzinfo=UTC)


def _of_kind(text: str, kb: KnowledgeBase, kind: MentionKind) -> list[RoundMention]:
    return [m for m in extract_mentions(text, None, PUBLISHED, kb) if m.kind is kind]


def _placed(
    kb: KnowledgeBase, text: str, published: datetime = PUBLISHED
) -> set[tuple[str | None, str | None]]:
    """The (city, first day) of every mention of ``text``."""
    return {
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, published, kb)
    }


def test_earlier_rounds_at_two_places_each_keep_their_own_place(kb: KnowledgeBase) -> None:
    # Before the fix the first place was dropped as "an earlier venue" and both days went
    # to the second one.
    text = (
        "Iranian and American negotiators sat down in Oslo on Monday, after earlier rounds "
        "in Vienna on 3 August and in Rome on 17 August."
    )
    recalled = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    placed = {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in recalled}
    assert placed == {("Vienna", "2025-08-03"), ("Rome", "2025-08-17")}
    (main,) = _of_kind(text, kb, MentionKind.REPORT)
    assert main.first(Field.CITY) == "Oslo"


def test_sessions_counted_behind_the_one_told_carry_no_heads(kb: KnowledgeBase) -> None:
    # The sentence's heads and its agreement to go on belong to the Oslo sitting only.
    text = (
        "Abbas Araghchi and Steve Witkoff met in Oslo on Monday and agreed to keep talking, "
        "following two sessions in Muscat on 2 August and 23 August."
    )
    recalled = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    assert {m.first(Field.START_DATE) for m in recalled} == {"2025-08-02", "2025-08-23"}
    for m in recalled:
        assert m.first(Field.CITY) == "Muscat"
        assert not m.values(Field.HEAD)
        assert m.first(Field.AGREED_TO_CONTINUE) is None


def test_previous_sessions_with_days_in_brackets(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Geneva on Monday, weeks after the previous "
        "sessions in Istanbul (5 July, 26 July)."
    )
    recalled = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    placed = {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in recalled}
    assert placed == {("Istanbul", "2025-07-05"), ("Istanbul", "2025-07-26")}


def test_a_place_compared_with_and_no_day_stays_out(kb: KnowledgeBase) -> None:
    # Negative: "after two sessions in Muscat" without days names no sitting to recall,
    # and Muscat must not become the venue of the round told.
    text = (
        "Iranian and American negotiators met in Oslo on Monday, after two sessions in Muscat "
        "that ended without progress."
    )
    assert not _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    (main,) = _of_kind(text, kb, MentionKind.REPORT)
    assert main.values(Field.CITY) == ["Oslo"]


def test_talks_after_which_someone_spoke_are_no_earlier_sittings(kb: KnowledgeBase) -> None:
    # Negative: "after talks in Geneva on Monday" is the round told itself, not an earlier one.
    text = "After talks with Russia in Geneva on Monday, Rustem Umerov said progress had been made."
    assert not _of_kind(text, kb, MentionKind.BACK_REFERENCE)


def test_sittings_the_one_told_came_after_without_an_adjective(kb: KnowledgeBase) -> None:
    # "after rounds in X on D": plural sittings placed and dated behind the one told.
    text = (
        "Iranian and American negotiators met in Oslo on Monday, after rounds in Muscat "
        "on 9 August and in Vienna on 30 August."
    )
    recalled = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    placed = {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in recalled}
    assert placed == {("Muscat", "2025-08-09"), ("Vienna", "2025-08-30")}


def test_the_ranked_sitting_since_which_one_counts_is_recalled(kb: KnowledgeBase) -> None:
    # "the third since the first meeting, held on D": the participle dates the ranked one.
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The session was their "
        "third in the city since the first meeting, held on 4 and 5 August."
    )
    (recalled,) = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    assert recalled.first(Field.START_DATE) == "2025-08-04"
    assert recalled.first(Field.END_DATE) == "2025-08-05"
    (main,) = _of_kind(text, kb, MentionKind.REPORT)
    assert main.first(Field.START_DATE) == "2025-09-09"


def test_a_mood_told_before_since_stays_with_the_round_before(kb: KnowledgeBase) -> None:
    # Negative: the head tells how the reported sitting went, so no recalled round takes it.
    text = (
        "Armenian and Azerbaijani ministers met in Almaty on Tuesday. The session was "
        "friendly, their third since the first meeting, held on 4 August."
    )
    for m in _of_kind(text, kb, MentionKind.BACK_REFERENCE):
        assert not m.values(Field.ATMOSPHERE)


def test_the_first_two_told_in_a_clause_are_recalled_without_heads(kb: KnowledgeBase) -> None:
    # "the first two were held": the counted rank stands for the noun of talks; the heads of
    # the clause before, and a delegation described as it stands, lead only the round told.
    text = (
        "Ukraine's delegation is headed by Rustem Umerov. Umerov met Russian negotiators in "
        "Oslo on Monday for a third round; the first two were held in Riyadh, on 11 and 12 "
        "August and again on 25 August."
    )
    recalled = _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    assert {m.first(Field.START_DATE) for m in recalled} == {"2025-08-11", "2025-08-25"}
    for m in recalled:
        assert m.first(Field.CITY) == "Riyadh"
        assert not m.values(Field.HEAD)


def test_a_sitting_compared_with_keeps_its_words_for_the_round(kb: KnowledgeBase) -> None:
    # Negative: "as he had the two previous ones" compares; what follows is this round's.
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Monday. The Turkish minister "
        "opened the meeting, as he had the two previous ones, urging the sides to agree a "
        "ceasefire."
    )
    assert not _of_kind(text, kb, MentionKind.BACK_REFERENCE)
    (main,) = _of_kind(text, kb, MentionKind.REPORT)
    assert "ceasefire" in main.values(Field.TOPIC)


FEBRUARY = datetime(2026, 2, 6, 9, tzinfo=UTC)


def test_one_of_the_times_counted_is_a_sitting_at_the_place_told(kb: KnowledgeBase) -> None:
    # "the third time ... that they have sat down in the Emirati capital. The first of those
    # meetings, on 24 and 25 November, ...": that first one sat there too.
    text = (
        "It was the third time in two months that Russian and American officials have sat "
        "down in the Emirati capital. The first of those meetings, on 24 and 25 November, "
        "was a bilateral session between Russian and American officers."
    )
    recalled = {
        (m.first(Field.CITY), m.first(Field.START_DATE))
        for m in extract_mentions(text, None, FEBRUARY, kb)
        if m.kind is MentionKind.BACK_REFERENCE
    }
    assert ("Abu Dhabi", "2025-11-24") in recalled


def test_a_first_time_is_no_count_of_sittings(kb: KnowledgeBase) -> None:
    # Negative case: "the first time" counts nothing; "those meetings" are not placed by it.
    text = (
        "It was the first time that Russian and American officials have sat down in the "
        "Emirati capital. The first of those meetings, on 24 and 25 November, was a bilateral "
        "session between Russian and American officers."
    )
    recalled = {
        m.first(Field.CITY)
        for m in extract_mentions(text, None, FEBRUARY, kb)
        if m.first(Field.START_DATE) == "2025-11-24"
    }
    assert "Abu Dhabi" not in recalled


def test_talks_in_two_cities_without_a_day_are_no_sitting(kb: KnowledgeBase) -> None:
    text = (
        "Israel and Hamas held talks in Cairo and Doha in the spring that produced proposals but "
        "no agreement."
    )
    assert extract_mentions(text, None, PUBLISHED, kb) == []


def test_talks_in_two_cities_with_their_days_are_sittings(kb: KnowledgeBase) -> None:
    # Negative case: each sitting is told with its day.
    text = (
        "Israel and Hamas held talks in Cairo on 3 May and in Doha on 20 May without an agreement."
    )
    assert extract_mentions(text, None, PUBLISHED, kb) != []


def test_a_round_picked_by_its_ordinal_alone(kb: KnowledgeBase) -> None:
    # "The fifth, in Rome on 23 May": one of the five rounds the sentence before counted.
    text = (
        "Iran and the United States held five rounds of talks in Muscat and Rome with Omani "
        "mediation. The fifth, in Rome on 23 May, ended with some progress."
    )
    assert ("Rome", "2025-05-23") in _placed(kb, text)


def test_an_ordinal_with_its_noun_is_read_as_ever(kb: KnowledgeBase) -> None:
    # Negative case: "The fifth round, in Rome on 23 May" was read before; it still is.
    text = (
        "Iran and the United States held five rounds of talks with Omani mediation. The fifth "
        "round, in Rome on 23 May, ended with some progress."
    )
    assert ("Rome", "2025-05-23") in _placed(kb, text)


FEBRUARY_6 = datetime(2026, 2, 6, 9, tzinfo=UTC)


def test_a_stretch_of_time_before_the_sitting_recalls_no_other(kb: KnowledgeBase) -> None:
    # "after three years of silence" is how long since; the palace and the day are the
    # sitting's own, recalled from last year.
    text = (
        "Russia and Ukraine first met for direct talks after three years of silence at "
        "Istanbul's Dolmabahce Palace on 16 May last year."
    )
    (mention,) = extract_mentions(text, None, FEBRUARY_6, kb)
    # Read from the sentence itself, not guessed weakly from the lead.
    told = {(c.field, c.value) for c in mention.claims if c.confidence >= 0.9}
    assert {(Field.CITY, "Istanbul"), (Field.START_DATE, "2025-05-16")} <= told
    assert mention.kind is MentionKind.BACK_REFERENCE


def test_talks_after_a_sitting_recall_it(kb: KnowledgeBase) -> None:
    # Negative case: "after the talks in Istanbul last year" is an earlier sitting.
    text = (
        "Russian and Ukrainian envoys met in Geneva on Tuesday, after talks in Istanbul last year."
    )
    cities = {m.first(Field.CITY) for m in extract_mentions(text, None, FEBRUARY_6, kb)}
    assert "Geneva" in cities
