"""The read path (``store.queries``) against the schema it reads (``store.models``)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import TableClause

from negotrack import paths
from negotrack.ingest import ingest
from negotrack.knowledge import KnowledgeBase
from negotrack.store import models, queries
from negotrack.store.db import Store
from negotrack.store.queries import RoundFilter, get_round, query_rounds

SCHEMA = models.Meta.metadata  # the tables of store.models
READ_TABLES = [queries.ROUND, queries.ROUND_SOURCE, queries.ROUND_CLAIM, queries.ARTICLE]


@pytest.mark.parametrize("read", READ_TABLES, ids=lambda t: t.name)
def test_read_tables_name_columns_of_the_models_with_their_types(read: TableClause) -> None:
    model = SCHEMA.tables[read.name]
    for c in read.columns:
        assert c.name in model.c, f"{read.name}.{c.name} is not a column of store.models"
        # the same kind of type (Date, Boolean...), so values read here convert as in the ORM
        expected = model.c[c.name].type._type_affinity
        assert c.type._type_affinity is expected, f"{read.name}.{c.name}"


def test_round_is_read_whole() -> None:
    # a round's every column but the merge's own bookkeeping, so none is forgotten when added
    merge_only = {"n_sources", "members"}
    model = SCHEMA.tables["round"]
    assert {c.name for c in queries.ROUND.columns} == set(model.c.keys()) - merge_only


def test_values_come_back_as_the_model_types(store: Store, kb: KnowledgeBase) -> None:
    ingest(store, kb, feeds=[str(paths.demo_feed_file())], processes=0)
    found = [get_round(store, r.id) for r in query_rounds(store, RoundFilter())]
    assert found
    for r in found:
        assert isinstance(r.start_date, date) and isinstance(r.agreed_to_continue, bool | None)
        assert all(isinstance(s.published, datetime | None) for s in r.sources)
        assert all(isinstance(sc.claim.confidence, float) for sc in r.claims)
    assert any(r.agreed_to_continue is not None for r in found)
    assert any(s.published is not None for r in found for s in r.sources)


def test_reading_does_not_load_the_orm(tmp_path: Path) -> None:
    # what `rounds` and `round ID` cost depends on it (bench/latency.py)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store(url).close()
    code = (
        "import sys\n"
        "from negotrack.errors import NotFound\n"
        "from negotrack.store.db import Store\n"
        "from negotrack.store import queries as q\n"
        f"store = Store({url!r})\n"
        "q.query_rounds(store, q.RoundFilter(conflict='ukraine'), limit=50)\n"
        "q.count_rounds(store, q.RoundFilter())\n"
        "try:\n"
        "    q.get_round(store, 'ukraine-2026-02-17-geneva')\n"
        "except NotFound:\n"
        "    pass\n"
        "heavy = ('sqlmodel', 'sqlalchemy.orm', 'negotrack.store.models', 'negotrack.rounds.merge')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert run.stdout.strip() == "[]"
