"""Load, validate and merge the knowledge base from TOML files.

Files. Every ``*.toml`` file of a knowledge directory is read, in name order. A file may hold
any of these top-level items (the bundled ``data/`` keeps one kind per file):

- ``[[conflict]]`` entries: ``slug``, ``name``, ``parties``, ``keywords`` (required),
  ``aliases``, ``usual_mediators``, ``mediating_hosts`` (those of them that mediate where
  they host), ``standing_topics`` (topic labels every round of it has);
- ``[[place]]``: ``name``, ``country`` (required), ``spellings``;
- ``[[actor]]``: ``name``, ``kind`` (required: country, group or organisation), ``aliases``,
  ``demonyms``, ``prose`` (the name inside a sentence, where it differs: "the United States");
- ``[[person]]``: ``name``, ``affiliation``, ``role`` (required), ``aliases``;
- vocabulary tables ``[formats]``, ``[outcomes]``, ``[topics]``, ``[atmosphere]`` mapping a
  label to a list of phrases, and top-level lists ``relevance``, ``meeting``, ``ignore``
  and ``allies`` (see ``knowledge.model.Vocabulary``).

Layers. The bundled directory comes first, then each extra directory (the user's
``~/.config/negotrack/knowledge`` by default) in order. Within one directory a slug or name
may appear only once. A later directory may name an entry that already exists (same conflict
slug, or same place, actor or person name): the keys it sets override single values and
extend lists (a user can add an alias to "Russia" with just ``name`` and ``aliases``). Any
other entry is new and needs every required key. Vocabulary phrases are added to their label.

Validation happens after merging: unknown or missing keys, wrong types, duplicates, a conflict
party or mediator or a person's affiliation that is not a known actor, an empty country, a
vocabulary label outside the labels of ``negotrack.rounds.model``. Every problem raises
``KnowledgeError`` naming the file and the line of the entry or key at fault; TOML reports no
positions, so lines are found by scanning the raw text for the entry's header and its keys.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from negotrack import paths
from negotrack.errors import ConfigError, KnowledgeError
from negotrack.knowledge.matcher import Match, Matcher, knowledge_phrases
from negotrack.knowledge.model import Actor, Conflict, Person, Place, Vocabulary
from negotrack.rounds.model import FORMATS, OUTCOMES, TOPICS

ATMOSPHERES = ("tense", "constructive", "cordial", "frank", "hostile", "productive")
ACTOR_KINDS = ("country", "group", "organisation")

# "unknown" is what extraction says when nothing matched; no phrase stands for it.
VOCABULARY_LABELS: dict[str, tuple[str, ...]] = {
    "formats": FORMATS,
    "outcomes": tuple(o for o in OUTCOMES if o != "unknown"),
    "topics": TOPICS,
    "atmosphere": ATMOSPHERES,
}

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# Per entry table: the identifying key, then every key with (is_list, required).
_SCHEMAS: dict[str, tuple[str, dict[str, tuple[bool, bool]]]] = {
    "conflict": (
        "slug",
        {
            "slug": (False, True),
            "name": (False, True),
            "parties": (True, True),
            "keywords": (True, True),
            "aliases": (True, False),
            "usual_mediators": (True, False),
            "mediating_hosts": (True, False),
            "standing_topics": (True, False),
        },
    ),
    "place": (
        "name",
        {"name": (False, True), "country": (False, True), "spellings": (True, False)},
    ),
    "actor": (
        "name",
        {
            "name": (False, True),
            "kind": (False, True),
            "aliases": (True, False),
            "demonyms": (True, False),
            "prose": (False, False),
        },
    ),
    "person": (
        "name",
        {
            "name": (False, True),
            "affiliation": (False, True),
            "role": (False, True),
            "aliases": (True, False),
        },
    ),
}
_PHRASE_LISTS = ("relevance", "meeting", "ignore", "allies")
_TOP_LEVEL = (*_SCHEMAS, *VOCABULARY_LABELS, *_PHRASE_LISTS)

_ARRAY_HEADER = re.compile(r"\s*\[\[\s*([A-Za-z0-9_.\- ]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"\s*\[\s*([A-Za-z0-9_.\- ]+?)\s*\]")
_DECODE_LINE = re.compile(r"at line (\d+)")


# --------------------------------------------------------------------------- positions


@dataclass(frozen=True)
class _Where:
    """Where an entry or table sits in a file: its header line and the lines of its body."""

    path: Path
    lines: tuple[str, ...]
    line: int | None  # 1-based line of the header; None when it could not be found
    body: range  # 0-based indices of the lines holding its keys

    def key_line(self, key: str) -> int | None:
        pattern = re.compile(rf"\s*([\"']?){re.escape(key)}\1\s*=")
        for i in self.body:
            if pattern.match(self.lines[i]):
                return i + 1
        return self.line

    def error(self, message: str, key: str | None = None) -> KnowledgeError:
        return KnowledgeError(self.path, self.key_line(key) if key else self.line, message)


class _Layout:
    """The headers of one file, to turn "the 3rd [[conflict]]" into a line number."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = tuple(text.splitlines())
        self.headers: list[tuple[int, str, bool]] = []  # (index, name, is_array)
        for i, line in enumerate(self.lines):
            if m := _ARRAY_HEADER.match(line):
                self.headers.append((i, m.group(1), True))
            elif m := _TABLE_HEADER.match(line):
                self.headers.append((i, m.group(1), False))

    def _body_end(self, index: int) -> int:
        return next((i for i, _, _ in self.headers if i > index), len(self.lines))

    def line_of(self, name: str) -> int | None:
        """The line of the first header or top-level key called ``name``."""
        for i, h, _ in self.headers:
            if h == name:
                return i + 1
        return self.top().key_line(name)

    def top(self) -> _Where:
        end = self.headers[0][0] if self.headers else len(self.lines)
        return _Where(self.path, self.lines, None, range(end))

    def array_entry(self, name: str, n: int) -> _Where:
        found = [i for i, h, is_array in self.headers if is_array and h == name]
        if n < len(found):
            i = found[n]
            return _Where(self.path, self.lines, i + 1, range(i + 1, self._body_end(i)))
        # Written as an inline array (``conflict = [{...}]``): point at that key.
        return _Where(self.path, self.lines, self.top().key_line(name), range(0))

    def table(self, name: str) -> _Where:
        for i, h, is_array in self.headers:
            if not is_array and h == name:
                return _Where(self.path, self.lines, i + 1, range(i + 1, self._body_end(i)))
        return _Where(self.path, self.lines, self.top().key_line(name), range(0))


# --------------------------------------------------------------------------- raw entries


@dataclass
class _Entry:
    """One entry being merged: its values and where each value was last set."""

    table: str
    values: dict[str, str | list[str]]
    where: _Where
    key_where: dict[str, _Where] = field(default_factory=dict)

    def text(self, key: str) -> str:
        value = self.values.get(key, "")
        return value if isinstance(value, str) else ""

    def optional_text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.values.get(key, [])
        return tuple(value) if isinstance(value, list) else ()

    def error(self, message: str, key: str) -> KnowledgeError:
        return self.key_where.get(key, self.where).error(message, key)


def _check_value(where: _Where, key: str, value: object, is_list: bool) -> str | list[str]:
    if is_list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise where.error(f"{key!r} must be a list of strings", key)
        items = [v.strip() for v in value]
        if not all(items):
            raise where.error(f"{key!r} holds an empty string", key)
        return items
    if not isinstance(value, str):
        raise where.error(f"{key!r} must be a string", key)
    if not value.strip():
        raise where.error(f"{key!r} must not be empty", key)
    return value.strip()


def _read_entry(table: str, raw: object, where: _Where) -> _Entry:
    if not isinstance(raw, dict):
        raise where.error(f"each {table!r} must be a table")
    ident, schema = _SCHEMAS[table]
    values: dict[str, str | list[str]] = {}
    for key, value in raw.items():
        if key not in schema:
            known = ", ".join(schema)
            raise where.error(f"unknown key {key!r} in {table!r} (known: {known})", key)
        values[key] = _check_value(where, key, value, schema[key][0])
    if ident not in values:
        raise where.error(f"{table!r} entry without {ident!r}")
    return _Entry(table, values, where, dict.fromkeys(values, where))


def _parse(path: Path) -> tuple[dict[str, object], _Layout]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(path, None, f"cannot read: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _DECODE_LINE.search(str(exc))
        line = int(found.group(1)) if found else max(1, len(text.splitlines()))
        raise KnowledgeError(path, line, f"invalid TOML: {exc}") from exc
    return data, _Layout(path, text)


# --------------------------------------------------------------------------- merging


@dataclass
class _Merged:
    entries: dict[str, dict[str, _Entry]] = field(
        default_factory=lambda: {table: {} for table in _SCHEMAS}
    )
    phrases: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {table: {} for table in VOCABULARY_LABELS}
    )
    lists: dict[str, list[str]] = field(
        default_factory=lambda: {name: [] for name in _PHRASE_LISTS}
    )

    def add_layer(self, directory: Path) -> None:
        if not directory.is_dir():
            raise KnowledgeError(directory, None, "knowledge directory not found")
        seen: dict[tuple[str, str], _Where] = {}
        for path in sorted(directory.glob("*.toml")):
            data, layout = _parse(path)
            for name, value in data.items():
                if name not in _TOP_LEVEL:
                    known = ", ".join(_TOP_LEVEL)
                    raise KnowledgeError(
                        path, layout.line_of(name), f"unknown table {name!r} (known: {known})"
                    )
                if name in _SCHEMAS:
                    self._add_entries(name, value, layout, seen)
                elif name in _PHRASE_LISTS:
                    for phrase in _check_value(layout.top(), name, value, is_list=True):
                        _append_new(self.lists[name], phrase)
                else:
                    self._add_phrases(name, value, layout.table(name))

    def _add_entries(
        self, table: str, value: object, layout: _Layout, seen: dict[tuple[str, str], _Where]
    ) -> None:
        if not isinstance(value, list):
            raise layout.top().error(f"{table!r} must be an array of tables ([[{table}]])", table)
        ident_key, schema = _SCHEMAS[table]
        for n, raw in enumerate(value):
            entry = _read_entry(table, raw, layout.array_entry(table, n))
            ident = entry.text(ident_key)
            lookup = ident.casefold()
            if (table, lookup) in seen:
                first = seen[(table, lookup)]
                raise entry.where.error(
                    f"duplicate {table} {ident!r} (first at {first.path.name}:{first.line})"
                )
            seen[(table, lookup)] = entry.where
            existing = self.entries[table].get(lookup)
            if existing is None:
                missing = [k for k, (_, required) in schema.items() if required]
                missing = [k for k in missing if k not in entry.values]
                if missing:
                    raise entry.where.error(
                        f"{table} {ident!r} lacks required key(s): {', '.join(missing)}"
                    )
                self.entries[table][lookup] = entry
            else:
                _extend(existing, entry)

    def _add_phrases(self, table: str, value: object, where: _Where) -> None:
        if not isinstance(value, dict):
            raise where.error(f"[{table}] must be a table of label = [phrases]")
        allowed = VOCABULARY_LABELS[table]
        for label, phrases in value.items():
            if label not in allowed:
                raise where.error(
                    f"unknown {table} label {label!r} (allowed: {', '.join(allowed)})", label
                )
            bucket = self.phrases[table].setdefault(label, [])
            for phrase in _check_value(where, label, phrases, is_list=True):
                _append_new(bucket, phrase)

    def build(self) -> KnowledgeBase:
        actors = tuple(_actor(e) for e in self.entries["actor"].values())
        actor_names = {a.name for a in actors}

        def known_actor(entry: _Entry, key: str, name: str) -> None:
            if name not in actor_names:
                raise entry.error(f"{name!r} in {key!r} is not a known actor", key)

        conflicts: list[Conflict] = []
        lookup: dict[str, str] = {}
        for e in self.entries["conflict"].values():
            slug = e.text("slug")
            if not _SLUG.fullmatch(slug):
                raise e.error(f"slug {slug!r} must be lower-case words joined by '-'", "slug")
            if not e.texts("parties"):
                raise e.error(f"conflict {slug!r} has no parties", "parties")
            for key in ("parties", "usual_mediators", "mediating_hosts"):
                for name in e.texts(key):
                    known_actor(e, key, name)
            for name in e.texts("mediating_hosts"):
                if name not in e.texts("usual_mediators"):
                    raise e.error(
                        f"{name!r} in 'mediating_hosts' is not a usual mediator", "mediating_hosts"
                    )
            for topic in e.texts("standing_topics"):
                if topic not in TOPICS:
                    raise e.error(f"{topic!r} is not a topic label", "standing_topics")
            for key, name in [("slug", slug), *(("aliases", a) for a in e.texts("aliases"))]:
                other = lookup.setdefault(name.casefold(), slug)
                if other != slug:
                    raise e.error(f"{name!r} already names conflict {other!r}", key)
            conflicts.append(_conflict(e))
        for e in self.entries["actor"].values():
            if e.text("kind") not in ACTOR_KINDS:
                raise e.error(f"kind must be one of {', '.join(ACTOR_KINDS)}", "kind")
        people: list[Person] = []
        for e in self.entries["person"].values():
            known_actor(e, "affiliation", e.text("affiliation"))
            people.append(_person(e))
        places = tuple(_place(e) for e in self.entries["place"].values())
        vocabulary = Vocabulary(
            formats=_frozen(self.phrases["formats"]),
            outcomes=_frozen(self.phrases["outcomes"]),
            topics=_frozen(self.phrases["topics"]),
            atmosphere=_frozen(self.phrases["atmosphere"]),
            relevance=tuple(self.lists["relevance"]),
            meeting=tuple(self.lists["meeting"]),
            ignore=tuple(self.lists["ignore"]),
            allies=tuple(self.lists["allies"]),
        )
        return KnowledgeBase(tuple(conflicts), places, actors, tuple(people), vocabulary)


def _append_new(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _extend(existing: _Entry, update: _Entry) -> None:
    ident_key = _SCHEMAS[existing.table][0]
    for key, value in update.values.items():
        if key == ident_key:
            continue  # matched in any case; the first spelling stays canonical
        current = existing.values.get(key)
        if isinstance(value, list) and isinstance(current, list):
            for item in value:
                _append_new(current, item)
        else:
            existing.values[key] = value
        existing.key_where[key] = update.where


def _frozen(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {label: tuple(phrases) for label, phrases in table.items()}


def _conflict(e: _Entry) -> Conflict:
    return Conflict(
        slug=e.text("slug"),
        name=e.text("name"),
        parties=e.texts("parties"),
        keywords=e.texts("keywords"),
        aliases=e.texts("aliases"),
        usual_mediators=e.texts("usual_mediators"),
        mediating_hosts=e.texts("mediating_hosts"),
        standing_topics=e.texts("standing_topics"),
    )


def _place(e: _Entry) -> Place:
    return Place(name=e.text("name"), country=e.text("country"), spellings=e.texts("spellings"))


def _actor(e: _Entry) -> Actor:
    return Actor(
        name=e.text("name"),
        kind=e.text("kind"),
        aliases=e.texts("aliases"),
        demonyms=e.texts("demonyms"),
        prose=e.optional_text("prose"),
    )


def _person(e: _Entry) -> Person:
    return Person(
        name=e.text("name"),
        affiliation=e.text("affiliation"),
        role=e.text("role"),
        aliases=e.texts("aliases"),
    )


# --------------------------------------------------------------------------- public API


@dataclass(frozen=True, eq=False, repr=False)
class KnowledgeBase:
    """Conflicts, places, actors, people and vocabulary, with one matcher built up front."""

    conflicts: tuple[Conflict, ...]
    places: tuple[Place, ...]
    actors: tuple[Actor, ...]
    people: tuple[Person, ...]
    vocabulary: Vocabulary
    _matcher: Matcher = field(init=False, repr=False)
    _conflicts_by_name: dict[str, Conflict] = field(init=False, repr=False)
    _actors: dict[str, Actor] = field(init=False, repr=False)
    _places: dict[str, Place] = field(init=False, repr=False)
    _people: dict[str, Person] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Frozen: the derived indexes are set once here, never afterwards.
        phrases = knowledge_phrases(
            self.conflicts, self.places, self.actors, self.people, self.vocabulary
        )
        object.__setattr__(self, "_matcher", Matcher(phrases))
        by_name: dict[str, Conflict] = {}
        for c in self.conflicts:
            for name in (c.slug, *c.aliases):
                by_name.setdefault(name.casefold(), c)
        object.__setattr__(self, "_conflicts_by_name", by_name)
        object.__setattr__(self, "_actors", {a.name: a for a in self.actors})
        object.__setattr__(self, "_places", {p.name: p for p in self.places})
        object.__setattr__(self, "_people", {p.name: p for p in self.people})

    def __repr__(self) -> str:
        # The default would print every phrase of the base into tracebacks.
        return (
            f"KnowledgeBase({len(self.conflicts)} conflicts, {len(self.places)} places, "
            f"{len(self.actors)} actors, {len(self.people)} people, "
            f"{self._matcher.size} phrases)"
        )

    def conflict(self, name: str) -> Conflict:
        """The conflict with this slug or alias, in any case."""
        found = self._conflicts_by_name.get(name.strip().casefold())
        if found is None:
            known = ", ".join(c.slug for c in self.conflicts)
            raise ConfigError(f"unknown conflict {name!r}; known conflicts: {known}")
        return found

    def actor(self, name: str) -> Actor:
        """The actor with this canonical name; ``KeyError`` if there is none."""
        return self._actors[name]

    def place(self, name: str) -> Place:
        """The place with this canonical name; ``KeyError`` if there is none."""
        return self._places[name]

    def person(self, name: str) -> Person:
        """The person with this canonical name; ``KeyError`` if there is none."""
        return self._people[name]

    def find(self, text: str) -> list[Match]:
        """Every mention of an entry in ``text``, sorted by position (see ``matcher``)."""
        return self._matcher.find(text)


def load_knowledge(data_dir: Path | None = None, extra_dirs: Sequence[Path] = ()) -> KnowledgeBase:
    """Load ``data_dir`` (the bundled data by default), then each of ``extra_dirs`` on top."""
    merged = _Merged()
    for directory in _layers(data_dir, extra_dirs):
        merged.add_layer(directory)
    return merged.build()


def _layers(data_dir: Path | None, extra_dirs: Sequence[Path]) -> Iterator[Path]:
    yield data_dir if data_dir is not None else paths.data_dir()
    yield from extra_dirs


@functools.cache
def default_knowledge() -> KnowledgeBase:
    """The bundled knowledge base plus the user's extension directory, loaded once."""
    user_dir = paths.user_knowledge_dir()
    return load_knowledge(paths.data_dir(), [user_dir] if user_dir.is_dir() else [])
