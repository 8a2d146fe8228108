"""The negotrack command line: global options and the command groups."""

from __future__ import annotations

from typing import Annotated

import typer

from negotrack import __version__
from negotrack.cli import demo, export, feeds, ingest, maintenance, rounds
from negotrack.cli.state import State

app = typer.Typer(
    name="negotrack",
    help="Track rounds of peace negotiations from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        print(f"negotrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="PATH_OR_URL",
            help="The store: a SQLite file or a SQLAlchemy URL. "
            "Default: $NEGOTRACK_DB, else negotrack.db in the user data dir.",
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = State(db=db)


ingest.register(app)
app.add_typer(feeds.app, name="feeds")
app.add_typer(export.app, name="export")
rounds.register(app)
maintenance.register(app)
demo.register(app)


def main() -> None:
    app()
