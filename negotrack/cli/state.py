"""What the global options carry to every command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from negotrack.store.db import Store


@dataclass
class State:
    db: str | None = None
    _store: Store | None = None

    def store(self) -> Store:
        """The store named by --db / NEGOTRACK_DB / the default, opened on first use."""
        if self._store is None:
            from negotrack.config import store_url
            from negotrack.store.db import Store

            self._store = Store(store_url(self.db))
            if self._store.created:
                # only here: the feeds module loads the ORM models, which reading does not need
                from negotrack import paths
                from negotrack.store.feeds import seed_defaults

                seed_defaults(self._store, paths.default_feeds_file())
        return self._store


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    assert isinstance(obj, State)
    return obj
