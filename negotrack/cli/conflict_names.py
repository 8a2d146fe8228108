"""`--conflict NAME` -> slug, without loading the whole knowledge base on every command.

Loading the knowledge base (five TOML files, validation, the phrase matcher) is a good part
of what `negotrack rounds --conflict X` costs. The name -> slug table it yields depends only
on the knowledge files, so it is kept in the user cache dir under a fingerprint of those
files (path, size and modification time of every ``*.toml`` of the bundled and the user's
knowledge directories, and negotrack's version). Any change to them, or a name the table
does not know, goes through the full load, which validates and reports errors exactly as
before.
"""

from __future__ import annotations

import json
from pathlib import Path

from negotrack import __version__, paths

_CACHE_NAME = "conflict-names.json"


def _layers() -> list[Path]:
    # the directories default_knowledge() reads, in the same order
    user_dir = paths.user_knowledge_dir()
    return [paths.data_dir(), *([user_dir] if user_dir.is_dir() else [])]


def fingerprint(layers: list[Path]) -> list[object]:
    files: list[object] = [__version__]
    for directory in layers:
        for path in sorted(directory.glob("*.toml")):
            stat = path.stat()
            files.append([str(path), stat.st_size, stat.st_mtime_ns])
    return files


def _cache_file() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(paths.APP_NAME) / _CACHE_NAME


def _read(cache: Path, key: list[object]) -> dict[str, str] | None:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    names = data.get("names")
    return names if isinstance(names, dict) else None


def _write(cache: Path, key: list[object], names: dict[str, str]) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(cache.name + ".part")
        tmp.write_text(json.dumps({"key": key, "names": names}), encoding="utf-8")
        tmp.replace(cache)
    except OSError:
        pass  # a read-only home: every command loads the knowledge base, as it did before


def resolve(name: str) -> str:
    """The slug of the conflict with this slug or alias, in any case (ConfigError if none)."""
    key = fingerprint(_layers())
    cache = _cache_file()
    names = _read(cache, key)
    if names is not None:
        found = names.get(name.strip().casefold())
        if found is not None:
            return found
    from negotrack.knowledge import default_knowledge

    kb = default_knowledge()
    if names is None:
        table: dict[str, str] = {}
        for c in kb.conflicts:
            for alias in (c.slug, *c.aliases):
                table.setdefault(alias.casefold(), c.slug)
        _write(cache, key, table)
    return kb.conflict(name).slug  # the knowledge base's own answer, or its error
