"""`--conflict` resolution through the cached name table behaves as the knowledge base does."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from negotrack.cli import conflict_names
from negotrack.errors import ConfigError
from negotrack.knowledge import loader


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "knowledge"
    directory.mkdir()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(conflict_names.paths, "user_knowledge_dir", lambda: directory)
    monkeypatch.setattr(loader.paths, "user_knowledge_dir", lambda: directory)
    cached = loader.default_knowledge
    cached.cache_clear()
    yield directory
    cached.cache_clear()  # a test may have replaced loader.default_knowledge


def test_slugs_and_aliases_in_any_case(user_dir: Path) -> None:
    assert conflict_names.resolve("ukraine") == "ukraine"
    assert conflict_names.resolve(" Russia-Ukraine ") == "ukraine"  # from the cache now
    assert conflict_names.resolve("IRAN") == "iran"
    with pytest.raises(ConfigError, match="unknown conflict 'atlantis'; known conflicts: ukraine"):
        conflict_names.resolve("atlantis")


def test_the_cache_answers_without_loading_the_knowledge_base(
    user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert conflict_names.resolve("gaza") == "gaza"

    def no_loading() -> None:
        raise AssertionError("the knowledge base was loaded")

    monkeypatch.setattr(loader, "default_knowledge", no_loading)
    assert conflict_names.resolve("Gaza") == "gaza"


def test_an_edited_knowledge_file_is_seen_at_once(user_dir: Path) -> None:
    assert conflict_names.resolve("ukraine") == "ukraine"
    extra = user_dir / "mine.toml"
    extra.write_text('[[conflict]]\nslug = "ukraine"\naliases = ["the long war"]\n')
    loader.default_knowledge.cache_clear()
    assert conflict_names.resolve("The Long War") == "ukraine"
    # an invalid file is reported as before, not hidden by the cache
    extra.write_text('[[conflict]]\nslug = "ukraine"\nnonsense = 1\n')
    os.utime(extra, ns=(1, 1))  # a new fingerprint even within the same clock tick
    loader.default_knowledge.cache_clear()
    with pytest.raises(ConfigError):
        conflict_names.resolve("ukraine")
