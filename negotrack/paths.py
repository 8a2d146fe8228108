"""Every filesystem location negotrack uses, in one place.

``data/`` and ``seeds/`` sit at the top of a source checkout; in an installed wheel they
are packaged as ``negotrack/_data`` and ``negotrack/_seeds`` (see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "negotrack"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / f"_{name}"


def data_dir() -> Path:
    """The bundled knowledge base (``data/*.toml``)."""
    return _bundled("data")


def seeds_dir() -> Path:
    """The bundled seeds: the default feed list and the offline demo."""
    return _bundled("seeds")


def default_feeds_file() -> Path:
    return seeds_dir() / "feeds.toml"


def demo_feed_file() -> Path:
    return seeds_dir() / "demo" / "feed.xml"


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME)


def user_knowledge_dir() -> Path:
    """Where a user puts knowledge files of the same form as ``data/*.toml``."""
    return platformdirs.user_config_path(APP_NAME) / "knowledge"


def default_store_path() -> Path:
    return user_data_dir() / "negotrack.db"


def demo_store_path() -> Path:
    """The demo's own store: never the user's."""
    return user_data_dir() / "demo.db"
