"""Find every mention of a knowledge-base entry in a text, in one pass.

How it works, and why not a big regex alternation: Python's ``re`` tries the alternatives of
an alternation one after the other at every position, so a pattern of ten thousand names costs
ten thousand attempts per character. Instead the text is cut into tokens by one small compiled
regex, and each phrase of the knowledge base is stored in a dict under the tuple of its
tokens. At every token the matcher extends a key one token at a time while it is still a
prefix of some phrase, so the cost is the number of tokens times the length (in tokens) of the
longest phrase: linear in the text, and independent of how many entries the base holds.

Tokens are runs of word characters, dotted abbreviations ("U.S.", "J.D.") and single
punctuation characters. That gives word boundaries for free and for any script ("us" never
matches inside "business"), lets "US" match in "US-mediated" and "Ukraine" in "Ukraine's",
and makes whitespace between words irrelevant ("Abu\\nDhabi" matches "Abu Dhabi"). Curly
apostrophes and the various dashes are compared as ``'`` and ``-``.

Case: a phrase written all in lower case ("peace talks", "hostages") matches in any case. A
phrase with a capital ("US", "Kremlin", "al-Sisi") matches only as written, in capitals
("GENEVA" in a dateline), or with each word's first letter raised ("Al-Sisi" opening a
sentence, "Sharm El-Sheikh" in a headline): so the pronoun "us" is never the United States.

Overlaps: between different spans the leftmost, then the longest, wins and spans never
overlap. Phrases of the ``ignore`` kind take part in this and then yield nothing, so that
"the Washington Post" names neither a place nor an actor. When one span belongs to several
entries ("Moscow" is a place and an actor, "Kremlin" an actor and a conflict keyword) there
is one match per entry for that span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from negotrack.knowledge.model import Actor, Conflict, Person, Place, Vocabulary

# The order also sorts the matches that share a span, so output is deterministic.
KINDS = (
    "conflict",
    "place",
    "actor",
    "person",
    "format",
    "outcome",
    "topic",
    "atmosphere",
    "relevance",
    "meeting",
)
# Phrases of this kind claim their span and yield no match ("Washington Post" hides
# "Washington").
IGNORE = "ignore"
_KIND_ORDER = {kind: i for i, kind in enumerate((*KINDS, IGNORE))}

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+|[^\w\s]")
_FOLD = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
        "\u2018": "'",
        "\u02bc": "'",  # modifier letter apostrophe
        "`": "'",
        "\u2010": "-",
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",
        "\u2013": "-",  # en dash, as in "Russia–Ukraine"
        "\u2014": "-",
        "\u2212": "-",
    }
)
_SEP = "\x1f"  # joins token keys; cannot occur inside a token


@dataclass(frozen=True, slots=True)
class Match:
    """One mention: ``text[start:end] == surface`` names entry ``key`` of ``kind``.

    ``key`` is the conflict slug, the canonical place, actor or person name, the vocabulary
    label (format, outcome, topic, atmosphere) or, for ``relevance`` and ``meeting``, the
    phrase itself.
    ``demonym`` is true when an actor was named by its adjective ("the Russian side").
    """

    start: int
    end: int
    surface: str
    kind: str
    key: str
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """One way of writing one entry, as given to the matcher."""

    text: str
    kind: str
    key: str
    demonym: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    key: str
    demonym: bool
    # Token spellings the text may use; None means any case is accepted.
    accepted: frozenset[tuple[str, ...]] | None

    def accepts(self, tokens: tuple[str, ...]) -> bool:
        return self.accepted is None or tokens in self.accepted


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _raise_initial(token: str) -> str:
    return token[:1].upper() + token[1:]


def _entry(phrase: Phrase, tokens: tuple[str, ...]) -> _Entry:
    if not any(ch.isupper() for ch in phrase.text):
        return _Entry(phrase.kind, phrase.key, phrase.demonym, None)
    variants = {
        tokens,
        tuple(t.upper() for t in tokens),
        tuple(_raise_initial(t) for t in tokens),
    }
    return _Entry(phrase.kind, phrase.key, phrase.demonym, frozenset(variants))


class Matcher:
    """The compiled index of every phrase of a knowledge base. Build once, use many times."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        index: dict[str, list[_Entry]] = {}
        prefixes: set[str] = set()
        longest = 0
        for phrase in phrases:
            if phrase.kind not in _KIND_ORDER:
                raise ValueError(f"unknown match kind {phrase.kind!r}")
            tokens = tuple(m.group().translate(_FOLD) for m in _tokens(phrase.text))
            if not tokens:
                continue
            keys = [t.casefold() for t in tokens]
            entry = _entry(phrase, tokens)
            bucket = index.setdefault(_SEP.join(keys), [])
            if entry not in bucket:
                bucket.append(entry)
            for n in range(1, len(keys) + 1):
                prefixes.add(_SEP.join(keys[:n]))
            longest = max(longest, len(keys))
        self._index = index
        self._prefixes = frozenset(prefixes)
        self._longest = longest

    @property
    def size(self) -> int:
        """How many distinct token sequences the matcher knows."""
        return len(self._index)

    def find(self, text: str) -> list[Match]:
        tokens = _tokens(text)
        spellings = [m.group().translate(_FOLD) for m in tokens]
        keys = [s.casefold() for s in spellings]
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            best_end = -1
            best: list[_Entry] = []
            key = ""
            for j in range(i, min(len(tokens), i + self._longest)):
                key = keys[j] if j == i else key + _SEP + keys[j]
                if key not in self._prefixes:
                    break
                candidates = self._index.get(key)
                if candidates:
                    written = tuple(spellings[i : j + 1])
                    fitting = [e for e in candidates if e.accepts(written)]
                    if fitting:
                        best_end, best = j, fitting
            if best_end < 0:
                i += 1
                continue
            start, end = tokens[i].start(), tokens[best_end].end()
            matches.extend(_span_matches(text, start, end, best))
            i = best_end + 1
        return matches


def _span_matches(text: str, start: int, end: int, entries: list[_Entry]) -> list[Match]:
    # One match per entry: an actor named by a word that is both an alias and a demonym
    # ("U.S.") counts as named outright.
    demonym_only: dict[tuple[str, str], bool] = {}
    for e in entries:
        if e.kind == IGNORE:
            continue
        ident = (e.kind, e.key)
        demonym_only[ident] = demonym_only.get(ident, True) and e.demonym
    surface = text[start:end]
    return [
        Match(start, end, surface, kind, key, demonym)
        for (kind, key), demonym in sorted(
            demonym_only.items(), key=lambda item: (_KIND_ORDER[item[0][0]], item[0][1])
        )
    ]


def knowledge_phrases(
    conflicts: Iterable[Conflict],
    places: Iterable[Place],
    actors: Iterable[Actor],
    people: Iterable[Person],
    vocabulary: Vocabulary,
) -> list[Phrase]:
    """Every phrase of a knowledge base, tagged with the entry it names."""
    people = tuple(people)
    # A conflict keyword naming a person ("Putin") stands for every form of the name: the
    # longer "Vladimir Putin" would otherwise win the span and hide the keyword.
    forms_of = {form: (p.name, *p.aliases) for p in people for form in (p.name, *p.aliases)}
    phrases: list[Phrase] = []
    for c in conflicts:
        keywords = dict.fromkeys(c.keywords)
        for k in c.keywords:
            keywords.update(dict.fromkeys(forms_of.get(k, ())))
        phrases.extend(Phrase(k, "conflict", c.slug) for k in keywords)
    for p in places:
        phrases.extend(Phrase(s, "place", p.name) for s in (p.name, *p.spellings))
    for a in actors:
        phrases.extend(Phrase(s, "actor", a.name) for s in (a.name, *a.aliases))
        phrases.extend(Phrase(d, "actor", a.name, demonym=True) for d in a.demonyms)
    for person in people:
        phrases.extend(Phrase(s, "person", person.name) for s in (person.name, *person.aliases))
    labelled: tuple[tuple[str, Mapping[str, tuple[str, ...]]], ...] = (
        ("format", vocabulary.formats),
        ("outcome", vocabulary.outcomes),
        ("topic", vocabulary.topics),
        ("atmosphere", vocabulary.atmosphere),
    )
    for kind, table in labelled:
        for label, texts in table.items():
            phrases.extend(Phrase(t, kind, label) for t in texts)
    phrases.extend(_topics_within(labelled, vocabulary.topics))
    phrases.extend(Phrase(t, "relevance", t) for t in vocabulary.relevance)
    phrases.extend(Phrase(t, "meeting", t) for t in vocabulary.meeting)
    phrases.extend(Phrase(t, IGNORE, t) for t in vocabulary.ignore)
    return phrases


def _topics_within(
    labelled: Iterable[tuple[str, Mapping[str, tuple[str, ...]]]],
    topics: Mapping[str, tuple[str, ...]],
) -> list[Phrase]:
    """A topic named inside a longer phrase of another label, as a topic of that phrase.

    The longest span wins, so "agreed to an immediate ceasefire" (an outcome) would hide the
    ceasefire it names, and "agreed to exchange prisoners" the prisoners: the whole phrase
    is given the topic too, whatever the wording the vocabulary lists. Phrases of topics
    themselves are left as listed ("ceasefire line" is territory, not a truce).
    """
    words = {
        tuple(t.group().translate(_FOLD).casefold() for t in _tokens(text)): label
        for label, texts in topics.items()
        for text in texts
    }
    found: list[Phrase] = []
    for kind, table in labelled:
        if kind == "topic":
            continue
        for texts in table.values():
            for text in texts:
                tokens = tuple(t.group().translate(_FOLD).casefold() for t in _tokens(text))
                found.extend(
                    Phrase(text, "topic", label)
                    for label in dict.fromkeys(
                        words[tokens[i:j]]
                        for i in range(len(tokens))
                        for j in range(i + 1, len(tokens) + 1)
                        if (i, j) != (0, len(tokens)) and tokens[i:j] in words
                    )
                )
    return found
