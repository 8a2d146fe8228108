"""Read the negotiation rounds one article speaks of: ``extract_mentions``.

How it reads an article:

1. ``sentences`` cuts the text into sentences and drops page furniture.
2. Each sentence is matched once against the knowledge base (``kb.find``) and cut into
   clauses. Every clause gets a conflict: its own evidence (conflict keywords, parties,
   people's affiliations) or, without any, its neighbour's. A sentence of a Ukraine
   article that mentions talks "with Iranian representatives, mediated by Oman" thus
   files those words under the Iran talks, not under Ukraine.
3. A sentence speaks of a round only with negotiation vocabulary ("talks", "round",
   "negotiators"...). Claims are read from it with explicit patterns: venue syntax ("in
   Geneva", "the Geneva round"), mediation ("US-mediated", "mediated by Oman"), delegation
   roles ("led by X", "X, Ukraine's lead negotiator"), vocabulary labels and dates.
   Clauses that are hypothetical ("could meet"), negated ("no talks are planned") or about
   phone calls contribute nothing.
4. Each (sentence, conflict) piece is classified: a back-reference to an earlier round
   ("two previous rounds in Abu Dhabi"), an announcement of a later one ("will resume in
   Abu Dhabi on 1 February") or part of the round the article reports. Pieces are grouped
   into mentions: one REPORT for the article's main round, one per back-referenced or
   announced venue/date, one per other conflict.

Every function here is pure and linear in the text; nothing raises on odd input.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from negotrack.knowledge import KnowledgeBase, Match
from negotrack.knowledge.model import Conflict
from negotrack.rounds.dates import (
    DateKind,
    DateSpan,
    Tense,
    detect_tense,
    find_dates,
    governing_tense,
    round_start,
)
from negotrack.rounds.model import Claim, Field, MentionKind, RoundMention
from negotrack.rounds.sentences import Sentence, article_sentences

__all__ = ["extract_mentions"]

_I = re.IGNORECASE

# --- vocabulary of rounds ------------------------------------------------------------------

# Strong triggers name negotiations outright; weak ones ("meeting", "met") also describe
# summits of allies and need both sides present to count.
_STRONG_TRIGGER = re.compile(
    r"\b(?:talks|negotiations?|negotiat(?:ors?|ing\s+teams?)|peace\s+process|"
    # "negotiating" as the verb of people at work, not as a topic ("negotiating with the
    # US is not wise").
    r"(?:spent|were|was|are|is|been|began|started|continued|kept|hours|days)\s+"
    r"(?:[\w'’-]+\s+){0,3}?negotiating|"
    r"rounds?\s+of|(?:first|second|third|fourth|fifth|sixth|new|next|another|latest|"
    r"previous|last)\s+round|(?<![-\w])round(?![-\w])|delegations?|discussions|consultations|"
    r"envoys\s+met|sat\s+down|sign(?:ed|s)?\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}(?:agreement|"
    r"deal|declaration|accord|framework)|signing\s+ceremony)\b",
    _I,
)
_WEAK_TRIGGER = re.compile(r"\b(?:meetings?|met|meet|session|sessions|summit|gathering)\b", _I)
_TRIGGER_WORD = re.compile(
    r"^\s*[-–]?\s*(?:peace\s+|nuclear\s+|ceasefire\s+|direct\s+|indirect\s+)?"
    r"(?:talks|negotiations|round|rounds|meeting|meetings|session|summit|discussions|"
    r"consultations|process|format|track)\b",
    _I,
)

_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|proposed|proposes?|proposal|suggest(?:ed|s)?|if|whether|"
    # "a possible pause in attacks" is what the talks are about, not a doubt about them.
    r"(?<!\ba\s)(?<!\bthe\s)(?:possible|potential)|possibly|would\s+be\s+(?:willing|ready|open)|offered\s+to\s+host|"
    r"(?:ready|prepared)\s+to|open\s+to\s+talks|willing\s+to|hopes?\s+to|hoped|consider(?:ing|s|ed)?|unless|"
    r"calls?\s+for|called\s+for|urged?|idea\s+of|offers?|offered)\b",
)
_NEGATED = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}(?:talks|negotiations|meetings?|rounds?|plans?|date)\b|"
    r"\bnot\s+(?:be\s+)?(?:planned|scheduled|held|attend|take\s+part|participate|invited)\b|"
    r"\b(?:won['’]t|will\s+not|did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|"
    r"refused\s+to|declined\s+to)\s+(?:\w+\s+)?(?:attend|take\s+part|participate|travel|"
    r"meet|hold|join|send)\b|\bruled\s+out\b|\bdenied\b|\bwithout\s+(?:the\s+)?(?:participation|"
    r"involvement)\b",
    _I,
)
_PHONE = re.compile(
    r"\b(?:phone|telephone|video\s*(?:call|link|conference)|call\s+with|spoke\s+by|"
    r"in\s+a\s+call|calls?\s+between)\b",
    _I,
)
# Verbs that report a round as having taken place.
_REALIS = re.compile(
    r"\b(?:held|met|hosted|took\s+place|ended|concluded|began|opened|wrapped\s+up|signed|"
    r"sat\s+down)\b",
    _I,
)
_DATELINE_PREFIX = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)]{0,30}\))?\s*(?:,\s*[^-–—,]{1,25})?\s*[-–—]\s"
)
# A round that a piece of news comes before: "strikes on the eve of Istanbul talks".
_AHEAD_OF = re.compile(
    r"\b(?:on\s+(?:the\s+)?eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:talks|round|meeting|negotiations|summit)\b",
    _I,
)
_DATELINE_END = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:,|[-–—])")
_NOT_NEGOTIATION = re.compile(
    r"\b(?:match|playoff|tournament|league|festival|football|championship|motor\s+show|"
    r"film|concert|olympic)\b",
    _I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:previous|earlier|prior|past|preceding|former)\s+(?:\w+\s+){0,3}"
    r"(?:rounds?|talks|meetings?|sessions?|negotiations?|discussions)\b|"
    r"\b(?:rounds?|talks|meetings?|negotiations?)\s+(?:\w+\s+){0,4}(?:last|earlier\s+this)\s+"
    r"(?:month|week|year|weekend)\b|\b(?:\w+\s+)?(?:weeks?|months?|years?|days?)\s+ago\b|"
    r"\blast\s+(?:month|year)\b|\bin\s+(?:19|20)\d\d\b",
    _I,
)
# Words that open the part of a clause recalling an earlier round.
_BACK_REFERENCE_LEAD = re.compile(
    r"\b(?:and|which|after|following|followed|than|like|as\s+(?:in|at)|since)\b", _I
)
# Talks of the same conflict that the article sets apart from its round: "Iran's separate
# talks with the United States", "a parallel track". They are another round, never this one.
_SEPARATE = re.compile(
    r"\b(?:separate|parallel|distinct|other)\s+(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations|"
    r"track|channel|process|discussions|dialogue)\b",
    _I,
)
_YEARS_BACK = re.compile(
    r"\blast\s+year\b|\bin\s+(?:19|20)\d\d\b|\byears?\s+(?:ago|earlier|before)\b", _I
)
_NEW_ROUND = re.compile(
    r"\b(?:next|new|another|further|fresh|upcoming|following)\s+(?:\w+\s+)?"
    r"(?:round|talks|meeting|session)\b",
    _I,
)
# A round said to open on the day of publication may still be going on.
_OPENING = re.compile(
    r"\b(?:began|begin|begins|opened|opens|started|starts|kicked\s+off|got\s+under\s*way|"
    r"first\s+day|continu\w*|resum\w*)\b",
    _I,
)
# The verb a date hangs on: "ended on Thursday" dates the last day of a round, "which opened
# on Wednesday" its first.
_ENDED_ON = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed|finished|broke\s+up)\b[^.;:]{0,80}$", _I
)
_OPENED_ON = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|got\s+under\s*way)\s+(?:[\w'’-]+\s+){0,3}?$", _I
)
_CONTINUATION = re.compile(
    r"\b(?:continu\w*|resum\w*|second\s+day|third\s+day|another\s+day|day\s+two|"
    r"tomorrow|again|reconvene\w*)\b",
    _I,
)
_STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "cancelled",
        re.compile(
            r"\b(?:called\s+off|cancel(?:l)?ed|scrapped|suspended|abandoned|"
            r"(?:will|would)\s+not\s+(?:take\s+place|go\s+ahead|happen)|"
            r"won['’]t\s+(?:take\s+place|go\s+ahead|happen))\b",
            _I,
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"\b(?:enter(?:s|ed|ing)?\s+(?:a|its|their|the)?\s*(?:second|third)\s+day|"
            r"(?:moved|moving|went)\s+into\s+(?:a|its|their|the)?\s*(?:second|third)\s+day|"
            r"under\s*way|are\s+being\s+held|is\s+being\s+held|(?:begin|resume)\s+a\s+second|"
            r"continu\w*\s+(?:on|for)\s+a\s+second|second\s+day\s+of)\b",
            _I,
        ),
    ),
    (
        "concluded",
        re.compile(
            r"\b(?:concluded|ended|wrapped\s+up|finished|broke\s+up|came\s+to\s+an\s+end|"
            r"closed|drew\s+to\s+a\s+close|ends?\s+(?:with|without|after|in)|"
            r"(?:talks|round|meeting|negotiations)\s+(?:\w+\s+){0,3}?(?:end|ends|close|closes)|"
            r"at\s+the\s+(?:end|close)\s+of)\b",
            _I,
        ),
    ),
)
# Words that tell how a round ended, or that a deal was reached: its outcome for good.
_CLOSING = re.compile(
    r"\b(?:ended|concluded|closed|wrapped\s+up|broke\s+up|failed|collapsed|"
    r"signed|agreed|reached|without\s+(?:a\s+|any\s+)?breakthrough|postponed|at\s+the\s+end)\b",
    _I,
)
_AGREED_TO_CONTINUE = re.compile(
    r"\bagree(?:s|d|ing)?\s+to\s+(?:\w+\s+){0,6}?(?:continue|keep|meet\s+again|resume|hold\s+"
    r"(?:another|further|more)|reconvene|further\s+talks)|\bwill\s+continue\b|"
    r"\bcontinue\s+working\s+towards?\b|\bto\s+continue\s+(?:the\s+)?(?:talks|negotiations|"
    r"dialogue|process)\b|\bagreed\s+to\s+keep\s+the\s+process\s+going\b|"
    r"\b(?:talks|negotiations|discussions)\s+would\s+(?:continue|resume)\b",
    _I,
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:(?:round|set|session)\s+of\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:talks|negotiations?|discussions|consultations|meetings)|round\b)",
    _I,
)

# --- venue, mediation and delegation syntax --------------------------------------------

_VENUE_BEFORE = re.compile(
    r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:city|capital|resort|town|port)"
    r"\s+(?:of\s+)?|"
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?|\bheld\s+in\s+|\bhosted\s+by\s+[\w\s'’-]{1,40}?\s+in\s+|"
    # "at a castle in Rimbo, north of Stockholm": the city the place is described by.
    r"\b(?:just\s+)?(?:north|south|east|west|outskirts|outside)\s+of\s+(?:the\s+)?)$",
    _I,
)
# Actors are often listed: "mediated by Egypt, Qatar, Turkey and the United States".
_LIST_BEFORE = r"(?:(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?(?:\s*,\s*|\s+and\s+))*(?:the\s+)?"
_LIST_AFTER = r"(?:\s*(?:,|and)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)*"
# The words for a go-between, as news writes them.
_GO_BETWEEN = r"(?:mediators?|go-betweens?|intermediar(?:y|ies))\b"
_MEDIATOR_AFTER = re.compile(
    r"^(?:\s*[-–]\s*|\s+)(?:mediated|brokered|moderated|facilitated|sponsored)\b|"
    r"^['’]s\s+(?:mediation|mediators?|facilitation)|"
    r"^\s+for\s+(?:its|their|his|her)\s+(?:mediation|mediating|role\s+as\s+mediator)|"
    rf"^{_LIST_AFTER}\s+(?:acted|acting|served|serving)\s+as\s+(?:a\s+|the\s+)?{_GO_BETWEEN}|"
    rf"^{_LIST_AFTER}\s+{_GO_BETWEEN}|"
    # "Egyptian and Qatari officials shuttled between the delegations": the go-between's
    # errand names it even where the word "mediator" never appears.
    rf"^{_LIST_AFTER}(?:\s+[\w'’]+){{0,2}}\s+(?:(?:carr(?:ied|ying)|pass(?:ed|ing)|"
    r"relay(?:ed|ing)|ferr(?:ied|ying))\s+(?:messages|proposals)|shuttl(?:ed|ing)\s+between)\b|"
    rf"^{_LIST_AFTER},?\s+(?:which|who)\s+(?:also\s+|had\s+|has\s+)?(?:brokered|mediated|"
    r"moderated|facilitated)\b",
    _I,
)
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|moderated|facilitated|hosted\s+and\s+mediated)\s+by\s+"
    rf"{_LIST_BEFORE}$|\bmediation\s+(?:of|by)\s+{_LIST_BEFORE}$|"
    rf"\bmediators?\s+from\s+{_LIST_BEFORE}$|\bwith\s+(?:the\s+)?$",
    _I,
)
# "with X mediating" needs the word after the actor, checked separately.
_MEDIATING_AFTER = re.compile(
    rf"^{_LIST_AFTER}\s+(?:again\s+|also\s+)?(?:mediating|(?:acting\s+|serving\s+)?as\s+"
    rf"(?:a\s+|the\s+)?{_GO_BETWEEN})",
    _I,
)
_LED_DRIVE = re.compile(
    r"^\s*[-–]\s*led\s+(?:drive|talks|negotiations|effort|efforts|process|initiative|push|"
    r"diplomacy|mediation|peace)",
    _I,
)
_VENUE_VERB = re.compile(
    r"\b(?:held|hosted|hosts|host|took\s+place|convened|gathered|signed)\b", _I
)
_PARTICIPLE_OPENER = re.compile(r"^\s*(?:[\w'’]+\s+)?[\w'’]+ing\b", _I)
_HOST_ONLY = re.compile(r"^\s+for\s+hosting\b|^\s*[-–]\s*hosted\b", _I)
_HOST_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$", _I)
_DELEGATION_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:[-–]\s*)?(?:delegations?|negotiators?|negotiating\s+team|team|side|"
    r"representatives|officials|envoys?)\b",
    _I,
)
_COUNTERPARTS = re.compile(r"\bcounterparts?\s+(?:from|of)\b", _I)
_TALKS_WITH_BEFORE = re.compile(
    r"(?:\b(?:talks|negotiations|discussions|meeting)\s+(?:\w+\s+)?(?:between|with)\s+|"
    r"\bcounterparts?\s+(?:from|of)\s+)"
    r"(?:the\s+)?(?:[\w'’-]+\s*(?:and|,)\s+(?:the\s+)?){0,3}$",
    _I,
)
_CHAINED_TALKS = re.compile(r"^(?:\s*[-–/]\s*[\w.'’]+)*\s*[-–/]?\s*(?:\w+\s+)?(?:talks|format)\b")

# Delegation roles around a name.
_HEAD_BEFORE = re.compile(
    r"\b(?:delegations?|sides?|teams?|talks|negotiations|negotiators|envoys|advisers)\b"
    r"[^.;]{0,40}?\b(?:led|headed|chaired)\s+by\s+(?:[\w'’.-]+\s+){0,4}?$|"
    r"\b(?:lead|chief|top|head)\s+(?:negotiator|envoy)\s*,?\s+(?:[\w'’.-]+\s+){0,2}?$|"
    r"\bhead\s+of\s+(?:the\s+)?(?:\w+\s+)?delegation\s*,?\s+(?:[\w'’.-]+\s+){0,2}?$|"
    r"\bheads\s+of\s+(?:the\s+)?(?:\w+\s+)?delegations\b[^.;]{0,80}?$",
    _I,
)
_HEAD_BETWEEN = re.compile(
    r"\b(?:talks|negotiations|mediating|messages)\s+between\s+(?:[^,;.]{2,60}?\s+and\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    _I,
)
# Someone named as the go-between: "Badr Albusaidi, who mediated", "... passed messages".
_PERSON_MEDIATES = re.compile(
    r"^,?\s+(?:who|which)\s+(?:had\s+|has\s+|also\s+|again\s+)?(?:mediated|brokered|"
    r"facilitated)\b|^,?(?:\s+again|\s+also)?\s+(?:mediated|brokered|"
    r"(?:carried|passed|relayed|ferried)\s+(?:messages|proposals)|shuttled\s+between)\b|"
    # The host who chairs or opens the session steers it, unlike one who lends a room.
    r"^,?\s+(?:in\s+the\s+chair|(?:who\s+)?(?:chaired|opened)\s+the\s+(?:talks|session|meeting)|"
    r"(?:chairing|opening)\s+the\s+(?:talks|session|meeting))\b",
    _I,
)
_PERSON_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|facilitated)\s+by\s+(?:[\w'’.-]+\s+){0,5}?$", _I
)
_LEADS = r"(?:again\s+|also\s+|once\s+more\s+)?(?:leading|led|leads|heads|headed|heading)"
_HEAD_AFTER = re.compile(
    r"^,?\s+(?:who\s+(?:is|was)\s+)?(?:[\w'’]+\s+){0,2}?(?:lead|chief|top)\s+negotiator\b|"
    r"^\s+(?:as\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:lead|chief|top)\s+negotiator|"
    r"as\s+(?:the\s+)?head\s+of\s+(?:the\s+)?(?:\w+\s+)?delegation)\b|"
    rf"^(?:,\s+[^,;]{{1,60}},)?,?\s+(?:(?:was|is|has\s+been|who)\s+)?{_LEADS}\s+"
    r"(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:delegation|side|team|negotiators|talks|negotiations)\b|"
    r"^,\s+(?:the\s+)?head\s+of\s+(?:the\s+)?(?:\w+\s+)?delegation\b|"
    r"^\s+the\s+[\w'’]+\s+one\b",
    _I,
)
_MEMBER_BEFORE = re.compile(
    r"\b(?:led|headed)\s+by\s+[^,;.]{2,60}?\s+and\s+(?:[\w'’.-]+\s+){0,4}?$|"
    r"\b(?:together\s+with|accompanied\s+by|alongside)\s+[^;.]{0,80}?$|"
    r"\b(?:delegation|team|side)[^;.]{0,20}?\s+(?:also\s+)?(?:included|includes|comprised|"
    r"comprising|featuring)\s+[^;.]{0,80}?$",
    _I,
)
_MEMBER_AFTER = re.compile(
    r"^\s+(?:also\s+)?(?:attended|joined\s+the\s+(?:talks|delegation|negotiations|meeting)|"
    r"took\s+part|participated|was\s+(?:also\s+)?(?:part\s+of|among|in)\s+(?:the\s+)?"
    r"(?:delegation|talks|negotiating\s+team))\b",
    _I,
)
_DELEGATION_CUE = re.compile(r"\b(?:led|headed|leads|heads|negotiator)\b", _I)
_SIDE_PARTY = re.compile(r"\b(?:delegation|side|team|negotiators?)\b", _I)
_PARTICLES = frozenset({"al", "bin", "ibn", "de", "van", "von", "der", "la", "el", "da", "di"})
_NAME = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:\s+(?:(?:al|bin|ibn|de|van|von|der|la|el|da|di)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){1,3}\b"
)
# Capitalised words that open names of things rather than people.
_NOT_NAME_WORDS = frozenset(
    {
        "The",
        "A",
        "An",
        "President",
        "Prime",
        "Minister",
        "Foreign",
        "Secretary",
        "Special",
        "Envoy",
        "General",
        "National",
        "Security",
        "Council",
        "Kremlin",
        "White",
        "House",
        "State",
        "Department",
        "Ministry",
        "Republic",
        "United",
        "Nations",
        "Union",
        "News",
        "Agency",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Talks",
        "Negotiations",
        "Delegation",
        "Defence",
        "Defense",
        "Deputy",
        "Chief",
        "Head",
        "Lead",
        "Senior",
        "Ukrainian",
        "Russian",
        "American",
        "Its",
        "His",
        "Her",
        "Their",
    }
)

_CLAUSE_BREAK = re.compile(
    r";|:|—|–\s|\s-\s|,(?!\s*\d)|\b(?:but|while|though|although|whereas|after|before|"
    r"because|since|whereas)\b",
    _I,
)

_CONFIDENT = 0.9
_INFERRED = 0.6
_TITLE_FACTOR = 0.85
_DATELINE = 0.5
_BACK_REFERENCE_DAYS = 7  # a dated round this long before publication is an earlier one
_CONTINUATION_DAYS = 1  # "resume on <date>" this close to publication: the same round


# --- per-sentence analysis -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Pending:
    """A claim read from a sentence, not yet assigned to a mention."""

    field: Field
    value: str
    confidence: float
    anchor: int  # position in the sentence, to find its clause
    party: str | None = None


@dataclass
class _Piece:
    """What one sentence says about the round(s) of one conflict."""

    conflict: str
    sentence: Sentence
    text: str  # the clauses of this conflict, for cue detection
    claims: list[_Pending] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    city: str | None = None
    kind: MentionKind = MentionKind.REPORT
    future: bool = False
    continuation: bool = False
    strong: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)  # its clauses in the sentence
    # A sentence without talks words that refers back to the round of an earlier piece
    # ("They agreed to meet again"): its claims go to that round.
    follows: _Piece | None = None


@dataclass(frozen=True, slots=True)
class _Context:
    kb: KnowledgeBase
    published: datetime | None
    conflicts: dict[str, Conflict]
    dominant: str | None


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = 0
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.start() > begin:
            spans.append((begin, found.start()))
        begin = found.end()
    if begin < len(sentence) or not spans:
        spans.append((begin, len(sentence)))
    return spans


def _clause_index(clauses: Sequence[tuple[int, int]], pos: int) -> int:
    for i, (start, end) in enumerate(clauses):
        if start <= pos < end:
            return i
    # Positions inside a break character belong to the clause before it.
    for i in range(len(clauses) - 1, -1, -1):
        if clauses[i][0] <= pos:
            return i
    return 0


def _conflict_scores(matches: Iterable[Match], ctx: _Context, dominant: str | None) -> Counter[str]:
    """Evidence for each conflict in some text: keywords, parties and people's sides.

    An actor that belongs to the dominant conflict as a party or usual mediator counts for
    it alone: "the U.S. delegation" in a Ukraine article is the mediator's, not a sign of
    the US-Iran talks.
    """
    scores: Counter[str] = Counter()
    dom = ctx.conflicts.get(dominant) if dominant else None
    home = set(dom.parties) | set(dom.usual_mediators) if dom else set()
    for m in matches:
        if m.kind == "conflict":
            scores[m.key] += 2
            continue
        if m.kind == "actor":
            actor = m.key
        elif m.kind == "person":
            try:
                actor = ctx.kb.person(m.key).affiliation
            except KeyError:
                continue
        else:
            continue
        if dom is not None and actor in home:
            scores[dom.slug] += 1
            continue
        for c in ctx.conflicts.values():
            if actor in c.parties:
                scores[c.slug] += 1
    return scores


def _best(scores: Counter[str], prefer: str | None) -> str | None:
    if not scores:
        return None
    top = max(scores.values())
    if prefer is not None and scores.get(prefer, 0) == top:
        return prefer
    return min(slug for slug, score in scores.items() if score == top)


def _clause_conflicts(
    clauses: Sequence[tuple[int, int]], matches: Sequence[Match], ctx: _Context
) -> list[str | None]:
    by_clause: list[list[Match]] = [[] for _ in clauses]
    for m in matches:
        by_clause[_clause_index(clauses, m.start)].append(m)
    own = [_best(_conflict_scores(ms, ctx, ctx.dominant), ctx.dominant) for ms in by_clause]
    # Clauses without evidence take the previous clause's conflict, the first ones the next.
    result: list[str | None] = []
    last: str | None = None
    for slug in own:
        last = slug or last
        result.append(last)
    first_known = next((s for s in own if s), ctx.dominant)
    return [s or first_known for s in result]


def _actor_matches(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.kind == "actor"]


def _venue(sentence: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[tuple[str, int]]:
    """Places named as where talks happen: "in Geneva", "the Geneva round"."""
    found: list[tuple[str, int]] = []
    for m in matches:
        if m.kind != "place":
            continue
        before = sentence[max(0, m.start - 60) : m.start]
        after = sentence[m.end : m.end + 40]
        if re.match(r"^\s*[-–]\s*\w", after):
            continue  # "the Washington-led drive": part of an adjective, not a place
        if _VENUE_BEFORE.search(before) or _TRIGGER_WORD.match(after):
            found.append((m.key, m.start))
    return found


def _shadowed_places(sentence: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[Match]:
    # A conflict keyword such as "Istanbul talks" hides the place inside it from the matcher.
    extra: list[Match] = []
    for m in matches:
        if m.kind == "conflict" and _TRIGGER_WORD.search(" " + m.surface.split()[-1]):
            head = m.surface.rsplit(" ", 1)[0] if " " in m.surface else ""
            for inner in kb.find(head):
                if inner.kind == "place":
                    start = m.start + inner.start
                    extra.append(
                        Match(start, start + len(inner.surface), inner.surface, "place", inner.key)
                    )
    return extra


def _mediators(sentence: str, actors: Sequence[Match]) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for m in actors:
        after = sentence[m.end : m.end + 50]
        before = sentence[max(0, m.start - 40) : m.start]
        mediating_with = _MEDIATOR_BEFORE.search(before)
        if mediating_with and mediating_with.group(0).lower().startswith("with"):
            mediating_with = _MEDIATING_AFTER.match(after)
        if _MEDIATOR_AFTER.match(after) or mediating_with or _LED_DRIVE.match(after):
            if re.match(r"^\s*[-–]?\s*led\b", after, _I) and not _LED_DRIVE.match(after):
                continue  # "Russian-led offensive" leads no negotiation
            found.append((m.key, m.start))
    return found


def _participants(
    sentence: str, actors: Sequence[Match], conflict: Conflict | None, mediators: set[str]
) -> list[tuple[str, float, int]]:
    found: list[tuple[str, float, int]] = []
    for m in actors:
        after = sentence[m.end : m.end + 40]
        before = sentence[max(0, m.start - 80) : m.start]
        if _HOST_ONLY.match(after) or _HOST_BEFORE.search(before):
            continue
        if m.key in mediators or (
            _DELEGATION_AFTER.match(after)
            or _TALKS_WITH_BEFORE.search(before)
            or _CHAINED_TALKS.match(after)
        ):
            found.append((m.key, _CONFIDENT, m.start))
        elif conflict is not None and m.key in conflict.parties:
            found.append((m.key, _INFERRED, m.start))
    return found


def _names(
    sentence: str, matches: Sequence[Match], kb: KnowledgeBase
) -> list[tuple[int, int, str, str | None]]:
    """People in the sentence: known ones with their side, and unknown capitalised names."""
    people: list[tuple[int, int, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in matches:
        taken.append((m.start, m.end))
        if m.kind == "person":
            try:
                side: str | None = kb.person(m.key).affiliation
            except KeyError:
                side = None
            people.append((m.start, m.end, m.key, side))
    for found in _NAME.finditer(sentence):
        start, end = found.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if sentence.startswith(("'s", "’s"), end):
            continue  # "Trump's son-in-law": the possessor describes someone else
        words = found.group(0).split()
        if words[0] in _NOT_NAME_WORDS or any(w in _NOT_NAME_WORDS for w in words):
            continue
        if words[-1].lower() in _PARTICLES:
            continue
        people.append((start, end, found.group(0), None))
    people.sort()
    return people


def _side_of(sentence: str, pos: int, actors: Sequence[Match]) -> str | None:
    """The delegation an unknown name belongs to: the actor naming a side nearest to it."""
    best: tuple[int, str] | None = None
    for m in actors:
        after = sentence[m.end : m.end + 30]
        if not (_SIDE_PARTY.search(after[:25]) or after.startswith(("'s", "’s"))):
            continue
        distance = abs(m.start - pos)
        if best is None or distance < best[0]:
            best = (distance, m.key)
    if best is not None:
        return best[1]
    # "the Kremlin reinstated X as its lead negotiator": the clause's first actor.
    return actors[0].key if actors else None


def _delegations(
    sentence: str, matches: Sequence[Match], actors: Sequence[Match], kb: KnowledgeBase
) -> list[_Pending]:
    claims: list[_Pending] = []
    for start, end, name, side in _names(sentence, matches, kb):
        if sentence.startswith(("'s", "’s"), end):
            continue  # "Trump's son-in-law": the possessor describes someone else
        before = sentence[max(0, start - 120) : start]
        after = sentence[end : end + 80]
        if _MEMBER_BEFORE.search(before) or _MEMBER_AFTER.match(after):
            field_ = Field.MEMBER
        elif _HEAD_BEFORE.search(before) or _HEAD_AFTER.match(after):
            field_ = Field.HEAD
        elif side is not None and _HEAD_BETWEEN.search(before):
            # "talks between Abbas Araghchi and Steve Witkoff": known people facing each
            # other lead their sides.
            field_ = Field.HEAD
        else:
            continue
        party = side or _side_of(sentence, start, actors)
        if party is None:
            continue
        confidence = _CONFIDENT if side is not None else _INFERRED
        claims.append(_Pending(field_, name, confidence, start, party))
    return claims


def _person_mediators(
    text: str,
    matches: Sequence[Match],
    kb: KnowledgeBase,
    conflict_at: Callable[[int], Conflict | None],
) -> list[_Pending]:
    """The side of someone named as the go-between: "Badr Albusaidi, who mediated"."""
    found: list[_Pending] = []
    for m in matches:
        if m.kind != "person":
            continue
        if not (
            _PERSON_MEDIATES.match(text[m.end : m.end + 60])
            or _PERSON_MEDIATOR_BEFORE.search(text[max(0, m.start - 80) : m.start])
        ):
            continue
        conflict = conflict_at(m.start)
        with contextlib.suppress(KeyError):
            side = kb.person(m.key).affiliation
            if conflict is None or side not in conflict.parties:
                found.append(_Pending(Field.MEDIATOR, side, _INFERRED, m.start))
    return found


# "Putin received Witkoff at the Kremlin": two known people of different sides meeting
# lead their delegations.
_RECEIVES = re.compile(
    r"^\s+(?:received|hosted|welcomed|met(?:\s+with)?|sat\s+down\s+with|held\s+talks\s+with)\s+$",
    _I,
)
# "Sergei Lavrov and Dmytro Kuleba met ...": two people as one subject of the meeting verb.
# The second one often keeps a title: "Pashinyan and Azerbaijani President Ilham Aliyev".
_MEET_TOGETHER = re.compile(r"^\s+and\s+(?:[A-Z][\w'’-]*\s+){0,4}$")
_MET_AFTER = re.compile(
    r"^\s+(?:(?:have|had|also|finally)\s+)?(?:met|held\s+talks|sat\s+down|negotiated|signed|"
    r"initial(?:l)?ed)\b",
    _I,
)


def _receptions(text: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[_Pending]:
    people = [m for m in matches if m.kind == "person"]
    claims: list[_Pending] = []
    for first, second in itertools.pairwise(people):
        between = text[first.end : second.start]
        if not (
            _RECEIVES.match(between)
            or (_MEET_TOGETHER.match(between) and _MET_AFTER.match(text[second.end :]))
        ):
            continue
        try:
            sides = (kb.person(first.key).affiliation, kb.person(second.key).affiliation)
        except KeyError:
            continue
        if sides[0] == sides[1]:
            continue
        for person, side in zip((first, second), sides, strict=True):
            claims.append(_Pending(Field.HEAD, person.key, _INFERRED, person.start, side))
            claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, person.start))
    return claims


# Outcomes that the fixed phrases of the vocabulary miss because news puts a day or a
# qualifier inside them: "agreed on Monday to swap", "ended without a conclusive result".
_WHEN = r"(?:(?:(?:late|early)\s+)?on\s+\w+day\s+|late\s+|overnight\s+|finally\s+)?"
_PHRASED_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partial_agreement",
        re.compile(
            rf"\bagreed\s+{_WHEN}(?:to\s+(?:exchange|swap|trade|free|release)\b|on\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:exchanges?|swaps?)\b)|"
            r"\b(?:settled\s+on|agreements?\s+(?:on|to))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:exchanges?|swaps?)\b",
            _I,
        ),
    ),
    (
        "agreement",
        re.compile(
            rf"\b(?:agreed|signed)\s+{_WHEN}(?:to|on)\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){{0,2}}?"
            r"(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord))\b",
            _I,
        ),
    ),
    (
        "no_breakthrough",
        re.compile(
            r"\bfailed\s+to\s+(?:make|achieve|produce|yield|reach)\s+(?:any\s+|a\s+)?"
            r"(?:progress|breakthrough|agreement|deal)\b|"
            r"\b(?:ended|broke\s+up|concluded|closed|wrapped\s+up|finished)\s+(?:\w+\s+){0,3}?"
            r"without\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?(?:result|agreement|deal|"
            r"breakthrough|outcome|accord)\b|\bcame\s+no\s+closer\b|\bno\s+movement\s+(?:on|towards?)\b",
            _I,
        ),
    ),
)
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|without|failed\s+to)\s+(?:\w+\s+){0,2}$", _I)
_DEALS = frozenset({"agreement", "partial_agreement"})


def _labels(text: str, matches: Sequence[Match]) -> list[_Pending]:
    fields = {
        "format": Field.FORMAT,
        "outcome": Field.OUTCOME,
        "topic": Field.TOPIC,
        "atmosphere": Field.ATMOSPHERE,
    }
    found = [
        _Pending(fields[m.kind], m.key, _CONFIDENT, m.start) for m in matches if m.kind in fields
    ]
    for key, pattern in _PHRASED_OUTCOMES:
        found.extend(
            _Pending(Field.OUTCOME, key, _CONFIDENT, hit.start()) for hit in pattern.finditer(text)
        )
    # "never agreed to exchange prisoners": a denied deal is no deal.
    found = [
        p
        for p in found
        if not (
            p.field is Field.OUTCOME
            and p.value in _DEALS
            and _NEGATION_BEFORE.search(text[: p.anchor])
        )
    ]
    outcomes = {p.value for p in found if p.field is Field.OUTCOME}
    if outcomes & _DEALS and "no_breakthrough" in outcomes:
        # "agreed to swap prisoners but made no progress on a ceasefire": a deal on some
        # issues and none on the rest is a partial agreement, whatever each phrase says.
        deal = min(p.anchor for p in found if p.field is Field.OUTCOME and p.value in _DEALS)
        found = [p for p in found if p.field is not Field.OUTCOME]
        found.append(_Pending(Field.OUTCOME, "partial_agreement", _CONFIDENT, deal))
    return found


def _status(text: str, future: bool, continuation: bool) -> str | None:
    for status, cue in _STATUS_CUES:
        if cue.search(text):
            if status == "concluded" and re.search(r"\bfirst\s+day\b", text, _I):
                return "ongoing"  # "the first day ended": the round goes on
            return status
    if future and not continuation:
        return "scheduled"
    return None


def _ordinal(text: str) -> tuple[str, int] | None:
    found = _ORDINAL.search(text)
    if found is None:
        return None
    token = found.group("n").lower()
    number = _ORDINALS.get(token)
    if number is None:
        number = int(re.sub(r"\D", "", token))
    return str(number), found.start()


_QUOTE = re.compile(r"[\"“”«»]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Regions between quotation marks; an unclosed quote runs to the end."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    if len(marks) % 2:
        marks.append(len(text))
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks), 2)]


def _ref_date(published: datetime | None) -> date | None:
    return published.date() if published is not None else None


def _analyse(sentence: Sentence, ctx: _Context) -> list[_Piece]:
    text = sentence.text
    if _PHONE.search(text) or _NOT_NEGOTIATION.search(text):
        return []
    strong = _STRONG_TRIGGER.search(text)
    weak = _WEAK_TRIGGER.search(text)
    if strong is None and weak is None and not _DELEGATION_CUE.search(text):
        return []
    kb = ctx.kb
    matches = kb.find(text)
    matches = sorted([*matches, *_shadowed_places(text, matches, kb)], key=lambda m: m.start)
    clauses = _clauses(text)
    clause_conflict = _clause_conflicts(clauses, matches, ctx)
    # A hypothetical or negated clause says nothing about a real round.
    muted = [_muted(text[s:e]) for s, e in clauses]

    def conflict_at(pos: int) -> str | None:
        return clause_conflict[_clause_index(clauses, pos)]

    def live(pos: int) -> bool:
        return not muted[_clause_index(clauses, pos)]

    factor = _TITLE_FACTOR if sentence.title else 1.0
    pending: list[_Pending] = []
    actors = _actor_matches(matches)
    mediators = {key for key, pos in _mediators(text, actors) if live(pos)}
    for key, pos in _mediators(text, actors):
        pending.append(_Pending(Field.MEDIATOR, key, _CONFIDENT, pos))
    for key, conf, pos in _participants(
        text, actors, ctx.conflicts.get(conflict_at(0) or ""), mediators
    ):
        slug = conflict_at(pos)
        conflict = ctx.conflicts.get(slug or "")
        if conf < _CONFIDENT and (conflict is None or key not in conflict.parties):
            continue
        pending.append(_Pending(Field.PARTICIPANT, key, conf, pos))
    for m in actors:
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 80) : m.start]
        conflict = ctx.conflicts.get(conflict_at(m.start) or "")
        hosting = _HOST_ONLY.match(after) or _HOST_BEFORE.search(before)
        if hosting and conflict is not None and m.key in conflict.usual_mediators:
            # A usual go-between that hosts is mediating, though not a side at the table.
            pending.append(_Pending(Field.MEDIATOR, m.key, _INFERRED, m.start))
    pending.extend(
        _person_mediators(text, matches, kb, lambda pos: ctx.conflicts.get(conflict_at(pos) or ""))
    )
    for city, pos in _venue(text, matches, kb):
        start, end = clauses[_clause_index(clauses, pos)]
        clause_text = text[start:end]
        if _PARTICIPLE_OPENER.match(clause_text) and not (
            _STRONG_TRIGGER.search(clause_text)
            or _WEAK_TRIGGER.search(clause_text)
            or _VENUE_VERB.search(clause_text)
        ):
            continue  # "Speaking in Davos, he said the talks...": where he spoke, not met
        pending.append(_Pending(Field.CITY, city, _CONFIDENT, pos))
        with contextlib.suppress(KeyError):
            pending.append(_Pending(Field.COUNTRY, kb.place(city).country, _CONFIDENT, pos))
    dateline = _dateline(sentence, matches)
    if dateline is not None and not any(c.field is Field.CITY for c in pending):
        # Filed from the city, so likely held there: a hint that any venue named outranks.
        pending.append(_Pending(Field.CITY, dateline, _DATELINE, 0))
        with contextlib.suppress(KeyError):
            pending.append(_Pending(Field.COUNTRY, kb.place(dateline).country, _DATELINE, 0))
    pending.extend(_delegations(text, matches, actors, kb))
    pending.extend(_receptions(text, matches, kb))
    pending.extend(_labels(text, matches))
    for found in _AGREED_TO_CONTINUE.finditer(text):
        pending.append(_Pending(Field.AGREED_TO_CONTINUE, "true", _CONFIDENT, found.start()))
    ordinal = _ordinal(text)
    if ordinal is not None:
        pending.append(_Pending(Field.ORDINAL, ordinal[0], _INFERRED, ordinal[1]))

    # Group by conflict: each conflict's clauses form one piece.
    pieces: dict[str, _Piece] = {}
    for index, (start, end) in enumerate(clauses):
        slug = clause_conflict[index]
        if slug is None:
            continue
        piece = pieces.get(slug)
        clause_text = text[start:end]
        if piece is None:
            piece = _Piece(slug, sentence, clause_text)
            pieces[slug] = piece
        else:
            piece.text = piece.text + " " + clause_text
        piece.spans.append((start, end))
        if not muted[index]:
            piece.strong = piece.strong or bool(_STRONG_TRIGGER.search(clause_text))
    for claim in pending:
        if claim.field in (Field.HEAD, Field.MEMBER) and live(claim.anchor):
            slug = conflict_at(claim.anchor)
            if slug in pieces:
                pieces[slug].strong = True
    for claim in pending:
        slug = conflict_at(claim.anchor)
        if slug is None or slug not in pieces or not live(claim.anchor):
            continue
        pieces[slug].claims.append(
            _Pending(
                claim.field,
                claim.value,
                round(claim.confidence * factor, 3),
                claim.anchor,
                claim.party,
            )
        )
    quoted = _quoted_spans(text)
    filed = _DATELINE_PREFIX.match(text) if sentence.paragraph == 0 and not sentence.title else None
    for span in find_dates(text, ctx.published):
        if filed is not None and span.start < filed.end():
            continue  # "JEDDAH, May 12 -": the day the story was filed, not of the talks
        slug = conflict_at(span.start)
        if slug not in pieces or not live(span.start):
            continue
        if _other_event(text, clauses, _clause_index(clauses, span.start)):
            continue
        if span.kind is DateKind.RELATIVE and any(a <= span.start < b for a, b in quoted):
            # "Today" inside a quote is the speaker's day, which may precede publication.
            span = replace(span, confidence=round(span.confidence * 0.5, 3))
        pieces[slug].dates.append(span)
    result: list[_Piece] = []
    for whole in pieces.values():
        for piece in _split(whole, clauses):
            if not _speaks_of_a_round(piece, ctx):
                continue
            cities = [
                c.value
                for c in piece.claims
                if c.field is Field.CITY and c.confidence > _DATELINE * factor
            ]
            piece.city = cities[0] if cities else None
            piece.continuation = bool(_CONTINUATION.search(piece.text))
            result.append(piece)
    return result


def _main_tense(piece: _Piece) -> Tense:
    """The tense of the clause naming the talks, else of the first clause with a tense.

    "Iran and the US held talks in Oman, agreeing to meet again next week" reports talks
    that took place: the future of a later clause is about what comes after them.
    """
    text = piece.sentence.text
    for start, end in piece.spans:
        clause = text[start:end]
        trigger = _STRONG_TRIGGER.search(clause) or _WEAK_TRIGGER.search(clause)
        if trigger is not None:
            # The verb before the talks governs them: "held talks and agreed that experts
            # would meet" reports talks held.
            tense = governing_tense(clause[: trigger.end()], reported=False)
            if tense is Tense.UNKNOWN:
                tense = governing_tense(clause)
            if tense is not Tense.UNKNOWN:
                return tense
            # A headline in the present ("US and Iran hold talks") tells of the day's news.
            return Tense.PAST if piece.sentence.title else detect_tense(piece.text)
    return detect_tense(piece.text)


def _cut(piece: _Piece, tense: Tense) -> tuple[int | None, bool]:
    """Where a piece turns to another round, and whether that part is a back-reference.

    "The talks opened on Wednesday and followed a first round ... last month": the words
    from "and followed" on recall an earlier round, the ones before date this one. A later
    clause in the future after a past one speaks of what comes next.
    """
    text = piece.sentence.text
    begin = piece.spans[0][0]
    for found in _BACK_REFERENCE.finditer(text, begin):
        span = next(((s, e) for s, e in piece.spans if s <= found.start() < e), None)
        if span is None:
            continue
        leads = list(_BACK_REFERENCE_LEAD.finditer(text, span[0], found.start()))
        cut = leads[-1].start() if leads else span[0]
        return (cut, True) if cut > begin else (None, True)
    if tense is not Tense.FUTURE:
        for start, end in piece.spans[1:]:
            # "held talks ... and agreed that experts would meet": the held verb comes
            # first, so the clause still reports the round.
            if governing_tense(text[start:end]) is Tense.FUTURE:
                return start, False
    return None, False


def _part(piece: _Piece, lo: int, hi: int) -> _Piece:
    text = piece.sentence.text
    spans = [(max(s, lo), min(e, hi)) for s, e in piece.spans if s < hi and e > lo]
    part = _Piece(
        piece.conflict,
        piece.sentence,
        " ".join(text[s:e] for s, e in spans),
        claims=[c for c in piece.claims if lo <= c.anchor < hi],
        dates=[d for d in piece.dates if lo <= d.start < hi],
        spans=spans,
    )
    part.strong = bool(_STRONG_TRIGGER.search(part.text)) or any(
        c.field in (Field.HEAD, Field.MEMBER) for c in part.claims
    )
    part.strong = part.strong and piece.strong
    return part


def _split(piece: _Piece, clauses: Sequence[tuple[int, int]]) -> list[_Piece]:
    """One piece per round the sentence speaks of for this conflict: one, or two."""
    tense = _main_tense(piece)
    if _AHEAD_OF.search(piece.text):
        tense = Tense.FUTURE
    piece.future = tense is Tense.FUTURE
    cut, back = _cut(piece, tense)
    if cut is None:
        return [piece]
    head = _part(piece, 0, cut)
    tail = _part(piece, cut, len(piece.sentence.text))
    head.future = piece.future
    if back:
        return [head, tail]
    tail.future = True
    if any(c.field is Field.CITY for c in tail.claims) or any(
        d.kind is DateKind.EXPLICIT for d in tail.dates
    ):
        return [head, tail]
    # "..., agreeing to meet again next week": no venue or day of its own, so what the
    # clause says (they agreed to continue) belongs to the round reported, its date not.
    head.claims.extend(tail.claims)
    return [head]


# A clause that tells of another event: "..., who took over after Yermak resigned on Friday".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|because|since|when|while)\s*$", _I)
_RELATIVE_OPENER = re.compile(r"^\s*(?:who|whom|whose|when)\b", _I)


def _other_event(text: str, clauses: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether a date in clause ``index`` dates something else than the talks.

    Dates belong to the verb of the talks. A subordinate or relative clause without any
    word for the talks, in a sentence that has one elsewhere, dates another event.
    """
    start, end = clauses[index]
    clause = text[start:end]
    if _STRONG_TRIGGER.search(clause) or _WEAK_TRIGGER.search(clause):
        return False
    if not (_SUBORDINATE_BEFORE.search(text[:start]) or _RELATIVE_OPENER.match(clause)):
        return False
    return any(
        _STRONG_TRIGGER.search(text[s:e]) or _WEAK_TRIGGER.search(text[s:e])
        for i, (s, e) in enumerate(clauses)
        if i != index
    )


def _muted(clause: str) -> bool:
    """A hypothetical or negated clause says nothing about a real round.

    A hypothesis after a verb that reports the round as held ("held talks and agreed that
    experts would work on a possible deal") is about what comes next, not about the talks.
    """
    if _NEGATED.search(clause):
        return True
    hypothesis = _HYPOTHETICAL.search(clause)
    if hypothesis is None:
        return False
    realis = _REALIS.search(clause)
    return realis is None or realis.start() > hypothesis.start()


def _dateline(sentence: Sentence, matches: Sequence[Match]) -> str | None:
    """The city of a dateline ("MUSCAT, April 12 - ..."): where the story was filed."""
    if sentence.title or sentence.paragraph != 0:
        return None
    for m in matches:
        if (
            m.kind == "place"
            and m.start == 0
            and m.surface.isupper()
            and _DATELINE_END.match(sentence.text, m.end)
        ):
            return m.key
    return None


def _speaks_of_a_round(piece: _Piece, ctx: _Context) -> bool:
    if piece.strong:
        return bool(piece.claims or piece.dates)
    if not _WEAK_TRIGGER.search(piece.text):
        return False
    # "meeting", "summit": only with both sides at the table, or a go-between at work, or
    # one side meeting others face to face ("met their counterparts from Britain").
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None:
        return False
    if any(c.field is Field.MEDIATOR and c.value not in conflict.parties for c in piece.claims):
        return True
    sides = {c.value for c in piece.claims if c.field is Field.PARTICIPANT}
    firm = {
        c.value
        for c in piece.claims
        if c.field is Field.PARTICIPANT and c.confidence >= _CONFIDENT * _TITLE_FACTOR
    }
    return len(sides & set(conflict.parties)) >= 2 or (
        bool(sides & set(conflict.parties))
        and len(firm) >= 2
        and _COUNTERPARTS.search(piece.text) is not None
    )


# --- sentences that refer back ------------------------------------------------------------

# Words that point back to the round just spoken of. Across a paragraph break only the
# explicit ones count: "they" may by then mean anyone.
_REFERS_BACK_EXPLICIT = re.compile(
    r"\b(?:the|that|this|these|those|their|its)\s+(?:\w+\s+)?(?:meeting|session|talks|round|"
    r"discussions|negotiations|encounter|consultations|exchange|conversation)\b|"
    r"\b(?:both|the\s+two|each)\s+(?:sides?|delegations|teams|men|leaders|parties)\b|"
    r"\bthe\s+(?:sides|delegations|parties|negotiators)\b",
    _I,
)
_REFERS_BACK = re.compile(r"^\s*(?:they|both|the\s+two|each)\b|\bthey\s+(?:\w+\s+)?agreed\b", _I)
# A narrator's statement outweighs a side's: claims a speaker makes count for less.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|according\s+to|called|calls|described|describes|claimed|claims|"
    r"insisted|insists|stressed|argued|tweeted|wrote)\b",
    _I,
)
_ATTRIBUTION_FACTOR = 0.75
_QUOTE_FACTOR = 0.6


def _speaker_known(matches: Sequence[Match], conflict: Conflict | None, kb: KnowledgeBase) -> bool:
    """Whether the sentence opens with a person of the round's sides or go-betweens."""
    first = next((m for m in matches if m.kind == "person"), None)
    if first is None or first.start > 40 or conflict is None:
        return False
    try:
        side = kb.person(first.key).affiliation
    except KeyError:
        return False
    return side in conflict.parties or side in conflict.usual_mediators


def _follow_up(sentence: Sentence, prev: _Piece, ctx: _Context) -> _Piece | None:
    """What a sentence without talks words adds to the round of the piece before it."""
    text = sentence.text
    if sentence.title or _PHONE.search(text) or _NOT_NEGOTIATION.search(text):
        return None
    matches = ctx.kb.find(text)
    conflict = ctx.conflicts.get(prev.conflict)
    explicit = _REFERS_BACK_EXPLICIT.search(text) is not None
    if sentence.paragraph != prev.sentence.paragraph:
        if not explicit:
            return None
    elif not (explicit or _REFERS_BACK.search(text) or _speaker_known(matches, conflict, ctx.kb)):
        return None
    own = _best(_conflict_scores(matches, ctx, prev.conflict), prev.conflict)
    if own is not None and own != prev.conflict:
        return None
    clauses = _clauses(text)
    muted = [_muted(text[s:e]) for s, e in clauses]
    actors = _actor_matches(matches)
    pending: list[_Pending] = [
        *(_Pending(Field.MEDIATOR, key, _CONFIDENT, pos) for key, pos in _mediators(text, actors)),
        *_person_mediators(text, matches, ctx.kb, lambda _pos: conflict),
        *_delegations(text, matches, actors, ctx.kb),
        *(p for p in _labels(text, matches) if p.field is not Field.FORMAT),
        *(
            _Pending(Field.AGREED_TO_CONTINUE, "true", _CONFIDENT, found.start())
            for found in _AGREED_TO_CONTINUE.finditer(text)
        ),
    ]
    claims = [p for p in pending if not muted[_clause_index(clauses, p.anchor)]]
    # "..., after the meeting, which opened on Wednesday": the day the round began.
    opened = [
        span
        for span in find_dates(text, ctx.published)
        if span.first is not None
        and _OPENED_ON.search(text[max(0, span.start - 60) : span.start])
        and not muted[_clause_index(clauses, span.start)]
    ]
    if not claims and not opened:
        return None
    piece = _Piece(
        prev.conflict, sentence, text, claims=claims, dates=opened, spans=[(0, len(text))]
    )
    piece.follows = prev.follows or prev
    return piece


# --- classifying and grouping ------------------------------------------------------------


def _dominant(sentences: Sequence[Sentence], ctx: _Context) -> str | None:
    """The conflict the article is about.

    Mentions count, but a conflict whose sides both appear outweighs one side named often:
    American envoys in a Russia-Ukraine story do not make it a story about the US-Iran talks.
    """
    scores: Counter[str] = Counter()
    sides: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        weight = 3 if s.title else 1
        matches = ctx.kb.find(s.text)
        for slug, score in _conflict_scores(matches, ctx, None).items():
            scores[slug] += score * weight
        for m in matches:
            if m.kind == "actor":
                for c in ctx.conflicts.values():
                    if m.key in c.parties:
                        sides[c.slug].add(m.key)
    for slug, present in sides.items():
        scores[slug] += 5 * (len(present) - 1)
    return _best(scores, None)


def _classify(piece: _Piece, main_city: str | None, ref: date | None) -> MentionKind:
    dated = [d.first for d in piece.dates if d.first is not None]
    if _SEPARATE.search(piece.text):
        return MentionKind.ANNOUNCEMENT if piece.future else MentionKind.BACK_REFERENCE
    if _BACK_REFERENCE.search(piece.text):
        return MentionKind.BACK_REFERENCE
    if ref is not None and dated and (ref - max(dated)).days > _BACK_REFERENCE_DAYS:
        return MentionKind.BACK_REFERENCE
    other_city = piece.city is not None and main_city is not None and piece.city != main_city
    if piece.future:
        later = ref is not None and any((d - ref).days > _CONTINUATION_DAYS for d in dated)
        new_round = bool(_NEW_ROUND.search(piece.text))
        if (new_round or other_city or later or not piece.continuation) and (
            piece.city or dated or new_round
        ):
            return MentionKind.ANNOUNCEMENT
        return MentionKind.REPORT
    if other_city:
        return MentionKind.BACK_REFERENCE
    return MentionKind.REPORT


def _date_claims(piece: _Piece, ref: date | None) -> list[Claim]:
    spans = piece.dates
    if not spans:
        return []
    has_day_count = any(s.kind is DateKind.ROUND_DAY for s in spans)
    if (
        piece.continuation
        and piece.future
        and not has_day_count
        and piece.kind is MentionKind.REPORT
    ):
        # "talks would continue on Wednesday" dates a later day, not the start.
        return []
    text = piece.sentence.text
    opened = [s for s in spans if _OPENED_ON.search(text[max(0, s.start - 60) : s.start])]
    start = round_start(opened or spans, ref)
    if start is None:
        return []
    factor = _TITLE_FACTOR if piece.sentence.title else 1.0
    ended = [
        s
        for s in spans
        if s.first is not None and _ENDED_ON.search(text[max(0, s.start - 80) : s.start])
    ]
    claims: list[Claim] = []
    if not opened and ended and all(s.first == start[0] for s in ended):
        # "ended on Thursday": the last day for sure; the first only if nothing says it
        # opened earlier, so that claim is weaker.
        factor *= 0.6
        last = max(s.last or s.first for s in ended if s.first is not None)
        claims.append(Claim(Field.END_DATE, last.isoformat(), text, ended[0].confidence))
    claims.append(Claim(Field.START_DATE, start[0].isoformat(), text, start[1] * factor))
    for span in spans:
        if span.kind is DateKind.EXPLICIT and span.last is not None and span.first == start[0]:
            claims.append(
                Claim(Field.END_DATE, span.last.isoformat(), piece.sentence.text, span.confidence)
            )
    return claims


def _weight(p: _Pending, piece: _Piece, closing: bool) -> float:
    if p.field not in (Field.OUTCOME, Field.ATMOSPHERE):
        return p.confidence
    # "Progress" said while talks go on is provisional; how a round ended is not.
    confidence = p.confidence if p.field is not Field.OUTCOME or closing else p.confidence * 0.5
    text = piece.sentence.text
    if any(a <= p.anchor < b for a, b in _quoted_spans(text)):
        return round(confidence * _QUOTE_FACTOR, 3)
    clauses = _clauses(text)
    end = clauses[_clause_index(clauses, p.anchor)][1]
    if _ATTRIBUTED.search(text[:end]):
        return round(confidence * _ATTRIBUTION_FACTOR, 3)
    return confidence


def _piece_claims(piece: _Piece, ref: date | None) -> list[Claim]:
    closing = _CLOSING.search(piece.text) is not None
    claims = [
        Claim(p.field, p.value, piece.sentence.text, _weight(p, piece, closing), p.party)
        for p in piece.claims
    ]
    if piece.follows is not None:
        # A sentence that refers back has no date of its own and tells a status only
        # outright ("They broke up without a deal"), never by tense.
        status = _status(piece.text, False, False)
        if status is not None:
            claims.append(Claim(Field.STATUS, status, piece.sentence.text, _INFERRED))
        start = round_start(piece.dates, ref)
        if start is not None:
            claims.append(
                Claim(Field.START_DATE, start[0].isoformat(), piece.sentence.text, start[1])
            )
        return claims
    claims.extend(_date_claims(piece, ref))
    status = _status(piece.text, piece.future, piece.continuation)
    confidence = _INFERRED
    if status is None and piece.kind is MentionKind.ANNOUNCEMENT:
        status = "scheduled"
    held = [d.last or d.first for d in piece.dates if d.first is not None]
    if (
        status is None
        and ref is not None
        and held
        and detect_tense(piece.text) is Tense.PAST
        and all(day is not None and day <= ref for day in held)
        and (any(day < ref for day in held) or not _OPENING.search(piece.text))
    ):
        # Reported in the past tense and dated before publication: most likely over.
        status, confidence = "concluded", 0.4
    if status is not None and (
        piece.kind is not MentionKind.BACK_REFERENCE or status != "scheduled"
    ):
        claims.append(Claim(Field.STATUS, status, piece.sentence.text, confidence))
    return claims


def _dedupe(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    best: dict[tuple[Field, str, str | None, str], Claim] = {}
    for c in claims:
        key = (c.field, c.value, c.party, c.sentence)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return tuple(best.values())


def _group_key(piece: _Piece, ref: date | None) -> str:
    """Pieces of one earlier or later round share a venue, else a date."""
    if piece.city:
        return piece.city
    start = round_start(piece.dates, ref)
    return start[0].isoformat() if start else ""


def _lead_date(
    sentences: Sequence[Sentence], ref: date | None, published: datetime | None
) -> list[Claim]:
    """The day of the news in the lead, for a reported round no sentence about it dates.

    A report tells when in its first sentence ("failed to make progress on Thursday") and
    may name the venue only later; the claim is weak so that any date of the talks wins.
    """
    lead = next((s for s in sentences if not s.title), None)
    if lead is None or lead.paragraph != 0:
        return []
    filed = _DATELINE_PREFIX.match(lead.text)
    spans = [
        span
        for span in find_dates(lead.text, published)
        if span.kind is not DateKind.ROUGH and (filed is None or span.start >= filed.end())
    ]
    # The first date is the news; later ones recall what led to it ("two weeks ago").
    start = round_start(spans[:1], ref)
    if start is None or (ref is not None and start[0] > ref):
        return []
    return [Claim(Field.START_DATE, start[0].isoformat(), lead.text, round(start[1] * 0.5, 3))]


def _has_substance(claims: Sequence[Claim]) -> bool:
    return any(c.field in (Field.CITY, Field.START_DATE) for c in claims)


def extract_mentions(
    text: str, title: str | None, published: datetime | None, kb: KnowledgeBase
) -> list[RoundMention]:
    """The rounds ``text`` speaks of, one mention per round, claims with their sentences.

    Order: the REPORT of the article's main round first, then announcements, then
    back-references, then rounds of other conflicts, each group in a stable order.
    """
    sentences = article_sentences(text, title)
    conflicts = {c.slug: c for c in kb.conflicts}
    base = _Context(kb, published, conflicts, None)
    ctx = _Context(kb, published, conflicts, _dominant(sentences, base))
    ref = _ref_date(published)
    pieces: list[_Piece] = []
    last: _Piece | None = None
    for sentence in sentences:
        found = _analyse(sentence, ctx)
        if found:
            pieces.extend(found)
            # The next sentence refers back to the talks reported, not to what they planned.
            last = next((p for p in found if not p.future), found[-1])
        elif last is not None:
            follow = _follow_up(sentence, last, ctx)
            if follow is not None:
                pieces.append(follow)

    main_cities: Counter[str] = Counter()
    for piece in pieces:
        if (
            piece.conflict == ctx.dominant
            and piece.city
            and not piece.future
            and not _BACK_REFERENCE.search(piece.text)
        ):
            main_cities[piece.city] += 2 if piece.sentence.title else 1
    main_city = min(main_cities, key=lambda c: (-main_cities[c], c)) if main_cities else None
    for piece in pieces:
        if piece.follows is None:
            piece.kind = _classify(
                piece, main_city if piece.conflict == ctx.dominant else None, ref
            )
    reported = [
        p
        for p in pieces
        if p.conflict == ctx.dominant and p.kind is MentionKind.REPORT and p.follows is None
    ]
    if reported and all(p.future for p in reported):
        # Nothing has happened yet: the article announces its round rather than reports it.
        for piece in reported:
            piece.kind = MentionKind.ANNOUNCEMENT
    for piece in pieces:
        if piece.follows is not None:
            piece.kind = piece.follows.kind

    groups: dict[tuple[int, str, MentionKind, str], list[Claim]] = defaultdict(list)
    main_ordinals: list[int] = []
    for piece in pieces:
        if piece.conflict == ctx.dominant and piece.kind is MentionKind.REPORT:
            main_ordinals.extend(int(c.value) for c in piece.claims if c.field is Field.ORDINAL)
    top_ordinal = max(main_ordinals, default=0)
    for piece in pieces:
        claims = _piece_claims(piece, ref)
        kind = piece.kind
        ordinals = [int(c.value) for c in claims if c.field is Field.ORDINAL]
        if kind is MentionKind.REPORT and ordinals and max(ordinals) < top_ordinal:
            # "the first round" in an article about the third one is an earlier round.
            kind = MentionKind.BACK_REFERENCE
        main = piece.conflict == ctx.dominant
        key = "" if kind is MentionKind.REPORT else _group_key(piece.follows or piece, ref)
        order = 0 if main else 1
        groups[(order, piece.conflict, kind, key)].extend(claims)

    main_key = (0, ctx.dominant or "", MentionKind.REPORT, "")
    main_fields = {c.field for c in groups.get(main_key, [])}
    if Field.CITY in main_fields and Field.START_DATE not in main_fields:
        # Only a round whose venue is known borrows the lead's day: a date alone would
        # turn any story touching on talks into a round.
        groups[main_key].extend(_lead_date(sentences, ref, published))

    mentions: list[RoundMention] = []
    kind_order = {MentionKind.REPORT: 0, MentionKind.ANNOUNCEMENT: 1, MentionKind.BACK_REFERENCE: 2}
    for order, slug, kind, key in sorted(
        groups, key=lambda g: (g[0], g[1], kind_order[g[2]], g[3])
    ):
        merged = _dedupe(groups[(order, slug, kind, key)])
        if not merged:
            continue
        if not _has_substance(merged) and (
            kind is not MentionKind.REPORT
            or not any(c.field in (Field.FORMAT, Field.MEDIATOR) for c in merged)
        ):
            # Without a venue or a date a round cannot be told apart from any other.
            continue
        if (
            kind is MentionKind.BACK_REFERENCE
            and not any(c.field is Field.START_DATE for c in merged)
            and any(_YEARS_BACK.search(c.sentence) for c in merged)
        ):
            # "the Istanbul talks last year": an earlier round placed only within a year may
            # be any of the rounds held there, so it names none of them.
            continue
        mentions.append(RoundMention(slug, kind, merged))
    return mentions
