"""CSV and JSON writers, streaming: rows are written as they are read.

CSV is for spreadsheets: UTF-8 with a byte-order mark (Excel reads UTF-8 only then),
RFC 4180 quoting with CRLF line ends, and no cell that a spreadsheet would run as a
formula: a text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets
a leading ``'``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from negotrack.rounds.model import Round
from negotrack.store.articles import ArticleRow

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ARTICLE_FIELDS = ("id", "url", "title", "outlet", "published", "fetched", "feed")
ROUND_FIELDS = (
    "id",
    "conflict",
    "sequence",
    "city",
    "country",
    "start_date",
    "end_date",
    "status",
    "formats",
    "participants",
    "mediators",
    "delegations",
    "outcome",
    "agreed_to_continue",
    "topics",
    "atmosphere",
    "sources",
)
ROUND_CSV_FIELDS = (
    *tuple(f for f in ROUND_FIELDS if f not in ("delegations", "sources")),
    "heads",
    "members",
    "sources",
)


def defuse(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return defuse(str(value))


def write_csv(out: TextIO, fields: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> int:
    """Write a header and rows; ``out`` should be opened with newline="" (csv does CRLF)."""
    out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(fields)
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(f)) for f in fields])
        count += 1
    return count


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def write_json(out: TextIO, rows: Iterable[Mapping[str, Any]]) -> int:
    """A JSON array written one object at a time."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(row, ensure_ascii=False, default=_json_default))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def article_records(rows: Iterable[ArticleRow]) -> Iterator[dict[str, Any]]:
    for r in rows:
        yield {
            "id": r.id,
            "url": r.url,
            "title": r.title,
            "outlet": r.outlet,
            "published": r.published,
            "fetched": r.fetched,
            "feed": r.feed,
        }


def round_record(r: Round) -> dict[str, Any]:
    """A round in the JSON contract of `export rounds` (lists sorted, unknowns null or [])."""
    return {
        "id": r.id,
        "conflict": r.conflict,
        "sequence": r.sequence,
        "city": r.city,
        "country": r.country,
        "start_date": r.start_date.isoformat() if r.start_date else None,
        "end_date": r.end_date.isoformat() if r.end_date else None,
        "status": r.status,
        "formats": sorted(r.formats),
        "participants": sorted(r.participants),
        "mediators": sorted(r.mediators),
        "delegations": [
            {"party": d.party, "head": d.head, "members": sorted(d.members)}
            for d in sorted(r.delegations, key=lambda d: d.party)
        ],
        "outcome": r.outcome,
        "agreed_to_continue": r.agreed_to_continue,
        "topics": sorted(r.topics),
        "atmosphere": sorted(r.atmosphere),
        "sources": [
            {
                "url": s.url,
                "title": s.title,
                "outlet": s.outlet,
                "published": s.published.isoformat() if s.published else None,
            }
            for s in r.sources
        ],
    }


def round_csv_record(r: Round) -> dict[str, Any]:
    rec = round_record(r)
    for key in ("formats", "participants", "mediators", "topics", "atmosphere"):
        rec[key] = "; ".join(rec[key])
    rec["heads"] = "; ".join(f"{d.party}: {d.head}" for d in r.delegations if d.head)
    rec["members"] = "; ".join(
        f"{d.party}: {', '.join(d.members)}" for d in r.delegations if d.members
    )
    rec["sources"] = "; ".join(s.url for s in r.sources)
    return rec
