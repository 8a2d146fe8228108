"""Measure extraction and merging against a hand-labelled set of articles.

The evaluation set is a directory holding ``articles/*.toml`` (one article each) and
``expected.toml`` (the rounds those articles describe, and the articles that describe none).
:func:`evaluate` runs the real pipeline over the articles; :func:`score` compares its rounds
with the labels and is pure, so the scoring rules are tested on their own.

Matching: a predicted round matches a labelled one when the conflict is the same, the city is
the same (or the label has none), and the start dates are at most two days apart (or the label
has no date). Each round matches at most once; where several could, the pair sharing more
articles wins, then the closer date.

A label states only what its articles say, so a field absent from a label is not scored.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from negotrack.errors import ConfigError
from negotrack.knowledge.loader import KnowledgeBase
from negotrack.rounds.merge import merge_mentions
from negotrack.rounds.model import (
    FORMATS,
    OUTCOMES,
    STATUSES,
    TOPICS,
    Round,
    RoundMention,
    Source,
    SourcedMention,
)

# Outlets differ by a day or two on when a multi-day round "started".
DATE_TOLERANCE = timedelta(days=2)

SINGLE_FIELDS = (
    "city",
    "country",
    "start_date",
    "end_date",
    "status",
    "outcome",
    "agreed_to_continue",
)
SET_FIELDS = ("formats", "participants", "mediators", "topics", "atmosphere", "heads")

_ARTICLE_KEYS = frozenset({"id", "title", "outlet", "url", "published", "text"})
_ROUND_KEYS = frozenset({"key", "conflict", "articles", *SINGLE_FIELDS, *SET_FIELDS})
_CHOICES: dict[str, tuple[str, ...]] = {
    "status": STATUSES,
    "outcome": OUTCOMES,
    "formats": FORMATS,
    "topics": TOPICS,
}


class EvalSetError(ConfigError):
    """The evaluation set is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class EvalArticle:
    id: str
    title: str
    outlet: str
    url: str
    published: datetime  # aware
    text: str


@dataclass(frozen=True)
class ExpectedRound:
    """A labelled round. ``None`` or an absent key in ``sets`` means "not stated"."""

    key: str
    conflict: str
    articles: tuple[str, ...]
    city: str | None = None
    country: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: str | None = None
    outcome: str | None = None
    agreed_to_continue: bool | None = None
    # formats, participants, mediators, topics, atmosphere; heads as "Party: Person Name"
    sets: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalSet:
    articles: tuple[EvalArticle, ...]
    rounds: tuple[ExpectedRound, ...]
    no_round: frozenset[str]

    def conflicts(self) -> set[str]:
        return {r.conflict for r in self.rounds}


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float:
        # An empty denominator means nothing could go wrong: score it as perfect so that a
        # field no label states does not drag a floor down.
        return self.hits / self.total if self.total else 1.0


@dataclass(frozen=True)
class SetScore:
    precision: Ratio
    recall: Ratio


@dataclass(frozen=True)
class EvalReport:
    expected: int
    predicted: int
    matched: tuple[tuple[str, str], ...]  # (expected key, predicted round id)
    missed: tuple[str, ...]  # expected keys without a match
    spurious: tuple[str, ...]  # predicted round ids without a match
    fields: Mapping[str, Ratio]  # single-valued fields: accuracy over matched rounds
    sets: Mapping[str, SetScore]
    source_recall: Ratio
    source_precision: Ratio
    no_round_clean: Ratio  # no-round articles that yielded no mention at all
    false_rounds: int  # predicted rounds whose every source is a no-round article

    @property
    def round_precision(self) -> float:
        return len(self.matched) / self.predicted if self.predicted else 1.0

    @property
    def round_recall(self) -> float:
        return len(self.matched) / self.expected if self.expected else 1.0

    @property
    def round_f1(self) -> float:
        p, r = self.round_precision, self.round_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def metrics(self) -> dict[str, float]:
        """Every score as a flat name -> value map, the names the accuracy floors use."""
        out = {
            "round_precision": self.round_precision,
            "round_recall": self.round_recall,
            "round_f1": self.round_f1,
            "source_recall": self.source_recall.value,
            "source_precision": self.source_precision.value,
            "no_round_clean": self.no_round_clean.value,
        }
        for name, ratio in self.fields.items():
            out[f"{name}_accuracy"] = ratio.value
        for name, score in self.sets.items():
            out[f"{name}_precision"] = score.precision.value
            out[f"{name}_recall"] = score.recall.value
        return out

    def rows(self) -> list[tuple[str, str, str]]:
        """The report's metrics as (name, score, count) cells, in display order."""
        rows: list[tuple[str, str, str]] = [
            (
                "rounds: precision",
                _pct(self.round_precision),
                f"{len(self.matched)}/{self.predicted}",
            ),
            ("rounds: recall", _pct(self.round_recall), f"{len(self.matched)}/{self.expected}"),
            ("rounds: F1", _pct(self.round_f1), ""),
            ("sources: recall", *_ratio_cells(self.source_recall)),
            ("sources: precision", *_ratio_cells(self.source_precision)),
            ("no-round articles left clean", *_ratio_cells(self.no_round_clean)),
            ("rounds only from no-round articles", str(self.false_rounds), ""),
        ]
        rows += [(f"{name}: accuracy", *_ratio_cells(r)) for name, r in self.fields.items()]
        for name, s in self.sets.items():
            rows.append((f"{name}: precision", *_ratio_cells(s.precision)))
            rows.append((f"{name}: recall", *_ratio_cells(s.recall)))
        return rows

    def render(self) -> str:
        rows = self.rows()
        width = max(len(r[0]) for r in rows)
        lines = [f"{'metric':<{width}}  {'score':>7}  count", "-" * (width + 17)]
        lines += [f"{a:<{width}}  {b:>7}  {c}".rstrip() for a, b, c in rows]
        if self.missed:
            lines += ["", "missed rounds: " + ", ".join(self.missed)]
        if self.spurious:
            lines += ["", "rounds not in the labels: " + ", ".join(self.spurious)]
        return "\n".join(lines)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _ratio_cells(r: Ratio) -> tuple[str, str]:
    return _pct(r.value), f"{r.hits}/{r.total}"


# --- loading ----------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Compare names without case or accents: "Genève" and "geneva" are one city."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _str(where: str, data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise EvalSetError(f"{where}: '{key}' must be a non-empty string")
    return value


def _opt_str(where: str, data: Mapping[str, Any], key: str) -> str | None:
    return _str(where, data, key) if key in data else None


def _opt_date(where: str, data: Mapping[str, Any], key: str) -> date | None:
    value = data.get(key)
    if value is None:
        return None
    # tomllib gives a bare 2026-02-17 as a date; a quoted one is accepted too.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise EvalSetError(f"{where}: '{key}' must be a date (YYYY-MM-DD)")


def _published(where: str, value: Any) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError as exc:
            raise EvalSetError(f"{where}: 'published' is not an RFC 3339 time") from exc
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise EvalSetError(f"{where}: 'published' must be a date-time with a time zone")
    return value


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise EvalSetError(f"{path}: {exc}") from exc


def _load_article(path: Path) -> EvalArticle:
    data = _load_toml(path)
    where = str(path)
    unknown = set(data) - _ARTICLE_KEYS
    if unknown:
        raise EvalSetError(f"{where}: unknown keys {sorted(unknown)}")
    article = EvalArticle(
        id=_str(where, data, "id"),
        title=_str(where, data, "title"),
        outlet=_str(where, data, "outlet"),
        url=_str(where, data, "url"),
        published=_published(where, data.get("published")),
        text=_str(where, data, "text"),
    )
    if article.id != path.stem:
        raise EvalSetError(f"{where}: id '{article.id}' differs from the file name")
    return article


def _string_list(where: str, value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise EvalSetError(f"{where}: '{key}' must be a list of strings")
    return list(value)


def _load_round(where: str, data: Mapping[str, Any], ids: set[str]) -> ExpectedRound:
    unknown = set(data) - _ROUND_KEYS
    if unknown:
        raise EvalSetError(f"{where}: unknown keys {sorted(unknown)}")
    articles = _string_list(where, data.get("articles"), "articles")
    if not articles:
        raise EvalSetError(f"{where}: a round needs at least one article")
    for article in articles:
        if article not in ids:
            raise EvalSetError(f"{where}: no article '{article}'")
    sets: dict[str, frozenset[str]] = {}
    for name in SET_FIELDS:
        if name not in data:
            continue
        if name == "heads":
            heads = data[name]
            if not isinstance(heads, dict) or not all(
                isinstance(v, str) and v for v in heads.values()
            ):
                raise EvalSetError(f"{where}: 'heads' must be a table of party = person")
            sets[name] = frozenset(f"{party}: {person}" for party, person in heads.items())
        else:
            sets[name] = frozenset(_string_list(where, data[name], name))
    if "participants" in sets:
        # Participants are every delegation at the table, mediators included (a host that
        # only lends the venue is neither); labels list the mediators once, under mediators.
        sets["participants"] |= sets.get("mediators", frozenset())
    agreed = data.get("agreed_to_continue")
    if agreed is not None and not isinstance(agreed, bool):
        raise EvalSetError(f"{where}: 'agreed_to_continue' must be true or false")
    expected = ExpectedRound(
        key=_str(where, data, "key"),
        conflict=_str(where, data, "conflict"),
        articles=tuple(articles),
        city=_opt_str(where, data, "city"),
        country=_opt_str(where, data, "country"),
        start_date=_opt_date(where, data, "start_date"),
        end_date=_opt_date(where, data, "end_date"),
        status=_opt_str(where, data, "status"),
        outcome=_opt_str(where, data, "outcome"),
        agreed_to_continue=agreed,
        sets=sets,
    )
    for name, allowed in _CHOICES.items():
        values = sets.get(name, frozenset()) | {getattr(expected, name, None)} - {None}
        bad = sorted(str(v) for v in values if v not in allowed)
        if bad:
            raise EvalSetError(f"{where}: {name} {bad} not among {list(allowed)}")
    if expected.start_date and expected.end_date and expected.end_date < expected.start_date:
        raise EvalSetError(f"{where}: end_date is before start_date")
    return expected


def load_eval_set(directory: Path) -> EvalSet:
    """Read and check an evaluation set; raises :class:`EvalSetError` on any problem."""
    paths = sorted((directory / "articles").glob("*.toml"))
    if not paths:
        raise EvalSetError(f"{directory / 'articles'}: no articles")
    articles = tuple(_load_article(p) for p in paths)
    ids = {a.id for a in articles}
    urls = [a.url for a in articles]
    if len(set(urls)) != len(urls):
        raise EvalSetError(f"{directory}: two articles share a url")
    labels_path = directory / "expected.toml"
    labels = _load_toml(labels_path)
    where = str(labels_path)
    raw_rounds = labels.get("round", [])
    if not isinstance(raw_rounds, list):
        raise EvalSetError(f"{where}: [[round]] must be an array of tables")
    rounds = tuple(_load_round(f"{where} round {i + 1}", r, ids) for i, r in enumerate(raw_rounds))
    keys = [r.key for r in rounds]
    if len(set(keys)) != len(keys):
        raise EvalSetError(f"{where}: round keys must be unique")
    no_round = frozenset(_string_list(where, labels.get("no_round", []), "no_round"))
    in_rounds = {a for r in rounds for a in r.articles}
    for article in sorted(no_round):
        if article not in ids:
            raise EvalSetError(f"{where}: no_round names unknown article '{article}'")
        if article in in_rounds:
            raise EvalSetError(f"{where}: '{article}' is both in a round and in no_round")
    unlabelled = sorted(ids - in_rounds - no_round)
    if unlabelled:
        raise EvalSetError(f"{where}: articles without a label: {unlabelled}")
    return EvalSet(articles=articles, rounds=rounds, no_round=no_round)


# --- scoring ----------------------------------------------------------------------------


def _predicted_value(r: Round, name: str) -> object:
    value: object = getattr(r, name)
    return _fold(value) if isinstance(value, str) and name in ("city", "country") else value


def _predicted_set(r: Round, name: str) -> frozenset[str]:
    if name == "heads":
        return frozenset(f"{d.party}: {d.head}" for d in r.delegations if d.head)
    values: tuple[str, ...] = getattr(r, name)
    return frozenset(values)


def _candidate(exp: ExpectedRound, pred: Round) -> bool:
    if exp.conflict != pred.conflict:
        return False
    if exp.city is not None and (pred.city is None or _fold(pred.city) != _fold(exp.city)):
        return False
    if exp.start_date is None:
        return True
    return pred.start_date is not None and abs(pred.start_date - exp.start_date) <= DATE_TOLERANCE


def match_rounds(
    expected: Sequence[ExpectedRound],
    predicted: Sequence[Round],
    article_of: Mapping[str, str],
) -> list[tuple[ExpectedRound, Round]]:
    """Pair labelled and predicted rounds one to one (see the module docstring).

    ``article_of`` maps a source url to the evaluation article id.
    """
    pairs: list[tuple[int, int, str, str, int, int]] = []
    for i, exp in enumerate(expected):
        wanted = set(exp.articles)
        for j, pred in enumerate(predicted):
            if not _candidate(exp, pred):
                continue
            shared = len(wanted & {article_of.get(s.url, "") for s in pred.sources})
            gap = (
                abs((pred.start_date - exp.start_date).days)
                if exp.start_date and pred.start_date
                else 0
            )
            pairs.append((-shared, gap, exp.key, pred.id, i, j))
    pairs.sort()
    used_exp: set[int] = set()
    used_pred: set[int] = set()
    out: list[tuple[ExpectedRound, Round]] = []
    for *_, i, j in pairs:
        if i in used_exp or j in used_pred:
            continue
        used_exp.add(i)
        used_pred.add(j)
        out.append((expected[i], predicted[j]))
    return out


def _field_scores(
    pairs: Sequence[tuple[ExpectedRound, Round]],
) -> tuple[dict[str, Ratio], dict[str, SetScore]]:
    field_hits = {name: [0, 0] for name in SINGLE_FIELDS}
    set_counts = {name: [0, 0, 0] for name in SET_FIELDS}  # overlap, predicted, expected
    for exp, pred in pairs:
        for name in SINGLE_FIELDS:
            want: object = getattr(exp, name)
            if want is None:
                continue
            if name in ("city", "country"):
                want = _fold(str(want))
            field_hits[name][1] += 1
            field_hits[name][0] += _predicted_value(pred, name) == want
        for name, wanted in exp.sets.items():
            got = _predicted_set(pred, name)
            if name == "heads":
                # The labelling rules leave the mediators' heads out unless a label names
                # one: a predicted head of a labelled mediator is then neither right nor wrong.
                mediators = exp.sets.get("mediators", frozenset())
                labelled = {item.split(": ", 1)[0] for item in wanted}
                got = frozenset(h for h in got if h.split(": ", 1)[0] not in mediators - labelled)
                # A person is the same with or without the accents an outlet drops
                # ("Félix Tshisekedi", "Felix Tshisekedi"), as a city is.
                got, wanted = frozenset(map(_fold, got)), frozenset(map(_fold, wanted))
            set_counts[name][0] += len(got & wanted)
            set_counts[name][1] += len(got)
            set_counts[name][2] += len(wanted)
    fields = {name: Ratio(h, t) for name, (h, t) in field_hits.items()}
    sets = {
        name: SetScore(precision=Ratio(o, p), recall=Ratio(o, e))
        for name, (o, p, e) in set_counts.items()
    }
    return fields, sets


def _source_scores(
    expected: Sequence[ExpectedRound],
    pairs: Sequence[tuple[ExpectedRound, Round]],
    article_of: Mapping[str, str],
) -> tuple[Ratio, Ratio]:
    """Recall: labelled articles found on the matched round (a missed round finds none).
    Precision: articles on matched rounds that the label lists."""
    found = attached = 0
    pred_by_key = {exp.key: pred for exp, pred in pairs}
    for exp in expected:
        pred = pred_by_key.get(exp.key)
        if pred is None:
            continue
        ids = {article_of.get(src.url, "") for src in pred.sources}
        found += len(ids & set(exp.articles))
        attached += len(ids)
    # Only matched rounds contribute attached articles, and every article found is also an
    # attached one that the label lists: the same count is both numerators.
    total = sum(len(exp.articles) for exp in expected)
    return Ratio(found, total), Ratio(found, attached)


def score(
    eval_set: EvalSet,
    predicted: Sequence[Round],
    articles_with_mentions: Iterable[str],
) -> EvalReport:
    """Compare predicted rounds with the labels.

    ``articles_with_mentions`` are the ids of articles the extractor found any mention in; it
    tells whether a no-round article stayed silent.
    """
    article_of = {a.url: a.id for a in eval_set.articles}
    pairs = match_rounds(eval_set.rounds, predicted, article_of)
    fields, sets = _field_scores(pairs)
    source_recall, source_precision = _source_scores(eval_set.rounds, pairs, article_of)
    matched_keys = {exp.key for exp, _ in pairs}
    matched_ids = {pred.id for _, pred in pairs}
    false_rounds = sum(
        1
        for r in predicted
        if r.sources and all(article_of.get(src.url) in eval_set.no_round for src in r.sources)
    )
    return EvalReport(
        expected=len(eval_set.rounds),
        predicted=len(predicted),
        matched=tuple((exp.key, pred.id) for exp, pred in pairs),
        missed=tuple(e.key for e in eval_set.rounds if e.key not in matched_keys),
        spurious=tuple(r.id for r in predicted if r.id not in matched_ids),
        fields=fields,
        sets=sets,
        source_recall=source_recall,
        source_precision=source_precision,
        no_round_clean=Ratio(
            len(eval_set.no_round - set(articles_with_mentions)), len(eval_set.no_round)
        ),
        false_rounds=false_rounds,
    )


Extractor = Callable[[str, str, datetime], Sequence[RoundMention]]


def predict(eval_set: EvalSet, extract: Extractor) -> tuple[list[Round], set[str]]:
    """Extract from every article with ``extract(text, title, published)`` and merge.

    Returns the merged rounds and the ids of the articles that yielded any mention.
    """
    sourced: list[SourcedMention] = []
    mentioned: set[str] = set()
    for number, article in enumerate(eval_set.articles, start=1):
        source = Source(
            article_id=number,
            url=article.url,
            title=article.title,
            outlet=article.outlet,
            published=article.published,
        )
        mentions = extract(article.text, article.title, article.published)
        if mentions:
            mentioned.add(article.id)
        sourced += [SourcedMention(mention=m, source=source) for m in mentions]
    return merge_mentions(sourced), mentioned


def run_pipeline(eval_set: EvalSet, extract: Extractor) -> EvalReport:
    """Extract from every article with ``extract(text, title, published)``, merge, score."""
    return score(eval_set, *predict(eval_set, extract))


def real_extractor(kb: KnowledgeBase) -> Extractor:
    """The real extractor with knowledge base ``kb``."""
    # Imported late so that loading and scoring labels never depend on the extractor.
    from negotrack.rounds.extract import extract_mentions

    def extract(text: str, title: str, published: datetime) -> Sequence[RoundMention]:
        return extract_mentions(text, title, published, kb)

    return extract


def evaluate(eval_set: EvalSet, kb: KnowledgeBase) -> EvalReport:
    """Run the real extractor with knowledge base ``kb`` over the set and score it."""
    return run_pipeline(eval_set, real_extractor(kb))
