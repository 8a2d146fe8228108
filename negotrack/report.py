"""The plain-language summary of a negotiation process, as data.

Every statement names the rounds it was drawn from, so a reader (or ``round ID``) can go from
any sentence to the evidence. Rendering is the CLI's job; nothing here prints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from negotrack.knowledge.model import Conflict
from negotrack.rounds.model import Round

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Statement:
    text: str
    round_ids: tuple[str, ...]  # the rounds the statement is drawn from


@dataclass(frozen=True)
class Summary:
    title: str
    statements: list[Statement]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    round_id: str
    sequence: int | None
    start_date: date | None
    end_date: date | None
    place: str | None  # "Geneva, Switzerland"
    status: str | None
    outcome: str | None  # readable: "no breakthrough"
    heads: tuple[tuple[str, str], ...]  # (party, head of its delegation)
    source_count: int


def format_date(day: date) -> str:
    """A date as "17 February 2026", spelled out so it reads the same in every locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def label(value: str) -> str:
    """A vocabulary key as words: "partial_agreement" -> "partial agreement"."""
    return value.replace("_", " ")


def _chronological(rounds: Iterable[Round]) -> list[Round]:
    return sorted(rounds, key=lambda r: (r.start_date is None, r.start_date or date.min, r.id))


def timeline(rounds: Sequence[Round]) -> list[TimelineEntry]:
    """One entry per round, dated rounds first in date order, undated ones after."""
    entries = []
    for r in _chronological(rounds):
        place = ", ".join(p for p in (r.city, r.country) if p) or None
        entries.append(
            TimelineEntry(
                round_id=r.id,
                sequence=r.sequence,
                start_date=r.start_date,
                end_date=r.end_date,
                place=place,
                status=r.status,
                outcome=label(r.outcome) if r.outcome else None,
                heads=tuple((d.party, d.head) for d in r.delegations if d.head),
                source_count=len(r.sources),
            )
        )
    return entries


def _join(items: Sequence[str]) -> str:
    """Join words as in prose: "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _ids(rounds: Iterable[Round]) -> tuple[str, ...]:
    return tuple(r.id for r in rounds)


def _where_when(r: Round) -> str:
    """Where and when, as far as known: "in Geneva on 17 February 2026"."""
    parts = []
    if r.city:
        parts.append(f"in {r.city}")
    if r.start_date:
        parts.append(f"on {format_date(r.start_date)}")
    return " ".join(parts) or "at an unknown place and date"


def _places(rounds: Sequence[Round]) -> str:
    """Where a run of rounds took place: "in Abu Dhabi and Geneva"."""
    if all(r.city for r in rounds):
        cities = list(dict.fromkeys(r.city for r in rounds if r.city))
        return f"in {_join(cities)}"
    return _join(list(dict.fromkeys(_where_when(r) for r in rounds)))


def _is_upcoming(r: Round, today: date) -> bool:
    return r.status == "scheduled" and (r.start_date is None or r.start_date >= today)


def summarise(
    rounds: Sequence[Round],
    conflict: Conflict | str,
    today: date,
    prose: Mapping[str, str] | None = None,
) -> Summary:
    """What is known about one conflict's talks, in short statements tied to their rounds.

    ``prose`` maps an actor's name to the way it reads inside a sentence where that differs
    ("United States" -> "the United States"; the knowledge base's ``prose`` key).
    """
    in_prose = prose or {}
    slug = conflict.slug if isinstance(conflict, Conflict) else conflict
    name = conflict.name if isinstance(conflict, Conflict) else conflict
    mine = _chronological(r for r in rounds if r.conflict == slug)
    title = f"{name}: negotiations as of {format_date(today)}"
    if not mine:
        return Summary(title, [Statement(f"No rounds of talks are on record for {name}.", ())])

    cancelled = [r for r in mine if r.status == "cancelled"]
    upcoming = [r for r in mine if _is_upcoming(r, today)]
    held = [r for r in mine if r.status != "cancelled" and not _is_upcoming(r, today)]
    parties = conflict.parties if isinstance(conflict, Conflict) else ()

    statements = [
        *_overview(held),
        *_venues(held),
        *_mediators(held, in_prose),
        *_heads([*held, *upcoming], parties, in_prose),
        *_outcomes(held),
        *_issues([*held, *upcoming]),
        *_next(held, upcoming),
        *(
            Statement(f"The round planned {_where_when(r)} was cancelled.", (r.id,))
            for r in cancelled
        ),
    ]
    return Summary(title, statements)


def _overview(held: Sequence[Round]) -> list[Statement]:
    if not held:
        return [Statement("No round has taken place yet.", ())]
    dated = [r for r in held if r.start_date]
    undated = len(held) - len(dated)
    if not dated:
        text = f"{_plural(len(held), 'round')} of talks mentioned, none with a known date."
    else:
        first, last = dated[0].start_date, dated[-1].start_date
        assert first is not None and last is not None
        span = (
            f"on {format_date(first)}"
            if first == last
            else f"from {format_date(first)} to {format_date(last)}"
        )
        text = f"{_plural(len(dated), 'round')} of talks on record, {span}."
        if undated:
            text += f" {undated} more {'is' if undated == 1 else 'are'} mentioned without a date."
    return [Statement(text, _ids(held))]


def _venues(held: Sequence[Round]) -> list[Statement]:
    placed = [r for r in held if r.city]
    if not placed:
        return []
    counts = Counter(r.city for r in placed if r.city)
    # dict keeps the order in which the talks first came to each city
    cities = list(dict.fromkeys(r.city for r in placed if r.city))
    parts = [f"{city} ({_plural(counts[city], 'round')})" for city in cities]
    return [Statement(f"Talks were held in {_join(parts)}.", _ids(placed))]


def _mediators(held: Sequence[Round], prose: Mapping[str, str]) -> list[Statement]:
    mediated = [r for r in held if r.mediators]
    if not mediated:
        return []
    counts = Counter(m for r in mediated for m in r.mediators)
    ranked = sorted(counts, key=lambda m: (-counts[m], m))
    parts = [f"{prose.get(m, m)} ({counts[m]} of {len(held)})" for m in ranked]
    return [Statement(f"Mediated by {_join(parts)}.", _ids(mediated))]


def _heads(
    rounds: Sequence[Round], parties: Sequence[str], prose: Mapping[str, str]
) -> list[Statement]:
    """Who led each side's delegation, and when that changed."""
    led: dict[str, list[tuple[str, Round]]] = {}
    for r in _chronological(rounds):
        for d in r.delegations:
            if d.head:
                led.setdefault(d.party, []).append((d.head, r))
    order = [p for p in parties if p in led] + sorted(p for p in led if p not in parties)
    statements = []
    for party in order:
        runs: list[tuple[str, list[Round]]] = []
        for head, r in led[party]:
            if runs and runs[-1][0] == head:
                runs[-1][1].append(r)
            else:
                runs.append((head, [r]))
        phrases = [f"by {head} {_places(rs)}" for head, rs in runs]
        text = (
            f"{_possessive(prose.get(party, party))} delegation was led {', then '.join(phrases)}."
        )
        text = text[0].upper() + text[1:]
        statements.append(Statement(text, _ids(r for _, r in led[party])))
    return statements


def _outcomes(held: Sequence[Round]) -> list[Statement]:
    judged = [r for r in held if r.outcome and r.outcome != "unknown"]
    if not judged:
        return []
    steps = [f"{label(r.outcome or '')} {_where_when(r)}" for r in judged]
    text = f"Outcomes: {', then '.join(steps)}."
    return [Statement(text[0].upper() + text[1:], _ids(judged))]


def _issues(rounds: Sequence[Round]) -> list[Statement]:
    counts = Counter(t for r in rounds for t in r.topics)
    recurring = sorted((t for t in counts if counts[t] >= 2), key=lambda t: (-counts[t], t))
    if not recurring:
        return []
    parts = [f"{label(t)} ({_plural(counts[t], 'round')})" for t in recurring]
    involved = [r for r in rounds if set(r.topics) & set(recurring)]
    return [Statement(f"Issues that keep coming back: {_join(parts)}.", _ids(involved))]


def _next(held: Sequence[Round], upcoming: Sequence[Round]) -> list[Statement]:
    statements = []
    for r in upcoming:
        if r.start_date:
            where = f" in {r.city}" if r.city else ""
            text = f"Next: a round{where} is scheduled for {format_date(r.start_date)}."
        else:
            where = f" in {r.city}" if r.city else ""
            text = f"A further round{where} has been announced; its date is not known yet."
        statements.append(Statement(text, (r.id,)))
    latest = [r for r in held if r.start_date]
    if statements or not latest:
        return statements
    last = latest[-1]
    if last.agreed_to_continue is True:
        text = (
            f"After the round {_where_when(last)} the sides agreed to keep talking; "
            "no date is set for the next round."
        )
        statements.append(Statement(text, (last.id,)))
    elif last.agreed_to_continue is False:
        text = f"The round {_where_when(last)} ended without agreement to meet again."
        statements.append(Statement(text, (last.id,)))
    return statements
