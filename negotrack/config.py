"""Settings: where the store is.

The store location is, in order: ``--db PATH_OR_URL`` > ``NEGOTRACK_DB`` > ``negotrack.db``
in the platformdirs user data dir. A value with ``://`` is a SQLAlchemy URL
(``postgresql+psycopg://...``); anything else is a path to a SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

from negotrack import paths
from negotrack.errors import ConfigError

ENV_DB = "NEGOTRACK_DB"


def store_url(db: str | None = None, env: dict[str, str] | None = None) -> str:
    environ = os.environ if env is None else env
    value = db or environ.get(ENV_DB) or str(paths.default_store_path())
    return to_url(value)


def to_url(value: str) -> str:
    value = value.strip()
    if not value:
        raise ConfigError("the store location is empty (check --db or NEGOTRACK_DB)")
    if "://" in value:
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise ConfigError(f"{path} is a directory; give a file path for the store")
    return f"sqlite:///{path.resolve()}"
