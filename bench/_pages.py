"""Synthetic news pages and feeds for the benchmarks, written from templates here.

Every page is a plausible article about a round of talks (so that relevance, extraction and
merging all do their real work), padded with varied paragraphs of ordinary news so that
pages differ in length and wording. A seeded ``random.Random`` makes each run see the same
pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from html import escape, unescape


@dataclass(frozen=True)
class Process:
    conflict: str
    sides: tuple[str, str]
    heads: tuple[str, str]
    mediator: str
    mediator_person: str
    cities: tuple[str, ...]
    topics: tuple[str, ...]


PROCESSES = (
    Process(
        "ukraine",
        ("Ukraine", "Russia"),
        ("Rustem Umerov", "Vladimir Medinsky"),
        "the United States",
        "Steve Witkoff",
        ("Geneva", "Abu Dhabi", "Istanbul", "Riyadh"),
        ("prisoner exchanges", "an energy truce", "the front line in Donbas"),
    ),
    Process(
        "iran",
        ("Iran", "the United States"),
        ("Abbas Araghchi", "Steve Witkoff"),
        "Oman",
        "Badr Albusaidi",
        ("Muscat", "Rome", "Geneva"),
        ("uranium enrichment", "sanctions relief", "inspections"),
    ),
    Process(
        "gaza",
        ("Israel", "Hamas"),
        ("Ron Dermer", "Khalil al-Hayya"),
        "Qatar",
        "Mohammed bin Abdulrahman Al Thani",
        ("Cairo", "Doha", "Sharm el-Sheikh"),
        ("the release of hostages", "humanitarian aid", "a ceasefire"),
    ),
)

OUTLETS = ("The Harbour Ledger", "Northgate Daily", "The Evening Lantern", "Civic Wire")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TALK_SENTENCES = (
    "Delegations from {a} and {b} met in {city} on {day} for a new round of talks, "
    "with {mediator} acting as mediator.",
    "The {a_adj} side was led by {head_a}, while {head_b} headed the delegation of {b}.",
    "{mediator_person} shuttled between the two rooms for most of the afternoon.",
    "Officials said the talks in {city} focused on {topic} and lasted several hours.",
    "Both sides agreed to meet again next month, according to a statement issued late on {day}.",
    "A diplomat briefed on the negotiations described the atmosphere as tense but constructive.",
    "The round ended without a breakthrough on {topic}, but the envoys promised to report "
    "back to their capitals.",
    "It was the {ordinal} round of negotiations between {a} and {b} this year.",
)

FILLER_SENTENCES = (
    "Markets in the region opened slightly lower as traders waited for more news.",
    "A cold front is expected to bring heavy rain to the coast by the weekend.",
    "The city council approved a new budget for public transport after a long debate.",
    "Farmers said the harvest had been better than feared despite the dry spring.",
    "Local hospitals reported a rise in seasonal flu cases over the past fortnight.",
    "The national football team named three new players for the autumn fixtures.",
    "A museum reopened its east wing after two years of restoration work.",
    "Fuel prices rose for the third week in a row, the transport ministry said.",
    "Commuters faced delays after a signal failure on the main railway line.",
    "The central bank left its key interest rate unchanged at its latest meeting.",
    "Analysts expect exports to recover slowly as demand from abroad picks up.",
    "Volunteers planted several thousand trees along the river over the holiday.",
    "The university announced a new scholarship for students from rural areas.",
    "A strike by port workers was called off after a last-minute pay offer.",
)

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
ADJECTIVES = {
    "Ukraine": "Ukrainian",
    "Russia": "Russian",
    "Iran": "Iranian",
    "the United States": "American",
    "Israel": "Israeli",
    "Hamas": "Hamas",
}


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    summary: str
    published: datetime
    html: bytes
    text: str  # the story alone, as an extractor should find it


def _paragraph(rng: random.Random, sentences: list[str]) -> str:
    return "<p>" + escape(" ".join(sentences)) + "</p>"


def make_page(rng: random.Random, number: int, start: date = date(2025, 3, 3)) -> Page:
    """Article ``number``: a round of one process, on a day drawn from a year of talks."""
    proc = PROCESSES[number % len(PROCESSES)]
    day = start + timedelta(days=rng.randrange(0, 360))
    published = datetime(day.year, day.month, day.day, 18, rng.randrange(60), tzinfo=UTC)
    city = rng.choice(proc.cities)
    fields = {
        "a": proc.sides[0],
        "b": proc.sides[1],
        "a_adj": ADJECTIVES[proc.sides[0]],
        "head_a": proc.heads[0],
        "head_b": proc.heads[1],
        "mediator": proc.mediator,
        "mediator_person": proc.mediator_person,
        "city": city,
        "day": WEEKDAYS[day.weekday()],
        "topic": rng.choice(proc.topics),
        "ordinal": rng.choice(ORDINALS),
    }
    talk = [s.format(**fields) for s in TALK_SENTENCES]
    rng.shuffle(talk)
    body: list[str] = []
    # the lead names the round, the rest mixes talk and filler in paragraphs of 2-5 sentences
    body.append(_paragraph(rng, talk[:2]))
    rest = talk[2:] + rng.sample(FILLER_SENTENCES, rng.randrange(3, len(FILLER_SENTENCES)))
    rng.shuffle(rest)
    while rest:
        size = rng.randrange(2, 6)
        body.append(_paragraph(rng, rest[:size]))
        rest = rest[size:]
    outlet = rng.choice(OUTLETS)
    title = f"{proc.sides[0]} and {proc.sides[1]} hold talks in {city} (report {number})"
    summary = f"Negotiators met in {city} with {proc.mediator} mediating the peace talks."
    html = _layout(rng, outlet, title, published, "".join(body))
    text = "\n".join(unescape(p.removeprefix("<p>").removesuffix("</p>")) for p in body)
    return Page(f"/news/{number}.html", title, summary, published, html.encode("utf-8"), text)


SECTIONS = ("world", "europe", "middle-east", "africa", "business", "sport", "arts", "science")


def _teaser(rng: random.Random, n: int) -> str:
    words = rng.choice(FILLER_SENTENCES).rstrip(".")
    return (
        f'<li class="teaser"><a href="/story/{n}"><img src="/img/{n}.jpg" alt="">'
        f"<span>{escape(words)}</span></a><time>{rng.randrange(1, 59)} min ago</time></li>"
    )


def _layout(rng: random.Random, outlet: str, title: str, published: datetime, body: str) -> str:
    """A news site's chrome around the story: menus, teasers, scripts, a long footer.

    Real pages carry tens of kilobytes of this; the extractor has to wade through it.
    """
    nav = "".join(
        f'<li><a href="/{s}/{k}">{s.title()} {k}</a></li>' for s in SECTIONS for k in range(8)
    )
    teasers = "".join(_teaser(rng, rng.randrange(10**6)) for _ in range(rng.randrange(20, 40)))
    footer = "".join(f'<li><a href="/about/{k}">About us {k}</a></li>' for k in range(40))
    script = "var cfg = {" + ",".join(f'"k{k}": {rng.random():.6f}' for k in range(150)) + "};"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published.isoformat()}">
<style>body {{ font-family: serif; }} .teaser img {{ width: 120px; }}</style>
<script>{script}</script>
</head><body><header><nav class="menu"><ul>{nav}</ul></nav>
<div class="cookie">We use cookies to improve your experience. <button>Accept</button></div>
</header>
<main><article><h1>{escape(title)}</h1><p class="byline">By staff reporters</p>
{body}
</article>
<section class="related"><h2>Related</h2><ul>{teasers}</ul></section></main>
<aside><h2>Most read</h2><ol>{teasers[: len(teasers) // 2]}</ol></aside>
<footer><ul>{footer}</ul><p>Copyright {outlet}. All rights reserved.</p></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>"""


def make_pages(count: int, seed: int = 7, offset: int = 0) -> list[Page]:
    rng = random.Random(seed)
    return [make_page(rng, offset + n) for n in range(count)]


def make_feed(base: str, pages: list[Page]) -> bytes:
    items = "".join(
        f"""<item><title>{escape(p.title)}</title><link>{base}{p.path}</link>
<guid isPermaLink="false">bench{p.path}</guid>
<pubDate>{format_datetime(p.published)}</pubDate>
<description>{escape(p.summary)}</description></item>"""
        for p in pages
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>bench feed</title><link>{base}/</link>
<description>synthetic</description>{items}</channel></rss>""".encode()
