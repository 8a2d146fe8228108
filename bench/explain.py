"""Show, round by round, where extraction and merging depart from an evaluation set's labels.

``bench/accuracy.py`` says how much is missed; this says what: for each labelled round, the
predicted round it matched and every scored field that differs (``want`` / ``got``), or, for
a missed one, the rounds that were made from its articles instead; then the predicted rounds
no label matched, with their sources. A tool for whoever tunes the rules, on sets that have
already been scored blind.

Run: ``uv run python bench/explain.py tests/eval_holdout7 [--round KEY ...]``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from negotrack.evaluation import (
    SET_FIELDS,
    SINGLE_FIELDS,
    EvalSet,
    ExpectedRound,
    load_eval_set,
    match_rounds,
    predict,
    real_extractor,
)
from negotrack.knowledge.loader import load_knowledge
from negotrack.rounds.model import Round


def _brief(r: Round, article_of: dict[str, str]) -> str:
    ids = sorted({article_of.get(s.url, s.url) for s in r.sources})
    return f"{r.id} [{r.status}] {r.start_date}..{r.end_date} from {', '.join(ids)}"


def _got(r: Round, name: str) -> object:
    if name == "heads":
        return {d.party: d.head for d in r.delegations if d.head}
    value: object = getattr(r, name)
    return set(value) if isinstance(value, tuple) else value


def _want(exp: ExpectedRound, name: str) -> object:
    if name == "heads":
        wanted = exp.sets.get("heads")
        if wanted is None:
            return None
        return dict(item.split(": ", 1) for item in wanted)
    if name in SET_FIELDS:
        got = exp.sets.get(name)
        return None if got is None else set(got)
    return getattr(exp, name)


def explain(eval_set: EvalSet, rounds: Sequence[Round], keys: set[str]) -> None:
    article_of = {a.url: a.id for a in eval_set.articles}
    pairs = {exp.key: pred for exp, pred in match_rounds(eval_set.rounds, rounds, article_of)}
    for exp in eval_set.rounds:
        if keys and exp.key not in keys:
            continue
        pred = pairs.get(exp.key)
        if pred is None:
            print(f"MISSED {exp.key} (articles: {', '.join(exp.articles)})")
            for r in rounds:
                if {article_of.get(s.url) for s in r.sources} & set(exp.articles):
                    print(f"    made instead: {_brief(r, article_of)}")
            continue
        print(f"ok     {exp.key} -> {_brief(pred, article_of)}")
        for name in (*SINGLE_FIELDS, *SET_FIELDS):
            want = _want(exp, name)
            if name == "city" or want is None:
                continue
            got = _got(pred, name)
            if isinstance(want, str) and isinstance(got, str):
                same = want.casefold() == got.casefold()
            else:
                same = want == got
            if not same:
                print(f"    {name}: want {want!r} / got {got!r}")
        missing = set(exp.articles) - {article_of.get(s.url, "") for s in pred.sources}
        if missing:
            print(f"    sources missing: {', '.join(sorted(missing))}")
    if keys:
        return
    matched = set(pairs.values())
    for r in rounds:
        if r not in matched:
            print(f"EXTRA  {_brief(r, article_of)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--round", action="append", default=[], help="only this label key")
    args = parser.parse_args()
    eval_set = load_eval_set(args.directory)
    rounds, _ = predict(eval_set, real_extractor(load_knowledge()))
    explain(eval_set, rounds, set(args.round))


if __name__ == "__main__":
    main()
