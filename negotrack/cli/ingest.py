"""`negotrack ingest`: poll feeds, store new articles and the rounds they report."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from negotrack.cli.console import err, errors_to_exit_codes, interactive, out, safe
from negotrack.cli.state import state

if TYPE_CHECKING:
    from negotrack.ingest import IngestEvent, IngestSummary


def _render(summary: IngestSummary, quiet: bool) -> None:
    for error in summary.errors:
        err().print(safe(f"failed: {error}"))
    if not quiet:
        out().print(safe(summary.line()))


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        ctx: typer.Context,
        feed: Annotated[
            list[str] | None,
            typer.Option(
                "--feed",
                metavar="URL_OR_PATH",
                help="Poll this feed (repeatable) instead of the subscribed ones. "
                "It is recorded, so its state carries over to the next run.",
            ),
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only problems.")] = False,
        wait: Annotated[
            bool, typer.Option("--wait", help="Wait for a running ingest instead of exiting 75.")
        ] = False,
        fetch_all: Annotated[
            bool,
            typer.Option(
                "--fetch-all",
                help="Download every new item, relevant or not (for feeds about the talks).",
            ),
        ] = False,
    ) -> None:
        """Poll the feeds and store new articles and the rounds they report.

        Exit codes: 0 all went well; 1 some feeds or pages failed (the rest was stored);
        2 bad usage or configuration; 75 another ingest is running on this store.
        """
        with errors_to_exit_codes():
            from negotrack.ingest import ingest as run_ingest
            from negotrack.knowledge import default_knowledge

            kb = default_knowledge()
            store = state(ctx).store()
            if interactive() and not quiet:
                summary = _with_progress(
                    lambda cb: run_ingest(
                        store,
                        kb,
                        feeds=feed or (),
                        fetch_all=fetch_all,
                        wait_for_lock=wait,
                        progress=cb,
                    )
                )
            else:
                summary = run_ingest(
                    store, kb, feeds=feed or (), fetch_all=fetch_all, wait_for_lock=wait
                )
            _render(summary, quiet)
        raise typer.Exit(int(summary.exit_code))


def _with_progress(run: Callable[[Callable[[IngestEvent], None]], IngestSummary]) -> IngestSummary:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err(), transient=True) as progress:
        feeds = progress.add_task("feeds", total=0)
        pages = progress.add_task("pages", total=0)

        def on_event(event: IngestEvent) -> None:
            if event.kind == "feeds":
                progress.update(feeds, total=event.count)
            elif event.kind == "pages":
                total = progress.tasks[pages].total or 0
                progress.update(pages, total=total + event.count)
            elif event.kind == "feed":
                progress.advance(feeds)
            else:
                progress.advance(pages)

        return run(on_event)
