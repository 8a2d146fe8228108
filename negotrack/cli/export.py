"""`negotrack export articles|rounds`: CSV for spreadsheets, JSON for programs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO

import typer

from negotrack.cli.console import errors_to_exit_codes, message
from negotrack.cli.state import state
from negotrack.errors import ConfigError

app = typer.Typer(help="Write what is stored as CSV or JSON.", no_args_is_help=True)


class Format(StrEnum):
    csv = "csv"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="csv or json.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


@contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        # newline="" so the CSV writer's CRLF reaches the file unchanged
        stream = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)  # noqa: SIM115
        try:
            yield stream
        finally:
            stream.flush()
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as stream:
            yield stream
        tmp.replace(output)  # a reader never sees a half-written export
    except OSError as exc:
        raise ConfigError(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _export(output: Path | None, write: Callable[[TextIO], int], what: str) -> None:
    with _open_output(output) as stream:
        count = write(stream)
    if output is not None:
        message(f"wrote {count} {what} to {output}")


@app.command("articles")
def articles(
    ctx: typer.Context, fmt: FormatOption = Format.csv, output: OutputOption = None
) -> None:
    """One row per article: id, url, title, outlet, published, fetched, feed."""
    with errors_to_exit_codes():
        from negotrack import export as ex
        from negotrack.store.articles import iter_articles

        store = state(ctx).store()

        def write(stream: TextIO) -> int:
            records = ex.article_records(iter_articles(store))
            if fmt is Format.csv:
                return ex.write_csv(stream, ex.ARTICLE_FIELDS, records)
            return ex.write_json(stream, records)

        _export(output, write, "articles")


@app.command("rounds")
def rounds(
    ctx: typer.Context,
    fmt: FormatOption = Format.csv,
    output: OutputOption = None,
    conflict: Annotated[
        str | None, typer.Option(help="Only this conflict (slug or alias).")
    ] = None,
) -> None:
    """One row per round, with its delegations and sources."""
    with errors_to_exit_codes():
        from negotrack import export as ex
        from negotrack.cli.rounds import resolve_conflict
        from negotrack.store.queries import RoundFilter, iter_rounds

        store = state(ctx).store()
        flt = RoundFilter(conflict=resolve_conflict(conflict))

        def write(stream: TextIO) -> int:
            found = iter_rounds(store, flt)
            if fmt is Format.csv:
                return ex.write_csv(stream, ex.ROUND_CSV_FIELDS, map(ex.round_csv_record, found))
            return ex.write_json(stream, map(ex.round_record, found))

        _export(output, write, "rounds")
