"""Date expressions in one sentence, resolved against the article's publication date.

News text dates events loosely: "17 February", "Jan 23-24", "on Wednesday", "Tuesday's
session", "yesterday", "last month", "a second day of talks". This module finds those
expressions and turns them into calendar dates. It is pure: the publication datetime is
the clock, and nothing here reads the real one.

Every result carries a confidence so that callers can prefer an explicit "17 February"
over a weekday, and a weekday over "earlier this month".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

__all__ = [
    "DateKind",
    "DateSpan",
    "Tense",
    "detect_tense",
    "find_dates",
    "governing_tense",
    "round_start",
]


class DateKind(StrEnum):
    EXPLICIT = "explicit"  # a calendar day named with its month ("17 February", "2026-02-17")
    RELATIVE = "relative"  # a day named relative to publication ("Wednesday", "yesterday")
    ROUGH = "rough"  # a stretch of time ("last month", "in January"): first day given
    ROUND_DAY = "round_day"  # "the second day of talks": a day counted from the round's start


class Tense(StrEnum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """One date expression: its character span in the sentence and what it resolves to.

    ``first`` is None only for ROUND_DAY spans, which count days of the round rather than
    name a calendar day; ``day_of_round`` then holds the count (2 for "a second day").
    ``last`` is the final day of a range ("23-24 January") or a weekend, else None.
    """

    start: int
    end: int
    kind: DateKind
    first: date | None
    last: date | None
    confidence: float
    day_of_round: int | None = None


# --- tense -------------------------------------------------------------------------------

# "were to resume" and "would continue" are futures seen from the past: for dating they
# point forward from the moment of speaking, which in news is the publication day or just
# before it.
_FUTURE_CUES = re.compile(
    # Not "would have followed", a past that did not come about.
    r"\b(?:will|won['’]t|shall|would(?!\s+(?:not\s+)?have\b)|going\s+to|(?:is|are|was|were)\s+(?:set|due|expected|"
    r"scheduled|slated|poised|planned|likely|about)\s+to|(?:is|are|was|were)\s+to\s+\w+|"
    # "Zelensky is due in Ankara on Wednesday": a traveller expected at a place.
    r"(?:is|are)\s+(?:due|expected)\s+(?:back\s+)?(?:in|at)\s+(?=(?-i:[A-Z]))|"
    # "plans to meet", not "a plan to end the war": the noun names no time.
    r"(?<!\ba\s)(?<!\bthe\s)(?<!['’]s\s)plans?\s+to|planning\s+to|intends?\s+to|upcoming|forthcoming|next|tomorrow|"
    # Headlines that preview: "what to expect when the two leaders meet".
    r"scheduled\s+for|what\s+to\s+(?:expect|watch)|"
    # "Fifth round of talks set for Rome": a sitting set for a place (not "a truce set for 3
    # February", whose day may be behind).
    r"(?:set|slated)\s+for\s+(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?=(?-i:[A-Z]))|"
    # "agreed to a truce, to be followed by talks on 18 April": what is planned after it.
    r"to\s+be\s+followed\s+by|"
    # A headline's or live entry's infinitive: "Talks to resume Thursday", "negotiations to
    # continue tomorrow" (the talks opening it; not "agreed for talks to continue").
    r"(?<!\w\s)(?<!\w)(?:talks|negotiations|discussions|consultations)\s+to\s+(?:resume|continue|reconvene|"
    r"go\s+on)|"
    # "has been pushed back to Wednesday and Thursday": the weekday a sitting moved to is
    # still ahead (a day "moved to" may be one gone by only if told as a date).
    r"(?:pushed\s+back|postponed|put\s+off|delayed|moved|brought\s+forward|rescheduled|"
    r"deferred)\s+(?:to|until|till|for)\s+(?=(?:next\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)|"
    # "are expected in Washington in the coming days": awaited at a place, soon.
    r"(?:is|are)\s+expected\s+(?:in|at)|in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks))\b|['’]ll\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|held|met|ended|concluded|finished|wrapped\s+up|took\s+place|"
    r"yesterday|last|ago|earlier|previous|previously|began|started|opened|resumed|"
    r"lasted|failed|agreed|discussed|took|went|said|told|described|received|hosted|spent|"
    # Comings and goings of delegations: "arrived on Thursday" is the Thursday gone by.
    r"arrived|flew|travell?ed|returned|landed|left|departed|visited|announced)\b",
    re.IGNORECASE,
)


def detect_tense(text: str) -> Tense:
    """The time a clause speaks of, from auxiliary verbs and adverbs.

    Future cues win over past ones because reported speech wraps futures in past verbs
    ("said talks would resume on Thursday").
    """
    if _FUTURE_CUES.search(text):
        return Tense.FUTURE
    if _PAST_CUES.search(text):
        return Tense.PAST
    return Tense.UNKNOWN


# Verbs that tell of talks as an event that happened (reporting verbs such as "said" are
# left out: they wrap futures as often as pasts).
_EVENT_PAST = re.compile(
    r"\b(?:held|met|ended|concluded|finished|wrapped\s+up|took\s+place|began|started|"
    r"opened|resumed|lasted|sat\s+down|signed|hosted|convened)\b",
    re.IGNORECASE,
)


def governing_tense(text: str, *, reported: bool = True) -> Tense:
    """The tense of whichever comes first: a verb of a held event or a future cue.

    "Negotiators held a round and agreed that experts would meet" is past;
    "they will meet after talks held in Rome" is future. Without either: ``detect_tense``
    if ``reported`` (reporting verbs and adverbs count), else UNKNOWN.
    """
    future = _FUTURE_CUES.search(text)
    past = _EVENT_PAST.search(text)
    if future is not None and (past is None or future.start() < past.start()):
        return Tense.FUTURE
    if past is not None:
        return Tense.PAST
    return detect_tense(text) if reported else Tense.UNKNOWN


# Clause boundaries for finding the verb that governs a date: a date's own clause speaks
# for it better than the sentence ("after talks ended on Monday, they will meet Friday").
_CLAUSE_BREAK = re.compile(r"[;:,—–]|\b(?:but|while|after|before|although|though|whereas)\b")


# "The truce was due to take hold on Monday", "a summit that was to bring them together on
# 15 December": an expectation told in the past may be one already met (or undone), so it
# does not say on which side of the publication day the day falls.
_PAST_EXPECTATION = re.compile(
    r"\b(?:was|were)\s+(?:(?:set|due|expected|scheduled|slated)\s+)?to\b|"
    # "A sixth round was set for Muscat on 15 June": a sitting planned, told in the past.
    r"\b(?:was|were|had\s+been)\s+(?:set|scheduled|slated|planned)\s+for\b",
    re.IGNORECASE,
)
# "..., but it never took place": the plan told was undone, so its day has gone by.
_UNDONE = re.compile(
    r"\b(?:never\s+(?:took\s+place|happened|went\s+ahead|met|convened)|"
    r"did\s+not\s+(?:take\s+place|happen|go\s+ahead)|didn['’]t\s+(?:take\s+place|happen|"
    r"go\s+ahead)|(?:was|were)\s+(?:called\s+off|cancelled|canceled|scrapped))\b",
    re.IGNORECASE,
)


# "It will crown a process that began on 27 June": a relative clause telling a held event
# has the tense of its own verb, whatever the clause it hangs on says of the future.
_PAST_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+)?(?:[\w'’-]+\s+){0,2}?(?:held|met|ended|concluded|"
    r"finished|began|started|opened|resumed|lasted|signed|hosted|convened)\b",
    re.IGNORECASE,
)
# "would take account of the agreement signed in Washington on 27 June": a participle after
# the thing done is a relative clause too, of a deed already done.
_PAST_PARTICIPLE = re.compile(
    r"\b(?:agreement|deal|accord|declaration|treaty|truce|ceasefire|talks|meeting|round|"
    r"summit|session)s?\s+(?:signed|reached|struck|held|concluded|initialled|initialed)\b",
    re.IGNORECASE,
)


def _clause_tense(sentence: str, pos: int) -> Tense:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, pos)]
    begin = breaks[-1] if breaks else 0
    nxt = _CLAUSE_BREAK.search(sentence, pos)
    end = nxt.start() if nxt else len(sentence)
    clause = sentence[begin:end]
    relatives = list(_PAST_RELATIVE.finditer(sentence, begin, pos))
    if relatives and detect_tense(sentence[relatives[-1].start() : end]) is Tense.PAST:
        # only a relative clause of its own past: in "talks that began on Monday will end
        # on Friday" the clause runs on into the future
        return Tense.PAST
    participles = list(_PAST_PARTICIPLE.finditer(sentence, begin, pos))
    if participles and not _FUTURE_CUES.search(sentence, participles[-1].start(), pos):
        return Tense.PAST
    tense = detect_tense(clause)
    if tense is Tense.FUTURE and all(
        _PAST_EXPECTATION.match(clause, cue.start())
        or _PAST_EXPECTATION.search(clause[: cue.end()][-30:])
        for cue in _FUTURE_CUES.finditer(clause)
    ):
        return Tense.PAST if _UNDONE.search(sentence, pos) else Tense.UNKNOWN
    if tense is not Tense.UNKNOWN:
        return tense
    # A date in a clause of its own ("Those talks, from 9 to 13 April, ended ..., but both
    # sides said they would meet again") hangs on the verb of the event, which comes first;
    # a later "would" is what was said of the future. Without either, the sentence's cues.
    return governing_tense(sentence)


# The day something agreed is to start: "from midnight on", "effective from", "as of".
_FROM_ON = re.compile(
    r"\b(?:from\s+midnight(?:\s+on)?|effective\s+(?:from|on)|starting\s+(?:from|on)|"
    r"as\s+of)\s+$",
    re.IGNORECASE,
)

# "The committee agreed to meet again on 19 December", "decided to resume the talks on 3
# May", "had been due to take place in Rome on Saturday": the day of a sitting planned,
# which a past verb does not put behind the reader; the nearer candidate day decides, as
# for "from midnight on".
PLANNED_ON = re.compile(
    r"\bto\s+(?:meet|convene|reconvene|resume|gather|sit\s+down|hold|take\s+place|be\s+held)\b"
    r"(?:\s+[\w'’-]+){0,5}?"
    r"\s+(?:on|from|for)\s+$|"
    # "agreed to begin talks on a final deal no later than August 8 and to sign it by August
    # 18": a deadline set, which may be ahead of the day it was set.
    r"\b(?:to|are\s+to|is\s+to|would)\s+(?:begin|start|open|conclude|finish|sign|complete|"
    r"finali[sz]e|reach)\b(?:\s+[\w'’-]+){0,6}?\s+(?:no\s+later\s+than|by|before|until)\s+$",
    re.IGNORECASE,
)


# --- vocabulary -------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_FULL_MONTHS = [name for name in _MONTHS if len(name) > 4 or name in ("may", "june", "july")]
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "one": 1,
    "second": 2,
    "2nd": 2,
    "two": 2,
    "third": 3,
    "3rd": 3,
    "three": 3,
    "fourth": 4,
    "4th": 4,
    "four": 4,
    "fifth": 5,
    "5th": 5,
    "five": 5,
}

# Longest names first so that "September" is not read as "Sep" + "tember".
_M = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_FULL_M = r"(?:" + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True)) + r")\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b"
_RANGE = r"\s*(?:-|–|—|to|and|&|until|through|thru)\s*"
# "16 May and 2 June": two days, each with its month, joined by "and" are a list of days
# (the dates of two rounds), not a span; only the other joiners make a span across months.
_SPAN = r"\s*(?:-|–|—|to|until|through|thru)\s*"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
_F = re.IGNORECASE

# A year named relative to publication right after a day: "28 January last year".
_NAMED_YEAR = re.compile(r",?\s+(?:of\s+)?(?P<w>last|this|next)\s+year\b", _F)
_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}

_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
# "the March 23 Movement" (M23) is a rebel group's name, not a day.
_MONTH_FIRST = re.compile(
    rf"\b(?P<m1>{_M})\s*(?P<d1>{_DAY})(?!\s+Movement\b)(?:{_SPAN}(?P<m2>{_M})\s*(?P<d2>{_DAY})|"
    rf"{_RANGE}(?P<d3>{_DAY}))?{_YEAR}",
    _F,
)
_DAY_FIRST = re.compile(
    rf"\b(?P<d1>{_DAY})(?:\s+(?:of\s+)?(?P<m1>{_M}){_SPAN}(?P<d2>{_DAY})|"
    rf"{_RANGE}(?P<d3>{_DAY}))?\s*(?:of\s+)?(?P<m2>{_M}){_YEAR}",
    _F,
)
MONTH_YEAR = re.compile(rf"\b(?P<m>{_M})\s+(?P<y>(?:19|20)\d\d)\b", _F)
# The word a day is written with, a month's or a weekday's, for cues read around dates.
DAY_WORD = rf"(?:{_M}|(?:{'|'.join(_WEEKDAYS)})\b)"
_IN_MONTH = re.compile(
    rf"\b(?:in|since|during|until|by|early|late|mid-?|last|this|next|from)\s+"
    rf"(?:early\s+|late\s+|mid-?)?(?P<m>{_FULL_M})(?!\s*\d)",
    _F,
)
# "held on the 2nd of this month", "the 16th of last month": translated wire copy names a
# day by its month relative to publication.
_DAY_OF_NAMED_MONTH = re.compile(
    r"\bthe\s+(?P<d>\d{1,2}(?:st|nd|rd|th)|\d{1,2})\s+of\s+(?P<w>this|last|next|the\s+current|the\s+"
    r"previous|the\s+past|the\s+coming)\s+month\b",
    _F,
)
# "The negotiations opened on the 11th": a day of the month without its month is the
# publication's month, or the month before or after as the tense says. Only after "on",
# "since" or "until" and before a clause goes on, not "the 5th round", "the 11th floor".
_BARE_DAY = re.compile(
    r"\b(?:on|since|until|till|from|by)\s+the\s+(?P<d>\d{1,2}(?:st|nd|rd|th))\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|at|with|when|after|before|to|until|but|as|"
    r"under|between|for)\b)",
    _F,
)
_MONTH_OFFSETS = {
    "this": 0,
    "the current": 0,
    "last": -1,
    "the previous": -1,
    "the past": -1,
    "next": 1,
    "the coming": 1,
}
_WEEKDAY = re.compile(
    r"(?:\b(?P<mod>last|next|this|coming|past)\s+)?\b(?P<wd>"
    + "|".join(_WEEKDAYS)
    + r")\b(?P<poss>['’]s)?"
    # "Friday of next week", "on Monday last week": the day in the week named.
    r"(?:,?\s+(?:of\s+)?(?P<week>next|last|this|the\s+coming|the\s+following)\s+week\b)?",
    _F,
)
_DEICTIC = re.compile(
    r"\b(?P<w>today|tonight|yesterday|tomorrow|last\s+night|this\s+morning|"
    r"this\s+evening|this\s+afternoon)\b",
    _F,
)
_ROUGH = re.compile(
    r"\b(?P<w>last\s+weekend|this\s+weekend|over\s+the\s+weekend|next\s+weekend|"
    r"earlier\s+this\s+month|later\s+this\s+month|this\s+month|last\s+month|next\s+month|"
    r"earlier\s+this\s+week|later\s+this\s+week|this\s+week|last\s+week|next\s+week)\b",
    _F,
)
_ROUND_DAY = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+"
    r"(?:straight\s+|consecutive\s+|full\s+)?day\b|\bday\s+(?P<num>one|two|three|four|five|[1-5])\b"
    r"(?!\s*(?:-|–)?\s*\d)",
    _F,
)


def _capitalised(token: str) -> bool:
    # "may" and "march" are also verbs: a month or weekday must be written with a capital.
    return token[:1].isupper()


# --- resolution helpers -----------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_TENSE_SLACK = 14  # days


def _year_for(month: int, day: int, ref: date, tense: Tense) -> int:
    """The year of a day named without one, as the publication date and tense suggest.

    Past context: a day well after publication is last year's. Future: a day well before
    it is next year's. A day within ``_TENSE_SLACK`` of publication stays in its year
    whatever the tense says: tense cues err more often than outlets date talks a year off.
    Otherwise the candidate nearest to publication wins.
    """
    this_year = _safe_date(ref.year, month, min(day, 28))
    if tense is Tense.PAST and this_year is not None:
        return ref.year - 1 if (this_year - ref).days > _TENSE_SLACK else ref.year
    if tense is Tense.FUTURE and this_year is not None:
        return ref.year + 1 if (ref - this_year).days > _TENSE_SLACK else ref.year
    best = ref.year
    best_gap: int | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        # Feb 29 exists only in some years; day 28 keeps the comparison well defined.
        candidate = _safe_date(year, month, min(day, 28))
        if candidate is None:
            continue
        gap = abs((candidate - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _month_of(token: str | None) -> int | None:
    if token is None:
        return None
    return _MONTHS.get(token.rstrip(".").lower())


_NON_DIGITS = re.compile(r"\D")


def _day_of(token: str | None) -> int | None:
    if token is None:
        return None
    return int(_NON_DIGITS.sub("", token))  # drops the "st"/"nd"/"th" of "17th"


def _shift_month(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


# --- the finders ------------------------------------------------------------------------

_Finder = Callable[[re.Match[str], "date | None", Tense], "DateSpan | None"]


# "Sunday, June 15" / "Sunday 15 June": a weekday written just before the day.
_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")\s*,?\s*$", _F)


def _weekday_year(match: re.Match[str], month: int, day: int, ref: date) -> int | None:
    """The year, next to publication, in which the day falls on the weekday written before it.

    A weekday fits one year in seven, so "was set for Sunday, June 15" in an article of
    February 2026 is June 2025 whatever the tense cues say; None when no weekday is written
    or when none or several of the candidate years fit.
    """
    found = _WEEKDAY_BEFORE.search(match.string, max(0, match.start() - 12), match.start())
    if found is None or not _capitalised(found["wd"]):
        return None
    weekday = _WEEKDAYS.index(found["wd"].lower())
    years = [
        year
        for year in (ref.year - 1, ref.year, ref.year + 1)
        if (candidate := _safe_date(year, month, day)) is not None
        and candidate.weekday() == weekday
    ]
    return years[0] if len(years) == 1 else None


def _explicit(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    groups = match.groupdict()
    m1 = _month_of(groups.get("m1"))
    m2 = _month_of(groups.get("m2"))
    for name in ("m1", "m2"):
        token = groups.get(name)
        if token is not None and not _capitalised(token):
            return None
    d1 = _day_of(groups.get("d1"))
    d2 = _day_of(groups.get("d2") or groups.get("d3"))
    if d1 is None:
        return None
    first_month = m1 if m1 is not None else m2
    last_month = m2 if m2 is not None else m1
    if first_month is None or last_month is None:
        return None
    year_token = groups.get("y")
    named = _NAMED_YEAR.match(match.string, match.end())
    if year_token is not None:
        year = int(year_token)
        confidence = 0.95
    elif ref is not None and named is not None:
        # "on 28 January last year": the year is told in words, counted from publication.
        year = ref.year + _YEAR_OFFSETS[named["w"].lower()]
        confidence = 0.95
    elif ref is not None:
        # of a range ("Tuesday and Wednesday, February 17-18") the weekday may be the last day's
        weekday_year = None if d2 is not None else _weekday_year(match, first_month, d1, ref)
        year = weekday_year or _year_for(first_month, d1, ref, tense)
        confidence = 0.9
    else:
        return None
    first = _safe_date(year, first_month, d1)
    if first is None:
        return None
    last: date | None = None
    if d2 is not None:
        # "31 December - 2 January" crosses the year boundary.
        last_year = year + 1 if last_month < first_month else year
        last = _safe_date(last_year, last_month, d2)
        if last is None or last <= first or (last - first).days > 31:
            # Not a range of days: "5 and 17 February" or a score; keep the first day only.
            last = None
    return DateSpan(match.start(), match.end(), DateKind.EXPLICIT, first, last, confidence)


def _iso(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    day = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    return DateSpan(match.start(), match.end(), DateKind.EXPLICIT, day, None, 0.95)


def _month_year(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    month = _month_of(match["m"])
    if month is None or not _capitalised(match["m"]):
        return None
    first = date(int(match["y"]), month, 1)
    return DateSpan(match.start(), match.end(), DateKind.ROUGH, first, None, 0.3)


def _day_of_named_month(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    day = _day_of(match["d"])
    if ref is None or day is None:
        return None
    month = _shift_month(ref.replace(day=1), _MONTH_OFFSETS[" ".join(match["w"].lower().split())])
    found = _safe_date(month.year, month.month, day)
    if found is None:
        return None
    return DateSpan(match.start(), match.end(), DateKind.EXPLICIT, found, None, 0.9)


def _bare_day(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    day = _day_of(match["d"])
    if ref is None or day is None:
        return None
    month = ref.replace(day=1)
    if day > ref.day and tense is Tense.PAST:
        month = _shift_month(month, -1)
    elif day < ref.day and tense is Tense.FUTURE:
        month = _shift_month(month, 1)
    found = _safe_date(month.year, month.month, day)
    if found is None:
        return None
    start = match.start() + match.group(0).lower().index("the")
    return DateSpan(start, match.end(), DateKind.RELATIVE, found, None, 0.8)


def _in_month(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    month = _month_of(match["m"])
    if month is None or ref is None or not _capitalised(match["m"]):
        return None
    text = match.group(0).lower()
    # "has mediated the talks since April": what has gone on since began in the past.
    if text.startswith(("last", "since")):
        tense = Tense.PAST
    elif text.startswith("next"):
        tense = Tense.FUTURE
    first = date(_year_for(month, 1, ref, tense), month, 1)
    return DateSpan(match.start(), match.end(), DateKind.ROUGH, first, None, 0.3)


def _weekday(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    if ref is None or not _capitalised(match["wd"]):
        return None
    target = _WEEKDAYS.index(match["wd"].lower())
    back = (ref.weekday() - target) % 7  # days back to the latest such day, 0 if today
    ahead = (target - ref.weekday()) % 7
    modifier = (match["mod"] or "").lower()
    confidence = 0.8
    week = " ".join((match["week"] or "").lower().split())
    if week and week != "last":
        # Weeks run from Monday: the day of this week or the next. ("Monday of last week"
        # is read as "last Monday": outlets use it for the Monday just gone as often as
        # for the one before.)
        shift = 0 if week == "this" else 7
        day = ref - timedelta(days=ref.weekday()) + timedelta(days=target + shift)
        return DateSpan(match.start(), match.end(), DateKind.RELATIVE, day, None, confidence)
    if modifier in ("last", "past") or week == "last":
        offset = -(back or 7)
    elif modifier == "next":
        offset = ahead or 7
    elif modifier in ("this", "coming"):
        offset = ahead if tense is Tense.FUTURE or modifier == "coming" else -back
    elif tense is Tense.PAST:
        offset = -back
    elif tense is Tense.FUTURE:
        offset = ahead
    else:
        # No verb to go by: the nearer of the two candidates.
        offset = -back if back <= ahead else ahead
        confidence = 0.7
    day = ref + timedelta(days=offset)
    return DateSpan(match.start(), match.end(), DateKind.RELATIVE, day, None, confidence)


_DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}


def _deictic(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    if ref is None:
        return None
    word = " ".join(match["w"].lower().split())
    offset = _DEICTIC_OFFSETS.get(word, 0)
    # "this morning" dates something within a day of events more often than a start.
    confidence = 0.8 if word in _DEICTIC_OFFSETS and word != "last night" else 0.5
    day = ref + timedelta(days=offset)
    return DateSpan(match.start(), match.end(), DateKind.RELATIVE, day, None, confidence)


def _weekend(ref: date, which: str) -> tuple[date, date]:
    # The weekend that has most recently begun, or this coming one if it is a weekday.
    saturday_back = (ref.weekday() - 5) % 7
    current = ref - timedelta(days=saturday_back)
    if which == "last":
        start = current - timedelta(days=7) if ref.weekday() >= 5 else current
    elif which == "next":
        start = current + timedelta(days=7)
    else:  # "this weekend" / "over the weekend": the current or the coming one
        start = current if ref.weekday() >= 5 else current + timedelta(days=7)
    return start, start + timedelta(days=1)


def _rough(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    if ref is None:
        return None
    words = " ".join(match["w"].lower().split())
    last: date | None = None
    confidence = 0.3
    monday = ref - timedelta(days=ref.weekday())
    if words.endswith("weekend"):
        which = words.split()[0]
        if which == "over":
            # "over the weekend" in a past sentence is the one just gone.
            which = "last" if tense is not Tense.FUTURE else "this"
        first, last = _weekend(ref, which)
        confidence = 0.5
    elif words == "last month":
        first = _shift_month(ref, -1)
    elif words == "next month":
        first = _shift_month(ref, 1)
    elif words.endswith("month"):
        first = ref.replace(day=1)
    elif words == "last week":
        first = monday - timedelta(days=7)
    elif words == "next week":
        first = monday + timedelta(days=7)
        confidence = 0.4
    else:  # this week, earlier/later this week
        first = monday
    return DateSpan(match.start(), match.end(), DateKind.ROUGH, first, last, confidence)


def _round_day(match: re.Match[str], ref: date | None, tense: Tense) -> DateSpan | None:
    token = (match["ord"] or match["num"] or "").lower()
    count = _ORDINALS.get(token) or (int(token) if token.isdigit() else None)
    if count is None:
        return None
    return DateSpan(match.start(), match.end(), DateKind.ROUND_DAY, None, None, 0.6, count)


_FINDERS: tuple[tuple[re.Pattern[str], _Finder], ...] = (
    (_ISO, _iso),
    (_MONTH_FIRST, _explicit),
    (_DAY_FIRST, _explicit),
    (MONTH_YEAR, _month_year),
    (_DAY_OF_NAMED_MONTH, _day_of_named_month),
    (_BARE_DAY, _bare_day),
    (_IN_MONTH, _in_month),
    (_WEEKDAY, _weekday),
    (_DEICTIC, _deictic),
    (_ROUGH, _rough),
    (_ROUND_DAY, _round_day),
)

_RANK = {DateKind.EXPLICIT: 0, DateKind.RELATIVE: 1, DateKind.ROUND_DAY: 2, DateKind.ROUGH: 3}


# After a weekday's possessive ("Monday's"), its sitting told in the present: "... session
# is", "... talks are".
_SITTING_IS = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:session|meeting|round|talks|sitting)\s+(?:is|are)\b", re.IGNORECASE
)


def find_dates(
    sentence: str, published: datetime | date | None, tense: Tense | None = None
) -> list[DateSpan]:
    """Every date expression of ``sentence``, in text order, without overlaps.

    ``published`` anchors relative expressions and years; without it only dates that
    carry their own year (and ROUND_DAY counts) are returned. ``tense`` overrides the
    tense read from the clause around each date.
    """
    ref = published.date() if isinstance(published, datetime) else published
    found: list[DateSpan] = []
    for pattern, finder in _FINDERS:
        for match in pattern.finditer(sentence):
            clause = tense if tense is not None else _clause_tense(sentence, match.start())
            before = sentence[max(0, match.start() - 40) : match.start()]
            if clause is Tense.PAST and (
                _FROM_ON.search(before) or PLANNED_ON.search(sentence[: match.start()][-60:])
            ):
                # "agreed to a truce from midnight on 10 April": a past agreement on a
                # day that may be ahead; the nearer candidate year decides.
                clause = Tense.UNKNOWN
            if (
                tense is None
                and match.group(0).endswith(("'s", "’s"))
                and _SITTING_IS.match(sentence, match.end())
            ):
                # "Monday's session is the latest stop in a history that began in 2022": the
                # sitting's own verb is in the present; the nearer Monday is meant.
                clause = Tense.UNKNOWN
            try:
                span = finder(match, ref, clause)
            except (OverflowError, ValueError):
                # Day arithmetic beyond year 1 or 9999: such a date cannot be in the news.
                continue
            if span is not None:
                found.append(span)
    # Where expressions overlap keep the most precise, then the longest one.
    found.sort(key=lambda s: (_RANK[s.kind], -(s.end - s.start), s.start))
    kept: list[DateSpan] = []
    for span in found:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    kept.sort(key=lambda s: s.start)
    return _counted_from(sentence, _drop_redundant_weekdays(sentence, kept))


# "struck on 13 June, two days before a sixth round was to be held": a day counted from
# the day just named.
_COUNTED = re.compile(
    r"\s*[,;]?\s*(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>before|after|later|earlier)\b",
    _F,
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "began in Muscat on 12 April and moved to Rome a week later": further on in the clause,
# a sitting counted on from the day a sitting was held "on" (not a truce set "for 10 April").
_HELD_ON = re.compile(r"\bon\s*$", _F)
_LATER_ON = re.compile(
    r"[^.;:()]{1,60}?\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>later)\b",
    _F,
)


def _counted_from(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    result: list[DateSpan] = []
    for index, span in enumerate(spans):
        result.append(span)
        found = _COUNTED.match(sentence, span.end)
        if found is None and _HELD_ON.search(sentence, max(0, span.start - 6), span.start):
            found = _LATER_ON.match(sentence, span.end)
        following = spans[index + 1] if index + 1 < len(spans) else None
        if (
            found is None
            or span.kind is not DateKind.EXPLICIT
            or span.first is None
            or (following is not None and following.start < found.end())
        ):
            continue
        n = _COUNTS.get(found["n"].lower()) or int(found["n"])
        days = n * (7 if found["unit"].lower().startswith("week") else 1)
        # The day named is "two days before" the event told next, which is two days on.
        sign = 1 if found["dir"].lower() in ("before", "later") else -1
        day = span.first + timedelta(days=sign * days)
        # Placed after the counting words, in the clause of the event they date.
        result.append(
            DateSpan(found.end(), found.end(), DateKind.EXPLICIT, day, None, span.confidence)
        )
    return result


def _drop_redundant_weekdays(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    # "Wednesday, 18 February": the weekday only restates the explicit date after it.
    result: list[DateSpan] = []
    for index, span in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        if (
            span.kind is DateKind.RELATIVE
            and following is not None
            and following.kind is DateKind.EXPLICIT
            and sentence[span.end : following.start].strip(" ,") == ""
        ):
            continue
        result.append(span)
    return result


def round_start(
    spans: Sequence[DateSpan], published: datetime | date | None
) -> tuple[date, float] | None:
    """The first day of the round a sentence speaks of, with a confidence.

    An explicit or relative date is taken as the start unless a "second day" expression
    says the date is a later day of the round, in which case the start is that many days
    earlier. A bare "second day" in a report counts back from the publication day.
    """
    day_count = next((s.day_of_round for s in spans if s.kind is DateKind.ROUND_DAY), None)
    dated = [s for s in spans if s.first is not None and s.kind is not DateKind.ROUGH]
    if dated:
        best = max(dated, key=lambda s: s.confidence)
        assert best.first is not None  # filtered above; narrows the type for mypy
        if day_count is not None and day_count > 1 and best.first.toordinal() >= day_count:
            return best.first - timedelta(days=day_count - 1), min(best.confidence, 0.7)
        return best.first, best.confidence
    if day_count is not None and day_count > 1 and published is not None:
        ref = published.date() if isinstance(published, datetime) else published
        if ref.toordinal() < day_count:
            return None
        return ref - timedelta(days=day_count - 1), 0.5
    rough = [s for s in spans if s.first is not None]
    if rough:
        first = rough[0].first
        assert first is not None
        return first, rough[0].confidence
    return None
