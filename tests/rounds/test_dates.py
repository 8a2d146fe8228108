"""Date expressions resolved against a publication date (a Wednesday: 2026-02-18)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from negotrack.rounds.dates import (
    DateKind,
    DateSpan,
    Tense,
    detect_tense,
    find_dates,
    round_start,
)

WEDNESDAY = datetime(2026, 2, 18, 7, 30, tzinfo=UTC)


def only(sentence: str, published: datetime | None = WEDNESDAY) -> DateSpan:
    spans = find_dates(sentence, published)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("Delegations met in Abu Dhabi on Jan 23-24.", date(2026, 1, 23), date(2026, 1, 24)),
        ("The sessions of 23-24 January produced little.", date(2026, 1, 23), date(2026, 1, 24)),
        ("They sat down on January 23 and 24.", date(2026, 1, 23), date(2026, 1, 24)),
        ("The envoys arrived on 17 February.", date(2026, 2, 17), None),
        ("Talks opened Feb. 17, 2026, in Geneva.", date(2026, 2, 17), None),
        ("Meetings were held 4–5 February.", date(2026, 2, 4), date(2026, 2, 5)),
        ("A round took place on 1 February.", date(2026, 2, 1), None),
        ("The log is dated 2026-02-17.", date(2026, 2, 17), None),
        ("Negotiators gathered on the 17th of February.", date(2026, 2, 17), None),
        ("Sessions ran from 31 January to 1 February.", date(2026, 1, 31), date(2026, 2, 1)),
        ("They met on Sept. 3rd, 2025.", date(2025, 9, 3), None),
    ],
)
def test_explicit_dates(sentence: str, first: date, last: date | None) -> None:
    span = only(sentence)
    assert span.kind is DateKind.EXPLICIT
    assert (span.first, span.last) == (first, last)
    assert sentence[span.start : span.end].strip()[0].isalnum()


def test_explicit_date_with_year_is_more_confident_than_inferred_year() -> None:
    with_year = only("They met on 17 February 2026.")
    without = only("They met on 17 February.")
    assert with_year.confidence > without.confidence


def test_year_inferred_backwards_for_a_later_month_in_past_context() -> None:
    assert only("A first meeting was held on 12 December.").first == date(2025, 12, 12)
    assert only("A first meeting was held on 12 March.").first == date(2025, 3, 12)


def test_year_inferred_forwards_for_an_earlier_month_in_future_context() -> None:
    published = datetime(2025, 12, 20)
    assert only("The next session will open on 8 January.", published).first == date(2026, 1, 8)


def test_year_without_tense_picks_the_nearest_candidate() -> None:
    published = datetime(2026, 1, 5)
    assert only("Geneva talks, 29 December", published).first == date(2025, 12, 29)


@pytest.mark.parametrize(
    ("sentence", "published", "first"),
    [
        # 14 June 2025 was a Saturday, 14 June 2026 a Sunday: the weekday settles the year
        # the tense cues ("was set for" plans ahead) leave open.
        (
            "A fifth meeting was set for Saturday, June 14, in Rome.",
            datetime(2026, 3, 2),
            date(2025, 6, 14),
        ),
        ("The envoys meet again on Sunday 14 June.", datetime(2026, 3, 2), date(2026, 6, 14)),
        # a weekday that fits no candidate year changes nothing: the usual rule decides
        ("A fifth meeting was held on Tuesday, June 14.", datetime(2026, 3, 2), date(2025, 6, 14)),
        # lower case "sunday" is not read as a weekday
        ("the sunday, 14 June edition", datetime(2026, 3, 2), date(2026, 6, 14)),
    ],
)
def test_a_weekday_written_before_a_day_decides_its_year(
    sentence: str, published: datetime, first: date
) -> None:
    assert only(sentence, published).first == first


def test_the_weekday_before_a_range_may_be_its_last_days() -> None:
    # 18 February 2027 is a Thursday: that does not move the range to 2027.
    spans = find_dates(
        "They meet on Wednesday and Thursday, February 17-18.", datetime(2026, 2, 10)
    )
    assert (spans[-1].first, spans[-1].last) == (date(2026, 2, 17), date(2026, 2, 18))


def test_yearless_dates_need_a_publication_date() -> None:
    assert find_dates("They met on 17 February.", None) == []
    assert only("They met on 17 February 2026.", None).first == date(2026, 2, 17)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # past: the latest such weekday not after publication
        ("The delegations met on Monday.", date(2026, 2, 16)),
        ("Tuesday's session lasted six hours.", date(2026, 2, 17)),
        ("Tuesday\u2019s discussions were described as strained.", date(2026, 2, 17)),
        ("The envoys arrived last Wednesday.", date(2026, 2, 11)),
        # the publication day itself, past or future
        ("Officials said the talks would continue on Wednesday.", date(2026, 2, 18)),
        # future: the next such weekday
        ("Negotiators will resume on Friday.", date(2026, 2, 20)),
        ("Delegations are set to meet again on Monday.", date(2026, 2, 23)),
        ("They plan to meet next Wednesday.", date(2026, 2, 25)),
        # a sitting moved to a weekday waits for it, though the move is told in the past
        ("The round has been pushed back to Friday.", date(2026, 2, 20)),
        ("The session was postponed until Monday.", date(2026, 2, 23)),
        # a weekday's sitting told in the present: the nearer one, whatever verb follows
        ("Friday's session is the latest in talks that began in 2022.", date(2026, 2, 20)),
    ],
)
def test_weekdays(sentence: str, expected: date) -> None:
    span = only(sentence)
    assert span.kind is DateKind.RELATIVE
    assert span.first == expected


def test_weekday_without_tense_takes_the_nearer_day() -> None:
    assert only("Geneva talks: Thursday").first == date(2026, 2, 19)
    assert only("Geneva talks: Monday").first == date(2026, 2, 16)


def test_lower_case_weekdays_and_modal_may_are_not_dates() -> None:
    assert find_dates("the talks may 5 times fail", WEDNESDAY) == []
    assert find_dates("a sunday-school march", WEDNESDAY) == []


def test_weekday_restating_an_explicit_date_is_dropped() -> None:
    spans = find_dates("Talks opened on Tuesday, 17 February.", WEDNESDAY)
    assert [(s.kind, s.first) for s in spans] == [(DateKind.EXPLICIT, date(2026, 2, 17))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The first session ended today.", date(2026, 2, 18)),
        ("The first session ended yesterday.", date(2026, 2, 17)),
        ("A further session is planned for tomorrow.", date(2026, 2, 19)),
    ],
)
def test_deictic_days(sentence: str, expected: date) -> None:
    assert only(sentence).first == expected


def test_last_weekend_is_the_saturday_and_sunday_before() -> None:
    span = only("Envoys met in Miami last weekend.")
    assert (span.first, span.last) == (date(2026, 2, 14), date(2026, 2, 15))
    on_sunday = only("Envoys met in Miami last weekend.", datetime(2026, 2, 22))
    assert on_sunday.first == date(2026, 2, 14)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sides met earlier this month.", date(2026, 2, 1)),
        ("The first round last month produced a prisoner swap.", date(2026, 1, 1)),
        ("Another meeting may come next week.", date(2026, 2, 23)),
        ("They first met in January.", date(2026, 1, 1)),
        ("The war escalated in February 2022.", date(2022, 2, 1)),
    ],
)
def test_rough_dates_are_low_confidence(sentence: str, expected: date) -> None:
    span = only(sentence)
    assert span.kind is DateKind.ROUGH
    assert span.first == expected
    assert span.confidence < 0.6


def test_month_and_year_in_a_past_sentence() -> None:
    assert only("The envoys met in December.").first == date(2025, 12, 1)


def test_round_day_counts_are_not_calendar_dates() -> None:
    span = only("Both sides were set to begin a second day of negotiations.")
    assert span.kind is DateKind.ROUND_DAY
    assert span.first is None
    assert span.day_of_round == 2


def test_round_start_counts_back_from_a_dated_later_day() -> None:
    spans = find_dates("A second day of negotiations opened in Geneva on Wednesday.", WEDNESDAY)
    assert round_start(spans, WEDNESDAY) == (date(2026, 2, 17), 0.7)


def test_round_start_of_a_bare_second_day_counts_back_from_publication() -> None:
    spans = find_dates("The talks entered a second day.", WEDNESDAY)
    result = round_start(spans, WEDNESDAY)
    assert result is not None
    assert result[0] == date(2026, 2, 17)
    assert result[1] < 0.6


def test_round_start_prefers_the_most_confident_date() -> None:
    spans = find_dates("On Tuesday, 17 February, and again yesterday, envoys met.", WEDNESDAY)
    assert round_start(spans, WEDNESDAY) == (date(2026, 2, 17), 0.9)
    assert round_start([], WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("talks will resume in Abu Dhabi", Tense.FUTURE),
        ("negotiators were to resume a second round", Tense.FUTURE),
        ("delegations are set to meet", Tense.FUTURE),
        ("the talks ended without a breakthrough", Tense.PAST),
        ("the meeting was tense", Tense.PAST),
        ("Geneva talks", Tense.UNKNOWN),
    ],
)
def test_detect_tense(text: str, tense: Tense) -> None:
    assert detect_tense(text) is tense


def test_tense_is_read_per_clause() -> None:
    sentence = "After the envoys met on Monday, they will sit down again on Thursday."
    firsts = [s.first for s in find_dates(sentence, WEDNESDAY)]
    assert firsts == [date(2026, 2, 16), date(2026, 2, 19)]


def test_explicit_tense_argument_overrides_the_sentence() -> None:
    assert find_dates("on Friday", WEDNESDAY, Tense.PAST)[0].first == date(2026, 2, 13)
    assert find_dates("on Friday", WEDNESDAY, Tense.FUTURE)[0].first == date(2026, 2, 20)


def test_impossible_days_are_ignored() -> None:
    assert find_dates("They met on 31 February.", WEDNESDAY) == []
    assert find_dates("The code 2026-13-45 is not a date.", WEDNESDAY) == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=300),
    published=st.one_of(st.none(), st.datetimes()),
)
def test_never_raises_and_is_deterministic(text: str, published: datetime | None) -> None:
    first = find_dates(text, published)
    assert first == find_dates(text, published)
    for span in first:
        assert 0 <= span.start < span.end <= len(text)
        assert 0.0 < span.confidence <= 1.0
    round_start(first, published)


_FRAGMENTS = st.sampled_from(
    [
        "on ",
        "Monday",
        "Sunday's ",
        "31 ",
        "1-2 ",
        "December",
        "Jan. ",
        "29",
        ", 2024",
        " and ",
        "last weekend",
        "next week",
        "second day",
        "yesterday",
        "9999-12-31",
        "0001-01-01",
        " will ",
        " were ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(_FRAGMENTS, max_size=12),
    published=st.one_of(
        st.none(),
        st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(1, 1, 31)),
        st.datetimes(min_value=datetime(9999, 12, 1), max_value=datetime(9999, 12, 31)),
        st.datetimes(),
    ),
)
def test_date_like_text_at_calendar_edges_never_raises(
    parts: list[str], published: datetime | None
) -> None:
    text = "".join(parts)
    spans = find_dates(text, published)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    round_start(spans, published)


# Published on a Wednesday, 18 February 2026.
@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # The year told in words after the day.
        ("Envoys first met in Oslo on 3 March last year.", date(2025, 3, 3)),
        ("A summit was held on 9 February, of last year.", date(2025, 2, 9)),
        ("A second session is pencilled in for 2 March next year.", date(2027, 3, 2)),
    ],
)
def test_year_named_in_words_after_the_day(sentence: str, first: date) -> None:
    assert only(sentence).first == first


def test_without_words_for_the_year_the_day_keeps_the_nearest_year() -> None:
    # Negative case: "last week" is no year; the day stays in the year of publication.
    spans = find_dates("Envoys met in Oslo on 3 February, last week's statement said.", WEDNESDAY)
    assert spans[0].first == date(2026, 2, 3)


def test_a_date_in_a_clause_of_its_own_takes_the_tense_of_the_event_verb() -> None:
    # "ended" comes first: the days were in the past, though a "would" follows.
    sentence = (
        "That round, from 4 to 8 October, ended in deadlock, but the envoys said they would return."
    )
    assert only(sentence).first == date(2025, 10, 4)


def test_a_day_to_follow_an_agreement_is_ahead() -> None:
    sentence = (
        "The parties have agreed to a truce, to be followed by talks in Oman starting on 6 March."
    )
    spans = find_dates(sentence, WEDNESDAY)
    assert spans[0].first == date(2026, 3, 6)


def test_arrival_on_a_weekday_is_the_one_gone_by() -> None:
    # Published on a Wednesday: "arrived on Tuesday" is yesterday, "arrived on Thursday" six
    # days ago, not tomorrow.
    assert only("The delegation, led by its chief negotiator, arrived on Thursday.").first == date(
        2026, 2, 12
    )
    # Negative case: a weekday without a verb keeps the nearer candidate.
    assert only("The delegation on Thursday.").first == date(2026, 2, 19)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # Published on Wednesday, 18 February 2026.
        (
            "The strikes began on 3 February, two days before talks were due in Oman.",
            date(2026, 2, 5),
        ),
        ("The truce collapsed on 3 February, a week after the round in Doha.", date(2026, 1, 27)),
        ("The envoys met on 3 February; three days later the sides met again.", date(2026, 2, 6)),
    ],
)
def test_a_day_counted_from_the_day_just_named(sentence: str, counted: date) -> None:
    assert [s.first for s in find_dates(sentence, WEDNESDAY)] == [date(2026, 2, 3), counted]


def test_a_sitting_counted_on_from_the_day_one_was_held() -> None:
    # Further on in the clause: "and in Rome a week later" counts from the day of a sitting.
    for sentence in (
        "The talks began in Muscat on 3 February and moved to Rome a week later.",
        "The sessions, in Muscat on 3 February and in Rome a week later, went well.",
    ):
        assert [s.first for s in find_dates(sentence, WEDNESDAY)] == [
            date(2026, 2, 3),
            date(2026, 2, 10),
        ], sentence
    # Negative case: the day told is what a truce was set for, not the day of a sitting.
    assert [
        s.first for s in find_dates("A truce set for 3 February, talks a week later.", WEDNESDAY)
    ] == [date(2026, 2, 3)]


def test_days_counted_from_nothing_date_nothing() -> None:
    # Negative case: "two days before" with no day named before it counts from nothing.
    assert find_dates("Two days before the talks, the strikes began.", WEDNESDAY) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The round, which had been due to take place in Rome on Saturday, was postponed.",
        "The envoys had agreed to meet again in Muscat on Saturday.",
    ],
)
def test_a_past_plan_dates_the_day_ahead(sentence: str) -> None:
    # Published on Wednesday 18 February: the Saturday planned is the coming one, the 21st.
    assert [s.first for s in find_dates(sentence, WEDNESDAY)] == [date(2026, 2, 21)]


def test_a_past_sitting_dates_the_day_behind() -> None:
    # Negative case: held, not planned: the Saturday before publication.
    assert [
        s.first for s in find_dates("The round took place in Rome on Saturday.", WEDNESDAY)
    ] == [date(2026, 2, 14)]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # Translated wire copy names a day by its month relative to publication.
        ("The second round was held on the 2nd of this month.", date(2026, 2, 2)),
        ("The first round was held on the 16th of last month.", date(2026, 1, 16)),
        ("A third round is due on the 3rd of next month.", date(2026, 3, 3)),
        ("They met on the 9th of the current month.", date(2026, 2, 9)),
        ("They met on the 31st of the previous month.", date(2026, 1, 31)),
    ],
)
def test_a_day_of_the_month_named_relative_to_publication(sentence: str, first: date) -> None:
    span = only(sentence)
    assert (span.kind, span.first) == (DateKind.EXPLICIT, first)


def test_a_day_of_a_month_it_does_not_have_is_no_day() -> None:
    # February has no 30th: only the month is left ("this month").
    spans = find_dates("The talks were held on the 30th of this month.", WEDNESDAY)
    assert [s.kind for s in spans] == [DateKind.ROUGH]


def test_a_deadline_agreed_in_the_past_may_be_ahead() -> None:
    # "agreed ... no later than 8 March": the past verb sets a day still to come.
    span = only("Both sides agreed to begin talks on a final deal no later than 8 March.")
    assert span.first == date(2026, 3, 8)
    recalled = only("Both sides agreed on 8 March to begin talks on a final deal.")
    assert recalled.first == date(2025, 3, 8)


def test_a_past_that_did_not_come_about_looks_back() -> None:
    # "would have followed the round on 23 January": a past conditional, not a future.
    span = only("The cancelled meeting would have followed the round on 23 January.")
    assert span.first == date(2026, 1, 23)
    ahead = only("The next meeting would follow the round on 23 March.")
    assert ahead.first == date(2026, 3, 23)


def test_a_deed_told_by_its_participle_is_past_inside_a_future_sentence() -> None:
    # "the agreement signed in Washington on 27 June" is a signing gone by, though the
    # sentence around it plans talks.
    span = only("Both will open talks, building on the agreement signed in Washington on 27 June.")
    assert span.first == date(2025, 6, 27)
    # Negative case: a signing still to come keeps the day ahead.
    ahead = only(
        "Both will open talks, and the agreement is to be signed in Washington on 27 June."
    )
    assert ahead.first == date(2026, 6, 27)


def test_the_march_23_movement_is_no_day() -> None:
    spans = find_dates(
        "The March 23 Movement met government envoys in Doha on Saturday.", WEDNESDAY
    )
    assert [s.first for s in spans] == [date(2026, 2, 14)]
    # Negative case: the day itself is still read.
    assert only("They met on March 23 in Doha.").first == date(2025, 3, 23)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # Published Wednesday 18 February: the 11th is this month's, gone by.
        ("The negotiations opened on the 11th in Switzerland.", date(2026, 2, 11)),
        # A day after publication's, told in the past, is last month's.
        ("The two sides met on the 25th.", date(2026, 1, 25)),
        # Told as ahead, a day before publication's is next month's.
        ("They will meet again on the 5th.", date(2026, 3, 5)),
        ("The delegations have been in Doha since the 9th, when talks began.", date(2026, 2, 9)),
    ],
)
def test_a_day_of_the_month_told_without_its_month(sentence: str, first: date) -> None:
    assert only(sentence).first == first


@pytest.mark.parametrize(
    "sentence", ["It was the 5th round of talks.", "They met on the 11th floor of the hotel."]
)
def test_an_ordinal_before_a_noun_is_no_day(sentence: str) -> None:
    assert find_dates(sentence, WEDNESDAY) == []


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # Published Wednesday 18 February 2026: weeks run from Monday 16 February.
        ("The next session is set for Friday of next week.", date(2026, 2, 27)),
        ("They meet again on Monday next week.", date(2026, 2, 23)),
        ("The envoys arrive on Friday this week.", date(2026, 2, 20)),
        # "of last week" reads as "last Monday": the Monday just gone.
        ("They met on Monday of last week.", date(2026, 2, 16)),
    ],
)
def test_a_weekday_of_a_week_named(sentence: str, first: date) -> None:
    span = only(sentence)
    assert (span.kind, span.first) == (DateKind.RELATIVE, first)


def test_a_sitting_planned_that_never_took_place_is_behind() -> None:
    # Published 7 February 2026: "was set for ... 15 June, but it never took place" is the
    # June gone by, as the day of the strike beside it is.
    saturday = datetime(2026, 2, 7, 9, 0, tzinfo=UTC)
    sentence = "A sixth round was set for Muscat on 15 June, but it never took place."
    assert [s.first for s in find_dates(sentence, saturday)] == [date(2025, 6, 15)]
    # Negative case: a sitting set for a day and not undone is still ahead.
    ahead = "A sixth round is set for Muscat on 15 June."
    assert [s.first for s in find_dates(ahead, saturday)] == [date(2026, 6, 15)]


def test_a_sitting_described_is_one_gone_by() -> None:
    # "described" is told of the session held on Tuesday; the "would" after it is another
    # matter (troops deployed after a ceasefire).
    sentence = (
        "People familiar with Tuesday's session described it as very tense, with demands "
        "that no troops would be deployed after a ceasefire."
    )
    assert [s.first for s in find_dates(sentence, WEDNESDAY)] == [date(2026, 2, 17)]
