"""The mood of a round: words of mood said of something other than the sitting, and the
adverbs that tell how the sides spoke."""

from __future__ import annotations

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report as _report

_HELD = "Armenian and Azerbaijani negotiators met in Vienna on Tuesday. "


# --- a mood word on what a side brought, or on a country --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        # the ideas were useful, not the sitting
        ("At the meeting both sides put forward useful and creative ideas.", "productive"),
        ("At the meeting both sides traded useful suggestions.", "productive"),
        # thanks for a side's conduct or the host's welcome
        ("Austria thanked both teams for their constructive engagement.", "constructive"),
        ("Both delegations thanked Austria for its warm hospitality.", "cordial"),
        ("Both delegations praised the positive role played by Switzerland.", "constructive"),
        # an act or a relation
        ("Both delegations called the prisoner release a positive step.", "constructive"),
        ("Both envoys spoke of their friendly neighbours in the region.", "cordial"),
    ],
)
def test_a_mood_word_on_a_contribution_or_a_country_is_no_mood(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood not in report.values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("The meeting was useful, the host said.", "productive"),
        ("Officials called the meeting positive and constructive.", "constructive"),
        # the noun after the conjunction is not what the mood word qualifies
        ("The session was positive and relations have improved since.", "constructive"),
        ("Both sides described the talks as warm.", "cordial"),
    ],
)
def test_a_mood_word_on_the_talks_still_counts(kb: KnowledgeBase, sentence: str, mood: str) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood in report.values(Field.ATMOSPHERE)


# --- the sides spoke frankly ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Both delegations talked candidly about the border, the Armenian envoy said afterwards.",
        "The two teams spoke frankly about the corridor, an official said.",
        "At the meeting the enclaves were frankly discussed, the host said.",
    ],
)
def test_speaking_frankly_is_a_frank_sitting(kb: KnowledgeBase, sentence: str) -> None:
    report = _report(kb, _HELD + sentence)
    assert "frank" in report.values(Field.ATMOSPHERE)


def test_the_sentence_adverb_frankly_is_no_mood(kb: KnowledgeBase) -> None:
    # "Frankly, ..." is how the speaker puts his own view, not how the sitting went.
    report = _report(kb, _HELD + "Frankly, the talks went nowhere, the Armenian envoy said.")
    assert "frank" not in report.values(Field.ATMOSPHERE)


# --- a mood word denied or hedged, or the strain of the war ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("The session was far from constructive, one delegate admitted.", "constructive"),
        ("The meeting was not exactly cordial, one delegate admitted.", "cordial"),
        ("The talks were anything but friendly, one delegate admitted.", "cordial"),
        ("The meeting had hardly been productive, one delegate admitted.", "productive"),
        ("The talks were no longer tense, one delegate admitted.", "tense"),
        ("The session was not particularly useful, one delegate admitted.", "productive"),
        # the strain of the front or of the relations, not of the sitting
        ("The talks came amid rising tensions along the border.", "tense"),
        ("The meeting went ahead despite the tense situation at the front.", "tense"),
    ],
)
def test_a_denied_mood_or_the_wars_strain_is_no_mood(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood not in report.values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        # the denial is of the other word
        ("The talks were not tense but cordial, one delegate said.", "cordial"),
        ("The meeting was not only constructive but useful, one delegate said.", "constructive"),
        ("The talks did not collapse and were constructive, one delegate said.", "constructive"),
        ("There was tension in the room at times, one delegate said of the meeting.", "tense"),
    ],
)
def test_a_mood_not_itself_denied_still_counts(kb: KnowledgeBase, sentence: str, mood: str) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood in report.values(Field.ATMOSPHERE)


# --- a mood word graded against the usual -----------------------------------------------------


def test_a_comparison_with_the_usual_is_no_mood_of_its_own(kb: KnowledgeBase) -> None:
    # "friendly" grades "businesslike" against what such meetings are like; it adds no mood.
    report = _report(
        kb,
        _HELD + "Both delegations described the meeting as businesslike, which is about as "
        "friendly as these things get.",
    )
    assert report.values(Field.ATMOSPHERE) == ["constructive"]


def test_as_tense_as_ever_still_says_tense(kb: KnowledgeBase) -> None:
    report = _report(kb, _HELD + "The meeting was as tense as ever, one delegate said.")
    assert "tense" in report.values(Field.ATMOSPHERE)


# --- a mood adjective before another noun -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("At the meeting the hardest and most difficult issues were left aside.", "tense"),
        ("The talks come after a bitter conflict over the enclave.", "hostile"),
        ("Angry villagers waited outside the venue while the talks went on.", "hostile"),
        ("The session followed a heated vote in the national assembly.", "tense"),
        ("Before the talks, the premier gave a hostile interview to local media.", "hostile"),
        ("The talks took place after a difficult season for farmers on both sides.", "tense"),
    ],
)
def test_a_mood_adjective_on_another_noun_is_no_mood(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood not in report.values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("The two sides held difficult talks on the corridor.", "tense"),
        ("The two delegations had a frank and friendly meeting, one said.", "cordial"),
        ("The talks ended on a positive note, one delegate said.", "constructive"),
        ("Both sides held a productive first session on the corridor.", "productive"),
        ("Everyone saw how tense the meeting was, one delegate said.", "tense"),
        ("The meeting was tense at times, one delegate said.", "tense"),
    ],
)
def test_a_mood_adjective_on_the_sitting_still_counts(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood in report.values(Field.ATMOSPHERE)


# --- a mood foreseen, or said of another sitting ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("Both delegations expect the talks to be hard; they were likely to be tense.", "tense"),
        ("The two sides hope the next session will be fruitful, officials said.", "productive"),
        ("The earlier session had been constructive, but this one stalled.", "constructive"),
    ],
)
def test_a_mood_foreseen_or_of_another_sitting_is_no_mood(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood not in report.values(Field.ATMOSPHERE)


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("The meeting proved to be productive, one delegate said.", "productive"),
        ("The talks turned out to be tense, one delegate said.", "tense"),
        ("The session had been constructive, one delegate said.", "constructive"),
    ],
)
def test_a_mood_the_sitting_had_still_counts(kb: KnowledgeBase, sentence: str, mood: str) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood in report.values(Field.ATMOSPHERE)


# --- a mood said of the relations or of one side's words --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mood"),
    [
        ("Ties between the two capitals remain strained, officials said at the meeting.", "tense"),
        ("The talks took place against a backdrop of tension in the mountains.", "tense"),
        ("Before the talks the premier's remarks had been hostile, critics noted.", "hostile"),
    ],
)
def test_a_mood_of_the_relations_or_of_words_is_no_mood(
    kb: KnowledgeBase, sentence: str, mood: str
) -> None:
    report = _report(kb, _HELD + sentence)
    assert mood not in report.values(Field.ATMOSPHERE)


def test_a_statement_saying_how_the_talks_went_still_counts(kb: KnowledgeBase) -> None:
    # The statement is not what was constructive: the verb of saying stands between.
    report = _report(
        kb, _HELD + "A joint statement said the meeting had been constructive and businesslike."
    )
    assert "constructive" in report.values(Field.ATMOSPHERE)
