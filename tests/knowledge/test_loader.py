"""The knowledge loader: bundled data, validation errors with positions, layering, lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from negotrack.errors import ConfigError, KnowledgeError
from negotrack.knowledge import KnowledgeBase, default_knowledge, load_knowledge
from negotrack.knowledge.loader import ATMOSPHERES, VOCABULARY_LABELS
from negotrack.paths import user_knowledge_dir
from negotrack.rounds.model import FORMATS, OUTCOMES, TOPICS

ACTORS = """\
[[actor]]
name = "Russia"
kind = "country"
aliases = ["Kremlin"]

[[actor]]
name = "Ukraine"
kind = "country"

[[actor]]
name = "Turkey"
kind = "country"
"""

CONFLICTS = """\
[[conflict]]
slug = "ukraine"
name = "Russia-Ukraine war"
parties = ["Russia", "Ukraine"]
keywords = ["Donbas"]
aliases = ["russia-ukraine"]
usual_mediators = ["Turkey"]
"""


def write_base(directory: Path, **files: str) -> Path:
    """A small valid knowledge directory, with ``files`` added or replaced (name -> text)."""
    directory.mkdir(parents=True, exist_ok=True)
    contents = {"actors": ACTORS, "conflicts": CONFLICTS, **files}
    for name, text in contents.items():
        (directory / f"{name}.toml").write_text(text, encoding="utf-8")
    return directory


def load_error(directory: Path, *extra: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory, extra)
    return info.value


# --------------------------------------------------------------------------- bundled data


def test_bundled_data_loads_with_the_required_processes(kb: KnowledgeBase) -> None:
    slugs = {c.slug for c in kb.conflicts}
    assert {"ukraine", "iran", "gaza", "sudan", "drc", "armenia-azerbaijan"} <= slugs
    assert len(kb.places) >= 50
    assert len(kb.actors) >= 40
    assert len(kb.people) >= 50
    ukraine = kb.conflict("ukraine")
    assert ukraine.parties == ("Russia", "Ukraine")
    assert "United States" in ukraine.usual_mediators
    assert "Oman" in kb.conflict("iran").usual_mediators
    assert {"Qatar", "Egypt"} <= set(kb.conflict("gaza").usual_mediators)


def test_bundled_vocabulary_covers_every_label(kb: KnowledgeBase) -> None:
    v = kb.vocabulary
    assert set(v.formats) == set(FORMATS)
    assert set(v.outcomes) == set(OUTCOMES) - {"unknown"}
    assert set(v.topics) == set(TOPICS)
    assert set(v.atmosphere) == set(ATMOSPHERES)
    assert all(v.formats.values()) and all(v.outcomes.values()) and all(v.topics.values())
    assert {"talks", "ceasefire", "negotiations", "envoy"} <= set(v.relevance)


def test_bundled_people_are_affiliated_as_reported(kb: KnowledgeBase) -> None:
    assert kb.person("Steve Witkoff").affiliation == "United States"
    assert kb.person("Rustem Umerov").affiliation == "Ukraine"
    assert kb.person("Vladimir Medinsky").affiliation == "Russia"
    assert kb.person("Badr Albusaidi").affiliation == "Oman"
    assert "Witkoff" in kb.person("Steve Witkoff").aliases


def test_lookups(kb: KnowledgeBase) -> None:
    assert kb.conflict("UKRAINE").slug == "ukraine"
    assert kb.conflict("Russia-Ukraine").slug == "ukraine"
    assert kb.conflict(" us-iran ").slug == "iran"
    assert kb.place("Geneva").country == "Switzerland"
    assert kb.actor("United States").kind == "country"
    assert kb.actor("United States").prose == "the United States"
    assert kb.actor("Russia").prose is None  # reads as it is written
    with pytest.raises(KeyError):
        kb.actor("Atlantis")
    with pytest.raises(KeyError):
        kb.place("geneva")  # canonical names only, as written


def test_unknown_conflict_lists_the_known_slugs(kb: KnowledgeBase) -> None:
    with pytest.raises(ConfigError) as info:
        kb.conflict("narnia")
    message = str(info.value)
    assert "narnia" in message
    assert "ukraine" in message and "gaza" in message


# --------------------------------------------------------------------------- validation


def test_a_valid_small_directory_loads(tmp_path: Path) -> None:
    kb = load_knowledge(write_base(tmp_path / "data"))
    assert [c.slug for c in kb.conflicts] == ["ukraine"]
    assert kb.places == () and kb.people == ()


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    bad = '[[place]]\nname = "Geneva"\ncountry = Switzerland\n'
    error = load_error(write_base(tmp_path / "data", places=bad))
    assert error.path.name == "places.toml"
    assert error.line == 3
    assert "invalid TOML" in error.message


def test_unknown_key_points_at_its_line(tmp_path: Path) -> None:
    bad = '[[place]]\nname = "Geneva"\ncountry = "Switzerland"\n\n'
    bad += '[[place]]\nname = "Doha"\ncountry = "Qatar"\ncity = "Doha"\n'
    error = load_error(write_base(tmp_path / "data", places=bad))
    assert (error.path.name, error.line) == ("places.toml", 8)
    assert "'city'" in error.message


def test_missing_required_key_points_at_the_entry(tmp_path: Path) -> None:
    bad = CONFLICTS + '\n[[conflict]]\nslug = "gaza"\nname = "Gaza war"\nkeywords = []\n'
    error = load_error(write_base(tmp_path / "data", conflicts=bad))
    assert (error.path.name, error.line) == ("conflicts.toml", 9)
    assert "parties" in error.message


def test_wrong_type_points_at_the_key(tmp_path: Path) -> None:
    bad = ACTORS + '\n[[actor]]\nname = "Iran"\nkind = "country"\naliases = "Tehran"\n'
    error = load_error(write_base(tmp_path / "data", actors=bad))
    assert (error.path.name, error.line) == ("actors.toml", 17)
    assert "list of strings" in error.message


def test_prose_must_be_a_string(tmp_path: Path) -> None:
    bad = ACTORS + '\n[[actor]]\nname = "Iran"\nkind = "country"\nprose = ["the Iran"]\n'
    error = load_error(write_base(tmp_path / "data", actors=bad))
    assert (error.path.name, error.line) == ("actors.toml", 17)
    assert "'prose' must be a string" in error.message


def test_duplicate_name_points_at_the_second_entry(tmp_path: Path) -> None:
    bad = ACTORS + '\n[[actor]]\nname = "Turkey"\nkind = "country"\n'
    error = load_error(write_base(tmp_path / "data", actors=bad))
    assert (error.path.name, error.line) == ("actors.toml", 14)
    assert "duplicate" in error.message and "actors.toml:10" in error.message


def test_duplicate_across_files_of_one_directory(tmp_path: Path) -> None:
    more = '[[actor]]\nname = "Russia"\nkind = "country"\n'
    error = load_error(write_base(tmp_path / "data", zz_more=more))
    assert (error.path.name, error.line) == ("zz_more.toml", 1)


def test_unknown_party_or_mediator_is_an_error(tmp_path: Path) -> None:
    bad = CONFLICTS.replace('usual_mediators = ["Turkey"]', 'usual_mediators = ["Atlantis"]')
    error = load_error(write_base(tmp_path / "data", conflicts=bad))
    assert (error.path.name, error.line) == ("conflicts.toml", 7)
    assert "'Atlantis'" in error.message and "not a known actor" in error.message


def test_a_mediating_host_must_be_a_usual_mediator(tmp_path: Path) -> None:
    bad = CONFLICTS.replace(
        'usual_mediators = ["Turkey"]',
        'usual_mediators = ["Turkey"]\nmediating_hosts = ["Russia"]',
    )
    error = load_error(write_base(tmp_path / "data", conflicts=bad))
    assert (error.path.name, error.line) == ("conflicts.toml", 8)
    assert "'Russia'" in error.message and "not a usual mediator" in error.message
    good = CONFLICTS.replace(
        'usual_mediators = ["Turkey"]',
        'usual_mediators = ["Turkey"]\nmediating_hosts = ["Turkey"]',
    )
    loaded = load_knowledge(write_base(tmp_path / "ok", conflicts=good), ())
    assert loaded.conflict("ukraine").mediating_hosts == ("Turkey",)


def test_a_standing_topic_must_be_a_topic_label(tmp_path: Path) -> None:
    bad = CONFLICTS.replace(
        'usual_mediators = ["Turkey"]',
        'usual_mediators = ["Turkey"]\nstanding_topics = ["weather"]',
    )
    error = load_error(write_base(tmp_path / "data", conflicts=bad))
    assert "'weather'" in error.message and "not a topic label" in error.message


def test_unknown_affiliation_is_an_error(tmp_path: Path) -> None:
    people = '# people\n[[person]]\nname = "A B"\nrole = "envoy"\naffiliation = "Mars"\n'
    error = load_error(write_base(tmp_path / "data", people=people))
    assert (error.path.name, error.line) == ("people.toml", 5)


def test_empty_country_is_an_error(tmp_path: Path) -> None:
    bad = '[[place]]\nname = "Geneva"\ncountry = "  "\n'
    error = load_error(write_base(tmp_path / "data", places=bad))
    assert (error.path.name, error.line) == ("places.toml", 3)
    assert "country" in error.message


def test_unknown_vocabulary_label_points_at_its_line(tmp_path: Path) -> None:
    vocab = 'relevance = ["talks"]\n\n[formats]\nbilateral = ["bilateral"]\nsecret = ["secret"]\n'
    error = load_error(write_base(tmp_path / "data", vocabulary=vocab))
    assert (error.path.name, error.line) == ("vocabulary.toml", 5)
    assert "'secret'" in error.message


def test_unknown_table_and_bad_kind_and_bad_slug(tmp_path: Path) -> None:
    error = load_error(write_base(tmp_path / "a", extra='\n[[treaty]]\nname = "x"\n'))
    assert (error.path.name, error.line) == ("extra.toml", 2)
    actors = ACTORS.replace('kind = "country"\naliases', 'kind = "empire"\naliases')
    error = load_error(write_base(tmp_path / "b", actors=actors))
    assert (error.path.name, error.line) == ("actors.toml", 3)
    conflicts = CONFLICTS.replace('slug = "ukraine"', 'slug = "Ukraine War"')
    error = load_error(write_base(tmp_path / "c", conflicts=conflicts))
    assert (error.path.name, error.line) == ("conflicts.toml", 2)


def test_alias_clashing_with_another_conflict(tmp_path: Path) -> None:
    bad = CONFLICTS + (
        '\n[[conflict]]\nslug = "donbas"\nname = "x"\nparties = ["Russia"]\n'
        'keywords = []\naliases = ["Russia-Ukraine"]\n'
    )
    error = load_error(write_base(tmp_path / "data", conflicts=bad))
    assert (error.path.name, error.line) == ("conflicts.toml", 14)
    assert "'ukraine'" in error.message


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    error = load_error(tmp_path / "nowhere")
    assert error.line is None and error.path == tmp_path / "nowhere"


# --------------------------------------------------------------------------- layering


def test_extension_directory_adds_and_extends(tmp_path: Path) -> None:
    base = write_base(tmp_path / "data")
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text(
        '[[actor]]\nname = "Georgia"\nkind = "country"\n\n'
        '[[actor]]\nname = "russia"\naliases = ["Russian Federation"]\n\n'
        '[[conflict]]\nslug = "abkhazia"\nname = "Georgia-Abkhazia conflict"\n'
        'parties = ["Georgia"]\nkeywords = ["Sukhumi"]\n\n'
        '[topics]\nterritory = ["Sukhumi"]\n',
        encoding="utf-8",
    )
    kb = load_knowledge(base, [user])
    assert kb.conflict("abkhazia").parties == ("Georgia",)
    assert kb.actor("Russia").aliases == ("Kremlin", "Russian Federation")
    assert [a.name for a in kb.actors].count("Russia") == 1
    assert kb.actor("Russia").kind == "country"
    assert kb.vocabulary.topics["territory"] == ("Sukhumi",)
    kinds = {(m.kind, m.key) for m in kb.find("talks in Sukhumi with the Russian Federation")}
    assert kinds == {("conflict", "abkhazia"), ("topic", "territory"), ("actor", "Russia")}


def test_extension_entry_that_is_new_needs_required_keys(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text('[[actor]]\nname = "Georgia"\n', encoding="utf-8")
    error = load_error(write_base(tmp_path / "data"), user)
    assert (error.path.name, error.line) == ("mine.toml", 1)
    assert "kind" in error.message


def test_reference_error_points_at_the_layer_that_set_it(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text(
        '[[conflict]]\nslug = "ukraine"\nusual_mediators = ["Atlantis"]\n', encoding="utf-8"
    )
    error = load_error(write_base(tmp_path / "data"), user)
    assert (error.path.name, error.line) == ("mine.toml", 3)


def test_default_knowledge_reads_the_user_directory() -> None:
    # The autouse fixture points XDG_CONFIG_HOME at a fresh directory.
    user = user_knowledge_dir()
    user.mkdir(parents=True)
    (user / "conflicts.toml").write_text(
        '[[conflict]]\nslug = "cyprus"\nname = "Cyprus dispute"\n'
        'parties = ["Turkey"]\nkeywords = ["Nicosia"]\n',
        encoding="utf-8",
    )
    default_knowledge.cache_clear()
    try:
        kb = default_knowledge()
        assert kb.conflict("cyprus").name == "Cyprus dispute"
        assert kb.conflict("ukraine").slug == "ukraine"
        assert default_knowledge() is kb
    finally:
        default_knowledge.cache_clear()


def test_vocabulary_label_names_are_the_models() -> None:
    assert VOCABULARY_LABELS["formats"] == FORMATS
    assert "unknown" not in VOCABULARY_LABELS["outcomes"]


# --------------------------------------------------------------------------- data sanity


def test_every_place_is_in_a_known_country(kb: KnowledgeBase) -> None:
    actors = {a.name for a in kb.actors}
    assert {p.country for p in kb.places} - actors == set()


def _surfaces(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    v = kb.vocabulary
    rows = [(k, "conflict", c.slug) for c in kb.conflicts for k in c.keywords]
    rows += [(s, "place", p.name) for p in kb.places for s in (p.name, *p.spellings)]
    rows += [(s, "actor", a.name) for a in kb.actors for s in (a.name, *a.aliases, *a.demonyms)]
    rows += [(s, "person", p.name) for p in kb.people for s in (p.name, *p.aliases)]
    for kind, table in (
        ("format", v.formats),
        ("outcome", v.outcomes),
        ("topic", v.topics),
        ("atmosphere", v.atmosphere),
    ):
        rows += [(s, kind, label) for label, phrases in table.items() for s in phrases]
    rows += [(s, "relevance", s) for s in v.relevance]
    return rows


def test_every_phrase_of_the_bundled_data_is_found_whole(kb: KnowledgeBase) -> None:
    # Catches phrases the tokenizer cannot reproduce and phrases shadowed by longer ones.
    missing = []
    for surface, kind, key in _surfaces(kb):
        whole = {(m.kind, m.key) for m in kb.find(surface) if m.surface == surface}
        if (kind, key) not in whole:
            missing.append((surface, kind, key))
    assert missing == []


def test_phrase_lists_must_be_lists_of_strings(tmp_path: Path) -> None:
    vocab = '# words\nmeeting = ["meet"]\nignore = "Washington Post"\n'
    error = load_error(write_base(tmp_path / "data", vocabulary=vocab))
    assert (error.path.name, error.line) == ("vocabulary.toml", 3)
    assert "'ignore' must be a list of strings" in error.message
