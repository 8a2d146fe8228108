"""`negotrack rounds`, `round ID`, `summary` and `conflicts`: reading the rounds."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from negotrack.cli.console import errors_to_exit_codes, message, out, safe
from negotrack.cli.state import state
from negotrack.errors import ConfigError

if TYPE_CHECKING:
    from rich.table import Table

    from negotrack.rounds.model import Round
    from negotrack.store.db import Store


TABLE_LIMIT = 50  # a terminal table longer than this is read by nobody


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def resolve_conflict(name: str | None) -> str | None:
    """A conflict slug from a slug or alias in any case (None stays None)."""
    if name is None:
        return None
    from negotrack.cli.conflict_names import resolve

    return resolve(name)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{option}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _dates(r: Round) -> str:
    if r.start_date is None:
        return "undated"
    if r.end_date and r.end_date != r.start_date:
        if r.end_date.year == r.start_date.year:
            return f"{r.start_date.isoformat()} – {r.end_date.strftime('%m-%d')}"
        return f"{r.start_date.isoformat()} – {r.end_date.isoformat()}"
    return r.start_date.isoformat()


def _heads(r: Round) -> str:
    return "\n".join(f"{d.party}: {d.head}" for d in r.delegations if d.head)


def rounds_table(found: list[Round]) -> Table:
    from rich.table import Table

    table = Table(
        "#",
        "conflict",
        "dates",
        "city",
        "formats",
        "mediators",
        "heads",
        "outcome",
        "sources",
        "id",
    )
    for r in found:
        table.add_row(
            str(r.sequence) if r.sequence is not None else "-",
            safe(r.conflict),
            _dates(r) + ("" if r.status in (None, "concluded") else f"\n({r.status})"),
            safe(r.city or "?"),
            safe(", ".join(r.formats)),
            safe(", ".join(r.mediators)),
            safe(_heads(r)),
            safe((r.outcome or "").replace("_", " ")),
            str(len(r.sources)),
            safe(r.id, style="dim"),
        )
    return table


def _published(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "undated"


def render_round(r: Round) -> None:
    from rich.table import Table
    from rich.text import Text

    title = Text(f"Round {r.id}", style="bold")
    out().print(title)
    fields: list[tuple[str, str]] = [
        ("conflict", r.conflict),
        ("sequence", str(r.sequence) if r.sequence is not None else "-"),
        ("venue", ", ".join(x for x in (r.city, r.country) if x) or "unknown"),
        ("dates", _dates(r)),
        ("status", r.status or "unknown"),
        ("formats", ", ".join(r.formats) or "-"),
        ("participants", ", ".join(r.participants) or "-"),
        ("mediators", ", ".join(r.mediators) or "-"),
        ("outcome", r.outcome or "unknown"),
        (
            "agreed to continue",
            "unknown"
            if r.agreed_to_continue is None
            else ("yes" if r.agreed_to_continue else "no"),
        ),
        ("topics", ", ".join(r.topics) or "-"),
        ("atmosphere", ", ".join(r.atmosphere) or "-"),
    ]
    grid = Table.grid(padding=(0, 2))
    for name, value in fields:
        grid.add_row(Text(name, style="bold"), safe(value))
    for d in r.delegations:
        members = f"; with {', '.join(d.members)}" if d.members else ""
        grid.add_row(
            Text(f"{d.party} delegation", style="bold"),
            safe(f"led by {d.head or 'unknown'}{members}"),
        )
    if r.disputed:
        grid.add_row(Text("disputed", style="bold yellow"), safe(", ".join(r.disputed)))
    out().print(grid)

    out().print(Text("\nSources", style="bold"))
    for n, s in enumerate(r.sources, 1):
        line = Text(f"[{n}] ")
        line.append(safe(s.title or "(untitled)", style="bold"))
        line.append(safe(f" — {s.outlet or 'unknown outlet'}, {_published(s.published)}"))
        line.append("\n    ")
        line.append(safe(s.url, style="dim"))
        out().print(line)

    number = {s.article_id: n for n, s in enumerate(r.sources, 1)}
    out().print(Text("\nEvidence", style="bold"))
    table = Table("field", "value", "source", "sentence", show_lines=False)
    disputed = set(r.disputed)
    for sc in sorted(
        r.claims,
        key=lambda x: (
            x.claim.field.value,
            x.claim.party or "",
            x.claim.value,
            number.get(x.source.article_id, 0),
        ),
    ):
        c = sc.claim
        key = f"{c.field.value}:{c.party}" if c.field.value == "head" else c.field.value
        field = safe(f"{c.field.value}" + (f" ({c.party})" if c.party else ""))
        if key in disputed:
            field.append(" ≠", style="yellow")
        table.add_row(
            field,
            safe(c.value),
            f"[{number.get(sc.source.article_id, '?')}]",
            safe(c.sentence),
        )
    out().print(table)
    if disputed:
        message(
            "≠ marks a field whose sources disagree; the value shown above is the best supported."
        )


def _today() -> date:
    return datetime.now(UTC).date()


def conflicts_table(store: Store) -> Table:
    from rich.table import Table

    from negotrack.knowledge import default_knowledge
    from negotrack.store.queries import round_counts

    counts = round_counts(store)
    table = Table("conflict", "name", "parties", "rounds", "aliases")
    for c in default_knowledge().conflicts:
        table.add_row(
            safe(c.slug),
            safe(c.name),
            safe(", ".join(c.parties)),
            str(counts.get(c.slug, 0)),
            safe(", ".join(c.aliases)),
        )
    return table


def render_summary(store: Store, conflict: str) -> None:
    from negotrack.knowledge import default_knowledge
    from negotrack.report import summarise
    from negotrack.store.queries import RoundFilter, query_rounds

    found = query_rounds(store, RoundFilter(conflict=conflict))
    kb = default_knowledge()
    prose = {a.name: a.prose for a in kb.actors if a.prose}
    summary = summarise(found, kb.conflict(conflict), _today(), prose)
    out().print(safe(summary.title, style="bold"))
    for statement in summary.statements:
        line = safe(f"• {statement.text}")
        if statement.round_ids:
            line.append(safe(f"  [{', '.join(statement.round_ids)}]", style="dim"))
        out().print(line)


def register(app: typer.Typer) -> None:
    @app.command("rounds")
    def rounds_cmd(
        ctx: typer.Context,
        conflict: Annotated[str | None, typer.Option(help="Slug or alias, any case.")] = None,
        since: Annotated[
            str | None, typer.Option(help="Rounds starting on or after YYYY-MM-DD.")
        ] = None,
        until: Annotated[
            str | None, typer.Option(help="Rounds starting on or before YYYY-MM-DD.")
        ] = None,
        city: Annotated[str | None, typer.Option(help="Only rounds held in this city.")] = None,
        fmt: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.table,
        limit: Annotated[
            int | None,
            typer.Option(
                min=0,
                help=f"At most this many, newest first (table: {TABLE_LIMIT} unless given; "
                "0 means all).",
            ),
        ] = None,
    ) -> None:
        """List rounds, newest first."""
        with errors_to_exit_codes():
            from negotrack.store.queries import RoundFilter, count_rounds, query_rounds

            flt = RoundFilter(
                resolve_conflict(conflict),
                _parse_date(since, "--since"),
                _parse_date(until, "--until"),
                city,
            )
            if limit is None and fmt is ListFormat.table:
                limit = TABLE_LIMIT
            store = state(ctx).store()
            found = query_rounds(store, flt, limit=limit or None)
            if fmt is ListFormat.table:
                out().print(rounds_table(found))
                if not found:
                    message("no rounds stored yet for this selection")
                elif limit and len(found) == limit and (total := count_rounds(store, flt)) > limit:
                    message(f"showing the newest {limit} of {total} rounds; --limit 0 shows all")
                return
            import sys

            from negotrack import export as ex

            stream = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)  # noqa: SIM115
            with stream:
                if fmt is ListFormat.json:
                    ex.write_json(stream, map(ex.round_record, found))
                else:
                    ex.write_csv(stream, ex.ROUND_CSV_FIELDS, map(ex.round_csv_record, found))

    @app.command("round")
    def round_cmd(
        ctx: typer.Context, round_id: Annotated[str, typer.Argument(metavar="ID")]
    ) -> None:
        """One round: every field, the delegations, and the evidence with its sources."""
        with errors_to_exit_codes():
            from negotrack.store.queries import get_round

            render_round(get_round(state(ctx).store(), round_id))

    @app.command("summary")
    def summary_cmd(
        ctx: typer.Context,
        conflict: Annotated[str, typer.Option(help="Slug or alias, any case.")],
    ) -> None:
        """The story of a process in a few plain sentences, each traced to its rounds."""
        with errors_to_exit_codes():
            slug = resolve_conflict(conflict)
            assert slug is not None
            render_summary(state(ctx).store(), slug)

    @app.command("conflicts")
    def conflicts_cmd(ctx: typer.Context) -> None:
        """The conflicts negotrack knows, with their round counts."""
        with errors_to_exit_codes():
            out().print(conflicts_table(state(ctx).store()))
