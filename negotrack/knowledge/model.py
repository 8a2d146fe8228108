"""The knowledge base as typed, immutable data.

Loaded from ``data/*.toml`` (and the user's extension files) by ``knowledge.loader``;
the extraction code only ever sees these types. Names of actors are the English short
names used everywhere in output ("United States", "Russia", "Ukraine", "Hamas"...).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Conflict:
    slug: str  # "ukraine", "iran", "gaza", ...
    name: str  # "Russia-Ukraine war"
    parties: tuple[str, ...]  # actor names of the sides, e.g. ("Russia", "Ukraine")
    keywords: tuple[str, ...]  # words that tie a text to this conflict ("Donbas", "Zaporizhzhia")
    aliases: tuple[str, ...] = ()  # accepted by --conflict, any case ("russia-ukraine")
    # Actors that usually mediate or broker this process ("United States", "Oman").
    usual_mediators: tuple[str, ...] = ()
    # The usual mediators that mediate when the talks sit in their country: Oman in Muscat,
    # Qatar in Doha. Not a host that only lends the room (the UAE in Abu Dhabi).
    mediating_hosts: tuple[str, ...] = ()
    # Topics every round of the process is about by definition, said or not: the US-Iran
    # talks are nuclear talks ("nuclear"). Labels of data/vocabulary.toml's [topics].
    standing_topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    name: str  # canonical English name: "Geneva"
    country: str  # English country name: "Switzerland"
    spellings: tuple[str, ...] = ()  # other spellings: ("Genève", "Genf")


@dataclass(frozen=True)
class Actor:
    name: str  # English short name: "United States"
    kind: str  # "country" | "group" | "organisation"
    # Every way a text names it: full names, demonyms and metonyms
    # ("US", "U.S.", "American", "Washington", "the White House").
    aliases: tuple[str, ...] = ()
    # The adjective used in "the Russian side", "Ukrainian negotiators".
    demonyms: tuple[str, ...] = ()
    # The name as it reads inside a sentence, where that differs: "the United States".
    prose: str | None = None


@dataclass(frozen=True)
class Person:
    name: str  # "Steve Witkoff"
    affiliation: str  # actor name: "United States"
    role: str  # "special envoy"
    aliases: tuple[str, ...] = ()  # ("Witkoff", "Steven Witkoff")


@dataclass(frozen=True)
class Vocabulary:
    """Phrase lists keyed by the label they stand for.

    ``formats`` keys: trilateral, bilateral, direct, indirect, working_groups, summit.
    ``outcomes`` keys: agreement, partial_agreement, progress, no_breakthrough, collapsed,
    postponed. ``topics`` keys: territory, security_guarantees, ceasefire, prisoners, energy,
    sanctions, nuclear, humanitarian, hostages, reconstruction. ``atmosphere`` keys: tense,
    constructive, ... ``relevance``: words that make a feed item worth downloading.
    ``meeting``: words for meeting or dealing ("meet", "deal") that make an item worth
    downloading only when it also names two different parties. ``ignore``: names that hold
    a known name but mean something else ("Washington Post", "Geneva Conventions"); the
    matcher recognises them only to hide the names inside them. ``allies``: names of
    gatherings of one side's friends ("coalition of the willing", "G7 summit"): a meeting of
    theirs is no round unless both sides are named at it.
    """

    formats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    outcomes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    atmosphere: dict[str, tuple[str, ...]] = field(default_factory=dict)
    relevance: tuple[str, ...] = ()
    meeting: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    allies: tuple[str, ...] = ()
