"""The offline demo: the bundled seeds through the real pipeline into a store of its own."""

from __future__ import annotations

from pathlib import Path

from negotrack import paths
from negotrack.ingest import IngestSummary, ingest
from negotrack.knowledge import KnowledgeBase
from negotrack.store.db import Store


def run_demo(kb: KnowledgeBase, store_path: Path | None = None) -> tuple[Store, IngestSummary]:
    """Ingest ``seeds/demo/feed.xml`` (local pages, no network) into a fresh demo store."""
    path = store_path or paths.demo_store_path()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    store = Store(f"sqlite:///{path.resolve()}")
    summary = ingest(store, kb, feeds=[str(paths.demo_feed_file())])
    return store, summary
