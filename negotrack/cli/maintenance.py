"""`negotrack reextract` and `negotrack backup`: looking after a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from negotrack.cli.console import errors_to_exit_codes, message
from negotrack.cli.state import state


def register(app: typer.Typer) -> None:
    @app.command("reextract")
    def reextract_cmd(
        ctx: typer.Context,
        wait: Annotated[bool, typer.Option("--wait", help="Wait for a running ingest.")] = False,
    ) -> None:
        """Rebuild every round from the stored articles (after an upgrade or a knowledge edit).

        The articles are not touched; if interrupted, the old rounds stay.
        """
        with errors_to_exit_codes():
            from negotrack.knowledge import default_knowledge
            from negotrack.reextract import reextract

            result = reextract(state(ctx).store(), default_knowledge(), wait_for_lock=wait)
            message(
                f"reextracted {result.articles} articles: {result.mentions} mentions, "
                f"{result.rounds} rounds"
            )

    @app.command("backup")
    def backup_cmd(
        ctx: typer.Context, target: Annotated[Path, typer.Argument(metavar="FILE")]
    ) -> None:
        """Copy the store to FILE consistently, even while an ingest runs (SQLite)."""
        with errors_to_exit_codes():
            from negotrack.store.db import backup

            backup(state(ctx).store(), target)
            message(f"backed up to {target}")
