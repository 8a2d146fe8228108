"""`negotrack demo`: see what negotrack does, offline, without touching your store."""

from __future__ import annotations

import typer

from negotrack.cli.console import errors_to_exit_codes, message, out, safe


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo_cmd() -> None:
        """Ingest the bundled demo feed (offline) into a separate demo store and show the rounds."""
        with errors_to_exit_codes():
            from rich.table import Table
            from rich.text import Text

            from negotrack.cli.rounds import render_summary, rounds_table
            from negotrack.demo import run_demo
            from negotrack.knowledge import default_knowledge
            from negotrack.store.articles import iter_articles
            from negotrack.store.queries import RoundFilter, query_rounds

            store, summary = run_demo(default_knowledge())
            message(f"demo store: {store.sqlite_path} (your own store is not touched)")
            out().print(safe(f"ingest: {summary.line()}"))
            table = Table("id", "published", "outlet", "title", title="Stored articles")
            for a in iter_articles(store):
                table.add_row(
                    str(a.id),
                    a.published.strftime("%Y-%m-%d") if a.published else "-",
                    safe(a.outlet or ""),
                    safe(a.title or ""),
                )
            out().print(table)
            out().print(Text("\nRounds: ukraine", style="bold"))
            out().print(rounds_table(query_rounds(store, RoundFilter(conflict="ukraine"))))
            out().print()
            render_summary(store, "ukraine")
            message(
                f"\nNext: `negotrack --db {store.sqlite_path} round ID` "
                "shows the evidence of a round."
            )
