"""KnowledgeBase.find(): what is matched, where, and that it does not depend on the KB size."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from negotrack.knowledge import Actor, KnowledgeBase, Match, Person, Place, load_knowledge
from negotrack.knowledge.matcher import Matcher, Phrase

# Built once: hypothesis runs the property test many times.
_KB = load_knowledge()


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return _KB


def found(kb: KnowledgeBase, text: str) -> set[tuple[str, str, str]]:
    return {(m.surface, m.kind, m.key) for m in kb.find(text)}


def test_possessive_person_and_local_spelling(kb: KnowledgeBase) -> None:
    text = "Ukraine's lead negotiator, Rustem Umerov, said talks in Genève would resume"
    assert found(kb, text) >= {
        ("Ukraine", "actor", "Ukraine"),
        ("Rustem Umerov", "person", "Rustem Umerov"),
        ("Genève", "place", "Geneva"),
        ("talks", "relevance", "talks"),
        ("negotiator", "relevance", "negotiator"),
    }


def test_curly_apostrophe_possessive(kb: KnowledgeBase) -> None:
    assert ("Witkoff", "person", "Steve Witkoff") in found(kb, "Witkoff’s trip to Moscow")


def test_hyphenated_compounds(kb: KnowledgeBase) -> None:
    assert found(kb, "US-mediated talks") >= {
        ("US", "actor", "United States"),
        ("mediated", "relevance", "mediated"),
    }
    for dash in ("-", "–"):
        pair = found(kb, f"the Russia{dash}Ukraine negotiations")
        assert {("Russia", "actor", "Russia"), ("Ukraine", "actor", "Ukraine")} <= pair
    assert ("U.S.", "actor", "United States") in found(kb, "a U.S.-brokered truce")


def test_one_match_per_entry_for_a_shared_span(kb: KnowledgeBase) -> None:
    matches = kb.find("the Kremlin reinstated Vladimir Medinsky")
    kremlin = [m for m in matches if m.surface == "Kremlin"]
    # "Kremlin" is the Russian government, a word of the Ukraine conflict and, as a venue
    # ("talks at the Kremlin"), Moscow: the matcher gives all three, extraction picks.
    assert {(m.kind, m.key) for m in kremlin} == {
        ("actor", "Russia"),
        ("conflict", "ukraine"),
        ("place", "Moscow"),
    }
    assert all((m.start, m.end) == (4, 11) for m in kremlin)
    assert (matches[-1].surface, matches[-1].kind) == ("Vladimir Medinsky", "person")
    moscow = {(m.kind, m.key) for m in kb.find("They gathered in Moscow.")}
    assert moscow == {("place", "Moscow"), ("actor", "Russia")}


def test_capitalised_names_do_not_match_common_words(kb: KnowledgeBase) -> None:
    assert kb.find("let us see; the business of trust; Us too") == []
    assert ("US", "actor", "United States") in found(kb, "the US and us")


def test_case_variants_of_names(kb: KnowledgeBase) -> None:
    # Datelines are in capitals; a name opening a sentence gets a capital initial.
    assert ("GENEVA", "place", "Geneva") in found(kb, "GENEVA, Feb 17 (Reuters) - Talks")
    assert ("Al-Sisi", "person", "Abdel Fattah al-Sisi") in found(kb, "Al-Sisi said so.")
    assert not [m for m in kb.find("geneva") if m.kind == "place"]


def test_lowercase_vocabulary_matches_in_any_case(kb: KnowledgeBase) -> None:
    assert ("CEASEFIRE", "topic", "ceasefire") in found(kb, "CEASEFIRE HOLDS")
    assert ("Peace Talks", "relevance", "peace talks") in found(kb, "Peace Talks Resume")


def test_longest_span_wins_and_keeps_all_its_entries(kb: KnowledgeBase) -> None:
    text = "shelling near the Zaporizhzhia nuclear power plant"
    spans = {(m.start, m.end) for m in kb.find(text)}
    assert spans == {(18, len(text))}
    assert {(m.kind, m.key) for m in kb.find(text)} == {
        ("conflict", "ukraine"),
        ("topic", "energy"),
    }


def test_demonyms_are_flagged(kb: KnowledgeBase) -> None:
    matches = kb.find("the Russian side and Ukrainian negotiators met the Americans")
    actors = {(m.surface, m.key, m.demonym) for m in matches if m.kind == "actor"}
    assert actors == {
        ("Russian", "Russia", True),
        ("Ukrainian", "Ukraine", True),
        ("Americans", "United States", False),
    }


def test_vocabulary_labels(kb: KnowledgeBase) -> None:
    text = (
        "The trilateral talks in Abu Dhabi ended without a breakthrough on territory, "
        "but the atmosphere was constructive."
    )
    labels = {(m.kind, m.key) for m in kb.find(text)}
    assert {
        ("format", "trilateral"),
        ("outcome", "no_breakthrough"),
        ("topic", "territory"),
        ("atmosphere", "constructive"),
        ("place", "Abu Dhabi"),
    } <= labels


def test_a_topic_inside_a_longer_label_phrase_is_kept(kb: KnowledgeBase) -> None:
    # The outcome phrase wins the span, and the truce it names is matched with it.
    text = "The envoys agreed to an immediate ceasefire."
    labels = {(m.kind, m.key, m.surface) for m in kb.find(text)}
    surface = "agreed to an immediate ceasefire"
    assert {("outcome", "agreement", surface), ("topic", "ceasefire", surface)} <= labels


def test_a_topic_phrase_inside_another_topic_phrase_is_not_added(kb: KnowledgeBase) -> None:
    # "ceasefire line" is the line dividing the sides (territory), not a truce.
    labels = {(m.kind, m.key) for m in kb.find("They argued over the ceasefire line.")}
    assert ("topic", "territory") in labels
    assert ("topic", "ceasefire") not in labels


def test_matches_are_sorted_and_located(kb: KnowledgeBase) -> None:
    text = "In Doha, Qatari mediators met Hamas and Israeli officials about hostages."
    matches = kb.find(text)
    assert matches == sorted(matches, key=lambda m: m.start)
    assert all(text[m.start : m.end] == m.surface for m in matches)


@given(st.text(alphabet="Ukraine US us-.' ’Genève\nKremlinAbuDhabi talks", max_size=80))
def test_spans_never_overlap(text: str) -> None:
    matches = _KB.find(text)
    assert all(text[m.start : m.end] == m.surface for m in matches)
    spans = sorted({(m.start, m.end) for m in matches})
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def _bloated(kb: KnowledgeBase, factor: int) -> KnowledgeBase:
    """The same base plus (factor - 1) times as many invented entries, many of which share
    a first word with real ones so that the prefix index really grows."""
    places = list(kb.places)
    actors = list(kb.actors)
    people = list(kb.people)
    for n in range(factor - 1):
        places += [Place(f"{p.name} Heights {n}", p.country) for p in kb.places]
        actors += [
            Actor(f"Zembla {a.name} {n}", "group", aliases=(f"{a.name} Front {n}",))
            for a in kb.actors
        ]
        people += [
            Person(f"{p.name} Jr {n}", p.affiliation, p.role, aliases=(f"Xq{n}{i}",))
            for i, p in enumerate(kb.people)
        ]
    return dataclasses.replace(kb, places=tuple(places), actors=tuple(actors), people=tuple(people))


def test_results_do_not_depend_on_the_size_of_the_base(kb: KnowledgeBase) -> None:
    big = _bloated(kb, 10)
    assert len(big.people) == 10 * len(kb.people)
    text = (
        "Ukraine's Rustem Umerov and Russia's Vladimir Medinsky met in Geneva, where the "
        "US-mediated trilateral talks with Steve Witkoff made progress on a ceasefire. "
        "Geneva Heights is a hill."
    )

    def key(ms: list[Match]) -> list[tuple[int, int, str, str]]:
        return [(m.start, m.end, m.kind, m.key) for m in ms]

    assert key(big.find(text)) == key(kb.find(text))
    assert ("Geneva Heights 3", "place") in {(m.key, m.kind) for m in big.find("Geneva Heights 3")}


def test_matcher_rejects_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="weapon"):
        Matcher([Phrase("tank", "weapon", "tank")])


def test_matcher_on_its_own() -> None:
    matcher = Matcher(
        [
            Phrase("New York", "place", "New York"),
            Phrase("New York Times", "actor", "NYT"),
            Phrase("York", "place", "York"),
        ]
    )
    assert [(m.surface, m.key) for m in matcher.find("the New York Times in York")] == [
        ("New York Times", "NYT"),
        ("York", "York"),
    ]
    assert [m.key for m in matcher.find("New York Mets")] == ["New York"]
    assert matcher.find("") == []


def test_a_person_keyword_ties_every_form_of_the_name(kb: KnowledgeBase) -> None:
    # "Putin" is a keyword of the Ukraine conflict; the full name must not hide it.
    for text in ("Vladimir Putin", "President Putin", "Putin"):
        assert {(m.kind, m.key) for m in kb.find(text)} == {
            ("conflict", "ukraine"),
            ("person", "Vladimir Putin"),
        }


def test_ignored_names_hide_the_names_inside_them(kb: KnowledgeBase) -> None:
    text = "The Washington Post said talks in Washington would follow the Geneva Open."
    assert found(kb, text) == {
        ("talks", "relevance", "talks"),
        ("Washington", "place", "Washington"),
        ("Washington", "actor", "United States"),
    }
    venue = text.index("in Washington") + 3
    assert [m.start for m in kb.find(text) if m.surface == "Washington"] == [venue, venue]
