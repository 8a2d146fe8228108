"""What talks dealt with and how they sat, where reports tell it apart from the sentence
that holds the round: a topic named inside a longer outcome phrase, a sentence summing up
the agenda or the format (in the same paragraph or in one of its own), the day of a truce
or a war named as theirs (which is not the day of the talks discussing them), and a seat
across the table from the other side."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind
from tests.mentions import report as _report

OPENING = "Russian and Ukrainian envoys held talks in Istanbul on Tuesday."
IRAN = "Iranian and American negotiators met in Muscat on Saturday."


# The outcome "agreed to an immediate ceasefire" is the longer phrase and wins its span;
# the truce it names is still what the talks were about.
@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "At talks in Kuala Lumpur on Monday, Thailand and Cambodia agreed to an immediate "
            "ceasefire along their frontier.",
            "ceasefire",
        ),
        (
            "Meeting in Istanbul on Monday, Russia and Ukraine agreed to exchange prisoners "
            "before the end of the month.",
            "prisoners",
        ),
    ],
)
def test_a_topic_inside_an_outcome_phrase(kb: KnowledgeBase, sentence: str, topic: str) -> None:
    assert topic in _report(kb, sentence).values(Field.TOPIC)


def test_an_outcome_phrase_without_a_topic_word_gives_none(kb: KnowledgeBase) -> None:
    # "reached a deal" names no matter: the topic is not made up from the outcome.
    text = "Russian and Ukrainian envoys reached a deal at talks in Istanbul on Monday."
    assert _report(kb, text).values(Field.TOPIC) == []


@pytest.mark.parametrize(
    ("opening", "summary", "topic"),
    [
        (IRAN, "The subjects were uranium enrichment and the easing of sanctions.", "nuclear"),
        (OPENING, "The main sticking point remained the front line in the east.", "territory"),
        (IRAN, "Tehran insists the agenda is uranium enrichment and nothing else.", "nuclear"),
        (OPENING, "The issues discussed included an exchange of prisoners of war.", "prisoners"),
        (OPENING, "The only concrete outcome was a swap of detained soldiers.", "prisoners"),
    ],
)
@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_sentence_summing_up_the_agenda(
    kb: KnowledgeBase, opening: str, summary: str, topic: str, between: str
) -> None:
    # In the same paragraph or in one of its own, the summary tells what the round dealt with.
    assert topic in _report(kb, f"{opening}{between}{summary}").values(Field.TOPIC)


def test_a_sentence_summing_up_the_format_in_its_own_paragraph(kb: KnowledgeBase) -> None:
    text = (
        f"{IRAN}\n\nThe format was indirect: the two teams stayed in separate wings of the "
        "palace while Omani officials went back and forth."
    )
    assert "indirect" in _report(kb, text).values(Field.FORMAT)


def test_a_summary_in_its_own_paragraph_gives_only_topics_and_formats(kb: KnowledgeBase) -> None:
    # The paragraph sums up the agenda; the mood it gives is not said of the round.
    text = f"{OPENING}\n\nThe main obstacle remains the front line, in a tense climate."
    found = _report(kb, text)
    assert "territory" in found.values(Field.TOPIC)
    assert found.values(Field.ATMOSPHERE) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # Its own year: another season of talks.
        "In 2019 the main issue was the front line in the east.",
        # Not a summary of the talks at all: any question may be "the question".
        "The question is whether the front line in the east will hold.",
    ],
)
def test_what_is_not_a_summary_of_the_round(kb: KnowledgeBase, paragraph: str) -> None:
    assert "territory" not in _report(kb, f"{OPENING}\n\n{paragraph}").values(Field.TOPIC)


def test_the_day_of_a_truce_is_not_the_day_of_the_talks(kb: KnowledgeBase) -> None:
    # "the March 2024 truce" dates the truce; the talks on it are the ones of the story.
    text = (
        "Lebanese and Israeli officers met in Naqoura on Tuesday to review how the March "
        "2024 truce was being applied."
    )
    mentions = extract_mentions(text, None, datetime(2026, 3, 4, 8, 0, tzinfo=UTC), kb)
    assert [m.kind for m in mentions] == [MentionKind.REPORT]
    assert "ceasefire" in mentions[0].values(Field.TOPIC)


def test_a_day_before_the_talks_word_still_dates_them(kb: KnowledgeBase) -> None:
    text = "The 2 March talks in Naqoura between Lebanese and Israeli officers went on late."
    mentions = extract_mentions(text, None, datetime(2026, 3, 4, 8, 0, tzinfo=UTC), kb)
    assert any(m.first(Field.START_DATE) == "2026-03-02" for m in mentions)


def test_a_seat_across_the_table_is_direct(kb: KnowledgeBase) -> None:
    text = (
        "In Naqoura on Tuesday a Lebanese diplomat sat across the table from an Israeli "
        "official at the talks."
    )
    assert "direct" in _report(kb, text).values(Field.FORMAT)


def test_across_the_border_is_no_seat_at_the_table(kb: KnowledgeBase) -> None:
    text = (
        "Lebanese and Israeli officers held talks in Naqoura on Tuesday as shelling went on "
        "across the border."
    )
    assert "direct" not in _report(kb, text).values(Field.FORMAT)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # The programme named as an issue or a dossier, not as "programme".
        (
            "Iranian and American negotiators met in Muscat on Saturday and set out their "
            "positions on the nuclear dossier.",
            "nuclear",
        ),
        # Neutrality, the other half of a bargain on guarantees.
        (
            f"{OPENING} The delegations went over a draft on Ukraine's neutral status.",
            "security_guarantees",
        ),
        # A truce however the stopping of the guns is worded.
        (
            f"{OPENING} Under the plan the delegations discussed, fighting would cease at "
            "dawn on Friday.",
            "ceasefire",
        ),
        (
            "Thai and Cambodian envoys held talks in Kuala Lumpur on Monday on how to stop the "
            "fighting along the frontier.",
            "ceasefire",
        ),
    ],
)
def test_topics_in_other_words(kb: KnowledgeBase, sentence: str, topic: str) -> None:
    assert topic in _report(kb, sentence).values(Field.TOPIC)


def test_a_text_that_did_not_stop_the_fighting_is_no_truce(kb: KnowledgeBase) -> None:
    # The effect denied: the talks signed a text on aid, and the fighting went on.
    text = (
        "Sudanese army and RSF delegations meeting in Jeddah signed a declaration on aid on "
        "Thursday, but it did not stop the fighting."
    )
    assert "ceasefire" not in _report(kb, text).values(Field.TOPIC)


def test_the_domains_of_groups_only_proposed_are_not_topics(kb: KnowledgeBase) -> None:
    text = (
        f"{OPENING} Moscow suggested setting up four groups, on legal, humanitarian, economic "
        "and military matters, that would meet by video link."
    )
    assert "humanitarian" not in _report(kb, text).values(Field.TOPIC)


def test_aid_discussed_at_the_talks_is_still_a_topic(kb: KnowledgeBase) -> None:
    # No group proposed: the humanitarian matters are what the delegations dealt with.
    text = f"{OPENING} The delegations discussed humanitarian matters and the return of children."
    assert "humanitarian" in _report(kb, text).values(Field.TOPIC)


GAZA = (
    "After days of indirect talks in Cairo, Israel and Hamas reached a deal on Monday, "
    "Egyptian mediators said."
)


def test_the_deal_told_by_its_pronoun(kb: KnowledgeBase) -> None:
    # "It" opening on what a deal does is the deal just told: its matters are the round's.
    text = f"{GAZA} It provides for the release of twelve hostages in the first week."
    assert "hostages" in _report(kb, text).values(Field.TOPIC)


def test_how_the_deal_fared_later_is_not_how_the_talks_went(kb: KnowledgeBase) -> None:
    text = f"{GAZA} It brought the release of twelve hostages before it broke down in a month."
    found = _report(kb, text)
    assert "hostages" in found.values(Field.TOPIC)
    assert "collapsed" not in found.values(Field.OUTCOME)


def test_it_as_an_empty_subject_points_at_no_deal(kb: KnowledgeBase) -> None:
    text = f"{GAZA} It is not clear whether the hostages held in the north are included."
    assert "hostages" not in _report(kb, text).values(Field.TOPIC)


@pytest.mark.parametrize(
    "terms",
    [
        "Under the agreement, the hostages are to go home at noon. Aid trucks are to cross "
        "from Egypt every day.",
        "Under its terms the hostages are to go home at noon. Aid trucks are to cross from "
        "Egypt every day.",
    ],
)
def test_the_terms_of_a_deal_go_on_in_the_next_sentence(kb: KnowledgeBase, terms: str) -> None:
    assert "humanitarian" in _report(kb, f"{GAZA} {terms}").values(Field.TOPIC)


def test_a_sentence_after_the_terms_that_lists_no_term(kb: KnowledgeBase) -> None:
    text = (
        f"{GAZA} Under the agreement, the hostages are to go home at noon. Aid agencies "
        "welcomed the news."
    )
    assert "humanitarian" not in _report(kb, text).values(Field.TOPIC)


@pytest.mark.parametrize(
    "asked",
    [
        "What was on the table? Mostly the front line and who would watch it.",
        "What did the two sides discuss?\n\nMostly the front line and who would watch it.",
        "HOST: So what were they negotiating?\n\nREPORTER: Mostly the front line, Anna.",
    ],
)
def test_the_answer_to_a_question_on_what_was_discussed(kb: KnowledgeBase, asked: str) -> None:
    assert "territory" in _report(kb, f"{OPENING}\n\n{asked}").values(Field.TOPIC)


def test_the_answer_to_another_question(kb: KnowledgeBase) -> None:
    # "What happens next?" asks of the future, not of the talks' matters.
    text = f"{OPENING}\n\nWhat happens next?\n\nThe front line may move again by spring."
    assert "territory" not in _report(kb, text).values(Field.TOPIC)


def test_a_part_of_the_talks_spent_on_a_matter(kb: KnowledgeBase) -> None:
    text = f"{OPENING}\n\nA source said the afternoon was spent on the front line in the east."
    assert "territory" in _report(kb, text).values(Field.TOPIC)


def test_a_live_blog_entry_sums_up_the_agenda(kb: KnowledgeBase) -> None:
    text = f"{OPENING}\n\n14:20 - The main stumbling block remains the front line."
    assert "territory" in _report(kb, text).values(Field.TOPIC)


def test_a_meeting_named_after_another_city_is_not_this_round(kb: KnowledgeBase) -> None:
    # After talks in Istanbul, "the Riyadh meeting" is another one: its swap is not theirs.
    text = (
        f"{OPENING} The Riyadh meeting had produced an exchange of 90 prisoners of war "
        "on each side."
    )
    assert "prisoners" not in _report(kb, text).values(Field.TOPIC)


def test_a_meeting_named_after_the_same_city_is_this_round(kb: KnowledgeBase) -> None:
    text = f"{OPENING} The Istanbul meeting produced an exchange of 90 prisoners of war each."
    assert "prisoners" in _report(kb, text).values(Field.TOPIC)


@pytest.mark.parametrize(
    "errand",
    [
        "The Omani minister walked back and forth between the two teams all afternoon.",
        "The Omani minister was carrying proposals from one side to the other.",
        "The two teams were housed in separate wings of the palace.",
    ],
)
def test_a_go_between_at_work_is_indirect(kb: KnowledgeBase, errand: str) -> None:
    assert "indirect" in _report(kb, f"{IRAN} {errand}").values(Field.FORMAT)


def test_an_envoys_travels_between_crises_are_no_format(kb: KnowledgeBase) -> None:
    # The envoy's beat, not an errand between the sides at the table.
    text = f"{IRAN} Witkoff has shuttled between this crisis and the war in Ukraine for months."
    assert "indirect" not in _report(kb, text).values(Field.FORMAT)


def _with_headline(
    kb: KnowledgeBase, title: str, text: str, field: Field = Field.FORMAT
) -> list[str]:
    mentions = extract_mentions(text, title, datetime(2026, 3, 4, 8, 0, tzinfo=UTC), kb)
    (found,) = [m for m in mentions if m.kind is MentionKind.REPORT]
    return found.values(field)


def test_a_headline_without_names_tells_the_format(kb: KnowledgeBase) -> None:
    # No sides nor place in it, so no piece of its own: its format is the article's round's.
    body = "Russian, Ukrainian and American envoys ended two days of talks in Riyadh on Tuesday."
    assert "trilateral" in _with_headline(kb, "Three-way session ends with a swap deal", body)


def test_a_headline_in_doubt_tells_no_format(kb: KnowledgeBase) -> None:
    body = "Russian and Ukrainian envoys ended two days of talks in Riyadh on Tuesday."
    assert "summit" not in _with_headline(kb, "Could a summit be next?", body)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the talks Moscow again demanded that Kyiv hand over two provinces.",
        "At the talks Russia insisted that Ukraine pull its troops out of the rest of the "
        "Luhansk region.",
        "At the talks Kyiv said it would never give up its southern lands.",
    ],
)
def test_land_given_up_is_territory(kb: KnowledgeBase, sentence: str) -> None:
    assert "territory" in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow threatened to withdraw from the talks altogether.",
        "Under the plan discussed, the armies would pull back to an agreed line.",
    ],
)
def test_what_is_no_land_given_up(kb: KnowledgeBase, sentence: str) -> None:
    assert "territory" not in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


def test_the_name_of_a_truce_body_is_not_its_agenda(kb: KnowledgeBase) -> None:
    # The forum that sat is named after the truce; what it took up is told apart.
    text = (
        "Lebanese and Israeli officers met in Naqoura on Tuesday at the ceasefire "
        "monitoring committee and took up the fate of detainees."
    )
    found = _report(kb, text).values(Field.TOPIC)
    assert "ceasefire" not in found
    assert "prisoners" in found


def test_a_truce_discussed_by_the_body_is_its_agenda(kb: KnowledgeBase) -> None:
    text = (
        "Lebanese and Israeli officers met in Naqoura on Tuesday and discussed how the "
        "ceasefire was being kept."
    )
    assert "ceasefire" in _report(kb, text).values(Field.TOPIC)


GAZA_BODY = "Israeli and Hamas negotiators ended three days of indirect talks in Cairo on Monday."


def test_a_headline_naming_only_the_conflict_tells_the_topic(kb: KnowledgeBase) -> None:
    title = "Mediators say all terms of the Gaza truce are settled"
    assert "ceasefire" in _with_headline(kb, title, GAZA_BODY, Field.TOPIC)


def test_a_headline_on_another_conflict_tells_no_topic(kb: KnowledgeBase) -> None:
    title = "Mediators say all terms of the Sudan truce are settled"
    assert "ceasefire" not in _with_headline(kb, title, GAZA_BODY, Field.TOPIC)


def test_the_domains_of_proposed_groups_with_a_phrase_between(kb: KnowledgeBase) -> None:
    # "groups, to meet monthly, on ...": the phrase between does not change what they are.
    text = (
        f"{OPENING} Kyiv offered to form two groups, to meet monthly, on humanitarian and "
        "legal issues."
    )
    assert "humanitarian" not in _report(kb, text).values(Field.TOPIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "On the front line, no movement at all.",
        "As for the front line, the two sides remain far apart.",
    ],
)
def test_a_sentence_opened_by_the_matter(kb: KnowledgeBase, sentence: str) -> None:
    assert "territory" in _report(kb, f"{OPENING} {sentence}").values(Field.TOPIC)


def test_a_sentence_opened_by_a_day_is_no_matter(kb: KnowledgeBase) -> None:
    # The opener names a day, and the matter further on is the war's, not the talks'.
    text = f"{OPENING} On Monday, shelling went on along the front line."
    assert "territory" not in _report(kb, text).values(Field.TOPIC)
