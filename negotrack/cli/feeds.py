"""`negotrack feeds add|list|remove`: the subscribed feeds and their state."""

from __future__ import annotations

from typing import Annotated

import typer

from negotrack.cli.console import errors_to_exit_codes, message, out, safe
from negotrack.cli.state import state

app = typer.Typer(help="The feeds that `ingest` polls.", no_args_is_help=True)


@app.command("add")
def add(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(metavar="URL_OR_PATH")],
    title: Annotated[str | None, typer.Option(help="A name to show for it.")] = None,
) -> None:
    """Subscribe to a feed."""
    with errors_to_exit_codes():
        from negotrack.store import feeds

        feed = feeds.add(state(ctx).store(), url, title)
        message(f"subscribed: {feed.url}")


@app.command("remove")
def remove(ctx: typer.Context, url: Annotated[str, typer.Argument(metavar="URL_OR_PATH")]) -> None:
    """Unsubscribe from a feed (its articles stay in the store)."""
    with errors_to_exit_codes():
        from negotrack.store import feeds

        feeds.remove(state(ctx).store(), url)
        message(f"unsubscribed: {url}")


@app.command("list")
def list_(
    ctx: typer.Context,
    all_feeds: Annotated[
        bool, typer.Option("--all", help="Also feeds only ever given to `ingest --feed`.")
    ] = False,
) -> None:
    """Each feed with its state: last check, status, failures, last error, next check."""
    with errors_to_exit_codes():
        from rich.table import Table

        from negotrack.store import feeds

        rows = feeds.list_feeds(state(ctx).store(), all_feeds=all_feeds)
        table = Table("feed", "last checked", "status", "failures", "next check", "last error")
        for f in rows:
            table.add_row(
                safe(f.title + "\n" + f.url if f.title else f.url),
                f.last_checked.strftime("%Y-%m-%d %H:%M") if f.last_checked else "never",
                safe(f.last_status or "-") + ("" if f.subscribed else safe(" (--feed)")),
                str(f.consecutive_failures),
                f.next_check_after.strftime("%Y-%m-%d %H:%M") if f.next_check_after else "due",
                safe(f.last_error or ""),
            )
        out().print(table)
        if not rows:
            message("no feeds: add one with `negotrack feeds add URL`")
