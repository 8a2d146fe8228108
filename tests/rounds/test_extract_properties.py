"""Properties of extract_mentions that hold for any input: it returns, and always the same."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from negotrack.knowledge import KnowledgeBase, load_knowledge
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import SINGLE_VALUED, Field, MentionKind

_KNOWLEDGE = """
[[conflict]]
slug = "ukraine"
name = "Russia-Ukraine war"
parties = ["Russia", "Ukraine"]
keywords = ["Kremlin", "Istanbul talks"]
usual_mediators = ["Turkey"]

[[actor]]
name = "Russia"
kind = "country"
aliases = ["Moscow"]
demonyms = ["Russian"]

[[actor]]
name = "Ukraine"
kind = "country"
aliases = ["Kyiv"]
demonyms = ["Ukrainian"]

[[actor]]
name = "Turkey"
kind = "country"
demonyms = ["Turkish"]

[[place]]
name = "Istanbul"
country = "Turkey"

[[place]]
name = "Moscow"
country = "Russia"

[[person]]
name = "Rustem Umerov"
affiliation = "Ukraine"
role = "negotiator"
aliases = ["Umerov"]

[formats]
direct = ["direct"]

[outcomes]
no_breakthrough = ["no breakthrough"]

[topics]
prisoners = ["prisoners"]

[atmosphere]
tense = ["tense"]
"""

# Pieces of news prose, so that random texts reach the extraction rules, not only the exits.
_FRAGMENTS = [
    "Russian and Ukrainian delegations ",
    "held direct talks ",
    "in Istanbul ",
    "Moscow ",
    "the Istanbul talks ",
    "on Monday",
    " on 2 June",
    " will resume ",
    "led by Umerov",
    "led by Anna Petrenko and Ivan Sirko",
    ", Ukraine's chief negotiator, ",
    "hosted by Turkey ",
    "Turkish-mediated ",
    "could meet ",
    "no talks are planned ",
    "a second day ",
    "the third round ",
    "two previous rounds ",
    "last month ",
    "ended with no breakthrough",
    " on prisoners",
    " were tense",
    ". ",
    ".\n",
    "\nRelated stories\n",
    '"',
    "’s ",
    "U.S. ",
    "Feb. 30",
    "9999-12-31 ",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    directory = tmp_path_factory.mktemp("knowledge")
    (directory / "small.toml").write_text(_KNOWLEDGE, encoding="utf-8")
    return load_knowledge(directory)


_PUBLISHED = st.one_of(
    st.none(),
    st.datetimes(),
    st.datetimes(min_value=datetime(9999, 12, 20), max_value=datetime(9999, 12, 31)),
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(1, 1, 10)),
)
_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _check(kb: KnowledgeBase, text: str, title: str | None, published: datetime | None) -> None:
    first = extract_mentions(text, title, published, kb)
    assert first == extract_mentions(text, title, published, kb)
    assert isinstance(first, list)
    for mention in first:
        assert isinstance(mention.kind, MentionKind)
        assert mention.conflict == "ukraine"
        assert mention.claims
        for claim in mention.claims:
            assert 0.0 < claim.confidence <= 1.0
            assert claim.sentence
            if claim.field in (Field.HEAD, Field.MEMBER):
                assert claim.party is not None
            if claim.field in (Field.START_DATE, Field.END_DATE):
                datetime.strptime(claim.value, "%Y-%m-%d")
            if claim.field in SINGLE_VALUED:
                assert claim.value


@_SETTINGS
@given(
    text=st.text(max_size=400),
    title=st.one_of(st.none(), st.text(max_size=80)),
    published=_PUBLISHED,
)
def test_any_text_gives_a_list(
    kb: KnowledgeBase, text: str, title: str | None, published: datetime | None
) -> None:
    _check(kb, text, title, published)


@_SETTINGS
@given(
    parts=st.lists(st.sampled_from(_FRAGMENTS), max_size=25),
    title=st.one_of(st.none(), st.sampled_from(_FRAGMENTS)),
    published=_PUBLISHED,
)
def test_news_like_text_gives_well_formed_mentions(
    kb: KnowledgeBase, parts: list[str], title: str | None, published: datetime | None
) -> None:
    _check(kb, "".join(parts), title, published)


def test_cost_grows_linearly_with_text(kb: KnowledgeBase) -> None:
    paragraph = (
        "Russian and Ukrainian delegations held direct talks in Istanbul on Monday, led by "
        "Umerov. Two previous rounds ended with no breakthrough on prisoners.\n"
    )

    def seconds(copies: int) -> float:
        start = time.perf_counter()
        extract_mentions(paragraph * copies, None, datetime(2025, 6, 3), kb)
        return time.perf_counter() - start

    seconds(5)  # warm the regex caches
    small, large = seconds(20), seconds(200)
    # Ten times the text: well under a hundred times the time (quadratic would be ~100x).
    assert large < small * 30 + 0.05


def test_bundled_knowledge_on_any_text() -> None:
    data = Path(__file__).resolve().parents[2] / "data"
    bundled = load_knowledge(data)
    for text in ("", "\x00\ud7ff\U0010ffff", "Talks in Geneva. " * 50, "U.S. " * 200):
        assert isinstance(extract_mentions(text, text[:50], None, bundled), list)
