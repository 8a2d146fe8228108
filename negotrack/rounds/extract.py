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
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from negotrack.knowledge import KnowledgeBase, Match
from negotrack.knowledge.model import Conflict
from negotrack.rounds.dates import (
    DAY_WORD,
    MONTH_YEAR,
    PLANNED_ON,
    DateKind,
    DateSpan,
    Tense,
    detect_tense,
    find_dates,
    governing_tense,
    round_start,
)
from negotrack.rounds.model import DATELINE, IMPLIED, Claim, Field, MentionKind, RoundMention
from negotrack.rounds.sentences import Sentence, article_sentences

__all__ = ["extract_mentions"]

_I = re.IGNORECASE

# --- vocabulary of rounds ------------------------------------------------------------------

# The sides coming back to where they sat: "when they returned to the Emirati capital".
_SIDES_RETURNED = (
    r"\b(?:they|delegations|negotiators|the\s+(?:two|three)\s+sides)\s+(?:returned|came\s+back|"
    r"went\s+back)\s+to"
)
# Strong triggers name negotiations outright; weak ones ("meeting", "met") also describe
# summits of allies and need both sides present to count.
_STRONG_TRIGGER = re.compile(
    r"\b(?:talks|negotiations?|negotiat(?:ors?|ing\s+teams?)|peace\s+process|"
    # "negotiating" as the verb of people at work, not as a topic ("negotiating with the
    # US is not wise").
    r"(?:spent|were|was|are|is|been|began|started|continued|kept|hours|days|after|while|"
    r"following)\s+(?:[\w'’-]+\s+){0,3}?negotiating|"
    # The gerund as the noun of the work: "the negotiating on Sunday and Monday was between".
    r"\bthe\s+negotiating(?=\s+(?:on|in|at|was|were|itself|began|lasted|went|took)\b)|"
    # "rounds of talks", not "the rounds of January 23-24 and February 4-5", which are the
    # days of several rounds (below).
    rf"rounds?\s+of(?!\s+(?:\d{{1,2}}\b|{DAY_WORD}))|"
    r"(?:first|second|third|fourth|fifth|sixth|new|next|another|latest|"
    r"previous|last)\s+round|(?<![-\w])round(?![-\w])|"
    # "when it began in Muscat earlier this month, on April 12": the process's first sitting.
    r"\bprocess\b[^.;]{0,60}?\b(?:began|started|opened)\s+in\b|"
    # "When they returned to the Emirati capital on 4-5 February": the sides sitting again.
    rf"{_SIDES_RETURNED}\b|"
    # "the next meeting would be held in Abu Dhabi on Sunday": the process's next sitting.
    r"the\s+next\s+(?:meeting|session|sitting)(?!\s+of\b)|"
    # "The two previous rounds, on 16 May and 2 June": earlier rounds told of by their days
    # (without days they are none in particular, see _SEVERAL_ROUNDS).
    # So are earlier sessions ("the previous sessions in Istanbul (16 May, 2 June)", "the
    # first two sessions, in Muscat on 12 April and in Rome").
    r"(?:previous|earlier|prior|first|last)\s+(?:(?:two|three|four|five)\s+)?"
    r"(?:rounds|sessions|sittings)(?!\w)|"
    # "the two rounds in Abu Dhabi: the first on 23 January, a second on 4 February": counted
    # rounds, which like earlier ones count only when dated (see _speaks_of_a_round).
    r"(?:two|three|four|five|six|both)\s+(?:[\w'’-]+\s+){0,2}?rounds(?!\w)|"
    # "the rounds in Abu Dhabi on 23 January and 4 February", "the rounds of 23-24 January".
    r"(?:the|those|these)\s+(?:rounds|sessions)(?=\s+(?:of|on|in|at|held)\b)|"
    # Not "rooms taken by delegations and journalists": visitors to the city, not talks.
    r"delegations?(?!\s+and\s+(?:journalists|reporters|the\s+press|the\s+media|tourists|"
    r"visitors|guests|fans))"
    # Not "the Cambodian delegation, more than a hundred athletes and coaches": a team.
    r"(?![^.;]{0,50}\b(?:athletes|players|coaches|footballers|sportsmen|sportswomen|squad)\b)|"
    r"discussions|consultations|"
    r"envoys\s+met|sat\s+down|(?:sign(?:ed|s)?"
    # "signed what the White House calls the Washington Accords": the text as someone names it.
    r"(?:\s+what\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|dubbed|dubs|terms?|termed|hails?|hailed)"
    r"(?:\s+as)?)?|(?:put|set)\s+(?:their|its)\s+signatures?\s+"
    # "put their signatures on Friday to an arrangement": the day may come before "to".
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?to)\s+"
    r"(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:(?:a|an|the)\s+)?"
    # "signed what both call a 'framework'": the name may be quoted.
    r"[\"“‘']?"
    # "signed the Washington Accords": the names of such texts are often plural.
    r"(?:[\w'’-]+\s+){0,2}(?:agreement|deal|declaration|accord|framework|protocol|memorandum|"
    r"pledge|pact|treaty|truce|ceasefire|roadmap|statement|arrangement|understanding|document|"
    r"communiqu[eé])s?|"
    r"signing\s+ceremony|"
    # The text before its signers: "a declaration the two sides signed in Jeddah on 11 May",
    # "the agreement that the two countries' ministers signed".
    r"(?:agreement|deal|declaration|accord|protocol|memorandum|pact|treaty|truce|ceasefire)s?"
    # "a declaration of principles the two ministers signed": a qualifier after the text.
    r"(?:\s+(?:of|on)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+(?:that\s+|which\s+)?(?:(?:the|both|their|its)\s+(?:[\w'’-]+\s+){0,6}?|"
    # "the peace agreement that Congo and Rwanda signed": the signers named, two of them.
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+)(?:had\s+)?signed|"
    # A truce recalled by where it was made: "the ceasefire brokered by Anwar in Putrajaya",
    # "the truce agreed at the premier's residence". The place must be a name, not a year.
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord)\s+(?:(?:that|which)\s+)?"
    r"(?:was\s+|had\s+been\s+)?(?:agreed|reached|struck|sealed|brokered|mediated)\s+"
    r"(?:by\s+[^,.;]{1,60}?\s+)?(?:in|at)(?=\s+(?:the\s+|a\s+)?(?-i:[A-Z]))|"
    # "the agreement signed in Washington on 27 June", "signed on 27 June in Washington": a
    # text recalled by its place and calendar day. (Signed "on Thursday" is more often the
    # close of this week's round, which the article reports in its own words.)
    r"(?:deal|agreement|accord|declaration)\s+"
    # "the agreement between the DRC and Rwanda signed in Washington on 27 June".
    r"(?:(?:between|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?:the\s+)?[\w'’.-]+){0,4}?\s+)?"
    r"(?:(?:that|which)\s+)?(?:was\s+|had\s+been\s+)?"
    r"signed\s+(?:on\s+\d{1,2}\s+(?-i:[A-Z])[a-z]+\s+(?:in|at)(?=\s+(?-i:[A-Z]))|(?:in|at)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+on\s+(?:\d{1,2}\s+"
    # "signed in Washington on the 27th of last month".
    r"(?-i:[A-Z])[a-z]+|the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:this|last|next)\s+month))|"
    # "The document was signed in the Qatari capital on Saturday": a text told signed where,
    # when or by whom is the sitting that made it (not "until a final agreement was signed").
    r"(?:deal|agreement|accord|declaration|document|treaty|truce|ceasefire|memorandum)\s+"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|finally\s+)?signed\s+(?:in|at|on|by|"
    r"late|early|last|yesterday|today|overnight)\b|"
    # "negotiated for ten hours", not "a negotiated settlement".
    r"(?<!\ba\s)(?<!\bthe\s)negotiated|"
    # "The latest attempt to halt Sudan's war opened on Wednesday outside Geneva": a peace
    # effort said to open or resume is a sitting.
    r"(?:attempt|bid|effort|push|initiative)\s+to\s+(?:end|halt|stop|settle|resolve)\b"
    r"[^.;]{0,60}?\b(?:opened|began|started|convened|resumed|got\s+under\s+way)|"
    # A next sitting of the same parties, as planned: "agreed to meet again on 3 May".
    r"(?:meet|convene|gather|sit\s+down)\s+again|reconvene|"
    # Sides agreeing on a truce or a deal negotiated it: "agreed on Monday to an immediate
    # ceasefire", "the deal came out of a meeting in Putrajaya".
    r"agreed\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:to|on)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ceasefire|cease-fire|truce|deal|agreement|accord)|(?:deal|agreement|accord|truce|"
    r"ceasefire)\s+(?:\w+\s+){0,2}?(?:came\s+out\s+of|emerged\s+from|was\s+(?:reached|struck|"
    r"agreed|sealed)\s+(?:at|during))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session))\b",
    _I,
)
_MEET_AGAIN = re.compile(r"(?:meet|convene|gather|sit\s+down)\s+again|reconvene", _I)
# A text made at the talks that a sentence names: "agreed that day in talks at".
_MADE_IN = re.compile(
    r"\b(?:agreed|reached|struck|sealed|signed)\s+(?:\w+\s+){0,3}?(?:in|at|during)\s+$", _I
)
_SEVERAL_ROUNDS = re.compile(r".*\b(?:rounds|sessions|sittings)$", _I)
# "held talks on Saturday and agreed to meet again on 3 May": the part that plans the next
# sitting, even inside one clause.
_PLANS_NEXT = re.compile(
    r"\b(?:and\s+)?(?:agreed|decided|promised|pledged|plan|plans|planned)\s+to\s+"
    r"(?:meet|convene|gather|sit\s+down)\s+again\b",
    _I,
)
# "about five hours", "several hours", "nearly 3 hours": the length of a sitting.
_HOURS = (
    r"(?:(?:about|some|nearly|almost|around|roughly|more\s+than|over|several|many|two|three|"
    r"four|five|six|seven|eight|nine|ten|\d{1,2})\s+){1,2}hours"
)
_WEAK_TRIGGER = re.compile(
    r"\b(?:meetings?|met|meets?|session|sessions|summit|sit\s+down)\b|"
    # Not "speaking to a gathering of air force officers": an audience, not a table.
    r"\bgathering\b(?!\s+of\s+(?:[\w-]+\s+){0,3}?(?:officers|supporters|students|clerics|"
    r"veterans|workers|commanders|activists|loyalists|mourners|worshippers|families)\b)|"
    # Hours spent with someone, or someone seen for hours: "Witkoff spent about five hours in
    # the Kremlin with Putin", "they saw President Putin for several hours". Like "met",
    # they count once both sides are named (a phone call is muted as ever).
    rf"\bspen[dt]s?\s+{_HOURS}\s+(?:[\w'’-]+\s+){{0,4}}?with\b|"
    # "brought Rubio face to face with Lavrov", "came face-to-face with": a meeting, once
    # both sides are named.
    r"\bface[\s-]+to[\s-]+face\s+with\b|"
    rf"\b(?:saw|sees|see|received)\s+(?:[\w.'’-]+\s+){{1,3}}?for\s+{_HOURS}\b|"
    # "inviting the general to Agra from 14 to 16 July": one leader the other's guest for
    # days is a summit, as "met" is, once both sides are named.
    r"\binvit(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,5}?to\s+(?-i:[A-Z])",
    _I,
)
_TRIGGER_WORD = re.compile(
    r"^\s*[-–]?\s*(?:peace\s+|nuclear\s+|ceasefire\s+|direct\s+|indirect\s+|proximity\s+|truce\s+)?"
    r"(?:talks|negotiations|round|rounds|meeting|meetings|session|summit|discussions|"
    r"consultations|process|format|track)\b",
    _I,
)

_HYPOTHETICAL = re.compile(
    # Case matters only for "may", which is also a month: "If" and "Whether" open sentences.
    r"\b(?:(?i:could|might)|may|proposed|proposes?|proposal|suggest(?:ed|s|ions?)?|(?i:if|whether)|"
    # "a possible pause in attacks" is what the talks are about, not a doubt about them.
    r"(?<!\ba\s)(?<!\bthe\s)(?:possible|potential)|possibly|would\s+be\s+(?:willing|ready|open)|offered\s+to\s+host|"
    # "the Holy See was available to host a future meeting": an offer, no meeting set.
    r"available\s+to\s+host|"
    # "officials would like it to be in Istanbul": a wish, not a plan.
    r"would\s+(?:like|prefer|welcome|love)|"
    r"(?:ready|prepared)\s+to|open\s+to\s+talks|willing\s+to|hopes?\s+to|hoped|consider(?:ing|s|ed)?|unless|"
    r"calls?\s+for|called\s+for|urg(?:e|es|ed|ing)|idea\s+of|offers?|offered|"
    # "called on both sides to return to negotiations": a demand, not a round.
    r"call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+(?:to|for|on)|press(?:es|ed|ing)?\s+(?:for|\w+\s+to)|"
    # "to ask Erdogan to help revive the negotiations": talks to bring back, none sitting.
    # (The bare verb only: "talks revived last month in Doha" were held.)
    r"(?i:revive|restart|relaunch|resuscitate|kick-?start|salvage|unfreeze)|"
    # "Bangkok wanted any talks to be held directly": a wish for talks, none held.
    r"(?i:wants?|wanted|wanting)\s+(?:(?:any|the|such|direct|further|new)\s+){0,2}"
    r"(?:talks|negotiations|meetings?|discussions)\s+to)\b",
)
_NEGATED = re.compile(
    # "there would be no negotiation with the RSF": the singular, and a dialogue, too.
    r"\bno\s+(?:\w+\s+){0,2}(?:talks|negotiations?|meetings?|rounds?|plans?|date|dialogue)\b|"
    r"\bnot\s+(?:be\s+)?(?:planned|scheduled|held|attend|take\s+part|participate|invited)\b|"
    r"\b(?:won['’]t|will\s+not|did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|"
    r"refused\s+to|declined\s+to)\s+(?:\w+\s+)?(?:attend|take\s+part|participate|travel|"
    r"meet|hold|join|send)\b|\brul(?:ed|es|ing)\s+out\b|\bden(?:y|ies|ied|ying)\b|"
    # "Iran has rejected direct negotiations with the United States": none to be held.
    r"\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing))\s+(?:any\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:talks|negotiations|meetings?|dialogue)\b|"
    # "The ceasefire was not negotiated around a table": it came about otherwise.
    r"\b(?:was|were)\s+not\s+negotiated\b|"
    # "Washington had never formally confirmed its participation in a Saturday meeting".
    r"\bnever\s+(?:\w+\s+)?(?:confirmed|agreed\s+to|accepted|attended|took\s+part)\b|"
    # "rejected any suggestion that it had agreed to talks": a denial too.
    r"\b(?:rejected|rejects|dismissed|dismisses)\s+(?:any\s+|the\s+)?(?:suggestions?|reports?|"
    r"claims?|talk)\s+(?:that|of)\b|\bwithout\s+(?:the\s+)?(?:participation|"
    # "the army stayed away", "Kyiv is not represented": a side absent from the table.
    r"involvement)\b|\bstay(?:ed|s|ing)?\s+away\b|\bboycott(?:ed|ing|s)?\b|"
    r"\b(?:is|was|are|were)\s+not\s+represented\b",
    _I,
)
_PHONE = re.compile(
    r"\b(?:phone|telephone|video\s*(?:call|link|conference)|call\s+with|spoke\s+by|"
    r"in\s+a\s+call|calls?\s+between)\b",
    _I,
)
# Verbs that report a round as having taken place.
_REALIS = re.compile(
    # "accepted a proposal for a truce": the proposal is no longer a mere idea.
    r"\b(?:held|met|hosted|took\s+place|ended|concluded|began|opened|wrapped\s+up|signed|"
    r"sat\s+down|accepted|"
    # "talks in Berlin on 14 December in which the Americans offered guarantees": what was
    # offered at the talks, told in a relative clause, does not put the talks in doubt.
    r"(?:in|at|during)\s+which)\b",
    _I,
)
# "KYIV, May 12 -", "DOHA/JERUSALEM, July 25 (Reuters) -": one city or two, the day, and
# the agency before or after it.
_DATELINE_PREFIX = re.compile(
    r"^\s*[A-Z][A-Z .'’/-]{1,40}(?:\s*\([^)]{0,30}\))?\s*(?:,\s*[^-–—,()]{1,25})?"
    r"(?:\s*\([^)]{0,30}\))?\s*[-–—]\s"
)
# A round that a piece of news comes before: "strikes on the eve of Istanbul talks".
_AHEAD_OF = re.compile(
    r"\b(?:on\s+(?:the\s+)?eve\s+of|ahead\s+of|in\s+the\s+run-up\s+to|before\s+(?=(?:this|next)\s+"
    r"week['’]s|tomorrow['’]s|the\s+upcoming|upcoming))\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:talks|round|meeting|negotiations|summit)\b",
    _I,
)
_DATELINE_END = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:,|[-–—])")
_NOT_NEGOTIATION = re.compile(
    # Not "a shouting match", which is the talks going badly.
    r"\b(?:(?<!shouting\s)(?<!slanging\s)match|playoff|tournament|league|festival|football|"
    r"championship|motor\s+show|"
    r"film|concert|olympic)\b|"
    # "Israeli jets struck the building in Doha where Hamas leaders were meeting": a strike
    # on one side's gathering.
    r"\b(?:struck|bombed|targeted|hit|shelled|attacked|raided)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)"
    r"{0,2}?(?:building|house|compound|offices?|headquarters|residence|villa|hotel)\b"
    r"[^.;]{0,60}?\bwhere\b|"
    # "The Security Council held an emergency closed-door meeting on the fighting": a body of
    # states deliberating on the war, which no side negotiates at.
    r"\b(?:Security\s+Council|General\s+Assembly)\s+(?:held|holds|met|meets|convened|convenes|"
    r"will\s+meet|will\s+hold|is\s+to\s+meet|is\s+due\s+to\s+meet|"
    # "the Security Council was scheduled to discuss the situation in closed consultations"
    r"(?:was|is|were)\s+(?:scheduled|due|set|expected)\s+to\s+(?:discuss|meet|hold|consider))\b|"
    r"\b(?:meeting|session)\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council\b",
    _I,
)
_RANK_ALONE = (
    r"\b(?:following|after)\s+(?:the|their|its)\s+(?:first|previous|last|earlier|initial|"
    r"opening)\s+(?:one\s+)?(?=(?:in|at|on)\b)"
)
_RANK_ALONE_RE = re.compile(_RANK_ALONE, _I)


def _opens_by_rank_alone(text: str, cut: int) -> bool:
    """Whether the recalled part cut at ``cut`` opens with the rank alone ("following the
    first on 16 May"; the cut may fall after its "after", a clause break)."""
    found = _RANK_ALONE_RE.search(text, max(0, cut - 12), cut + 80)
    return found is not None and found.start() <= cut + 2


# Earlier sittings counted by a rank and a number that stand for the noun of talks: "this
# is the third session; the first two were held in Abu Dhabi", "the two previous ones took
# place in Istanbul". (Not "the first two days", "the first three months": spans of time.)
_RANKED_SITTINGS_ALONE = (
    r"\b(?:the|their)\s+(?:(?:first|previous|earlier|initial|last)\s+(?:two|three|four|five)"
    r"(?:\s+ones)?|(?:two|three|four|five)\s+(?:previous|earlier|prior)\s+ones)\b"
    r"(?!\s+(?:days?|weeks?|months?|years?|hours?|nights?|of)\b)"
)
# Said held: "the first two were held", not "as he had the two previous ones", a comparison.
_RANKED_SITTINGS_HELD_TEXT = (
    rf"{_RANKED_SITTINGS_ALONE}\s+(?:had\s+)?(?:took\s+place|taken\s+place|were\s+held|"
    r"been\s+held|happened|convened)\b"
)
_RANKED_SITTINGS_HELD = re.compile(_RANKED_SITTINGS_HELD_TEXT, re.IGNORECASE)
_AFTER_SITTINGS = (
    r"\b(?:after|following)\s+(?:the\s+|their\s+)?(?:(?:two|three|four|five|several)\s+)?"
    r"(?:rounds|sessions|sittings)\s+(?=(?:in|at)\s+(?-i:[A-Z]))"
)
_AFTER_SITTINGS_RE = re.compile(_AFTER_SITTINGS, _I)


def _opens_by_sittings_after(text: str, cut: int) -> bool:
    """Whether the part cut at ``cut`` opens with placed sittings the one told came after
    ("after rounds in Muscat on 12 April"; the cut may fall after its "after")."""
    found = _AFTER_SITTINGS_RE.search(text, max(0, cut - 12), cut + 80)
    return found is not None and found.start() <= cut + 2


# "agreed on 13 points to hold the ceasefire agreed in Putrajaya on 28 July": a deal made
# at a place, named by its participle, is a sitting gone by, not the one the clause tells.
# Dated, it is another sitting; undated, it may be the one told ("met in Doha on Tuesday. The
# truce reached in Doha brought the hostages home").
_DEAL_MADE_AT = re.compile(
    r"\b(?:ceasefire|truce|deal|agreement|accord|declaration)\s+(?:agreed|reached|struck|"
    r"brokered)\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*"
    rf"\s+(?:on\s+(?:the\s+)?(?:\d|{DAY_WORD})|in\s+(?:(?:19|20)\d\d\b|{DAY_WORD})|"
    rf"(?:last|this)\s+(?:week|month|year|{DAY_WORD})|yesterday)",
    _I,
)
_BACK_REFERENCE = re.compile(
    r"\b(?:previous|earlier|prior|past|preceding|former)\s+(?:\w+\s+){0,3}"
    r"(?:rounds?|talks|meetings?|sessions?|negotiations?|discussions)\b|"
    r"\b(?:rounds?|talks|meetings?|negotiations?)\s+(?:\w+\s+){0,4}(?:last|earlier\s+this)\s+"
    r"(?:month|week|year|weekend)\b|\b(?:\w+\s+)?(?:weeks?|months?|years?|days?)\s+ago\b|"
    # Not "the committee that oversees last year's truce": the time of the truce, not of a
    # sitting ("last month's round in Geneva" still recalls one).
    r"\blast\s+(?:month|year)\b(?!['’]s\s+(?!(?:[\w-]+\s+){0,2}?(?:rounds?|talks|meetings?|"
    r"sessions?|negotiations|summits?)\b))|\bin\s+(?:19|20)\d\d\b|"
    # "the second in the city since the first trilateral meeting, held on 23 January, which
    # both sides called constructive": what follows "since" is the earlier sitting.
    r"\bsince\s+(?:the|their|its)\s+(?:first|last|previous|earlier)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:rounds?|talks|meetings?|sessions?|summit|negotiations|encounter)\b|"
    # "lasted a little less than their session in Geneva on 4 May": a sitting compared with.
    r"\bthan\s+(?:at\s+|in\s+)?(?:the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:session|meeting|round|talks|encounter|summit|sitting)\b|"
    # "The meeting followed talks in the same city on Sunday": the talks came before.
    # So did talks another "built on" or "grew out of"; talks a truce is "to be followed
    # by" come after it.
    r"(?:\b(?:(?<!\bbe\s)followed|follows|buil[td]s?\s+on|grew\s+out\s+of|drew\s+on)|(?<=\bcame\s)after|"
    r"(?<=\bcomes\s)after)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:talks|rounds?|meetings?|negotiations|discussions|sessions?|encounters?|summits?|"
    r"sittings?)\b|"
    # "held a second round, following the first in Muscat on 6 February": the earlier sitting
    # named by its rank alone.
    rf"{_RANK_ALONE}|"
    # "the palace where the sides last met on 2 June", "the city where the two teams last
    # sat down together": the place of the latest sitting before the one told, recalled in
    # a where/when clause of a sentence about this one. (A sentence of its own, "They last
    # met on 2 June", is dated before the article and so recalled already.)
    r"\b(?:where|when)\s+(?:[\w'’-]+\s+){1,3}?last\s+(?:met|sat\s+down|sat\s+together|"
    r"talked|negotiated|convened|gathered|held\s+talks)\b|"
    # "met in Geneva on Tuesday, after rounds in Muscat on 12 April and in Rome on 19 April",
    # "following two sessions in Abu Dhabi": sittings in the plural, placed, that came before
    # the one told. (Not "after talks in Geneva on Tuesday, he said": talks may be this round.)
    rf"{_AFTER_SITTINGS}|{_RANKED_SITTINGS_HELD_TEXT}|"
    rf"{_DEAL_MADE_AT.pattern}",
    _I,
)
# "after three years of silence", "after months of fighting": a stretch of time, which
# neither recalls a sitting nor opens a clause of another event.
_A_WHILE = (
    r"\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+of\b"
)
_AFTER_A_WHILE = re.compile(rf"after{_A_WHILE}", _I)
# Words that open the part of a clause recalling an earlier round.
_BACK_REFERENCE_LEAD = re.compile(
    r"\b(?:and|which|after|following|followed|than|like|as\s+(?:in|at)|since)\b", _I
)
# Talks of the same conflict that the article sets apart from its round: "Iran's separate
# talks with the United States", "a parallel track". They are another round, never this one.
_SEPARATE = re.compile(
    r"\b(?:separate|parallel|distinct|other)\s+(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations?|"
    r"track|channel|process|discussions|dialogue)\b|"
    # "The rebels have their own track with Kinshasa": another table. Not "experts held
    # their own talks alongside the chief negotiators", a part of the same round.
    r"\b(?:their|its)\s+own\s+(?:[\w'’-]+\s+)?(?:track|channel|process)\b",
    _I,
)
_SEPARATELY = re.compile(r"\b(?:separately|in\s+parallel|on\s+a\s+separate\s+track)\b", _I)
_YEARS_BACK = re.compile(
    r"\blast\s+year\b|\bin\s+(?:19|20)\d\d\b|\byears?\s+(?:ago|earlier|before)\b", _I
)
_NEW_ROUND = re.compile(
    r"\b(?:next|new|another|further|fresh|upcoming|following)\s+(?:\w+\s+)?"
    r"(?:round|talks|meeting|session)\b",
    _I,
)
# A round said to open on the day of publication may still be going on. Talks that
# "resumed" on the day were held again, which says nothing of their length.
_OPENING = re.compile(
    r"\b(?:began|begin|begins|opened|opens|started|starts|kicked\s+off|got\s+under\s*way|"
    r"first\s+day|continu\w*)\b",
    _I,
)
# Verbs that report talks as done: with a date no later than publication, a round most
# likely over. Reporting verbs ("said") are left out: they wrap futures as often as pasts.
_DONE = re.compile(
    r"\b(?:held|met|ended|concluded|finished|wrapped\s+up|took\s+place|lasted|"
    r"signed|sat\s+down|settled|failed|agreed|reached|discussed|spent|hosted|resumed|"
    r"put\s+their\s+(?:names|signatures))\b",
    _I,
)
# A round going on past publication: its next sitting is a day or so away.
_SITS_AGAIN = re.compile(
    r"\b(?:due|expected|set|scheduled|intend|intends|plan|plans|planned|to|will|would)\s+"
    r"(?:to\s+)?(?:continue|resume|reconvene|meet\s+again)\b",
    _I,
)
# Talks going on from a day up to the time of writing: "have been negotiating since 6 May".
_ONGOING_SINCE = re.compile(
    r"\b(?:negotiating|talking|in\s+talks|been\s+meeting|under\s*way|going\s+on|continuing)\b"
    r"[^.;]{0,60}?\bsince\s+$",
    _I,
)
# The round told of, with the day it opened in a relative clause: "The round, which opened
# in the Qatari capital on 6 July, ...", "talks that began on 6 May": the same round, weeks
# on, not an earlier one.
_RUNNING_SINCE = re.compile(
    r"\b(?:round|talks|negotiations|consultations|discussions)\s*,?\s+(?:which|that)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:opened|began|started|kicked\s+off|got\s+under\s*way)\b"
    r"[^.;]{0,60}?$",
    _I,
)
# The first sitting of a round ended, not the round: "the first session ended".
_FIRST_SITTING = re.compile(
    # Not "That first meeting ... ended with a few minutes of conversation": a first round
    # pointed back at as a whole.
    r"(?<!\bthat\s)(?<!\bthis\s)\b(?:first|opening)\s+(?:day|session|sitting|meeting)\b|"
    r"\bday\s+one\b",
    _I,
)
# The talks told as over, the way a live page or a wire's update puts it: "After eight hours,
# it is over", "And it has already finished: forty minutes", "The meeting is over", "the talks
# have now ended". The subject is the talks or "it" opening the sentence (after a timestamp,
# a connective or a short phrase of time); the verb has no object ("has ended its boycott")
# and no "for today" (a day's sitting, with more to come).
_TALKS_OVER = re.compile(
    r"^(?:[^.;]{0,40}?[-–:]\s+)?(?:(?:and|so|but|now|then|well)\s*,?\s+)?(?:[^.;,]{0,50},\s*)?"
    r"(?:it|(?:the|this|today['’]s|tonight['’]s)\s+(?:[\w-]+\s+)?(?:meeting|session|talks|"
    r"round|negotiations|discussions|consultations|sitting))"
    r"(?:\s+(?:is|are|was|were)\s+(?:now\s+|already\s+|all\s+|finally\s+)?(?:over|finished)|"
    r"['’]s\s+(?:now\s+|all\s+)?over|"
    r"\s+(?:has|have)\s+(?:now\s+|already\s+|just\s+|finally\s+)?(?:finished|ended|concluded|"
    r"wrapped\s+up|broken\s+up|closed|come\s+to\s+an\s+end))\b"
    r"(?!\s+(?:for\s+(?:today|the\s+day|the\s+night|now|tonight)|its|the|a|an|their|his|her|"
    r"any|our|this|that)\b)",
    _I,
)
# A round still to come that will not be held as planned: a side staying away ("would not
# take part in", "pulled out of", "is boycotting") or a postponement with no new day ("has been
# postponed indefinitely", "postponed ...; new dates will be announced"). Only with _WAS_DUE:
# a side leaving talks under way ended them; a round put off to a named day still takes place.
_CALLED_OFF_BY_A_SIDE = re.compile(
    r"\b(?:(?:will|would)\s+not|won['’]t|refus\w+\s+to|declined\s+to)\s+(?:take\s+part|"
    r"attend|participate|join|send\s+(?:a\s+|its\s+|any\s+)?(?:delegation|team|negotiators))\b|"
    r"\bpull(?:s|ed|ing)?\s+out\s+of\b|\bboycott(?:s|ed|ing)?\b|"
    r"\bpostpone[ds]?\b(?:\s+(?:indefinitely|until\s+further\s+notice|sine\s+die|without\s+"
    r"(?:a\s+)?(?:new\s+)?date)\b|[^.]{0,120}?\bnew\s+(?:dates?|time)\s+(?:will|would)\s+be\s+"
    r"(?:announced|set|fixed|agreed)\b)",
    _I,
)
_PUT_OFF = re.compile(r"\b(?:postponed|put\s+off|pushed\s+back)\b", _I)
_WAS_DUE = re.compile(
    r"\b(?:(?:was|were)\s+)?(?:due|scheduled|set|planned|expected|supposed|meant)\s+to\s+"
    r"(?:open|begin|start|take\s+place|be\s+held|meet|resume|convene)\b|"
    r"\b(?:was|were)\s+to\s+(?:open|begin|start|take\s+place|be\s+held|meet|resume|convene)\b",
    _I,
)
# The verb a date hangs on: "ended on Thursday" dates the last day of a round, "which opened
# on Wednesday" its first.
_ENDED_ON = re.compile(
    r"\b(?:ended|concluded|wrapped\s+up|closed|finished|broke\s+up)\b[^.;:]{0,80}$", _I
)
# The venue may come between: "a session that began in the Malaysian capital on Monday".
_OPENED_ON = re.compile(
    r"\b(?:opened|began|started|kicked\s+off|got\s+under\s*way)\s+"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:[\w'’-]+,?\s+){0,3}?$|"
    # "Delegations opened talks in Jeddah on 6 May": the verb, its object, then the place.
    r"\b(?:opened|began|started)\s+(?:talks|negotiations)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,3}?on\s+$|"
    # The noun: "the truce declared at their opening on 15 December".
    r"\b(?:at|on)\s+(?:the|their|its)\s+opening\s+(?:session\s+|day\s+)?(?:on\s+)?$|"
    # "after intensive indirect negotiations hosted by the city since Monday": held from then.
    r"\b(?:negotiations|talks|consultations)\b[^.;,]{0,60}?\bsince\s+$",
    _I,
)
# "The fighting began on 24 July": the war that brought the sides to the table began then.
_WAR_BEGAN = re.compile(
    r"\b(?:fighting|clashes|war|hostilities|offensive|invasion|violence|shelling)\s+"
    r"(?:opened|began|started|kicked\s+off)\b",
    _I,
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
            # "called it off", "called the meeting off": the object may come between.
            r"\b(?:called\s+(?:(?:it|them|the\s+(?:\w+\s+)?(?:talks|meeting|session|round|"
            # Not "The cancelled meeting would have followed the fifth round": the adjective
            # names another sitting than the one the sentence recalls.
            r"consultations))\s+)?off|(?<!\bthe\s)cancel(?:l)?ed|scrapped|suspended|abandoned|"
            r"(?:will|would)\s+not\s+(?:take\s+place|go\s+ahead|happen)|"
            # "the session did not go ahead". ("A sixth session never took place" looks back
            # from a later story, often at a round other than the one it dates.)
            r"(?:did\s+not|didn['’]t)\s+(?:take|go)\s+(?:place|ahead)|"
            r"collaps(?:ed|es|e)\s+before\s+(?:they|it)\s+(?:even\s+)?(?:start|started|began|opened)|"
            r"won['’]t\s+(?:take\s+place|go\s+ahead|happen)|"
            # "will not be held on Saturday", a headline's "The Rome round that will not be".
            r"(?:will|would)\s+not\s+be\s+held|won['’]t\s+be\s+held|"
            r"\b(?:that|which)\s+(?:will|would)\s+not\s+be(?=\s*(?:[:;,.]|$)))\b",
            _I,
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"\b(?:enter(?:s|ed|ing)?\s+(?:a|its|their|the)?\s*(?:second|third)\s+day|"
            r"(?:moved|moving|went)\s+into\s+(?:a|its|their|the)?\s*(?:second|third)\s+day|"
            r"under\s*way|are\s+being\s+held|is\s+being\s+held|(?:begin|resume)\s+a\s+second|"
            r"continu\w*\s+(?:[\w'’-]+\s+){0,3}?(?:on|for|into)\s+a\s+(?:second|third)|"
            r"second\s+day\s+of)\b",
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
_NEXT_SITTING_AGREED = (
    r"\b(?:next|another|new|further|follow-up)\s+(?:meeting|round|session|sitting)\s+"
    r"(?:(?:of\s+(?:talks|negotiations)|is|was|has\s+been|had\s+been|were)\s+){0,2}"
    r"(?:already\s+|now\s+|tentatively\s+)?"
    # "The next round is due on Saturday", "another meeting is expected": a sitting to come.
    r"(?:agreed|settled|scheduled|expected|planned|due|set\s+for|slated|pencilled)\b|"
    # "the next session of the mechanism would be held on 19 December", "the next meeting will
    # take place in the near future", a headline's "new meeting to follow soon": a sitting
    # to come, told as a fact. Not "whether the next round will take place".
    r"(?<!\bwhether\s)(?<!\bif\s)(?<!\bwhether\sthe\s)(?<!\bif\sthe\s)"
    r"\b(?:next|another|new|further|follow-up)\s+(?:meeting|round|session|sitting)\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?(?:will|would|is\s+to|was\s+to|(?:is|was)\s+"
    r"(?:due|expected|set)\s+to|to)\s+(?:be\s+held|take\s+place|convene|follow)\b|"
    # "Both said there would be another meeting": one more sitting ahead.
    r"\bthere\s+(?:will|would|is\s+to|was\s+to)\s+be\s+(?:another|an?\s+(?:new|further|next|"
    r"follow-up|second|third|fourth|fifth|sixth))\s+(?:[\w-]+\s+)?(?:round|meeting|session|"
    r"sitting)\b"
)
# The words for talking that sides say they will go on with: "would continue contacts".
_TALKING = (
    r"(?:talks|negotiations|dialogue|discussions|consultations|contacts?|meetings|exchanges|"
    r"engagement|process|work)\b"
)
_AGREED_TO_CONTINUE = re.compile(
    # "agreed on Saturday to hold a second round": the day may come between.
    r"\bagree(?:s|d|ing)?\s+(?:on\s+\w+day\s+)?to\s+(?:\w+\s+){0,6}?(?:continue|keep|meet\s+again|"
    r"resume|hold\s+(?:another|further|more|an?\s+(?:second|third|fourth|fifth|sixth|new|next)\s+"
    r"round)|reconvene|further\s+talks)|\bwill\s+continue\b|"
    r"\bcontinue\s+working\s+towards?\b|\bto\s+continue\s+(?:the\s+)?(?:talks|negotiations|"
    r"dialogue|process)\b|\bagreed\s+to\s+keep\s+the\s+process\s+going\b|"
    r"\b(?:talks|negotiations|discussions)\s+would\s+(?:continue|resume)\b|"
    # "the sides would meet again in January", "will reconvene", "before meeting again".
    r"\b(?:will|would|to|before)\s+(?:meet(?:ing)?|convene|sit(?:ting)?\s+down)\s+again\b|"
    r"\b(?:will|would|to|agreed\s+to)\s+reconvene\b|"
    # "said they would keep working on the treaty": going on with it, in other words.
    # "say they intend to keep meeting", "agreed to keep talking".
    r"\b(?:will|would|(?:intend|intends|intended|plan|plans|planned|expect|expects|expected|"
    r"agree|agreed|agrees)\s+to)\s+keep\s+(?:on\s+)?(?:working|talking|meeting|negotiating)\b|"
    # "They committed to keep working on it intensively", "vowed to keep talking".
    r"\b(?:will|would|(?:committed|pledged|promised|vowed)\s+to)\s+keep\s+(?:on\s+)?"
    r"(?:working|talking|meeting|negotiating)\b|"
    r"\b(?:will|would)\s+continue\s+(?:to\s+(?:talk|meet|negotiate)|talking|meeting|negotiating|"
    r"(?:the\s+)?(?:talks|negotiations|dialogue|discussions))\b|"
    # "agreed that experts would begin work", "agreed to set up teams to work on ending the
    # war": a process that goes on.
    r"\bagreed\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:would|will)\s+(?:begin|start|continue|meet|"
    r"resume|hold|work)\b|\b(?:will|would)\s+(?:return|come\s+back)\s+(?:for|to)\s+(?:another|a\s+"
    r"new|further|more)\s+(?:session|round|talks|meeting)|"
    # "would go home to consult and come back to Geneva next week": back to the table. Not
    # "would return to Moscow", which may be only the way home.
    r"\b(?:will|would)\s+(?:[\w'’-]+\s+){0,5}?(?:come\s+back|return)\s+to\s+(?:the\s+(?:table|"
    r"talks|negotiating\s+table)\b|(?<=come\sback\sto\s)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:next|in\s+(?:a|two|three)|after|within)\b)|"
    r"\bagree(?:s|d|ing)?\s+to\s+(?:set\s+up|form|create|establish|appoint)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:teams|working\s+groups|committees?|commissions?)\b|"
    # "would continue their consultations", "agreed to 'continue the negotiations'": the
    # talking itself goes on, whoever's it is and however it is called.
    # Not "keen to continue their discussions", a wish.
    # "we are ready to continue contacts": a side's stated readiness, said after the round.
    r"\b(?:will|would|and|(?:agree(?:s|d)?|decided|pledged|promised|committed|(?:are|is|was|were|"
    r"remain|remains|remained|stand|stands|stood)\s+(?:ready|prepared|willing))\s+to)\s+"
    r"[\"“‘']?continue\s+(?:the\s+|their\s+|these\s+|such\s+)?"
    rf"(?:[\w-]+\s+)?{_TALKING}|"
    # "spoke of continuing the dialogue" (not "amid continuing talks", talks still going on).
    rf"\b(?:of|on|about|to)\s+continuing\s+(?:the\s+|their\s+)?{_TALKING}|"
    # "the sides would continue, after consultations": the sides as the ones who go on.
    # "they expect to continue", "both intend to continue": what they mean to do next.
    # "We decided to continue, after consultations in our capitals": a side speaking.
    r"\b(?:sides|parties|delegations|teams|they|both|we)\s+(?:would|will|(?:had\s+|have\s+)?"
    r"(?:agreed|decided)\s+to|(?:expect|expected|intend|intended|plan|planned)\s+to)\s+"
    r"continue(?=\s*[,.;]|\s+(?:after|next|later|soon|shortly|in\s+the\s+coming)\b)|"
    # "before the teams meet again", "would come together again": a next sitting ahead.
    r"\b(?:before|until)\s+(?:the\s+|both\s+|they\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?:meet|met|meets|convene)\s+again|reconvene)\b|"
    r"\b(?:will|would|to)\s+(?:come|get)\s+together\s+again\b|"
    # "agreed to hold the next meeting in Pakistan", "will hold another round".
    r"\b(?:will|would|(?:agree(?:s|d|ing)?|decided|plan(?:s|ned)?)\s+to)\s+hold\s+"
    r"(?:another|further|more|the\s+next|an?\s+(?:next|new|further|follow-up|second|third|"
    r"fourth|fifth|sixth))\s+(?:[\w-]+\s+)?(?:round|meeting|session|talks|sitting)\b|"
    # "agreed there to start expert-level work": the work of the talks goes on.
    r"\bagree(?:s|d|ing)?\s+(?:there\s+|then\s+|also\s+|in\s+principle\s+)?to\s+(?:start|begin|"
    rf"launch|open)\s+(?:[\w-]+\s+){{0,3}}?{_TALKING}|"
    r"\b(?:agree(?:s|d|ing)?\s+to|will|would)\s+(?:stay|keep|remain)\s+in\s+(?:close\s+|"
    r"regular\s+|constant\s+)?(?:touch|contact)\b|"
    # "Talks would resume after the holiday"; "talks were due to continue on Monday" is the
    # same round's next day, not a round to come.
    # "he said the contacts would continue": the talking, whatever it is called.
    r"\b(?:talks|negotiations|discussions|consultations|contacts|dialogue)\s+(?:will|would)\s+"
    r"(?:continue|resume|go\s+on|carry\s+on)\b"
    r"(?!\s+(?:on\s+)?(?:(?:early\s+|late\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
    r"(?:the\s+)?(?:next|following)\s+(?:day|morning)|in\s+the\s+morning|overnight)\b)|"
    # "In a joint statement, the leaders ... said the discussions should continue": the sides'
    # own word that the talking goes on. (Not "the UN urged that talks should continue".)
    r"\b(?:said|agreed|stated|declared|affirmed)\s+(?:that\s+)?(?:the\s+|their\s+)?(?:talks|"
    r"discussions|negotiations|dialogue|contacts)\s+should\s+(?:continue|go\s+on)\b|"
    # "negotiations would now turn to an effective ceasefire": the talks move on to the next
    # matter.
    r"\b(?:talks|negotiations|discussions)\s+(?:will|would)\s+(?:now\s+|next\s+)?(?:turn|move|"
    r"proceed)\s+to\b|"
    # "Talks on the second phase would begin within two weeks": the next stage of the talks.
    r"\b(?:talks|negotiations|discussions)\s+on\s+(?:the\s+|a\s+)?(?:next|second|third|final|"
    r"further|remaining)\s+(?:phase|stage|steps?)\b[^.;]{0,30}?\s+(?:will|would|are\s+to|were\s+"
    r"to|(?:are|were)\s+(?:due|expected|set)\s+to)\s+(?:begin|start|open)\b|"
    r"\bnext\s+(?:step|phase|stage)(?:\s*,[^,]{1,40},)?\s+(?:will|would|is\s+to)\s+be\s+"
    r"(?:[\w-]+\s+){0,2}?(?:negotiations|talks|a\s+(?:new\s+)?round)\b|"
    # "Under the deal, military commanders will meet on Friday": follow-up talks it fixed.
    r"\bunder\s+the\s+(?:deal|agreement|accord|arrangement|terms)\b[^.;]{0,80}?\b(?:will|would|"
    r"are\s+to|is\s+to)\s+(?:hold\s+(?:[\w-]+\s+)?(?:talks|meetings?)|meet)\b|"
    r"\b(?:meeting|talks|round|session)\s+(?:would|will|is\s+to|was\s+to)\s+follow\b|"
    # "a step that keeps the channel open", "committing to negotiations on a peace deal",
    # "talks on a final deal to begin by 8 August": the talking goes on.
    r"\bkeep(?:s|ing)?\s+(?:the\s+|a\s+|their\s+|this\s+)?(?:channels?|lines?\s+of\s+"
    r"communication|dialogue)\s+open\b|"
    # "committing to a permanent ceasefire and to negotiate a peace agreement", "the text
    # commits the two sides to ... begin talks on a final deal".
    r"\bcommit(?:ted|ting|s)?\s+(?:the\s+two\s+sides\s+|both\s+sides\s+|them\s+|themselves\s+)?"
    r"to\s+(?:[^.;]{0,100}?\bto\s+)?(?:negotiat\w+|(?:begin|start|open|hold|resume)\s+(?:[\w-]+\s+)?"
    r"(?:talks|negotiations)|(?:further\s+|continued\s+|new\s+)?(?:negotiations|talks))\b|"
    r"\b(?:talks|negotiations)\s+on\s+(?:a|the)\s+(?:final|comprehensive|permanent|full|lasting)\s+"
    r"(?:deal|agreement|settlement|accord)\s+(?:to|would|will|are\s+to)\s+(?:begin|start|open)\b|"
    # "That meeting, too, ended with a commitment to keep talking", "a pledge to meet again":
    # the going on told as a noun. Not one denied ("made no commitment to continue the talks").
    r"(?<!\bno\s)(?<!\bany\s)(?<!\bwithout\s)(?<!\bwithout\sa\s)(?<!\bwithout\sany\s)"
    r"\b(?:commitment|pledge|promise|undertaking|decision|resolve)s?\s+to\s+(?:keep\s+(?:on\s+)?"
    r"(?:talking|meeting|negotiating|working)|continue\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
    rf"{_TALKING}|meet\s+again|reconvene|resume\s+(?:the\s+|their\s+)?(?:talks|negotiations))|"
    # "agreed on the need to continue the discussions started in Doha": what they agreed is
    # that the talking goes on.
    r"\bagree(?:s|d)?\s+(?:on|about|upon)\s+the\s+(?:need|importance|necessity)\s+(?:to|of)\s+"
    r"(?:continu(?:e|ing)|keep(?:ing)?|resum(?:e|ing)|meet(?:ing)?\s+again)\b|"
    # "The lists are still to be finalised at a further meeting": work left to a sitting ahead.
    r"\b(?:to|will|would)\s+be\s+(?:[\w-]+\s+){0,2}?(?:finali[sz]ed|settled|discussed|agreed|"
    r"worked\s+out|completed|taken\s+up|resolved|decided)\s+at\s+(?:a|the)\s+(?:further|next|new|"
    r"follow-up|later|subsequent)\s+(?:meeting|round|session|sitting)\b|"
    # "the next round would be announced once the capitals had consulted": a sitting to come,
    # its date still to be told (not "when the next round will be announced").
    r"(?<!\bwhether\s)(?<!\bif\s)(?<!\bwhen\s)(?<!\bwhether\sthe\s)(?<!\bif\sthe\s)"
    r"(?<!\bwhen\sthe\s)\b(?:next|another|new|further|follow-up)\s+(?:meeting|round|session|"
    r"sitting)\s+(?:would|will|is\s+to|was\s+to)\s+be\s+(?:announced|fixed|arranged|set|"
    r"scheduled|dated)\b|"
    # "the next meeting is agreed in principle": the sitting to come is what was agreed.
    rf"{_NEXT_SITTING_AGREED}",
    _I,
)
# "made no commitment to continue the talks", "left without a pledge to meet again": the
# going on denied, whatever words then tell it.
_NO_PLEDGE_BEFORE = re.compile(
    r"\b(?:no|any|without(?:\s+an?|\s+any)?|never)\s+(?:[\w-]+\s+)?(?:commitments?|pledges?|"
    r"promises?|undertakings?|decisions?|plans?|intentions?|willingness|readiness)\s*$",
    _I,
)


def _continuations(text: str) -> list[int]:
    """Where ``text`` says the talks go on, unless the words before deny it."""
    return [
        hit.start()
        for hit in _AGREED_TO_CONTINUE.finditer(text)
        if not _NO_PLEDGE_BEFORE.search(text[max(0, hit.start() - 40) : hit.start()])
    ]


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
    # "in the Egyptian Red Sea resort of Sharm el-Sheikh": up to three words of description.
    r"(?:\b(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:city|capital|resort|town|port)"
    r"\s+(?:of\s+)?|"
    r"\b(?:in|at|near|outside)\s+(?:the\s+)?|\bheld\s+in\s+|\bhosted\s+by\s+[\w\s'’-]{1,40}?\s+in\s+|"
    # "in the East Room of the White House": a room or building of the place.
    r"\b(?:in|at|inside)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:room|hall|palace|residence|"
    r"gardens?|lawn|building|offices|headquarters|compound|wing|ballroom)\s+of\s+(?:the\s+)?|"
    # "at a castle in Rimbo, north of Stockholm": the city the place is described by.
    r"\b(?:just\s+)?(?:north|south|east|west|outskirts|outside)\s+of\s+(?:the\s+)?|"
    # "the sixth round, planned for Muscat on Sunday": the place a sitting was set for.
    r"\b(?:planned|scheduled|set|slated|pencilled|penciled|due|fixed)\s+for\s+)$",
    _I,
)
# Actors are often listed: "mediated by Egypt, Qatar, Turkey and the United States".
_LIST_BEFORE = r"(?:(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?(?:\s*,\s*|\s+and\s+))*(?:the\s+)?"
# A listed name never runs across a preposition: in "Russia and Ukraine under U.S.
# mediation" the list is "Russia and Ukraine", and the mediation is not theirs.
# Nor across a verb of saying: in "the envoy for Sudan, said the mediators would", the
# mediators are not Sudan.
_LISTED_WORD = (
    # Nor across a negation: "meet in Abu Dhabi, without intermediaries".
    r"(?!(?:under|with|without|in|at|by|for|from|to|on|after|before|between|as|said|says|told|"
    r"added|no|not|never)\b)"
    # Nor over a possessive: in "X represented Washington, and Oman's Y shuttled between
    # them" the errand is Y's, of Oman, not a list with Washington in it.
    r"(?![\w.-]+['’]s\b)"
    r"[\w'’.-]+"
)
_LIST_AFTER = rf"(?:\s*(?:,|and)\s+(?:the\s+)?{_LISTED_WORD}(?:\s+{_LISTED_WORD}){{0,2}}?)*"
# The go-between's errand: carrying each side's words to the other, walking between rooms.
_ERRAND = (
    r"(?:(?:carr(?:ied|ying|ies|y)|pass(?:ed|ing|es)|relay(?:ed|ing|s)|ferr(?:ied|ying|ies)|"
    r"convey(?:ed|ing|s)|shuttl(?:ed|ing|es)|took|taking)\s+(?:the\s+|their\s+|each\s+side['’]s\s+|"
    r"(?:[\w-]+\s+){0,2}?)(?:messages?|proposals?|positions?|repl(?:y|ies)|responses?|drafts?|"
    r"answers?|counter-?proposals?)|"
    # Between the sides, not "shuttled between this war and the Middle East" (envoys' beat).
    # "the Israeli and Hamas delegations": the sides' names may come before the noun.
    r"shuttl(?:ed|ing|es)\s+(?:back\s+and\s+forth\s+)?between\s+(?:the\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:rooms|delegations|sides|teams|parties|camps|halls|buildings|floors|capitals)\b|"
    r"them\b|(?-i:[A-Z]))|"
    # "... and the minister moved between them": the rooms or sides just named.
    r"(?:went|goes|going|walked|walking|walks|moved|moving|moves)\s+(?:back\s+and\s+forth\s+)?"
    r"between\s+(?:(?:the\s+)?(?:two\s+)?(?:rooms|delegations|sides|teams|halls|buildings|floors)|"
    r"them\b(?!\s+(?:and|or)\b)))"
)
# Where a go-between brings the sides: together, to the table, under one roof, to the same
# building, face to face; or to sign.
_TO_ONE_TABLE = (
    r"(?:together|face\s+to\s+face|to\s+(?:the\s+)?(?:negotiating\s+)?(?:table|talks)|"
    r"to\s+(?:the\s+same|one|a\s+single)\s+(?:table|room|building|venue|roof|hotel)|"
    r"under\s+(?:one|the\s+same)\s+roof|to\s+(?:sign|agree))\b"
)
# Claiming the go-between's role: "has cast himself as the deal's broker", "styles itself the
# mediator", "presented herself as an honest broker".
_CASTS_ITSELF = (
    r"(?:(?:has|had|have|also|long)\s+){0,2}(?:cast|casts|casting|styled|styles|presented|presents|"
    r"billed|bills|positioned|positions)\s+(?:himself|herself|itself|themselves)\s+(?:as\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:broker|mediator|go-between|peacemaker|"
    r"facilitator|intermediary)\b"
)
# The words for a go-between, as news writes them.
# "with Egypt and the United States as co-mediators": the prefix shares the errand.
_GO_BETWEEN = r"(?:(?:co-?)?mediators?|go-betweens?|intermediar(?:y|ies)|(?:co-?)?facilitators?)\b"
_MEDIATOR_AFTER = re.compile(
    # "Qatar, Egypt and the United States mediated the deal": each of the list is at the
    # errand. Not the passive, which names the sides: "Russia and Ukraine brokered by Turkey".
    # (The hyphened form only right after the name: in "Congo and Rwanda sign US-brokered
    # deal" the list would run over the verb.)
    r"^\s*[-–]\s*(?:mediated|brokered|moderated|facilitated|sponsored)\b|"
    rf"^{_LIST_AFTER}\s+(?:(?:have|has|had|also|jointly|together|again)\s+){{0,2}}"
    r"(?:mediated|brokered|moderated|facilitated|sponsored)\b(?!\s+by\b)|"
    # The steering verbs said of the government's envoys: "Turkish officials chaired the
    # session", "the Turkish foreign minister opened the talks".
    rf"^{_LIST_AFTER}(?:\s+[\w'’]+){{1,2}}\s+(?:(?:has|had|also|again|then)\s+)?(?:chaired|co-?chaired|"
    r"presided\s+over|moderated|opened)\s+(?:the|a|an|this|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:talks|session|sessions|meeting|round|negotiations|discussions)\b|"
    # "Oman's foreign minister, who shuttled between the delegations": the office, then the
    # errand.
    r"^(?:['’]s)?(?:\s+[\w'’]+){1,3}?,\s+(?:who|which)\s+(?:(?:has|had|also|again)\s+)*"
    rf"(?:{_ERRAND}|mediated|brokered)\b|"
    # "Qatar, which has cast itself as the go-between": the role the government claims.
    rf"^{_LIST_AFTER},?\s+(?:which|who)\s+{_CASTS_ITSELF}|"
    # "Oman, which hosted most of the sessions and mediated all five": the errand told by the
    # second verb of the relative clause (not "Ukraine, which the UAE hosted and facilitated",
    # where the relative is the object of another's verbs).
    r"^,\s+which\s+(?:has\s+|had\s+)?(?-i:[a-z]+ed|lent|held|gave|sent|kept|set)\b[^,;.]{0,50}?\s+and\s+(?:also\s+|then\s+)?"
    r"(?:mediated|brokered|facilitated|chaired)\b|"
    # "The US administration has brokered the meeting": the government at the errand.
    r"^(?:\s+(?:administration|government|officials|diplomats|envoys?))?\s+(?:has|have|had)\s+"
    r"(?:also\s+|again\s+)?(?:mediated|brokered|facilitated)\b|"
    # "Norwegian and Swiss diplomats facilitated the talks": the envoys of each named at it.
    rf"^{_LIST_AFTER}\s+(?:officials|diplomats|envoys|mediators|negotiators)\s+(?:also\s+|"
    r"jointly\s+)?(?:mediated|brokered|facilitated|moderated)\b|"
    r"^['’]s\s+(?:mediation|mediators?|facilitation|auspices)|"
    # "under Turkish mediation", "under Qatari and Egyptian auspices".
    rf"^{_LIST_AFTER}\s+(?:mediation|auspices|facilitation|sponsorship|aegis)\b|"
    r"^\s+for\s+(?:its|their|his|her)\s+(?:mediation|mediating|role\s+as\s+mediator)|"
    # "an Omani delegation, acting as go-between, ...": the envoys named first.
    rf"^{_LIST_AFTER}(?:\s+(?:delegation|officials|diplomats|envoys?|team|government),?)?\s+"
    rf"(?:acted|acting|served|serving)\s+as\s+(?:a\s+|the\s+)?{_GO_BETWEEN}|"
    rf"^{_LIST_AFTER},?\s+(?:(?:once\s+)?again\s+)?in\s+(?:the|its|their)\s+(?:usual\s+)?role\s+of\s+"
    rf"(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    rf"^{_LIST_AFTER}\s+{_GO_BETWEEN}|"
    # "Egyptian and Qatari officials shuttled between the delegations", "an Omani envoy went
    # back and forth between the rooms": the go-between's errand names it even where the
    # word "mediator" never appears.
    rf"^{_LIST_AFTER}(?:\s+[\w'’]+){{0,2}}\s+(?:(?:has|had|also|again)\s+)*{_ERRAND}\b|"
    # "Saudi and American officials, who facilitated the talks": the envoys of each.
    # "Egypt and Qatar, which mediate between the two sides": the standing errand, told in
    # the present.
    rf"^{_LIST_AFTER}(?:\s+(?:officials|diplomats|envoys|ministers|mediators))?,?\s+(?:which|who)\s+"
    r"(?:also\s+|had\s+|has\s+|jointly\s+)?(?:brokered|mediated|moderated|facilitated|"
    r"(?:mediate|mediates|broker|brokers)\s+(?:between|the|this|these|a)\b)|"
    # A host that also steers: "Norway, which hosted the talks, also chaired them", "the
    # Qatari government hosted and brokered the meeting". Lending the room alone is not this.
    rf"^{_LIST_AFTER},\s+(?:which|who)\s+(?:had\s+|has\s+)?hosted\s+[^,;.]{{1,60}},\s+"
    r"(?:also\s+|then\s+|itself\s+)?(?:mediated|brokered|chaired|moderated|facilitated)\b|"
    r"^(?:\s+(?:administration|government))?\s+(?:(?:has|had)\s+)?(?:both\s+)?hosted\s+and\s+"
    r"(?:also\s+)?(?:mediated|brokered|chaired|moderated|facilitated)\b|"
    # "Egypt and Qatar, the usual go-betweens, ...": the apposition names the role.
    rf"^{_LIST_AFTER},\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_GO_BETWEEN}|"
    # "Oman's foreign minister, the mediator, said": the office, then the role in apposition.
    rf"^['’]s(?:\s+[\w'’-]+){{1,3}}?,\s+(?:the|its)\s+(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    # "The United States is mediating"; "Oman, which has long carried messages, will host
    # the meeting and act as intermediary".
    rf"^{_LIST_AFTER}\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|again\s+|"
    r"still\s+)?(?:mediating|brokering|facilitating|coordinating)\b|"
    # "Saudi Arabia and the US, which co-host the talks": convening the sides' own talks.
    rf"^{_LIST_AFTER},?\s+(?:which|who)\s+(?:also\s+|jointly\s+)?(?:co-?host(?:s|ed)?|"
    r"co-?sponsor(?:s|ed)?|co-?convene[sd]?|co-?organi[sz]e[sd]?|coordinates|coordinated)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:talks|negotiations|process|meetings?|sessions?)\b|"
    rf"^{_LIST_AFTER}(?:,\s+[^;]{{1,140}}?,)?\s+(?:(?:will|would|is\s+to|agreed\s+to)\s+)?"
    r"(?:[\w'’]+\s+){0,5}?(?:act|acts|acted|acting|serve|serves|served|serving)\s+as\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    # "with the Omani minister as go-between".
    r"^\s+(?:(?:foreign\s+)?minister|envoys?|officials?|diplomats?|hosts?|team)\s+as\s+"
    rf"(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    # "Turkey later joined the mediators": one more at the same errand.
    rf"^{_LIST_AFTER}\s+(?:(?:has|had|have|also|later|then)\s+)*(?:joined|joins)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+)?(?:mediators|mediation|go-betweens|mediating\s+team)\b|"
    # "Saudi Arabia, Egypt and the UAE taking part as co-mediators", "Norway sat in as
    # facilitator": present at the table in the go-between's role.
    rf"^{_LIST_AFTER}\s+(?:(?:also|again|were|was|are|is)\s+)?(?:took|take|takes|taking|"
    r"(?:to\s+)?take)\s+part\s+as\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?"
    rf"{_GO_BETWEEN}|"
    rf"^{_LIST_AFTER}\s+(?:(?:also|again)\s+)?(?:participat(?:ed|es|ing)|sat\s+in|sits\s+in|"
    rf"sitting\s+in)\s+as\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    # "IGAD joining as a third facilitator", "Turkey joined Egypt and Qatar as mediators":
    # one more at the errand, named by the role.
    rf"^{_LIST_AFTER}\s+(?:(?:has|had|have|also|later|then)\s+)*(?:joined|joins|joining)\s+"
    rf"(?:(?!as\b)[^,;.]{{1,40}}?\s+)?as\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    # "but Oman remained the mediator".
    rf"^{_LIST_AFTER}\s+(?:remained|remains|was|is|were|are)\s+(?:still\s+)?(?:the\s+|a\s+)?"
    rf"(?:main\s+|chief\s+|sole\s+|only\s+)?{_GO_BETWEEN}|"
    # "Qatar brought Kinshasa and the M23 to sign": who gets the sides to the table.
    rf"^\s+(?:brought|brings|bringing)\s+(?:[\w'’-]+\s+){{1,8}}?{_TO_ONE_TABLE}|"
    # "The United States convened them with Saudi Arabia": who calls the sides together.
    r"^\s+(?:(?:has|had)\s+)?(?:co-?)?convened\s+(?:them|the\s+(?:[\w'’-]+\s+)?(?:talks|"
    r"negotiations|meeting|session|round))\b",
    _I,
)
# "The meetings were chaired jointly by the office of the UN envoy and the Red Cross": every
# organisation named as chair steers the round, however long the list.
_CHAIRED_BY = re.compile(
    r"\b(?:co-?chaired|chaired(?:\s+jointly)?|jointly\s+chaired|presided\s+over)\s+by\b"
    # "chaired by the general and attended by French and UN officials": who only attended
    # does not chair.
    r"(?:(?!\b(?:between|with|in|at|on|after|while|attended|joined|observed|watched)\b)[^.;:])*",
    _I,
)
_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|moderated|facilitated|sponsored|convened|hosted\s+and\s+mediated|"
    # "coordinated by the EU": the one who runs the sessions. (Not "co-hosted by", said as
    # much of a donors' conference without the sides.)
    # "The talks were organised by Washington and hosted by the UAE": who called them.
    r"coordinated|(?<=were\s)organi[sz]ed|(?<=was\s)organi[sz]ed|(?<=been\s)organi[sz]ed)"
    r"\s+(?:jointly\s+|together\s+)?by\s+"
    rf"{_LIST_BEFORE}$|"
    # "chaired for the OSCE by its envoy": the organisation in whose name the chair sits.
    r"\b(?:co-?chaired|chaired|moderated|mediated|coordinated)\s+(?:for|on\s+behalf\s+of)\s+"
    rf"(?:the\s+)?$|\bmediation\s+(?:of|by)\s+{_LIST_BEFORE}$|"
    rf"\bunder\s+the\s+(?:auspices|aegis|sponsorship)\s+of\s+{_LIST_BEFORE}$|"
    # "Mediation was led by Saudi Arabia", "the mediation effort, run by Qatar and Egypt".
    r"\b(?:mediation|facilitation)(?:\s+(?:effort|efforts|track|team))?\s*,?\s+(?:(?:was|is|were|are|"
    r"has\s+been|had\s+been)\s+)?(?:led|headed|run|conducted|carried\s+out|steered)\s+"
    rf"(?:jointly\s+)?by\s+{_LIST_BEFORE}$|"
    # "with Egypt and the United States as co-mediators": a list after "with" (checked with
    # the role after it, _MEDIATING_AFTER).
    # "thanked the mediators of Egypt, Qatar and Turkey": of, as from, the countries sending them.
    rf"\bmediators?\s+(?:from|of)\s+{_LIST_BEFORE}$|\bwith\s+{_LIST_BEFORE}$|"
    # "with representatives of Saudi Arabia and Egypt taking part as co-mediators": the
    # envoys of the list (the role after it checked as for "with" alone).
    r"\bwith\s+(?:the\s+)?(?:representatives|envoys|diplomats|officials|delegates|"
    rf"delegations|ministers)\s+(?:of|from)\s+{_LIST_BEFORE}$|"
    # "a statement by the facilitators, Norway and Switzerland, said": the role, then who.
    # "in the presence of the mediators: Egypt, Qatar and Turkey": the list after a colon.
    rf"\b(?:the|its|their)\s+(?:joint\s+|two\s+|three\s+|four\s+|usual\s+)?{_GO_BETWEEN}[,:]\s+"
    rf"{_LIST_BEFORE}$|"
    # "convened them together with Saudi Arabia and Switzerland": co-conveners.
    r"\b(?:co-?)?convened\s+(?:them|the\s+(?:talks|negotiations|meeting|session|round))\s+"
    rf"(?:jointly\s+)?(?:together\s+)?with\s+{_LIST_BEFORE}$|"
    # "which the United States brokered with help from Qatar": the helper at the same errand.
    r"\b(?:mediated|brokered|facilitated|negotiated)\s+[^.;]{0,40}?\bwith\s+(?:the\s+)?"
    rf"(?:help|support|assistance|backing)\s+(?:of|from)\s+{_LIST_BEFORE}$|"
    # "the go-betweens were joined by Turkey": one more at the same errand.
    rf"\b{_GO_BETWEEN}[^.;]{{0,30}}?\b(?:(?:were|was|are|is)\s+)?(?:later\s+)?joined\s+by\s+"
    rf"{_LIST_BEFORE}$",
    _I,
)
# "Egypt and Qatar, the usual go-betweens, were joined by Turkey, which sent its spy chief,
# and by the United States": each "by" after the go-betweens names one more. The clause may
# run long, so this is read over a wider span than the other cues before an actor.
_JOINED_BY = re.compile(
    rf"\b{_GO_BETWEEN}[^.;]{{0,30}}?\bjoined\s+by\s+[^.;]{{1,80}}?,?\s+and\s+(?:also\s+|later\s+)?"
    r"by\s+(?:the\s+)?$",
    _I,
)
# "mediated by X with diplomats from A, B and C", "X led the mediation, joined by envoys of A
# and B": envoys at the go-between's side share his errand. Read over a wide span, as the
# list may be long.
_ENVOYS_OF_LIST = re.compile(
    r"\b(?:mediated|brokered|facilitated|chaired|mediation|mediating|mediators?)\b[^.;]{0,60}?"
    r"(?:\bwith|,?\s+(?:joined|accompanied|assisted)\s+by)\s+(?:the\s+)?(?:representatives|envoys|"
    rf"diplomats|officials|delegates|delegations|ministers)\s+(?:of|from)\s+{_LIST_BEFORE}$",
    _I,
)
# "Turkey's spy chief joined the mediation on Wednesday, as did US envoys X and Y": the
# errand said once, for one more after "as did".
_AS_DID = re.compile(
    r"\b(?:joined|joining|joins)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:mediation|mediators|go-betweens|"
    r"mediating\s+team)\b[^.;]{0,60}?,?\s+as\s+(?:did|have|has|had|will|would)\s+(?:the\s+)?$",
    _I,
)
# "with X mediating" needs the word after the actor, checked separately.
_MEDIATING_AFTER = re.compile(
    # "with Oman once again in the role of go-between".
    rf"^{_LIST_AFTER}\s+(?:(?:once\s+)?again\s+|also\s+)?in\s+(?:the|its|their)\s+(?:usual\s+)?"
    rf"role\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?{_GO_BETWEEN}|"
    rf"^{_LIST_AFTER}\s+(?:again\s+|also\s+)?(?:(?:both\s+)?hosting\s+and\s+mediating|mediating|"
    r"(?:acting\s+|serving\s+)?as\s+"
    # "with Saudi Arabia and Switzerland as co-hosts": sponsors of a meeting they convene.
    rf"(?:a\s+|the\s+)?(?:{_GO_BETWEEN}|co-?(?:hosts?|sponsors?|conveners?|chairs?)\b))",
    _I,
)
_LED_DRIVE = re.compile(
    r"^\s*[-–]\s*led\s+(?:drive|talks|negotiations|effort|efforts|process|initiative|push|"
    r"diplomacy|mediation|peace)",
    _I,
)
# "would travel to Washington on Monday to meet Trump": where a trip for talks leads.
# "inviting General X to Agra from 14 to 16 July": the city a guest was asked to for days
# or for talks, not an invitation to a party or a parade.
_INVITED_TO = re.compile(r"\binvit(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){1,5}?to\s+$", _I)
_INVITED_FOR = re.compile(
    r"^\s+(?:from\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|-|–)\s+\d{1,2}|for\s+(?:(?:a|an|the|"
    r"two|three|several)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|summit|negotiations|round)\b)",
    _I,
)
_TRIP_TO = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|"
    r"went|come|comes|came)\s+to\s+$",
    _I,
)
# Only a trip whose purpose is the meeting: "travelling to Washington for talks with Trump"
# may as well be a visit to an ally, which the talks words alone already tell of.
_TRIP_FOR_TALKS = re.compile(
    r"^[^.;:]{0,30}?\bto\s+(?:meet|hold\s+talks|negotiate|sign)\b|"
    # "travelled to Sanaa with the mediators and met the council's head": the trip and the
    # meeting told as one errand.
    r"^[^.;:,]{0,40}?\band\s+(?:then\s+)?(?:met|held\s+talks|negotiated|sat\s+down)\b|"
    # "flew to Geneva for his first face-to-face meeting with ...": the trip's purpose.
    r"^[^.;:,]{0,20}?\bfor\s+(?:his|her|their|its|the|a|an)\s+"
    r"(?:(?!(?:after|before|and|then)\b)[\w'’-]+\s+){0,3}?"
    r"(?:meeting|talks|negotiations|round|session)\s+with\b",
    _I,
)
# Talks that move to a place sit there next: "the negotiations moved to Geneva this week",
# "the process shifts to Doha", "the round relocated to a villa in Rome". The talks are the
# subject, so "the focus shifted to Kyiv" or "envoys went to Moscow to brief" stay none.
_TALKS_MOVE_TO = re.compile(
    r"\b(?:talks|negotiations|round|rounds|process|discussions|consultations|sessions?|"
    r"diplomacy|mediation|meetings?)\b"
    # Between them, at most the sides listed ("talks between the US, Russia and Ukraine"),
    # never a clause of its own ("talks since Trump returned to the White House").
    # nor another subject ("talks ended on Friday and the envoy returned to Washington").
    r"(?:\s+(?!(?:since|after|before|when|while|as|until|because|who|which|that|where|he|she|"
    r"they|it|we|envoys?|delegations?|delegates?|ministers?|president|presidents|leaders?|"
    r"teams?|negotiators?|officials?|secretary|chief|adviser|advisor|mediators?|side|sides|"
    r"[\w'’-]+['’]s)\b)"
    r"[\w'’.-]+|,(?=\s(?-i:[A-Z])|\s+(?:and\s+)?\w+ed\b)){0,16}?"
    # A verb of a list the talks are the subject of: "opened in Muscat on 12 April, moved to".
    r",?\s+(?:and\s+)?(?:(?:has|have|had|will|then|now|"
    r"later|again|also)\s+){0,2}(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|"
    r"relocat(?:e|es|ed|ing)|return(?:s|ed|ing)?|transferr?(?:s|ed|ing)?)\s+(?:back\s+)?"
    r"to\s+(?:the\s+)?$",
    _I,
)
# "A Houthi delegation flew home from Riyadh on Tuesday after five days of talks": the city
# a delegation leaves when the talks there are over.
_LEFT_FROM = re.compile(
    r"\b(?:(?:flew|flies|fly|flying|returned|returns|headed|heads|went|came)\s+(?:back\s+)?"
    r"(?:home\s+)?from|(?:left|leave|leaves|leaving|departed|departs))\s+$",
    _I,
)
_AFTER_TALKS = re.compile(
    r"^[^.;:]{0,40}?\bafter\s+(?:[\w'’-]+\s+){0,4}?(?:talks|negotiations|consultations|"
    r"discussions|meetings)\b",
    _I,
)
# "The envoys had arrived in Moscow after a meeting on Sunday in Florida", "flew to Doha
# fresh from talks in Cairo": the city reached after the talks is not where they sat.
_ARRIVED_IN = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:back\s+)?(?:in|at)\s+(?:the\s+)?$|"
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|went|came)\s+"
    r"(?:on\s+)?to\s+(?:the\s+)?$",
    _I,
)
_AFTER_MEETING = re.compile(
    r"^[^.;:]{0,40}?\b(?:after|following|fresh\s+from|straight\s+from)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:talks|negotiations|consultations|discussions|meetings?|round|session)\b",
    _I,
)
# "signed the Jeddah Declaration": a text signed is named after where it was signed.
_SIGNED_BEFORE = re.compile(r"\bsign(?:ed|ing|s)?\s+(?:the\s+)?$", _I)
_DOCUMENT_AFTER = re.compile(
    r"^\s+(?:declaration|agreement|accords?|protocol|communiqu[eé]|memorandum|pact|treaty)\b", _I
)
# Lending the room: "lends a villa", "provided the venue", "offered its premises".
_LENDS = (
    r"(?:lends|lent|lending|lend|provided|provides|providing|offered|offers|offering)\s+"
    r"(?:its\s+|a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
)
_ROOMS = (
    r"(?:venue|villa|palace|residence|room|rooms|premises|building|hall|chancellery|castle|"
    r"compound|grounds)"
)
# A city as the subject of hosting: "Rome hosted the talks", "Doha will host the round".
_HOSTS = re.compile(
    r"^\s+(?:(?:has|had|will|is|was|again|also|once\s+more)\s+){0,2}(?:hosted|hosts|host|"
    # "Vienna lends a palace", "Oslo offered its embassy": a city lending the room is where
    # the talks sit, though the lender takes no part in them.
    rf"hosting|{_LENDS}(?:embassy|{_ROOMS}))\b",
    _I,
)
# "The Swiss government provided the venue": the room is in the lender's country. Not an
# embassy, which stands abroad.
_COUNTRY_LENDS = re.compile(
    rf"^(?:\s+(?:government|authorities))?\s+(?:(?:has|had)\s+)?{_LENDS}{_ROOMS}\b", _I
)
# Talks placed in a country: "peace talks in Kuwait starting on 18 April".
_TALKS_IN = re.compile(
    r"\b(?:talks|negotiations|round|consultations|summit|meeting)\s+(?:were\s+held\s+|held\s+)?"
    r"in\s+$",
    _I,
)
# The day a truce takes hold: "from midnight on 10 April", "takes effect at 9 p.m. on Monday".
_TRUCE_DAY = re.compile(
    r"\b(?:from\s+midnight|(?:takes?|took|taking|comes?|came|coming)\s+(?:into\s+)?"
    r"(?:effect|force|hold))\s+(?:[\w:.]+\s+){0,4}?$|"
    # "sets a truce for April 10": the day it is to hold from.
    r"\b(?:truce|ceasefire|cease-fire|cessation\s+of\s+hostilities)\s+(?:for|from|starting|"
    r"effective)\s+(?:on\s+|from\s+)?$",
    _I,
)
_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’-]+\s+){0,3}?|tweeted|wrote|stated)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$",
    _I,
)
_SPEAKER_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?\s+(?:said|say|says|told|tell|tells|added|adds|noted|notes|"
    r"warned|warns|stressed|stresses|insisted|insists|argued|argue|argues|reported|reports|"
    r"cautioned|believe|believes|claim|claims|suggest|suggests|"
    # "Observers in Port Sudan recalled that ...": what they remember, where they are.
    r"recalled|recall|recalls|remarked|remarks|observed|pointed\s+out|commented)\b",
    _I,
)
# Verbs of people holding a view where they are: "officials in Kyiv expect a second round
# in the Gulf", "a change some in Kyiv read as a sign". Only after "in"/"at" and a speaker
# who is no meeting: "the meeting in Istanbul saw little progress" still places it.
_THINKER_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,2}?\s+(?:expect|expects|expected|hope|hopes|hoped|fear|fears|feared|"
    r"doubt|doubts|doubted|read|reads|see|sees|saw|view|views|viewed|want|wants|wanted|think|"
    r"thinks|thought|welcome|welcomes|welcomed|worry|worries|worried|interpreted)\b",
    _I,
)
# A speech verb after the speaker a place is set apart from by commas: "In Kyiv, officials
# said", "Hours later in Washington, President Donald Trump said", "Zelensky, also in New
# York, said". The subject in between is short.
_SPEECH_AFTER_COMMA = re.compile(
    r"^\s*,\s+(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|tells|added|adds|insisted|insists|"
    r"warned|warns|stressed|stresses|declared|declares|announced|announces|wrote|writes|"
    r"tweeted|posted|argued|argues|say|insist|warn|argue|stress|"
    # "in Goma, residents wait to see what changes": onlookers, not the table.
    r"wait|waited|watch|watched|hope|hoped|fear|feared|doubt|doubted|celebrated|reacted)\b",
    _I,
)
# More places listed after one, then the speech verb: "in Baku, Yerevan and Washington said".
_LISTED_SPEAKERS_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|,?\s+and\s+)(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?){1,4}\s+"
    r"(?:said|say|says|told|added|noted|warned|stressed|insisted|confirmed|announced|expect|"
    r"expects|hope|hopes|believe|believes)\b"
)
# The place opening a sentence, or after a short time phrase: "In Kyiv,", "Hours later in
# Washington,", "Meanwhile, in Moscow,".
_FRONTED_IN = re.compile(r"^\s*(?:[\w'’-]+,?\s+){0,3}?(?:in|at)\s+$", _I)
# The place in an apposition to the speaker: "Zelensky, also in New York, said".
_APPOSED_IN = re.compile(r",\s+(?:also\s+|too\s+|himself\s+|herself\s+|then\s+)?(?:in|at)\s+$", _I)


def _where_speakers_are(sentence: str, m: Match) -> bool:
    """Whether a place is where people who speak or hold a view are, not where talks sit:
    "In Kyiv, officials said Ukraine must not be left out of any discussions", "officials in
    Kyiv expect a second round in the Gulf", "Zelensky, also in New York, said he was open to
    meeting Putin". A speaker who is a delegation or negotiator keeps the place a venue
    ("In Geneva, the two delegations said"), as does a meeting before the place."""
    before = sentence[max(0, m.start - 60) : m.start]
    after = sentence[m.end : m.end + 80]
    if _TOLD_THE_PRESS_AT.search(before):
        # "Trump told reporters at the White House that talks were under way".
        return True
    head = re.split(r"[,;:—]", sentence[: m.start])[-1]
    if (
        # "officials in Baku, Yerevan and Washington said": the first of listed places too.
        (_THINKER_AFTER.match(after) or _LISTED_SPEAKERS_AFTER.match(after))
        and re.search(r"\b(?:in|at)\s+$", before, _I)
        and not (_STRONG_TRIGGER.search(head) or _WEAK_TRIGGER.search(head))
    ):
        return True
    speech = _SPEECH_AFTER_COMMA.match(after)
    if speech is None or _STRONG_TRIGGER.search(speech.group(0)):
        return False
    clause_start = max(sentence.rfind(";", 0, m.start), sentence.rfind(".", 0, m.start)) + 1
    opener = sentence[clause_start : m.start]
    # "Talks in Geneva, Umerov said, were constructive": the talks are what is placed.
    fronted = _FRONTED_IN.match(opener) is not None and not (
        _STRONG_TRIGGER.search(opener) or _WEAK_TRIGGER.search(opener)
    )
    return fronted or _APPOSED_IN.search(before) is not None


# Where someone spoke to the press: "told reporters at the White House", "briefed
# journalists in Brussels", "speaking to lawmakers in Tehran".
_TOLD_THE_PRESS_AT = re.compile(
    r"\b(?:told|briefed|addressed|telling|briefing|addressing|speaking\s+to|spoke\s+to)\s+"
    r"(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|supporters)\s+"
    r"(?:at|in|outside)\s+(?:the\s+)?$",
    _I,
)
# A venue compared with, or of the sitting before: not where this one is.
_EARLIER_VENUE = re.compile(
    r"(?:\b(?:as|like|unlike)\s+(?:in|at)\s+|\b(?:after|since|than|following)\s+(?:the|their|"
    # "following the first in Muscat": the ranked sitting may go without its noun.
    r"its)\s+(?:first|previous|last|earlier|initial|opening)\s+(?:[\w'’-]+\s+)?(?:in|at)\s+|"
    # "agreed to meet again next Saturday, after an afternoon in the Omani capital": the
    # time spent there is behind them.
    r"\bafter\s+(?:an?|one|two|three|four|five|six|seven|several)\s+(?:[\w'’-]+\s+)?"
    r"(?:afternoon|morning|evening|day|days|night|nights|hours|weeks?)\s+(?:in|at)\s+|"
    # "the third round, after two sessions in Abu Dhabi": sittings counted behind this one.
    r"\b(?:after|following)\s+(?:the\s+)?(?:two|three|four|five|six|several|earlier|previous)\s+"
    r"(?:[\w'’-]+\s+)?(?:sessions|rounds|meetings|sittings|encounters)\s+(?:in|at)\s+|"
    # "the first formal meeting since the angry scene in the Oval Office": an event before
    # this one, not a sitting ("since their fifth round in Rome on 23 May" recalls one).
    r"\bsince\s+(?:the|an?|their|its|his|her|last)\s+(?:(?!(?:rounds?|talks|meetings?|"
    r"sessions?|sittings?|negotiations|summits?|encounters?|met|meet)\b)[\w'’-]+\s+){1,3}?"
    r"(?:in|at)\s+)"
    r"(?:the\s+)?$",
    _I,
)
# The day told right after a recalled sitting's place: "after earlier rounds in Muscat on
# 12 April", "the previous sessions in Istanbul (16 May, 2 June)".
_DAY_AFTER_PLACE = re.compile(
    r"^\s*,?\s*(?:on\s+|\(\s*)(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b"
)


def _recalled_sitting_placed(sentence: str, m: Match) -> bool:
    """Whether an earlier sitting's place ("after earlier rounds in Muscat on 12 April") is
    kept for the recalled sitting itself: a back-reference opens just before it and a day
    follows it, so _split gives the place to the recalled part, never to the sentence's
    round. Without a day ("as in Muscat") the place only compares."""
    if not _DAY_AFTER_PLACE.match(sentence[m.end : m.end + 40]):
        return False
    found = _BACK_REFERENCE.search(sentence, max(0, m.start - 80), m.end)
    return found is not None and found.end() <= m.start and not _RANK_ALONE_RE.match(found.group(0))


# "at Washington's request": the place stands for the government that asked.
_ON_BEHALF = re.compile(
    r"^['’]s?\s+(?:request|behest|invitation|urging|insistence|initiative|suggestion|"
    r"proposal|demand|wish|wishes)\b",
    _I,
)
# Where talks are watched from, not held: "watched closely in Yerevan", "greeted with
# relief in Kyiv".
_WATCHED_IN = re.compile(
    r"\b(?:watched|greeted|welcomed|celebrated|critici[sz]ed|condemned|protested|"
    # "a choice that surprised many in Kyiv", "his words were widely read in Tehran as":
    # how the onlookers took it, where they are.
    r"viewed|seen|felt|mourned|surprised|shocked|alarmed|worried|puzzled|cited|quoted|"
    # "it was treated in Beirut as a breakthrough", "regarded in Kyiv as a test".
    r"treated|regarded|hailed|"
    r"(?:widely|generally|largely|commonly)\s+read)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    _I,
)
_VENUE_VERB = re.compile(
    r"\b(?:held|hosted|hosts|host|took\s+place|convened|gathered|signed)\b", _I
)
# "Speaking in Davos, ...": where someone spoke. "negotiating in Jeddah" is where talks were.
# "The opening move came in Riyadh": after an article the word is a noun, not a participle.
_PARTICIPLE_OPENER = re.compile(
    r"^\s*(?:(?!(?:the|a|an|its|their|this|that)\s)[\w'’]+\s+)?"
    r"(?!negotiating\b|meeting\b|talking\b)[\w'’]+ing\b",
    _I,
)
_HOST_ONLY = re.compile(r"^\s+for\s+hosting\b|^\s*[-–]\s*hosted\b", _I)
# "which Oman was due to host", "Qatar will host the next round": a usual go-between that
# takes on a round it has yet to host. (Having hosted one, it may only have lent the room.)
_HOSTS_ROUND = re.compile(
    r"^\s+(?:(?:was|is|were|are)\s+(?:due|set|expected|scheduled)\s+to|will|would|is\s+to|"
    r"(?:has|had)\s+(?:offered|agreed|arranged|planned)\s+to)\s+(?:again\s+|also\s+)?host\b",
    _I,
)
_HOST_BEFORE = re.compile(r"\bhosted\s+by\s+(?:the\s+)?$", _I)
# "The Kazakh side stressed that it is no mediator and only provides a platform", "Norway
# said it was not a party to the talks": a host that says it only lends the room.
_SAYS_NO_SIDE = re.compile(
    r"^(?:['’]s)?(?:\s+(?:side|government|hosts?|officials|authorities|foreign\s+ministry))?"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:that\s+)?(?:it|they)\s+(?:is|are|was|were)\s+(?:not|no)\s+"
    r"(?:a\s+)?(?:mediators?|mediating|party|parties|go-between)\b",
    _I,
)
_DELEGATION_AFTER = re.compile(
    # "US and Ukrainian negotiators", "their British, French and German counterparts".
    r"^(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’.-]*)*(?:['’]s)?\s*(?:[-–]\s*)?(?:delegations?|"
    r"negotiators?|negotiating\s+team|team|side|representatives|officials|envoys?|counterparts)\b",
)
_COUNTERPARTS = re.compile(r"\bcounterparts?\s+(?:from|of)\b", _I)
_TALKS_WITH_BEFORE = re.compile(
    # "trade talks with Washington" are another table than the one this round sits at.
    r"(?:(?<!\btrade\s)(?<!\btariff\s)(?<!\beconomic\s)(?<!\binvestment\s)"
    r"\b(?:talks|negotiations|discussions|meeting|session|sitting)\s+(?:\w+\s+)?(?:between|with)\s+|"
    r"\b(?:counterparts?|envoys|officials|delegations|negotiators|representatives|delegates|"
    # "the national security advisers of France, Britain and Germany" sat in as well.
    r"advisers|advisors|ministers)\s+(?:from|of)\s+)"
    r"(?:the\s+)?(?:[\w'’-]+\s*(?:and|,)\s+(?:of\s+)?(?:the\s+)?(?:paramilitary\s+|rebel\s+)?)"
    r"{0,3}$",
    _I,
)
_CHAINED_TALKS = re.compile(r"^(?:\s*[-–/]\s*[\w.'’]+)*\s*[-–/]?\s*(?:\w+\s+)?(?:talks|format)\b")

# Delegation roles around a name.
# The verbs news puts a delegation's head after: "led by", "fronted by", "represented by".
_HEADED = r"(?:led|leaded|headed|chaired|co-?chaired|fronted|represented)"
# "led again by", "headed for the first time by": a word of time between the verb and "by".
# "led since Wednesday by", "headed on Monday by", "led this week by", "led from the start
# by": when the lead began, between the verb and "by".
_LEAD_SINCE = (
    r"(?:since|from|on|until|as\s+of)\s+(?:last\s+|the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|"
    r"sun)day|(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:\s+\d{1,2})?|week|month|start|outset|beginning|first\s+day)"
    r"|this\s+(?:week|month|year|round)|today|yesterday"
)
_ONCE_MORE = (
    r"(?:\s+(?:again|once\s+(?:more|again)|still|now|jointly|respectively|this\s+time|for\s+the\s+"
    rf"(?:first|second|third|last)\s+time|{_LEAD_SINCE}))?"
)
# "under the leadership of", "under the presidency of": the office the team answers to.
_UNDER_THE = (
    r"(?:the\s+)?(?:(?:presidency|leadership|direction|chairmanship|guidance|command|authority|"
    r"stewardship)\s+of\s+(?:the\s+)?)?"
)
_HEAD_BEFORE = re.compile(
    # "Leading the two delegations were X and Y": the verb first, the heads after it.
    r"^\s*(?:leading|heading|at\s+the\s+head\s+of)\s+(?:the\s+)?(?:two\s+|three\s+|[\w'’-]+\s+)?"
    r"(?:delegations?|sides?|teams?)\s+(?:were|was|are|is|will\s+be)\s+(?:[\w'’.-]+\s+){0,9}?$|"
    # "Representing Ukraine was Defence Minister X": the side named after the verb.
    r"(?:^|[,;:])\s*representing\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+"
    r"(?:were|was|are|is|will\s+be)\s+(?:[\w'’.-]+\s+){0,9}?$|"
    # "US and Ukrainian officials met there, led by X and Y": the officials' meeting too.
    r"\b(?:delegations?|sides?|teams?|groups?|talks|negotiations|negotiators|envoys|advisers|"
    r"commissions?|committees?|officials|diplomats|delegates)\b"
    # "headed by the Houthis' chief negotiator and spokesman X": titles of up to six words;
    # "by Deputy Prime Minister and Minister of National Defence General X": nine.
    rf"[^.;]{{0,40}}?\b{_HEADED}{_ONCE_MORE}\s+by\s+(?:[\w'’.-]+\s+){{0,9}}?$|"
    # "The delegations, led by X for Russia and by Y for Ukraine": the second head, once the
    # first was given with his side.
    rf"\b{_HEADED}{_ONCE_MORE}\s+by\s+[^;.]{{2,80}}?\s+for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
    r",?\s+and\s+(?:by\s+)?(?:(?!and\b)[\w'’.-]+\s+){0,4}?$|"
    # "Ukraine's was headed by ...", "Ukraine was represented by ...": the side as subject.
    # "Kinshasa was represented at the ceremony by ...": where, between the verb and "by".
    rf"(?:['’]s|\b(?:was|were|is|are)(?:\s+again|\s+once\s+again|\s+also)?)\s+{_HEADED}"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+by\s+"
    # (Not past a relative pronoun: in "by X, whom President Y appointed", Y is not the head.)
    r"(?:(?!(?:who|whom|whose|which)\b)[\w'’.-]+,?\s+){0,4}?$|"
    # "The Ukrainian group, under chief of staff X, ...": the one the team answers to.
    r"\b(?:delegations?|sides?|teams?|groups?|negotiators)\s*,?\s+(?:(?:again|still|once\s+more|"
    r"remained|remains|stayed|was|were|is|are|sat|sits)\s+){0,2}(?:(?:answered|answering|"
    rf"reported|reporting)\s+to|under\s+{_UNDER_THE})\s*(?:[\w'’.-]+,?\s+){{0,4}}?$|"
    r"\b(?:lead|chief|top|head)\s+(?:negotiator|envoy)\s*,?\s+(?:[\w'’.-]+\s+){0,2}?$|"
    r"\bhead\s+of\s+(?:the\s+)?(?:\w+\s+)?delegation\s*,?\s+(?:[\w'’.-]+\s+){0,2}?$|"
    r"\bheads\s+of\s+(?:the\s+)?(?:\w+\s+)?delegations\b[^.;]{0,80}?$",
    _I,
)
# "Ukraine was represented by X and Russia by Y": the verb given once for both sides.
_GAPPED_HEAD = re.compile(
    rf"\b{_HEADED}\s+by\s+[^;.]{{2,80}}?,?\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+)?[\w'’-]+"
    r"(?:\s+(?:side|team|delegation|group))?\s+by\s+(?:[\w'’.-]+,?\s+){0,4}?$",
    _I,
)
# "A signed for the government and B, the movement's negotiator, for the rebels": the verb
# given once for both signers, each for his side.
_GAPPED_SIGNER = re.compile(
    r"\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[^,;.]{1,40}?,?\s+and\s+"
    r"(?:(?!and\b)[\w'’.-]+\s+){0,3}?$",
    _I,
)
_FOR_SIDE = re.compile(r"^(?:,\s+[^,;]{1,60},)?\s+for\s+(?:the\s+)?", _I)
# "shuttling between US envoy X and Iranian Foreign Minister Y": the go-between's errand
# runs between the two heads.
_HEAD_BETWEEN = re.compile(
    # "moved between X and Y", "going between them": the go-between's motion, as shuttling.
    # "which Macron was to mediate between Aliyev and Pashinyan": the two across the table.
    r"\b(?:talks|negotiations|mediat(?:e|ed|ing)|messages|"
    r"shuttl(?:ed|ing|es)|back\s+and\s+forth|"
    r"mov(?:ed|es|ing)|went|go(?:es|ing)|travell?(?:ed|ing))\s+"
    r"between\s+(?:[^,;.]{2,60}?\s+and\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    _I,
)
# Someone named as the go-between: "Badr Albusaidi, who mediated", "... passed messages".
_PERSON_MEDIATES = re.compile(
    r"^,?\s+(?:who|which)\s+(?:had\s+|has\s+|also\s+|again\s+)?(?:mediated|brokered|"
    r"facilitated)\b|"
    # "X, whom the African Union has appointed to mediate".
    r"^,?\s+(?:who|whom)\s+[^,;]{0,60}?\b(?:appointed|named|chosen|tasked)\s+(?:as\s+|to\s+)"
    r"(?:mediate|mediator|facilitate|facilitator)\b|"
    # "Trump, who has cast himself as the deal's broker": the role he claims at the table.
    rf"^,?\s+(?:who|which)\s+{_CASTS_ITSELF}|"
    # "X, who chairs ASEAN this year and mediated the meeting": a second verb of the
    # relative clause names the errand.
    r"^,?\s+who\s+[^,;.]{1,50}?\s+and\s+(?:also\s+|then\s+)?(?:mediated|brokered|facilitated|"
    r"chaired|co-?chaired)\b|"
    # "X, the AU's mediator for the crisis, ...": the apposition names the role.
    r"^,\s+(?:the\s+|its\s+|their\s+)(?:[\w'’.-]+\s+){0,3}?(?:mediator|go-between|"
    r"facilitator|intermediary)\b|"
    # "X, the Omani minister who has carried every message between them", "X, whose
    # government has acted as go-between since April": the errand told after a description.
    r"^,\s+(?:[^,;]{1,60}?\s+)?(?:who|whose\s+(?:government|country|ministry|team))\s+"
    rf"(?:[\w'’]+\s+){{0,2}}?(?:mediated|brokered|{_ERRAND}|(?:acted|served)\s+as\s+"
    r"(?:a\s+|the\s+)?(?:go-between|mediator|intermediary))\b|"
    # "X brought the two presidents together": who gets the sides to one table.
    # "X and Y, the council's president, brought them together": each name of the list.
    r"^(?:(?:\s*,|,?\s+and)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+)*,?\s+(?:brought|brings)\s+"
    rf"(?:[\w'’.-]+\s+){{1,8}}?{_TO_ONE_TABLE}|"
    # "X, Y and Z acted as mediators": every name of the list is at the errand.
    r"^(?:(?:\s*,|,?\s+and)\s+(?:[\w'’.-]+\s+){0,8}?[\w'’.-]+)*\s+(?:(?:jointly|again|also)\s+)?"
    # "with X, Y and Z acting as mediators": the participle after a "with" says the same.
    r"(?:acted|served|(?:were\s+)?acting|(?:were\s+)?serving)\s+as\s+(?:the\s+|joint\s+)?"
    r"(?:mediators|go-betweens|intermediaries|facilitators)\b|"
    # "X walked between them carrying proposals and replies".
    rf"^,?\s+(?:[\w'’]+\s+){{0,4}}?{_ERRAND}\b|"
    # "X, Oman's foreign minister since 2020, mediated five rounds": an apposition between.
    rf"^(?:,\s+[^,;]{{1,60}},)?,?(?:\s+again|\s+also)?\s+(?:mediated|brokered|{_ERRAND}|presided|"
    r"presiding)\b|"
    # The host who chairs or opens the session steers it, unlike one who lends a room.
    # "Hakan Fidan, whose country hosted the round, opened the session": an aside between.
    # "X, then Turkey's foreign minister, chaired a three-way meeting", "X hosted and chaired
    # talks between them".
    r"^(?:,\s+(?:who|whose)\s+[^,;]{1,80},|,\s+[^,;]{1,60},)?,?\s+(?:in\s+the\s+chair|"
    r"(?:who\s+)?(?:hosted\s+and\s+)?chaired\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:talks|session|meeting|round)|(?:who\s+)?opened\s+the\s+(?:talks|session|meeting)|"
    r"(?:chairing|opening)\s+the\s+(?:talks|session|meeting)|"
    # "X welcomed the delegations and opened the session": hosting, then steering.
    r"(?:hosted|received|welcomed)\s+[^,;.]{1,40}?\s+and\s+(?:then\s+)?(?:chaired|"
    r"opened)\s+the\s+(?:talks|session|meeting|negotiations))\b",
    _I,
)
_PERSON_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|facilitated)\s+by\s+(?:[\w'’.-]+\s+){0,5}?$|"
    # "under the mediation of His Excellency X", "under the auspices of President X".
    # "through the mediation of Oman's foreign minister, X": the office, then the name.
    r"\b(?:mediation|auspices|aegis|good\s+offices)\s+of\s+(?:[\w'’.-]+,?\s+){0,5}?$|"
    # "under the chairmanship of H.E. X, Minister of Foreign Affairs": the chair of the sides'
    # talks, named by the office he holds over them.
    r"\bunder\s+(?:the\s+)?(?:co-?)?(?:chairmanship|chairpersonship|chairing|presidency|"
    r"stewardship|moderation)\s+of\s+(?:[\w'’.-]+\s+){0,5}?$|"
    # "a second round of talks chaired by Foreign Minister X": the chair of the sides'
    # talks, if of neither side, steers them.
    # "after a meeting in the administrative capital chaired by Prime Minister X": where it
    # sat may come between.
    # "a meeting in Putrajaya on Monday that was chaired by X": or when, and a relative.
    r"\b(?:talks|negotiations|session|sessions|meeting|round)\s+(?:(?:in|at|on)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,6}?)?(?:(?:that|which)\s+)?(?:(?:was|were|is|are)\s+)?"
    r"(?:co-?chaired|chaired|moderated|presided\s+over|opened)\s+by\s+(?:[\w'’.-]+\s+){0,5}?$",
    _I,
)
# What a usual go-between's envoy or leader does that makes it mediate, said of a country
# that usually brokers this process: "a summit hosted by President X", "envoys X and Y,
# who joined the negotiations". A host that is no usual broker only lends the room.
_PERSON_HOSTS_BEFORE = re.compile(
    r"\b(?:summit|talks|meeting|negotiations|session|sessions|ceremony|signing)\s+"
    # "a ceremony at the palace hosted by President X": the room may come in between.
    r"(?:(?:at|in)\s+(?:[\w'’-]+\s+){1,3}?)?(?:(?:was|were)\s+)?hosted\s+by\s+"
    r"(?:[\w'’.-]+\s+){0,3}?$",
    _I,
)
# A usual go-between's people witnessing what the sides sign or agree: "signed the text with
# Secretary of State X looking on", "in a ceremony witnessed by X and Y", "in the presence of
# Qatari ministers". A witness of no usual broker only attends, and a ceremony merely
# "attended by" officials of a broker is no more than that.
# The first witness may be named with an abbreviation's dots: "witnessed by U.S. President
# Donald Trump and Malaysian Prime Minister Anwar Ibrahim" (a dot after a capital letter).
_WITNESS_FIRST = r"(?:[^,;.]|(?<=(?-i:[A-Z]))\.){0,40}?"
_WITNESS_BEFORE = re.compile(
    rf"\b(?:witnessed|overseen)\s+by\s+(?:{_WITNESS_FIRST}\s+and\s+)?"
    rf"(?:[\w'’.-]+\s+){{0,4}}?$|\bin\s+the\s+presence\s+of\s+(?:{_WITNESS_FIRST}\s+and\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    _I,
)
_WITNESS_AFTER = re.compile(
    r"^,?\s+(?:looking\s+on|looked\s+on|watching\s+on|as\s+(?:a\s+)?witness)\b", _I
)
_ENVOYS_OF = re.compile(
    r"^\s+(?:ministers?|officials|envoys?|diplomats|mediators|leaders?|president|"
    r"prime\s+minister|foreign\s+minister|representatives)\b",
    _I,
)
_PERSON_JOINS = re.compile(
    r"^,?\s+(?:who\s+)?(?:also\s+|later\s+)?(?:joined|took\s+part\s+in|attended|sat\s+in\s+on)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?(?:talks|negotiations|sessions?|meetings?|round|"
    # "X joined the final stretch": the last days of the talks just told of.
    r"(?:final|last|closing)\s+(?:stretch|stages?|phase|days|hours|push))\b",
    _I,
)
_LEADS = (
    r"(?:(?:will|would|is\s+to|is\s+set\s+to|(?:is|are|was|were)\s+expected\s+to)\s+)?"
    r"(?:again\s+|also\s+|once\s+more\s+)?"
    r"(?:leading|led|leads|lead|heads|head|headed|heading|fronted|fronts|fronting)"
)
# "X, Netanyahu's closest adviser, arrived ...": a description set off between the name and
# its verb; "X, the aide who led ...": one that runs into the relative clause.
# "X, who moved last week from the defence ministry to the security council, heads ...": a
# relative clause may run longer.
_APPOSITION = r"(?:,\s+[^,;]{1,60},|,\s+[^,;]{1,60}?(?=\s+who\s)|,\s+who\s+[^,;()]{1,140},)"
_THEN = r"(?:(?:then|also|later|subsequently)\s+)?"
_SIGNED_FOR = (
    r"signed\s+(?:[\w'’-]+['’]s\s+(?:copy|text|version|document|instrument)\b|"
    r"(?:[\w'’-]+\s+){1,4}?on\s+(?:the\s+)?[\w'’-]+['’]s\s+behalf\b)"
)
_SENDS = (
    r"(?:appointed|appoints|named|names|picked|picks|chose|chosen|chooses|tapped|taps|asked|asks|"
    r"tasked|sent|sends|dispatched|instructed|designated|nominated|whom|ordered|authori[sz]ed)"
)
_AT_HEAD_OF = r"(?:(?:will\s+be\s+|was\s+|is\s+)?(?:back\s+|again\s+)?at\s+the\s+head\s+of)"
# Steering, errands and joining said of a named person, read after the name and any
# description of him: "X has opened the fourth round of talks", "X gave a welcoming address
# and then chaired the session", "X, the Omani minister, again acts as mediator", "X
# welcomed them as host and mediator", "X conveyed written proposals from one delegation to
# the other", "X and Y joined the Egyptian mediators".
_PERSON_STEERS = re.compile(
    rf"^(?:(?:\s*,|,?\s+and)\s+(?:[\w'’.-]+\s+){{0,8}}?[\w'’.-]+)*{_APPOSITION}?,?\s+"
    r"(?:(?:who|has|had|also|again|then|once\s+more|personally|later)\s+){0,3}(?:"
    # "X hosted the two ministers, A and B, at Blair House and opened their talks": the
    # first verb's object may hold a list.
    r"(?:[^;.]{1,100}?\s+and\s+(?:then\s+|also\s+)?)?(?:opened|chaired|co-?chaired|"
    r"presided\s+over|moderated)\s+(?!(?:the\s+)?(?:door|way)\b)"
    # "X has chaired all three of these rounds", "X chaired both sessions": a count first.
    r"(?:(?:all|both|each|every)\s+(?:(?:two|three|four|five|six|of)\s+){0,2})?"
    r"(?:(?:the|a|an|this|these|those|their|its)\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:talks|sessions?|meetings?|rounds?|negotiations|discussions|plenar(?:y|ies))\b|"
    # "Foreign Minister X chaired it, as he did the first round": the session just told of,
    # as a pronoun. Only the verbs of the chair: "opened it" may be a letter or a door.
    r"(?:chaired|co-?chaired|presided\s+over|moderated)\s+(?:it|them)\b(?!\s+(?:up|out|down)\b)|"
    # "X and Y will chair", "X is again presiding", "X chairs": the chair's verb in any tense,
    # with or without the session after it (the bare "chair" only after a modal or "to").
    r"(?:(?:will|would|shall|is\s+to|are\s+to|to)\s+(?:again\s+|also\s+|jointly\s+)?"
    r"(?:co-?)?(?:chair|preside)|(?:is|are|was|were)\s+(?:again\s+|also\s+|jointly\s+)?"
    r"(?:co-?)?(?:chairing|presiding)|(?:co-?)?(?:chairs|presides|presided))"
    r"(?:(?=\s*(?:[.;,]|$|\s+(?:today|again|jointly|and)\b))|\s+(?:over\s+)?(?:the\s+|a\s+|an\s+|"
    r"this\s+|these\s+|both\s+|all\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|sessions?|"
    r"meetings?|rounds?|negotiations|discussions|plenar(?:y|ies))\b)|"
    r"(?:[^,;.]{1,60}?\s)?as\s+(?:the\s+|a\s+)?(?:host\s+and\s+)?(?:mediator|go-between|"
    r"intermediary|facilitator)\b|"
    r"(?:acts|acted|acting|is\s+acting|was\s+acting|serves|served|is\s+serving)\s+as\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?(?:mediator|go-between|intermediary|facilitator)\b|"
    rf"(?:[^,;.]{{1,40}}?\s+)?{_ERRAND}\b|"
    r"(?:joined|joins|joining)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:mediators|mediation|go-betweens|"
    r"mediating\s+team)\b|"
    # "X will lead the mediation", "X, the envoy, heads the mediating team".
    r"(?:will\s+|would\s+|is\s+to\s+)?(?:lead|leads|led|leading|head|heads|headed|heading|runs|ran)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?(?:mediation|mediating\s+team|mediators)\b)",
    _I,
)
# "the meeting in Istanbul, which Turkish Foreign Minister X opened": the person as the
# subject of a relative clause whose object, the session, came before.
# "a meeting which Michel, Macron and Scholz were to mediate": each of a list of names
# before the verb, the titles of each included.
_WHICH_BEFORE = re.compile(r"\b(?:which|that)\s+(?:[\w'’.-]+,?\s+){0,16}$", _I)
_STEERED_AFTER = re.compile(
    r"^(?:(?:\s*,|\s+and)(?:\s+[\w'’.-]+){1,5}?)*"
    r"\s+(?:(?:again|also|had|has|then|formally)\s+)*"
    r"(?:(?:was|were)\s+to\s+(?:mediate|chair|co-?chair|broker)\b|"
    # "a summit that Trump hosted and, in his own words, brokered": hosting, then steering.
    r"(?:hosted\s+and(?:\s*,\s*[^,;.]{1,40},)?\s+)?"
    # "a three-way meeting that Trump convened": who called the sides together.
    r"(?:opened|chaired|co-?chaired|moderated|presided\s+over|mediated|brokered|convened)\b)"
    r"(?!\s+(?:the|a|an|its|their|his|her|this|by|talks)\b)",
    _I,
)
_HEAD_AFTER = re.compile(
    # "saw Medinsky return as Russia's chief negotiator", "X stayed on as head of the Thai
    # delegation": the office taken up (again), the side's name or a pronoun before it.
    r"^\s+(?:(?:to|will|would)\s+)?(?:return(?:s|ed|ing)?|stay(?:s|ed)?\s+on|remain(?:s|ed)?|"
    r"serv(?:e|es|ed|ing)|act(?:s|ed|ing)?|is\s+back|was\s+back)\s+(?:again\s+)?as\s+"
    r"(?:(?:its|their|his|her|the)\s+|[\w'’-]+['’]s\s+)(?:\w+\s+)?(?:(?:lead|chief|top)\s+"
    r"negotiator|head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?delegation)\b|"
    r"^,?\s+(?:who\s+(?:is|was)\s+)?(?:[\w'’]+\s+){0,2}?(?:lead|chief|top)\s+negotiator\b|"
    r"^\s+(?:as\s+(?:its|their|his|her|the)\s+(?:\w+\s+)?(?:lead|chief|top)\s+negotiator|"
    r"as\s+(?:the\s+)?head\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?delegation)\b|"
    # "X and Y have led the two delegations since April": a pair, each at the head of his.
    r"^(?:\s+and\s+(?:[\w'’.-]+\s+){0,5}?)?\s*(?:have\s+|had\s+)?(?:led|headed|lead|head)\s+"
    r"(?:the|their)\s+(?:two|respective)\s+(?:delegations|teams|sides)\b|"
    # An apposition may come first: "X, the Kremlin aide who again headed Russia's team",
    # "X, the council secretary, was at the head of Ukraine's delegation".
    # "X, the defence minister, flew in on Monday and led Ukraine's delegation": an arrival,
    # then the lead, one subject for both verbs.
    rf"^{_APPOSITION}?,?\s+(?:(?:was|is|has\s+been|who)\s+)?(?:(?:had|have)\s+)?"
    r"(?:(?:arrived|flew|travell?ed|came|returned|landed|went|stepped)\b[^,;.]{0,50}?\s+and\s+"
    r"(?:then\s+)?)?"
    rf"(?:each\s+|both\s+)?(?:{_LEADS}|{_AT_HEAD_OF})\s+"
    r"(?:(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:delegation|side|team|group|negotiators|talks|"
    # "Medinsky headed Russia's, with ...": the noun said once for both sides.
    r"negotiations|[\w'’-]+\s+one)\b|[\w'’-]+['’]s(?=\s*(?:[,.;]|$|\s+(?:with|and|while)\b)))|"
    # "X flew in to lead the American side", "X was picked to head the team".
    # "X, who arrived from Moscow on Monday to head the delegation": the purpose of his trip.
    # Not the one who sends him: "X appointed Y to head the delegation", "whom X named to
    # lead it".
    rf"^(?:{_APPOSITION}|,\s+who)?\s+(?:(?!{_SENDS}\b)[\w'’]+\s+){{0,6}}?to\s+(?:lead|head|front)\s+"
    r"(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}?"
    r"(?:delegation|side|team|group|negotiators|talks|negotiations)\b|"
    # "X, the strategic affairs minister, has joined the Israeli team and will lead it":
    # joining a side's team to take it over (not "joined the team and will advise it").
    rf"^{_APPOSITION}?,?\s+(?:(?:has|have|had)\s+)?(?:joined|joins)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:delegation|side|team|negotiators)\s+and\s+(?:will|would|is\s+to|"
    r"is\s+set\s+to|is\s+expected\s+to)\s+(?:lead|head)\s+(?:it|them)\b|"
    # "the delegation, with X at its head".
    r"^\s+at\s+(?:its|their|the)\s+head\b|"
    # "with US envoy Steve Witkoff mediating": he leads the go-between's team.
    r"^\s+(?:again\s+|also\s+)?mediating\b|"
    # "X signed for Kigali": the one who signs for a side speaks for it.
    rf"^\s+{_THEN}signed\s+(?:for|on\s+behalf\s+of)\b|"
    # "X signed Russia's copy", "X then signed the same text on Ukraine's behalf".
    rf"^\s+{_THEN}{_SIGNED_FOR}|"
    # "X, the head of the Sudanese army delegation": the side may take two words.
    r"^,\s+(?:the\s+)?head\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:delegation|negotiating\s+team)\b|"
    # "..., and Y of Israel's security council the Israeli one": his body between.
    r"^(?:\s+of\s+[^,;.]{1,50}?)?\s+the\s+[\w'’]+\s+one\b",
    _I,
)
# "X leads for Russia", "X, the foreign minister, led for Iran": the side after "for".
# Not "headed for": that is where he travels.
_LEADS_FOR = re.compile(
    rf"^{_APPOSITION}?,?\s+(?:(?:will|would|is\s+to|again|also|once\s+more)\s+){{0,2}}"
    r"(?:leads|led|leading|lead)\s+(?:again\s+|once\s+more\s+)?for\s+(?:the\s+)?(?-i:[A-Z])",
    _I,
)
# "A, B and Army Secretary C led for Washington": the last of a list of names, whom the
# verb is said of together with the others.
_END_OF_LIST = re.compile(r"\s*(?:,|,?\s*\band)\s+(?:[\w'’.-]+\s+){0,4}", _I)
_MEMBER_BEFORE = re.compile(
    r"\b(?:led|headed|represented)\s+by\s+[^,;.]{2,60}?\s+and\s+(?:[\w'’.-]+\s+){0,4}?$|"
    r"\b(?:together\s+with|accompanied\s+by|alongside)\s+[^;.]{0,80}?$|"
    # "The delegation, headed by X, included Y": the head may be named in between.
    r"\b(?:delegation|team|side)[^;.]{0,60}?\s+(?:also\s+)?(?:included|includes|comprised|"
    r"comprising|featuring)\s+[^;.]{0,80}?$",
    _I,
)
# "The delegation included X, and was headed by Y": the verb of leading right before a name,
# with only titles between, makes it the head, whatever members were listed earlier.
_HEADED_RIGHT_BEFORE = re.compile(
    rf"\b{_HEADED}{_ONCE_MORE}\s+by\s+(?:the\s+)?(?:(?!and\b)[\w'’.-]+\s+){{0,4}}?$", _I
)
# "headed by the movement's chief negotiator and spokesman X": one man's two offices, not a
# list of two people.
_DOUBLE_TITLE = re.compile(
    r"\b(?:negotiator|spokes(?:man|woman|person)|minister|envoy|advis[eo]r|chief|secretary|"
    r"commander|president|premier|director|aide|ambassador|general)\s+and\s+(?:[\w'’.-]+\s+){1,3}$",
    _I,
)
_MEMBER_AFTER = re.compile(
    r"^\s+(?:also\s+)?(?:attended|joined\s+the\s+(?:talks|delegation|negotiations|meeting)|"
    r"took\s+part|participated|was\s+(?:also\s+)?(?:part\s+of|among|in)\s+(?:the\s+)?"
    r"(?:delegation|talks|negotiating\s+team))\b",
    _I,
)
_DELEGATION_CUE = re.compile(
    rf"\b(?:led|headed|leads|heads|negotiator|fronted|fronts|{_HEADED}\s+by|"
    r"(?:to|will|would|shall)\s+(?:again\s+|also\s+|once\s+more\s+)?(?:lead|head)|"
    r"(?:delegation|side|team|group)\s*,?\s+(?:(?:again|still|remained|stayed|was|were|is|are|"
    r"sat|sits)\s+){0,2}under|"
    r"at\s+(?:its|their)\s+head|at\s+the\s+head\s+of|signed\s+(?:for|on\s+behalf\s+of)|"
    # A go-between moving between the two heads, the two facing each other (_HEAD_BETWEEN,
    # _FACED_AFTER): a sentence of its own may name them.
    r"(?:shuttl(?:ed|es|ing)|mov(?:ed|es|ing)|went|go(?:es|ing))\s+(?:back\s+and\s+forth\s+)?"
    r"between|(?:faced|sat\s+opposite|sat\s+across\s+from)\s+(?:each\s+other|one\s+another)|"
    r"\bin\s+separate\s+(?:rooms|halls|wings|buildings|suites)\b|"
    r"\b(?:shook|shaking)\s+hands\b(?!\s+with\b)|\bput\s+their\s+(?:names|signatures)\s+to\b|"
    rf"{_SIGNED_FOR})",
    _I,
)
_COUNTERPART_HEAD = re.compile(
    rf"\b{_HEADED}\s+by\s+[^;.]{{2,80}}?\s+and\s+(?:his|her|their)\s+(?:[\w'’-]+\s+)?"
    r"counterpart,?\s+(?:[\w'’.-]+\s+){0,4}?$",
    _I,
)
# "... and Russia's Y": a name given with its own side after another one's.
_OTHER_SIDE_NAMED = re.compile(r"\band\s+(?:the\s+)?[\w-]+['’]s\s+(?:[\w'’.-]+\s+){0,2}?$", _I)
_EACH_LED = re.compile(
    r"^,?\s+who\s+(?:had\s+|have\s+)?(?:each|both)\s+(?:led|headed|fronted)\b", _I
)
# "A and B led their delegations": one verb for both names, each over their own side.
_BOTH_LED = re.compile(
    r"^,?\s+(?:(?:who\s+)?(?:each|both)\s+)?(?:led|headed|fronted)\s+(?:their|the\s+two|both)\s+"
    r"(?:respective\s+|own\s+)?(?:[\w'’-]+\s+)?(?:delegations|teams|sides)\b",
    _I,
)
# "Hun Manet and Thailand's acting prime minister, ": only titles between the two names.
_PAIRED = re.compile(r"\s+and\s+(?:[\w'’.-]+\s+){0,5}?(?:[\w'’.-]+,\s+)?")
# "where X and Y had produced a refined framework", "X and Y hammered out the text": the
# two who wrote the text between them spoke each for his side.
_SETTLED_AFTER = re.compile(
    r"^\s+(?:(?:then|also|finally|jointly|had|have)\s+){0,2}(?:agreed|signed|sealed|struck|reached|"
    r"produced|drafted|hammered\s+out|worked\s+out|finali[sz]ed)\b",
    _I,
)
# "A and B faced each other across the table", "sat opposite one another", "came face to
# face": the two at the table facing each other lead their sides.
_FACED_AFTER = re.compile(
    r"^,?\s+(?:(?:then|finally|had|have|again|once\s+more)\s+){0,2}(?:(?:faced|face|facing)\s+"
    r"(?:each\s+other|one\s+another|off)\b|(?:sat|sit|sitting|were\s+seated|stood)\s+"
    r"(?:down\s+)?(?:across|opposite)\s+(?:the\s+(?:negotiating\s+)?table\s+from\s+)?"
    r"(?:each\s+other|one\s+another)\b|(?:came|come|met)\s+face\s+to\s+face\b|"
    # "A and B are in separate rooms": each at his side's table of indirect talks.
    r"(?:are|were|sat|sit|stayed|remained|waited)\s+in\s+separate\s+(?:rooms|halls|wings|"
    r"buildings|suites)\b)",
    _I,
)
# "the delegations facing each other across a long table, with X at its head": the head of
# the table is the chair's seat, not a delegation's lead.
_TABLE_HEAD = re.compile(r"\btables?\s*,?\s+(?:with\s+)?(?:[\w'’.-]+\s+){0,4}?$", _I)
_AT_ITS_HEAD = re.compile(r"^\s+at\s+its\s+head\b", _I)
_EXPERTS_TEAM = re.compile(
    rf"^\s+{_LEADS}\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+)?(?:technical|expert|experts['’]?|"
    r"working)\s+(?:team|teams|group|groups|level|talks)\b",
    _I,
)
_EXPERTS_LED_BY = re.compile(
    r"\b(?:technical|expert|experts['’]?|working)(?:\s+(?:team|teams|group|groups|talks|level|"
    rf"work|track|sessions?))?\s+(?:(?:was|were|is|are|will\s+be)\s+)?{_HEADED}{_ONCE_MORE}\s+by\s+"
    r"(?:(?!and\b)[\w'’.-]+\s+){0,4}?$",
    _I,
)
# A line-up of the delegations: "Around the table: ...", "Seated at the table were ...".
# "a civilian on each side: X on behalf of Lebanon and Y of Israel's council": the line-up
# after a colon.
_LINEUP = re.compile(
    r"\b(?:around|at|across)\s+the\s+(?:negotiating\s+)?table\b|\bline-?ups?\b|\bseated\b|"
    r"\b(?:on|for|from)\s+(?:each|either|both)\s+sides?\s*:",
    _I,
)
_FOR_SIDE_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+)(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+){0,6}?\s+"
    r"(?:for|on\s+behalf\s+of|representing)\s+(?:the\s+)?(?=[A-Z])"
)
_LISTED_AFTER = re.compile(r"(?:\s*,\s*|\s+and\s+)(?:[\w'’.-]+\s+){0,4}")
_HEADS_OWN_TEAM = re.compile(
    r"['’]s\s+(?:own\s+)?(?:delegation|team|negotiating\s+team|negotiators|side)\b", _I
)
_SIDE_PARTY = re.compile(r"\b(?:delegation|side|team|negotiators?)\b", _I)
_PARTICLES = frozenset(
    {"al", "bin", "ibn", "de", "van", "von", "der", "den", "la", "le", "el", "da", "di", "du"}
)
_PARTICLE = "|".join(sorted(_PARTICLES))
# A name is two to four capitalised words, with lower-case particles between them ("Jan van
# der Berg", "Osman bin Khalid") or fused to the surname ("Yusuf al-Masri").
# Initials count as a word of a name: "P.K. Menon", "J. D. Ellis" (as "P.K.", or "J." alone).
_NAME_WORD = rf"(?:(?:{_PARTICLE})-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|(?:[A-Z]\.){{1,3}}(?=\s)"
# Up to six words, so that a title of several words before the name is taken with it and
# then stripped ("Deputy Foreign Minister Tea Seiha").
_NAME = re.compile(
    rf"\b(?:{_NAME_WORD})(?:\s+(?:(?:{_PARTICLE})\s+){{0,2}}(?:{_NAME_WORD})){{1,5}}\b"
)
# Capitalised words that open names of things rather than people.
_NOT_NAME_WORDS = frozenset(
    {
        # Malaysian and Gulf honorifics: "Prime Minister Datuk Seri Anwar Ibrahim".
        "Datuk",
        "Seri",
        "Dato",
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
        # Ranks and offices that stand before a name: "Chief of Staff X", "Lieutenant General X".
        "Staff",
        "Lieutenant",
        "Colonel",
        "Major",
        "Brigadier",
        "Admiral",
        "Ambassador",
        "Adviser",
        "Advisor",
        "Commander",
        "Ukrainian",
        "Russian",
        "American",
        # Initials of countries and bodies, not of people: "U.S. envoy", "U.N. official".
        "U.S.",
        "U.N.",
        "U.K.",
        "E.U.",
        "Its",
        "His",
        "Her",
        "Their",
    }
)

_CLAUSE_BREAK = re.compile(
    r";|:|—|–\s|\s-\s|,(?!\s*\d)|\b(?:but|while|though|although|whereas|before|"
    rf"after(?!{_A_WHILE})|because|since|whereas)\b",
    _I,
)

_CONFIDENT = 0.9
_INFERRED = 0.6
_TITLE_FACTOR = 0.85
_DATELINE = DATELINE
_BACK_REFERENCE_DAYS = 7  # a dated round this long before publication is an earlier one
_CONTINUATION_DAYS = 1  # "resume on <date>" this close to publication: the same round
_SURVEY_CITIES = 3  # venues one sentence lists for a conflict when it surveys rounds
_BARE_DATE_WORDS = 3  # a clause this short after "since" is a date, not an event
# A later day still within a round an article says opened on a given day: mediated rounds
# run for weeks ("the talks in Doha, which opened on 6 July, broke down on 24 July").
_LONGEST_ROUND = timedelta(days=28)


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
    # The day of the dated list entry the piece belongs to ("March 29, 2022. The two
    # delegations met..."): an earlier or later round of its own.
    entry: date | None = None
    # The piece recalls an earlier round: "(which) followed talks in Riyadh on Sunday".
    back: bool = False


@dataclass(frozen=True, slots=True)
class _Context:
    kb: KnowledgeBase
    published: datetime | None
    conflicts: dict[str, Conflict]
    dominant: str | None
    # (conflict, city) of the gatherings of allies the article told of (see _allies_only).
    allied_venues: set[tuple[str, str]] = field(default_factory=set)
    # the article's conflict when no sentence names another one (see _article_conflict)
    sole: str | None = None


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


def _conflict_scores(
    matches: Iterable[Match],
    ctx: _Context,
    dominant: str | None,
    named: set[str] | None = None,
) -> Counter[str]:
    """Evidence for each conflict in some text: keywords, parties and people's sides.

    An actor that belongs to the dominant conflict as a party or usual mediator counts for
    it alone: "the U.S. delegation" in a Ukraine article is the mediator's, not a sign of
    the US-Iran talks. ``named``: every actor the whole article names; an actor that is one
    conflict's side and another's usual go-between counts as the go-between where only the
    second conflict has a side named beside it ("Kyiv and Washington held talks, Rubio led
    the American delegation": no Iran, so not the US-Iran talks).
    """
    scores: Counter[str] = Counter()
    # Sides weigh two, a usual go-between one, and only for a conflict whose sides are
    # already named: "Umerov and Witkoff met" is the Ukraine talks (a side of them and
    # their usual mediator), not the US-Iran ones (one side); Qatar alone names no conflict.
    brokers: Counter[str] = Counter()
    dom = ctx.conflicts.get(dominant) if dominant else None
    home = set(dom.parties) | set(dom.usual_mediators) if dom else set()
    actors: list[tuple[Match, str]] = []
    for m in matches:
        if m.kind == "conflict":
            scores[m.key] += 4
            continue
        actor = _actor_of(m, ctx)
        if actor is None:
            continue
        actors.append((m, actor))
        if dom is not None and actor in home:
            scores[dom.slug] += 2
            continue
        broker_only = named is not None and _go_between_here(actor, named, ctx)
        for c in ctx.conflicts.values():
            if actor in c.parties and not broker_only:
                scores[c.slug] += 2
            elif actor in c.usual_mediators:
                brokers[c.slug] += 1
    for slug, count in brokers.items():
        if scores[slug]:
            scores[slug] += count
    # "the second round of US-Iran talks", "the Russia-Ukraine talks": the two sides joined
    # by a hyphen name the process itself, as its keyword does.
    for (first, a), (second, b) in itertools.pairwise(actors):
        if second.start - first.end == 1:
            for c in ctx.conflicts.values():
                if a != b and {a, b} <= set(c.parties):
                    scores[c.slug] += 4
    return scores


def _actor_of(m: Match, ctx: _Context) -> str | None:
    """The actor a match names: itself, or a known person's affiliation."""
    if m.kind == "actor":
        return m.key
    if m.kind == "person":
        with contextlib.suppress(KeyError):
            return ctx.kb.person(m.key).affiliation
    return None


def _go_between_here(actor: str, named: set[str], ctx: _Context) -> bool:
    """Whether, of the conflicts ``actor`` is a side or usual go-between of, only those it
    goes between have another of their sides among the actors ``named``."""
    sides_of = [c for c in ctx.conflicts.values() if actor in c.parties]
    brokered = [c for c in ctx.conflicts.values() if actor in c.usual_mediators]
    return not any(set(c.parties) & named - {actor} for c in sides_of) and any(
        set(c.parties) & named for c in brokered
    )


def _best(scores: Counter[str], prefer: str | None) -> str | None:
    if not scores:
        return None
    top = max(scores.values())
    if prefer is not None and scores.get(prefer, 0) == top:
        return prefer
    return min(slug for slug, score in scores.items() if score == top)


_HOSTED_AFTER = re.compile(
    r"\s+(?:hosted|chaired|convened|brokered|mediated)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:meeting|talks|summit|session|round)\b",
    _I,
)


# A newsletter's or bulletin's headline listing its items: "The Early Brief, Sunday 20 April:
# Darfur camps, Rome talks, storms in the Alps", "Morning digest: Riyadh reset, ...".
_DIGEST_TITLE = re.compile(
    r"^[^:]{0,50}\b(?:brief|briefing|digest|bulletin|newsletter|round-?up|edition|news)\b"
    r"[^:]{0,40}:[^:]*[,;][^:]*$",
    _I,
)


def _clause_conflicts(
    clauses: Sequence[tuple[int, int]],
    matches: Sequence[Match],
    ctx: _Context,
    pointed: str | None = None,
    *,
    digest: bool = False,
) -> list[str | None]:
    """Each clause's conflict; ``pointed``: that of the round the sentence opens by
    pointing back at ("Those talks ended without a deal"), taken when no clause names one.
    ``digest``: the clauses are the items of a newsletter's headline, each its own story.
    """
    by_clause: list[list[Match]] = [[] for _ in clauses]
    for m in matches:
        by_clause[_clause_index(clauses, m.start)].append(m)
    own = [_best(_conflict_scores(ms, ctx, ctx.dominant), ctx.dominant) for ms in by_clause]
    if pointed is not None and not any(own):
        # Not the article's own conflict: the talks just told of, whoever's they were.
        return [pointed for _ in clauses]
    # "At the State Department, the ministers of Congo and Rwanda signed ... with Rubio
    # looking on": in a sentence naming two sides of one conflict, a clause whose only
    # evidence is that conflict's usual go-between (or its people) is of that conflict,
    # though the go-between is a side of the article's own.
    named = {m.key for m in matches if m.kind == "actor"}
    both = [c for c in ctx.conflicts.values() if len(named & set(c.parties)) >= 2]
    if len(both) == 1:
        table = set(both[0].parties) | set(both[0].usual_mediators)
        for i, ms in enumerate(by_clause):
            sides = _clause_sides(ms, ctx)
            if own[i] not in (None, both[0].slug) and sides and sides <= table:
                own[i] = both[0].slug
    _shared_go_betweens(own, by_clause, ctx)
    if digest:
        # "The Early Brief: Darfur camps, Rome talks, storms in the Alps": an item naming
        # no conflict is of the one the newsletter's items on talks are about, not of the
        # item before it.
        return [s or ctx.dominant for s in own]
    # Clauses without evidence take the previous clause's conflict, the first ones the next.
    result: list[str | None] = []
    last: str | None = None
    for slug in own:
        last = slug or last
        result.append(last)
    first_known = next((s for s in own if s), ctx.dominant)
    return [s or first_known for s in result]


def _shared_go_betweens(
    own: list[str | None], by_clause: Sequence[Sequence[Match]], ctx: _Context
) -> None:
    """A clause whose only evidence is go-betweens of both the article's conflict and the
    one the rest of the sentence is about belongs to the latter: in a DR Congo brief, "the
    Jeddah Declaration that the army and the RSF signed, brokered by Saudi Arabia and the
    United States" names the Sudan talks' mediators, though the US mediates in Congo too."""
    dom = ctx.conflicts.get(ctx.dominant) if ctx.dominant else None
    if dom is None:
        return
    others = {slug for slug in own if slug is not None and slug != dom.slug}
    if len(others) != 1 or dom.slug in _own_evidence(own, by_clause, dom, ctx):
        return
    other = ctx.conflicts[others.pop()]
    theirs = set(other.usual_mediators) | set(other.parties)
    for i, ms in enumerate(by_clause):
        if own[i] != dom.slug:
            continue
        actors = {m.key for m in ms if m.kind == "actor"}
        if (
            actors
            and actors <= theirs
            and not actors & set(dom.parties)
            and not any(m.kind in ("conflict", "person") for m in ms)
        ):
            own[i] = other.slug


def _own_evidence(
    own: Sequence[str | None], by_clause: Sequence[Sequence[Match]], dom: Conflict, ctx: _Context
) -> set[str]:
    """The dominant conflict, if some clause gives it evidence beyond its go-betweens."""
    for slug, ms in zip(own, by_clause, strict=True):
        if slug != dom.slug:
            continue
        for m in ms:
            if m.kind in ("conflict", "person") or (m.kind == "actor" and m.key in dom.parties):
                return {dom.slug}
    return set()


def _clause_sides(matches: Sequence[Match], ctx: _Context) -> set[str] | None:
    """The actors a clause's matches stand for (people by their side); None if a conflict
    keyword names its conflict outright."""
    sides: set[str] = set()
    for m in matches:
        if m.kind == "conflict":
            return None
        if m.kind == "actor":
            sides.add(m.key)
        elif m.kind == "person":
            with contextlib.suppress(KeyError):
                sides.add(ctx.kb.person(m.key).affiliation)
    return sides


def _actor_matches(matches: Sequence[Match]) -> list[Match]:
    return [m for m in matches if m.kind == "actor"]


# A side said to stand outside the talks named after a place: the place is not where it sits.
_OUTSIDE_OF = re.compile(
    r"\b(?:(?:not|never)\s+(?:been\s+)?(?:a\s+)?(?:party|part|signatory|signatories|parties)\s+"
    r"to|outside|excluded\s+from|left\s+out\s+of|kept\s+out\s+of|no\s+part\s+in)\s+(?:the\s+)?$",
    _I,
)


def _venue(sentence: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[tuple[str, int]]:
    """Places named as where talks happen: "in Geneva", "the Geneva round"."""
    found: list[tuple[str, int]] = []
    hosts: list[tuple[str, int]] = []
    for m in matches:
        if m.kind != "place":
            continue
        before = sentence[max(0, m.start - 60) : m.start]
        after = sentence[m.end : m.end + 40]
        if re.match(r"^[-–]\w", after):
            # "the Washington-led drive": part of an adjective, not a place. A spaced dash
            # ("Putin in Alaska - as it happened") only separates a headline's parts.
            continue
        if _SPEAKER_AFTER.match(after) and not _STRONG_TRIGGER.search(
            re.split(r"[,;:—]", sentence[: m.start])[-1]
        ):
            continue  # "diplomats in Beirut said ...": where the speakers are, not the talks
        if _ARRIVED_IN.search(before) and _AFTER_MEETING.match(sentence[m.end : m.end + 80]):
            continue  # "arrived in Moscow after a meeting in Florida": where they went next
        if _where_speakers_are(sentence, m):
            continue  # "In Kyiv, officials said ...": where they spoke, not where talks sat
        if _EARLIER_VENUE.search(before) and not _recalled_sitting_placed(sentence, m):
            continue  # "as in Muscat", "a week after their first encounter in Muscat"
        if _ON_BEHALF.match(after):
            continue  # "pushed back at Washington's request": whose wish, not where
        if _WHOSE_TEAM_AFTER.match(after):
            continue  # "a source in Kyiv's delegation": the capital for its government
        if _SITTING_BEFORE_THIS.match(sentence, m.end):
            continue  # "the Geneva meeting a week earlier": the sitting before this one
        if _FRONT_AFTER.match(sentence, m.end):
            continue  # "military activity in the Kyiv and Chernigov directions": the front
        planned = _PLANNED_AT_BEFORE.search(before)
        if planned is not None and (planned["first"] or _MOVED_LATER.match(sentence, m.end)):
            # "Sunday's round had originally been due to take place in Rome on 3 May, but
            # Oman postponed it": where the round was to sit before it moved.
            continue
        if _WATCHED_IN.search(before):
            continue  # "the talks were watched closely in Yerevan": where the onlookers are
        if _OUTSIDE_OF.search(before) and _TRIGGER_WORD.match(after):
            continue  # "the rebels, not a party to the Washington process": not there
        if (
            _VENUE_BEFORE.search(before)
            or _TRIGGER_WORD.match(after)
            or (_SIGNED_BEFORE.search(before) and _DOCUMENT_AFTER.match(after))
            or (_TRIP_TO.search(before) and _TRIP_FOR_TALKS.match(sentence[m.end : m.end + 80]))
            or (_INVITED_TO.search(before) and _INVITED_FOR.match(after))
            or (_LEFT_FROM.search(before) and _AFTER_TALKS.match(sentence[m.end : m.end + 80]))
            or (
                _TALKS_MOVE_TO.search(sentence[max(0, m.start - 140) : m.start])
                and not re.match(r"^['’]s?\b", after)
            )
            or _where_held(sentence[m.end :])
            or _SIGNED_DOCUMENT_AFTER.match(sentence[m.end : m.end + 120])
            or (_BUILDING_AFTER.match(after) and _STRONG_TRIGGER.search(sentence))
            or _SIDES_RETURNED_TO.search(before)
        ):
            found.append((m.key, m.start))
        elif _HOSTS.match(after):
            hosts.append((m.key, m.start))
    # "held at Istanbul's palace, in a process Ankara has hosted": a capital that hosts is
    # often its government speaking; where a venue is named outright, that is the place.
    return found or hosts


# "When they returned to the Emirati capital on 4-5 February": where the sides sat again.
_SIDES_RETURNED_TO = re.compile(rf"{_SIDES_RETURNED}\s+(?:the\s+)?$", _I)


_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate)\b", _I)
_FRONT_AFTER = re.compile(
    r"(?:\s+and\s+[\w'’-]+)?\s+(?:directions?|axis|axes|front|fronts|sectors?)\b",
    _I,
)
_SITTING_BEFORE_THIS = re.compile(
    r"\s+(?:talks|meeting|session|round|sitting)\s+(?:a|an|one|two|three|four|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+(?:earlier|before|ago)\b",
    _I,
)
_WHOSE_TEAM_AFTER = re.compile(
    r"^['’]s?\s+(?:own\s+|chief\s+|lead\s+|top\s+)?(?:delegation|team|negotiators?|envoys?|"
    r"representatives?|side)\b",
    _I,
)


# The place a sitting was planned at: "had originally been due to take place in Rome".
_PLANNED_AT_BEFORE = re.compile(
    r"\b(?P<first>originally\s+|initially\s+|first\s+)?(?:been\s+)?(?:due|scheduled|planned|set|"
    r"slated|meant|supposed)\s+to\s+(?:take\s+place|be\s+held|meet|open|sit|convene|resume)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    _I,
)
# A move told after the plan: "..., but Oman postponed it", "before it was moved".
_MOVED_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:but|before|until|then)\b[^.;]{0,40}?\b(?:postponed|moved|delayed|"
    r"pushed\s+back|relocated|switched|shifted|called\s+off|put\s+off)\b",
    _I,
)


# "left a Riyadh hotel after twelve hours of talks": the building the talks sat in, named by
# its city.
_BUILDING_AFTER = re.compile(
    r"^\s+(?:hotel|palace|villa|residence|resort|guest\s*house|conference\s+(?:centre|center|"
    r"hall))\b",
    _I,
)


# "their process runs through Doha, where Qatari mediators got the two sides to sign a
# framework on 15 November", "moved to Jeddah, where the delegations met for a week": the
# relative clause tells what happened at the place. Not what someone said or did there
# beside the talks ("flew home to Washington, where he briefed the president on the talks").
# "Abu Dhabi, which hosted the rounds of January": the place hosted what the clause names.
_WHERE = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:where|(?P<hosted>which\s+(?:had\s+|has\s+)?(?:hosted|staged)))"
    r"\s+(?P<clause>[^;.]{3,200})",
    _I,
)
_WHERE_EVENT = re.compile(
    r"\b(?:held|holds|hold|met|meet|meets|negotiated|negotiating|negotiate|signed|sign|"
    r"mediated|mediating|brokered|convened|sat\s+down|initialled|initialed|hammered\s+out|"
    r"reached|struck|clinched)\b",
    _I,
)
_WHERE_ASIDE = re.compile(
    r"\b(?:said|says|told|tell|briefed|briefs|spoke|speaks|addressed|visited|lives|lived|"
    r"studied|was\s+born|attacked|struck\s+by|bombed|shelled|protested|rallied|marched)\b",
    _I,
)


# "The Jeddah Declaration that the two sides signed on 11 May", "the Doha framework, signed
# on 15 November": a text named after its place, whose signing the sentence tells.
_SIGNED_DOCUMENT_AFTER = re.compile(
    r"^\s+(?:peace\s+|framework\s+|ceasefire\s+)?(?:declaration|agreement|accords?|protocol|"
    r"communiqu[eé]|memorandum|pact|treaty|framework)\b(?:\s+[\w'’-]+){0,3}?\s*,?\s+"
    r"(?:(?:that|which)\s+(?:[\w'’().-]+\s+){0,8}?)?(?:(?:was|were|had\s+been)\s+)?"
    r"(?:signed|initialled|initialed|sealed)\b",
    _I,
)


def _venue_claims(city: str, confidence: float, pos: int, kb: KnowledgeBase) -> list[_Pending]:
    """The city a sentence places the talks in, and its country when the base knows it."""
    found = [_Pending(Field.CITY, city, confidence, pos)]
    with contextlib.suppress(KeyError):
        found.append(_Pending(Field.COUNTRY, kb.place(city).country, confidence, pos))
    return found


def _where_held(after: str) -> bool:
    """Whether a place is followed by a relative "where" clause telling talks held there."""
    found = _WHERE.match(after)
    if found is None:
        return False
    clause = found["clause"]
    return bool(
        (found["hosted"] or _WHERE_EVENT.search(clause))
        and (_STRONG_TRIGGER.search(clause) or _WEAK_TRIGGER.search(clause) or "sign" in clause)
        and not _WHERE_ASIDE.search(clause)
    )


def _shadowed_places(sentence: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[Match]:
    # A conflict keyword such as "Istanbul talks" hides the place inside it from the matcher.
    extra: list[Match] = []
    for m in matches:
        last = " " + m.surface.split()[-1]
        if m.kind == "conflict" and (_TRIGGER_WORD.search(last) or _DOCUMENT_AFTER.match(last)):
            head = m.surface.rsplit(" ", 1)[0] if " " in m.surface else ""
            for inner in kb.find(head):
                if inner.kind == "place":
                    start = m.start + inner.start
                    extra.append(
                        Match(start, start + len(inner.surface), inner.surface, "place", inner.key)
                    )
    return extra


_HELPED_BEFORE = re.compile(
    r"\b(?:mediated|brokered|facilitated|negotiated)\s+[^.;]{0,40}?\bwith\s+(?:the\s+)?$", _I
)
_HELP_AFTER = re.compile(r"^['’]s\s+(?:help|support|assistance|backing|mediation)\b", _I)
_NAMED_AFTER_PLACE = re.compile(
    r"^\s+(?:Group|Process|Format|Agreements?|Accords?|Protocols?|Declaration|Platform)\b"
)
_FOR_YEARS = re.compile(r"\bfor\s+(?:many\s+|several\s+)?(?:years|decades)\b[^.;]{0,60}$", _I)
_TITLE_OF_CHAIR_BEFORE = re.compile(
    r",\s+(?:the\s+|its\s+)?(?:current|then|rotating|incoming|outgoing|former)?\s*$", _I
)
_TITLE_OF_CHAIR_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:chair|chairman|chairwoman|chairperson|president|presidency|holder)\b", _I
)


_PAST_ERRANDS = re.compile(
    r"^,?\s+(?:which|who)\s+(?:has|had|have)\s+(?:long\s+|also\s+|already\s+|repeatedly\s+)?"
    r"(?:facilitated|mediated|brokered|arranged|helped\s+(?:to\s+)?(?:broker|arrange))\s+"
    r"(?:many|several|numerous|dozens|scores|a\s+number|most|all|previous|past|earlier|"
    r"repeated|multiple|other)\b",
    _I,
)


# "It names Egypt, Qatar, Turkey and the United States as the guarantors", "the United
# States will act as guarantor of the deal", "A and B, joined by C, stood as guarantors of
# the agreement", "the four mediating countries signed as guarantors": the governments that
# stand behind a deal their envoys brought about. Read only of a conflict's usual
# go-betweens (a side guarantees nothing to itself). Not "the guarantor states" told
# without the list, nor a guarantee asked of someone ("wants Turkey as a guarantor").
_GUARANTOR_AFTER = re.compile(
    rf"^{_LIST_AFTER}(?:\s*,?\s+(?:joined\s+by|together\s+with|along\s+with)\s+[^,;.]{{1,40}}?"
    r"\s*,?)?\s+(?:(?:will|would|are\s+to|is\s+to|were\s+to|agreed\s+to|also|to)\s+)*"
    r"(?:act|acts|acted|acting|stand|stands|stood|serve|serves|served|"
    # "signed the agreement as guarantors": the text they signed may come first.
    r"(?:sign|signs|signed)(?:\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|"
    r"accord|text|document|declaration))?|"
    r"(?:were|are|was|is|be)\s+named|(?:were|are|was|is)\s+listed)\s+as\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w'’-]+\s+)?guarantors?\b",
    _I,
)
_NAMES_AS_GUARANTORS = re.compile(
    rf"^{_LIST_AFTER}\s+as\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+)?guarantors?\b", _I
)
_NAMES_BEFORE = re.compile(
    # "names Egypt, Qatar and the United States": the names of the list told before.
    r"\b(?:names?|named|naming|lists?|listed|listing|designates?|designated)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?\s*(?:,|\band\b)\s*(?:the\s+)?){0,6}$",
    _I,
)


def _stands_guarantor(text: str, m: Match) -> bool:
    """Whether the actor ``m`` is told to stand as guarantor of a deal."""
    after = text[m.end : m.end + 160]
    return bool(
        _GUARANTOR_AFTER.match(after)
        or (
            _NAMES_BEFORE.search(text[max(0, m.start - 120) : m.start])
            and _NAMES_AS_GUARANTORS.match(after)
        )
    )


def _mediators(sentence: str, actors: Sequence[Match]) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    chairs = [hit.span() for hit in _CHAIRED_BY.finditer(sentence)]
    for m in actors:
        after = sentence[m.end : m.end + 80]
        before = sentence[max(0, m.start - 60) : m.start]
        if _NAMED_AFTER_PLACE.match(after):
            continue  # "the Minsk Group, which had mediated": a format named after a city
        if _PAST_ERRANDS.match(after):
            # "hosted by the UAE, which has facilitated many prisoner swaps since the war
            # began": its record of other errands, told as background, makes it the host only.
            continue
        if _FOR_YEARS.search(sentence[max(0, m.start - 100) : m.start]):
            # "swaps have been arranged for years through the mediation of the UAE": a
            # standing channel, told as background, brokers no one round.
            continue
        if (
            any(a <= m.start < b for a, b in chairs)
            and not after.startswith(("'s", "’s"))
            # "chaired by Prime Minister X, the current ASEAN chair": the office of the chair
            # named, who is his own country's.
            and not (_TITLE_OF_CHAIR_BEFORE.search(before) and _TITLE_OF_CHAIR_AFTER.match(after))
            # "the office of the UN special envoy for Yemen": the country an office serves.
            and not re.search(r"\bfor\s+(?:the\s+)?$", before)
        ):
            found.append((m.key, m.start))
            continue
        if (
            _JOINED_BY.search(sentence[max(0, m.start - 160) : m.start])
            or _ENVOYS_OF_LIST.search(sentence[max(0, m.start - 200) : m.start])
            or _AS_DID.search(sentence[max(0, m.start - 140) : m.start])
        ):
            found.append((m.key, m.start))
            continue
        if _HELPED_BEFORE.search(before) and _HELP_AFTER.match(after):
            # "Rubio, who brokered the deal with Qatar's help": the helper at the errand.
            found.append((m.key, m.start))
            continue
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
        if _SAYS_NO_SIDE.match(sentence[m.end : m.end + 120]):
            continue
        if _BACKER.match(after):
            continue  # "the Rwanda-backed rebels": the actor describes someone else
        if _WHERE_TAKEN.match(after):
            continue  # "children taken to Russian territory": where, not who sat
        # "US-Iran talks" chains the sides; "Sudan talks" alone names the conflict.
        chained = _CHAINED_TALKS.match(after) is not None and (
            re.match(r"\s*[-–/]", after) is not None or re.search(r"[-–/]\s*$", before) is not None
        )
        if m.key in mediators or (
            _DELEGATION_AFTER.match(after)
            or _TALKS_WITH_BEFORE.search(before)
            # "travelling to Washington for talks": the place of the talks, not a side.
            or (chained and not re.search(r"\b(?:to|in|at)\s+$", before))
        ):
            found.append((m.key, _CONFIDENT, m.start))
        elif conflict is not None and m.key in conflict.parties:
            found.append((m.key, _INFERRED, m.start))
    return found


# "children taken to Russian territory", "soldiers in Ukrainian captivity": the side's
# land or custody, where people are, not a delegation.
_WHERE_TAKEN = re.compile(r"^\s+(?:territory|soil|custody|captivity|prisons?|jails?)\b", _I)


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
    # What the knowledge base already names is blanked out, so that "Ukraine's Mykola
    # Derkach" still yields the name after the country.
    masked = list(sentence)
    for t_start, t_end in taken:
        masked[t_start:t_end] = " " * (t_end - t_start)
    blank = "".join(masked)
    for found in _NAME.finditer(blank):
        start, end = found.span()
        if sentence.startswith(("'s", "’s"), end):
            continue  # "Trump's son-in-law": the possessor describes someone else
        words = found.group(0).split()
        # "Deputy Foreign Minister Tea Seiha", "Infrastructure Minister Tea Seiha": the title
        # before the name, up to its last title word, is not part of it.
        titled = [i for i, w in enumerate(words) if w in _NOT_NAME_WORDS]
        for word in words[: titled[-1] + 1] if titled else []:
            start = blank.index(word, start) + len(word)
        words = words[titled[-1] + 1 :] if titled else words
        if len(words) < 2:
            continue
        start = blank.index(words[0], start)
        if words[-1].lower() in _PARTICLES:
            continue
        people.append((start, end, sentence[start:end], None))
    people.sort()
    return people


# "Israel was represented by X", "... and Russia by X": the side is the subject of the verb.
_SUBJECT_SIDE = re.compile(
    r"^(?:['’]s)?(?:\s+(?:delegation|side|team|group))?(?:\s+(?:was|were|is|are)\s+"
    rf"(?:again\s+|also\s+)?{_HEADED})?\s+by\s+(?:[\w'’.-]+\s+){{0,4}}?$",
    _I,
)


# "Moscow reinstated X as its lead negotiator", "Kyiv sent a delegation under X": the side
# that appoints or sends someone is the one he leads.
_APPOINTING_SIDE = re.compile(
    r"^\s+(?:(?:has|had|have|again|also|then|now|quickly)\s+)*(?:re)?(?:appointed|named|picked|"
    r"chose|chosen|tapped|installed|designated|sent|dispatched|put|placed|instated)\s+"
    r"(?:[\w'’.-]+\s+){0,5}?$",
    _I,
)


_SIGNS_FOR_SIDE = re.compile(
    rf"^[^,;]{{1,40}}?\s+{_THEN}signed\s+(?:[\w'’-]+\s+){{0,4}}?(?:the\s+)?[\w'’-]+['’]s$",
    _I,
)


# "X signed for Kinshasa", "X initialled the text on behalf of the M23": the side he signs for.
_SIGNS_FOR_BEFORE = re.compile(
    r"^[^,;]{1,40}?\s+(?:signed|initial(?:l)?ed|sign|signs)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$",
    _I,
)
_LEADS_SIDE = re.compile(
    rf"^[^,;]{{1,40}}?\s+(?:{_LEADS}\s+(?:the\s+)?|(?:leads|led|leading|lead)\s+for\s+"
    r"(?:the\s+)?)$",
    _I,
)
# "..., told Reuters", "according to The Washington Post": who carries the words.
_OUTLET_BEFORE = re.compile(
    r"\b(?:told|tells|telling|according\s+to|quoted\s+by|cited\s+by|speaking\s+to|"
    r"(?:interview|interviews)\s+with)\s+(?:the\s+)?$",
    _I,
)


_PLACED_BEFORE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$", _I)


def _side_of(sentence: str, pos: int, actors: Sequence[Match]) -> str | None:
    """The delegation an unknown name belongs to: the actor naming a side nearest to it."""
    for m in actors:
        # "The government delegation in Sweden was led by X": the country after "in" is where
        # the delegation sat, not the side it stands for.
        # The side is then not told by any actor: none rather than a guess.
        if m.end <= pos and (
            _SUBJECT_SIDE.match(sentence[m.end : pos])
            or _APPOINTING_SIDE.match(sentence[m.end : pos])
        ):
            if _PLACED_BEFORE.search(sentence[max(0, m.start - 12) : m.start]):
                return None
            return m.key
        if m.start > pos and (
            _SIGNS_FOR_SIDE.match(sentence[pos : m.end + 2])
            or _SIGNS_FOR_BEFORE.match(sentence[pos : m.start])
            or _LEADS_SIDE.match(sentence[pos : m.start])
        ):
            # "X signed Russia's copy", "X headed the Russian one": the side he acts for.
            return m.key
    best: tuple[int, str] | None = None
    for m in actors:
        after = sentence[m.end : m.end + 30]
        # "... while X headed the Russian one": the noun said once for both sides.
        if not (
            _SIDE_PARTY.search(after[:25])
            or after.startswith(("'s", "’s"))
            or re.match(r"\s+one\b", after)
        ):
            continue
        distance = abs(m.start - pos)
        if best is None or distance < best[0]:
            best = (distance, m.key)
    if best is not None:
        return best[1]
    # "the Kremlin reinstated X as its lead negotiator": the clause's first actor.
    return actors[0].key if actors else None


_ACROSS_BEFORE = re.compile(
    r"^\s*(?:across\s+the\s+(?:negotiating\s+)?table(?:\s+from\s+(?:him|her|them))?|"
    r"opposite\s+(?:him|her|them)|facing\s+(?:him|her|them))\s*,?\s+(?:sat|was|were|stood|sits|is)\s+"
    r"(?:[\w'’.-]+\s+){0,5}?$",
    _I,
)
_APPOINTER_BEFORE = re.compile(
    r",\s+(?:who\s+(?:was|had\s+been)\s+)?(?:appointed|named|chosen|picked|tapped|designated|"
    r"sent|nominated)\s+by\s+(?:[\w'’.-]+\s+){0,3}?$",
    _I,
)


def _delegations(
    sentence: str, matches: Sequence[Match], actors: Sequence[Match], kb: KnowledgeBase
) -> list[_Pending]:
    claims: list[_Pending] = []
    previous: tuple[int, str | None] | None = None  # end and side of the name before
    known_before: tuple[int, int, str, str] | None = None  # the last known person
    lineup = _LINEUP.search(sentence) is not None
    named_now: tuple[int, int, str, str | None] | None = None  # the name just read
    for start, end, name, side in _names(sentence, matches, kb):
        # "Around the table: A and B for Kyiv; C for Moscow": the sides each name stands for,
        # the first of each group at its head. A name joined to the one before is not first.
        joined = previous is not None and _LISTED_AFTER.fullmatch(sentence[previous[0] : start])
        listed = (
            previous is not None
            and previous[1] == side
            and re.fullmatch(r"\s+and\s+", sentence[previous[0] : start]) is not None
        )
        previous = (end, side)
        named_before, named_now = named_now, (start, end, name, side)
        pair = known_before
        if side is not None:
            known_before = (start, end, name, side)
        if side is not None and _HEADS_OWN_TEAM.match(sentence, end):
            # "Medinsky's team", "Witkoff's negotiators": the team is named after its head.
            claims.append(_Pending(Field.HEAD, name, _INFERRED, start, side))
            continue
        if sentence.startswith(("'s", "’s"), end):
            continue  # "Trump's son-in-law": the possessor describes someone else
        before = sentence[max(0, start - 120) : start]
        if side is None and _OUTLET_BEFORE.search(before):
            continue  # "..., told Al Jazeera": the outlet, not a delegate
        after = sentence[end : end + 140]
        stands_for = _FOR_SIDE_AFTER.match(after) if lineup else None
        signs_for = _FOR_SIDE.match(after) if _GAPPED_SIGNER.search(before) else None
        if _GAPPED_HEAD.search(before):
            field_ = Field.HEAD
        elif signs_for is not None:
            field_ = Field.HEAD
            at = end + signs_for.end()
            side = side or next((m.key for m in actors if m.start == at), None)
        elif stands_for is not None:
            field_ = Field.MEMBER if joined else Field.HEAD
            at = end + stands_for.end()
            side = side or next((m.key for m in actors if m.start == at), None)
        elif (
            side is not None
            and pair is not None
            and pair[3] != side
            and _COUNTERPART_HEAD.search(before)
        ):
            # "headed by X and his Azerbaijani counterpart Y": the other side's head.
            field_ = Field.HEAD
        elif (
            (_MEMBER_BEFORE.search(before) and not _DOUBLE_TITLE.search(before))
            or _MEMBER_AFTER.match(after)
        ) and not _HEADED_RIGHT_BEFORE.search(before):
            field_ = Field.MEMBER
        elif _LEADS_FOR.match(after):
            if named_before is not None and _END_OF_LIST.fullmatch(
                sentence[named_before[1] : start]
            ):
                # Several people said to lead one side together: none of them is its head.
                continue
            field_ = Field.HEAD
        elif _AT_ITS_HEAD.match(after) and _TABLE_HEAD.search(before):
            if side is not None:
                claims.append(_Pending(Field.MEDIATOR, side, _INFERRED, start))
            continue
        elif _HEAD_BEFORE.search(before) or _HEAD_AFTER.match(after) or _BOTH_LED.match(after):
            # "X heads the American technical team", "the Iranian experts were led by X": the
            # experts' table, beside the envoys'.
            experts = _EXPERTS_TEAM.match(after) or _EXPERTS_LED_BY.search(before)
            field_ = Field.MEMBER if experts else Field.HEAD
        elif side is not None and _HEAD_BETWEEN.search(before):
            # "talks between Abbas Araghchi and Steve Witkoff": known people facing each
            # other lead their sides; a second one of the same side ("the envoys Steve
            # Witkoff and Jared Kushner") comes with the first.
            field_ = Field.MEMBER if listed else Field.HEAD
        elif (
            side is not None
            and pair is not None
            and pair[3] != side
            and _PAIRED.fullmatch(sentence[pair[1] : start])
            and (_SETTLED_AFTER.match(after) or _FACED_AFTER.match(after))
        ):
            # "X and his counterpart Y agreed to a truce": the two who settle it speak each
            # for their own side.
            claims.append(_Pending(Field.HEAD, pair[2], _INFERRED, pair[0], pair[3]))
            claims.append(_Pending(Field.HEAD, name, _INFERRED, start, side))
            continue
        elif side is not None and start < 120 and _ACROSS_BEFORE.search(before):
            # "Across the table was Vladimir Medinsky": the one facing the head just named
            # leads the other side.
            field_ = Field.HEAD
        else:
            continue
        appointer = _APPOINTER_BEFORE.search(sentence, 0, start)
        if field_ is Field.HEAD and appointer is not None:
            # "X, appointed by President Y to head Lebanon's delegation": Y sent the head,
            # X is he, if named right before.
            if named_before is not None and appointer.start() - named_before[1] <= 60:
                _, _, first, own = named_before
                party = own or side or _side_of(sentence, start, actors)
                if party is not None:
                    claims.append(_Pending(Field.HEAD, first, _INFERRED, named_before[0], party))
            continue
        party = side or _side_of(sentence, start, actors)
        if party is None:
            continue
        if (
            field_ is Field.MEMBER
            and _OTHER_SIDE_NAMED.search(before)
            and any(c.field is Field.HEAD and c.party not in (None, party) for c in claims)
        ):
            # "led by Ukraine's X and Russia's Y": the second name heads the other side.
            field_ = Field.HEAD
        elif field_ is Field.MEMBER and _led_by_two_sides(before, side, claims):
            field_ = Field.HEAD
        confidence = _CONFIDENT if side is not None else _INFERRED
        claims.append(_Pending(field_, name, confidence, start, party))
        if (
            field_ is Field.HEAD
            and pair is not None
            and pair[3] != party
            and (_EACH_LED.match(after) or _BOTH_LED.match(after))
            and _PAIRED.fullmatch(sentence[pair[1] : start])
        ):
            # "A and B, who each led their country's delegation": the verb is said of both.
            claims.append(_Pending(Field.HEAD, pair[2], confidence, pair[0], pair[3]))
    return _one_head_a_side(claims)


# "officials of both countries met, led by X and Y": one "led by" for two names.
_LED_BY_TWO = re.compile(
    rf"\b{_HEADED}{_ONCE_MORE}\s+by\s+[^,;.]{{2,60}}?\s+and\s+(?:by\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?$",
    _I,
)


def _led_by_two_sides(before: str, side: str | None, claims: Sequence[_Pending]) -> bool:
    """ "The talks, led by X and Y": the second of two people named after one "led by" is
    the other side's head when both are known and stand for different sides; two of one
    side ("led by Witkoff and Kushner") stay head and member."""
    return (
        side is not None
        and _LED_BY_TWO.search(before) is not None
        and any(
            c.field is Field.HEAD and c.confidence >= _CONFIDENT and c.party not in (None, side)
            for c in claims
        )
    )


def _one_head_a_side(claims: list[_Pending]) -> list[_Pending]:
    """A sentence that names two heads for one side has guessed the side of one of them:
    "The Houthi team, headed by X, and the government team, led by Y" gives Y no side of
    his own. A head whose side was only inferred yields to one whose side is known, or to
    the one named first; he stays a member of no one."""
    kept: list[_Pending] = []
    for p in sorted(claims, key=lambda c: (-c.confidence, c.anchor)):
        if (
            p.field is Field.HEAD
            and p.confidence < _CONFIDENT
            and any(
                k.field is Field.HEAD and k.party == p.party and k.value != p.value for k in kept
            )
        ):
            continue
        kept.append(p)
    return sorted(kept, key=lambda c: c.anchor)


def _bodies_chair(claims: Iterable[_Pending], kb: KnowledgeBase) -> list[_Pending]:
    """An international body leads no side's delegation: "the talks, led by the UN envoy X",
    "the ICRC's X headed the meeting" make the body the go-between, and X no side's head."""
    out: list[_Pending] = []
    for p in claims:
        kind = None
        if p.field in (Field.HEAD, Field.MEMBER) and p.party is not None:
            with contextlib.suppress(KeyError):
                kind = kb.actor(p.party).kind
        if kind != "organisation":
            out.append(p)
        elif p.field is Field.HEAD and p.party is not None:
            out.append(_Pending(Field.MEDIATOR, p.party, _INFERRED, p.anchor))
    return out


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
        # Wide enough for "a meeting in Putrajaya on Monday that was chaired by Prime
        # Minister Datuk Seri X": each cue is anchored at the name.
        before = text[max(0, m.start - 140) : m.start]
        if not (
            _PERSON_MEDIATES.match(text[m.end : m.end + 140])
            or _PERSON_STEERS.match(text[m.end : m.end + 200])
            or _PERSON_MEDIATOR_BEFORE.search(before)
            or (_WHICH_BEFORE.search(before) and _STEERED_AFTER.match(text[m.end : m.end + 120]))
        ):
            continue
        conflict = conflict_at(m.start)
        with contextlib.suppress(KeyError):
            side = kb.person(m.key).affiliation
            if conflict is None or side not in conflict.parties:
                found.append(_Pending(Field.MEDIATOR, side, _INFERRED, m.start))
    for m in matches:
        if m.kind != "person" or not (
            _PERSON_JOINS.match(text[m.end : m.end + 80])
            or _PERSON_HOSTS_BEFORE.search(text[max(0, m.start - 80) : m.start])
            or _WITNESS_BEFORE.search(text[max(0, m.start - 80) : m.start])
            or _WITNESS_AFTER.match(text[m.end : m.end + 40])
        ):
            continue
        conflict = conflict_at(m.start)
        with contextlib.suppress(KeyError):
            side = kb.person(m.key).affiliation
            if (
                conflict is not None
                and side in conflict.usual_mediators
                and side not in conflict.parties
            ):
                found.append(_Pending(Field.MEDIATOR, side, _INFERRED, m.start))
    return found


# "Putin received Witkoff at the Kremlin": two known people of different sides meeting
# lead their delegations.
# The titles news puts before a name: "U.S. envoy", "Thailand's acting premier".
_TITLES = (
    # "hosted the two foreign ministers, X and Y": the pair named by their office first.
    r"(?:the\s+two\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|premiers|envoys|"
    r"negotiators|men|women|heads)\s*,\s+)?"
    r"(?:(?:[A-Z][\w.'’-]*|envoys?|special|foreign|defen[cs]e|minister|secretary|negotiators?|"
    r"adviser|chief|deputy|senior|top|lead|acting|premier|president|prime|his|her|their|"
    # "Cambodia's Deputy Prime Minister and Defence Minister Tea Seiha": a double office.
    r"counterpart|and)\s+){0,8}"
)
_RECEIVES = re.compile(
    # "X had met Mossad chief Y in Paris": the pluperfect of an earlier sitting.
    r"^\s+(?:(?:had|has|have)\s+)?(?:received|hosted|welcomed|met(?:\s+with)?|meets(?:\s+with)?|"
    r"sat\s+down\s+with|"
    r"held\s+talks\s+with|shook\s+hands\s+with|"
    # "X held nearly four hours of talks with Y", "X spent the afternoon with Y": time spent
    # together at the table.
    r"(?:held|had)\s+(?:[\w'’-]+\s+){1,5}?(?:talks|meeting|meetings|discussions|negotiations|"
    r"session)\s+with|spent\s+[^,;.]{1,40}?\s+with|"
    # "X tried again, inviting Y to Agra": the host and the guest he asked to his country.
    r"(?:[^,;.]{1,50},\s+)?invit(?:ed|es|ing)|"
    # "X negotiated in person, facing Y across the table".
    r"(?:negotiated\s+(?:in\s+person|directly|face\s+to\s+face)\s*,?\s+)?fac(?:ing|ed)|"
    rf"sat\s+(?:across\s+(?:the\s+table\s+)?from|opposite)|"
    # "X said he would travel to Washington on Monday to meet Y": the trip is for the meeting.
    r"(?:said\s+(?:he|she)\s+)?(?:(?:will|would|is\s+to|was\s+to|plans\s+to|planned\s+to)\s+)?"
    r"(?:travel(?:s|led|ed)?|fly|flies|flew|go|goes|went|head(?:s|ed)?)\s+to\s+[^,;.]{1,50}?"
    rf"\s+to\s+(?:meet(?:\s+with)?|hold\s+talks\s+with|sit\s+down\s+with))\s+{_TITLES}$",
)
# "alongside the chief negotiators, X and Y": the pair named as the sides' envoys.
# "the two defence ministers, Thailand's acting minister General X and Cambodia's Y": the
# pair's office said first, each name with its own titles.
_ENVOYS_BEFORE = re.compile(
    # (Any case for the office; the titles before each name keep theirs.)
    r"\b(?i:(?:the|two|both|their)\s+(?:two\s+)?(?:(?:chief|lead|top|special|defen[cs]e|foreign)\s+)?"
    r"(?:envoys|negotiators|ministers|delegation\s+heads|heads\s+of\s+(?:the\s+)?delegations?))"
    rf"\s*,\s+{_TITLES}$",
)
# "X crossed the border for two days of talks in Agra with Y", "X cancelled a meeting with
# Y": the talks, wherever held, were the two men's, if they lead two sides of one conflict (a
# leader off to talks with an ally's is no round). Not talks refused or denied.
_TALKS_WITH_PERSON = re.compile(
    r"^(?:(?!\b(?:no|not|never|refus\w*|reject\w*|rul\w+\s+out|without)\b)[^.;]){0,80}?\b"
    r"(?:talks|meeting|negotiations|summit)\s+(?:of\s+[^,;.]{1,30}?\s+)?(?:(?:in|at)\s+"
    rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?with\s+{_TITLES}$",
)
# "the emir brought X and Y together", "Trump will host X and Y at the White House": the
# two guests of a go-between lead the sides it brings to one table.
_BRINGS_BEFORE = re.compile(
    rf"\b(?:brought|brings|bringing|host|hosts|hosted|hosting|received|receives|welcomed|"
    rf"welcomes)\s+{_TITLES}$"
)
# "The meeting brought together X and Y": "together" said first, nothing needed after.
_BRINGS_TOGETHER_BEFORE = re.compile(
    rf"\b(?:brought|brings|bringing|bring)\s+together\s+{_TITLES}$"
)
# "... agreed on a ceasefire in the presence of X and Y": two leaders of opposing sides
# present where it was agreed.
_PRESENCE_BEFORE = re.compile(rf"\b[Ii]n\s+(?:the\s+)?presence\s+of\s+{_TITLES}$")
# "X chaired a three-way meeting in Antalya with Y and Z", "X and W spent sixteen hours in
# Minsk with Y and Z": the pair after "with" are the two sides the others sat with.
# "X announced the result at a joint press conference with Y and Z": the mediator's guests.
_WITH_PAIR_BEFORE = re.compile(
    r"\b(?:meeting|talks|session|summit|negotiations|hours|days|night|evening|afternoon|"
    r"press\s+conference|news\s+conference|"
    rf"morning)\s+(?:[^,;.]{{0,30}}?\s+)?with\s+{_TITLES}$"
)
_ENVOYS_AFTER = re.compile(
    r"^,\s+(?:the|both|their)\s+(?:two\s+)?(?:heads\s+of\s+(?:the\s+)?(?:two\s+)?delegations?|"
    r"(?:chief|lead|top)\s+negotiators|delegation\s+heads)\b",
    _I,
)
_BRINGS_AFTER = re.compile(
    r"^,?\s+(?:together|to\s+the\s+(?:table|talks))\b|^,?\s+(?:at|in)\s+", _I
)
# "Sergei Lavrov and Dmytro Kuleba met ...": two people as one subject of the meeting verb.
# The second one often keeps a title: "Pashinyan and Azerbaijani President Ilham Aliyev".
# The second one often keeps a title: "Araghchi and U.S. envoy Steve Witkoff".
# "X and Thailand's acting prime minister, Y": the office may be set off by a comma.
# "President X of Azerbaijan and Prime Minister Y": the country after the first name.
_MEET_TOGETHER = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    rf"\s+and\s+{_TITLES}(?:(?:minister|president|premier|envoy|counterpart),\s+)?$"
)
# "... sat in separate rooms" as much as "... sat down": both were at the talks.
# "A and B, the two foreign ministers, sit down ...": the pair may carry a shared apposition,
# and explainers and headlines tell it in the present.
_MET_AFTER = re.compile(
    # "Trump and Putin last met in Anchorage", "... first met in Riyadh".
    # "X and his Russian counterpart, Y, met": the comma closing the office set off before Y.
    r"^(?:,\s+[^,;]{1,50},|,(?=\s+(?:met|held|sat|signed|agreed)\b)|"
    # "... and Prime Minister Y of Armenia will meet Z": the country after the second name;
    # the meeting announced.
    r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+"
    r"(?:(?:have|had|also|finally|last|first|then|again|briefly|will|would|are\s+to|are\s+due\s+to|"
    r"are\s+expected\s+to)\s+){0,2}"
    # "X and Y hold indirect talks", "... held two rounds of talks".
    r"(?:met|meet|(?:held|hold|holds)\s+(?:[\w-]+\s+){0,3}?talks|"
    r"discussed|discuss|"
    r"hold\s+talks|sat|sit|negotiated|negotiate|signed|sign|initial(?:l)?ed|initial|"
    # "X and Y spent three hours at a villa outside Muscat".
    r"spent\s+(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|over\s+)?(?:[\w.-]+\s+){1,4}?"
    r"(?:hours?|minutes|days?|afternoon|morning|evening)|"
    # "X and Y shaking hands across Z", "X and Y stood side by side at the ceremony".
    r"put\s+their\s+(?:names|signatures)\s+to|shook\s+hands|shaking\s+hands|"
    r"(?:finally\s+)?(?:stood|standing|stand|stands)\s+(?:side\s+by\s+side|together)|"
    # "X and Y broke up nearly three hours of talks": the pair held them.
    r"(?:held|ended|concluded|wrapped\s+up|broke\s+up|opened|began)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:talks|negotiations|summit|meeting)|"
    # "... did not meet face to face": both were there, talking through a go-between.
    r"(?:did\s+not|didn['’]t|never)\s+meet\s+(?:face\s+to\s+face|directly|in\s+person))\b",
    _I,
)


# "X's third meeting with Y": his own meeting, with the other side's man.
_OWN_MEETING = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|encounter)\s+with\b", _I
)
_OWN_MEETING_WITH = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:meeting|talks|session|encounter)\s+with\s+{_TITLES}$"
)
_ENVOYS_JOINED = re.compile(rf"(?:\s*,\s*|,?\s+and\s+){_TITLES}")
# Someone met at the talks who sat out of them: "but stayed out of the negotiations", "but
# took no part in the talks", "did not join the session".
_STAYED_OUT = re.compile(
    r"\b(?:stay(?:ed|s)?|kept|keeps|remained|remains)\s+out\s+of\b|\b(?:took|takes|take|had|has|"
    r"played|plays|play)\s+no\s+(?:part|role)\b|\b(?:did|does|would|will)\s+not\s+(?:take\s+part|join|attend|sit\s+in)\b|"
    r"\b(?:didn['’]t|doesn['’]t|won['’]t)\s+(?:take\s+part|join|attend|sit\s+in)\b",
    _I,
)
# "Putin received Witkoff and Kushner at the Kremlin": a reception of the other side's
# envoys is a sitting even where no word for talks comes with it.
_RECEPTION_CUE = re.compile(r"\b(?:received|receives|welcomed|hosted)\b", _I)


# A list of three or more named people as one subject: "A, B and C signed the declaration".
_LIST_JOINT = re.compile(rf"^(?:\s*,\s*|,?\s+and\s+){_TITLES}$")


def _listed_signers(text: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[_Pending]:
    """Three or more known people named as one subject of meeting or signing ("President A,
    Prime Minister B and President C signed a joint declaration"): each who stands for a
    side of the conflict leads it. A third government's leader in the list (the host who
    brokered it) is left out, as its own side or a go-between is for other rules to tell."""
    people = [m for m in matches if m.kind == "person" and not text.startswith(("'s", "’s"), m.end)]
    claims: list[_Pending] = []
    run: list[Match] = []
    for m in [*people, None]:
        if m is not None and run and _LIST_JOINT.match(text[run[-1].end : m.start]):
            run.append(m)
            continue
        if len(run) >= 3 and _MET_AFTER.match(text[run[-1].end :]):
            sides: dict[int, str] = {}
            for person in run:
                with contextlib.suppress(KeyError):
                    sides[person.start] = kb.person(person.key).affiliation
            for conflict in kb.conflicts:
                at_table = [p for p in run if sides.get(p.start) in conflict.parties]
                if len({sides[p.start] for p in at_table}) < 2:
                    continue
                for person in at_table:
                    side = sides[person.start]
                    claims.append(_Pending(Field.HEAD, person.key, _INFERRED, person.start, side))
                    claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, person.start))
                break
        run = [m] if m is not None else []
    return claims


def _receptions(text: str, matches: Sequence[Match], kb: KnowledgeBase) -> list[_Pending]:
    # "Donald Trump's envoy Steve Witkoff": the possessor only describes the one named next;
    # not in "Witkoff's meeting with Putin", which is his own.
    people = [
        m
        for m in matches
        if m.kind == "person"
        and (not text.startswith(("'s", "’s"), m.end) or _OWN_MEETING.match(text, m.end))
    ]
    sides: dict[int, str] = {}
    for m in people:
        with contextlib.suppress(KeyError):
            sides[m.start] = kb.person(m.key).affiliation
    claims: list[_Pending] = []
    guests: dict[int, set[str]] = {}  # the first guest's start: the parties of the conflict
    for first, second in itertools.pairwise(people):
        pair = (sides.get(first.start), sides.get(second.start))
        tables = [c.parties for c in kb.conflicts if pair[0] in c.parties and pair[1] in c.parties]
        if not (
            tables
            and pair[0] != pair[1]
            and _MEET_TOGETHER.match(text[first.end : second.start])
            and (
                (
                    _BRINGS_BEFORE.search(text[: first.start])
                    and _BRINGS_AFTER.match(text[second.end :])
                )
                or _BRINGS_TOGETHER_BEFORE.search(text[: first.start])
                or _PRESENCE_BEFORE.search(text[: first.start])
                or _WITH_PAIR_BEFORE.search(text[max(0, first.start - 120) : first.start])
            )
        ):
            continue
        # A host's two guests who stand for two sides of a conflict lead them; the host
        # brought them to the table, so is the go-between unless a side itself.
        guests[first.start] = set(tables[0])
        for person in (first, second):
            side = sides[person.start]
            claims.append(_Pending(Field.HEAD, person.key, _INFERRED, person.start, side))
            claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, person.start))
    # "Witkoff and Kushner met Putin": the first of a side's envoys named together leads them.
    lead: dict[int, Match] = {}
    for first, second in itertools.pairwise(people):
        own = sides.get(first.start)
        if (
            own is not None
            and own == sides.get(second.start)
            and _ENVOYS_JOINED.fullmatch(text[first.end : second.start])
        ):
            lead[second.start] = lead.get(first.start, first)
    for first, second in itertools.pairwise(people):
        between = text[first.end : second.start]
        if _STAYED_OUT.search(text[second.end :]):
            # "X met Y before the session but took no part in it": a courtesy, not a seat.
            continue
        if second.start in guests:
            host = sides.get(first.start)
            if host is not None and host not in guests[second.start] and _RECEIVES.match(between):
                claims.append(_Pending(Field.MEDIATOR, host, _INFERRED, first.start))
            continue
        pair = (sides.get(first.start), sides.get(second.start))
        if pair[0] is None or pair[1] is None or pair[0] == pair[1]:
            continue
        if not (
            _RECEIVES.match(between)
            or _OWN_MEETING_WITH.match(between)
            or (
                _MEET_TOGETHER.match(between)
                and _MET_AFTER.match(text[second.end :])
                # "Merkel and Hollande spent the night in Minsk with ...": two who sit at no
                # conflict's table together came as go-betweens, not as its sides.
                and any(
                    {pair[0], pair[1]} & set(c.parties)
                    and {pair[0], pair[1]} <= {*c.parties, *c.usual_mediators}
                    for c in kb.conflicts
                )
            )
            or (_MEET_TOGETHER.match(between) and _ENVOYS_BEFORE.search(text[: first.start]))
            # "X and Y, the heads of the two delegations, spoke": the office after the pair.
            or (_MEET_TOGETHER.match(between) and _ENVOYS_AFTER.match(text[second.end :]))
            or (
                _TALKS_WITH_PERSON.match(between)
                and any(pair[0] in c.parties and pair[1] in c.parties for c in kb.conflicts)
            )
        ):
            continue
        for person, side in ((lead.get(first.start, first), pair[0]), (second, pair[1])):
            claims.append(_Pending(Field.HEAD, person.key, _INFERRED, person.start, side))
            claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, person.start))
    claims.extend(_listed_signers(text, matches, kb))
    return claims


# Outcomes that the fixed phrases of the vocabulary miss because news puts a day or a
# qualifier inside them: "agreed on Monday to swap", "ended without a conclusive result".
# Also the day by its date ("agreed on 23 December to", "on March 20"), the place ("signed in
# Doha a framework agreement") and the auspices ("agreed under UN and ICRC auspices to free"):
# up to two of these may stand between the verb and what was agreed or signed.
_WHEN = (
    # "signed on Tuesday, December 23, an agreement": the weekday may carry its date.
    r"(?:(?:(?:late|early)\s+)?on\s+\w+day(?:,\s+(?:\d{1,2}\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+"
    r"\d{1,2}),)?\s+|late\s+|overnight\s+|finally\s+|"
    r"on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"(?:\s+\d{4},?)?\s+|(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?\s+|"
    r"under\s+(?:[\w.'’-]+\s+){1,5}?(?:auspices|mediation|supervision)\s+){0,2}"
)
# What talks "produced" or "yielded" that is less than the deal: a declaration, a statement
# or commitments ("produced within five days a declaration committing both forces to protect
# civilians", "They produced a list of humanitarian commitments"). Not a draft, nor what is
# denied ("produced no joint statement", "have not produced", "failed to produce").
_NOTHING = r"(?!(?:no|not|nothing|little|any|never|neither)\b)"
_PRODUCED_TEXTS = (
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:produced|yielded|delivered|resulted\s+in|brought\s+forth)"
    rf",?\s+(?:(?:within|after|in|on|by)\s+{_NOTHING}(?:[\w,-]+\s+){{1,3}}?)?(?:only\s+|just\s+)?"
    rf"(?:an?\s+|the\s+|two\s+|three\s+|several\s+|some\s+)?{_NOTHING}(?:(?!draft\b)[\w-]+\s+){{0,3}}?"
    r"(?:(?:list|set|series|package)\s+of\s+(?:[\w-]+\s+){0,2}?)?(?:declarations?|communiqu[eé]s?|"
    r"joint\s+statements?|commitments|pledges|promises|undertakings)\b"
)
# A draft improved at the table ("produced an updated and refined peace framework", "emerged
# with what they called an 'updated and refined' framework"): headway, not yet a deal.
_REFINED_TEXT = re.compile(
    r"\b(?:produced|emerged\s+with|came\s+(?:away|out)\s+with|spoke\s+of|agreed\s+(?:on|to)|"
    r"(?:have|has|had)\s+(?:drawn\s+up|worked\s+out))\s+(?:what\s+(?:[\w'’-]+\s+){1,4}?(?:called|"
    r"calls?|described\s+as|termed|dubbed)\s+)?[\"“‘']?(?:an?\s+|the\s+)?[\"“‘']?(?:updated|"
    r"refined|revised|improved|amended|reworked|streamlined)\b(?:,?\s+(?:and\s+)?(?:updated|refined|"
    r"revised|improved|amended|reworked|streamlined))?[\"”’']?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:framework|plan|draft|text|document)s?\b",
    _I,
)
_PHRASED_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "partial_agreement",
        re.compile(
            rf"\bagreed\s+{_WHEN}(?:to\s+(?:exchange|swap|trade|free|release)\b|"
            r"(?:on|to)\s+(?:an?\s+|the\s+)?"
            # "agreed on a 1,000-for-1,000 prisoner exchange", "agreed to a further exchange":
            # a count or a word may lead the words.
            r"(?:(?:\d[\w,.-]*|[\w-]+)\s+){0,3}?(?:exchanges?|swaps?)\b)|"
            # "ended with a deal to swap prisoners": the deal named by the swap. (Not "an
            # agreement to release detainees", which may be the whole of a detainee deal.)
            r"\b(?:deal|agreement|accord|arrangement)s?\s+to\s+(?:swap|exchange|trade)\b|"
            # "an agreement on the war's biggest prisoner exchange": a possessive may lead.
            r"\b(?:settled\s+on|agreements?\s+(?:on|to))\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
            r"(?:exchanges?|swaps?)\b|"
            # "reached agreement on exchanging the wounded", "an agreement on prisoners": a deal
            # on the captives alone.
            # "a deal on young and wounded prisoners": the captives may be qualified.
            r"\b(?:reached\s+)?(?:an?\s+)?(?:agreements?|deals?)\s+(?:on|over)\s+(?:the\s+)?"
            r"(?:(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:prisoners|detainees|captives|POWs)|exchang\w*|swap\w*|"
            # (Not "an agreement on the release of the hostages and a ceasefire".)
            r"releas\w*)\b(?![^.;]*\b(?:ceasefire|cease-fire|truce|"
            r"peace|end\s+(?:to\s+)?the\s+war)\b)|"
            # "reached parallel understandings with Moscow and Kyiv on safe shipping", "reached
            # an understanding on navigation": less than the deal ("reached an agreement").
            # Not "reached a better understanding" of each other's positions.
            r"\breached\s+(?:[\w-]+\s+){0,2}?understandings\b|"
            r"\breached\s+an\s+understanding\s+(?:on|over|about)\b|"
            # "The only concrete result was a swap of prisoners": a deal on that issue alone.
            # "The one tangible result is a prisoner exchange", told while it is news.
            r"\b(?:result|outcome)s?\s+(?:was|is|were|are|has\s+been)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:exchanges?|"
            r"swaps?)\b|\b(?:produced?|yielded?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:exchanges?|swaps?)\b|"
            # "put their names to a short list of commitments": steps signed, not a settlement.
            r"\b(?:signed|put\s+their\s+(?:names|signatures)\s+to)\s+(?:an?\s+|the\s+)"
            r"(?:[\w-]+\s+)?(?:set|list|series|package)\s+of\s+(?:[\w-]+\s+)?(?:commitments|"
            r"promises|pledges|measures|undertakings)\b|"
            # "a framework for a comprehensive peace agreement": a step towards the deal.
            r"\b(?:framework|roadmap|road\s+map|blueprint)\s+(?:for|towards?)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|settlement)\b|"
            rf"{_PRODUCED_TEXTS}",
            _I,
        ),
    ),
    (
        "agreement",
        re.compile(
            rf"\b(?:agreed|signed)\s+{_WHEN}(?:to|on)\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){{0,2}}?"
            r"(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord))\b|"
            # "sealed a U.S.-brokered maritime deal"; a headline's "X and Y seal border deal".
            # Not what is still wished for ("hope to seal a deal") nor "sealed without a deal".
            r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)"
            r"\b(?:sealed|seals?|clinched|clinch(?:es)?|struck|inked|completed|finali[sz]ed)\s+"
            rf"{_WHEN}(?:an?\s+|the\s+|their\s+)?(?:(?!(?:without|no|not|any)\b)[\w.'’-]+\s+)"
            r"{0,3}?(?:deal|agreement|accord|treaty|pact)\b|"
            # "the sides signed off on the first phase", "the agreement on the first phase has
            # now been signed": a text approved or signed, told from the text's side.
            r"\bsigned\s+off[\"”’']?\s+on\b|\b(?:agreement|deal|accord)\s+(?:[^,;.]{1,40}?\s+)?"
            r"(?:has|have|had|was|were)\s+(?:now\s+|finally\s+)?(?:been\s+)?signed\b|"
            # "Kyiv said it was ready to accept a U.S. proposal for a 30-day ceasefire".
            # "backed a US plan for a ceasefire", "will accept a 30-day ceasefire", "Kyiv's
            # acceptance of a US ceasefire proposal": the truce taken up, whoever put it.
            # "expressed readiness to accept the U.S. proposal to enact an immediate, interim
            # 30-day ceasefire": the readiness named as a noun, the truce after "to" + verb.
            r"\b(?:accepted|accepts|accept|backed|backs|endorsed|endorses|embraced|acceptance\s+of|"
            # "signed up to a US proposal for a 30-day ceasefire": put its name to it.
            r"signed\s+(?:up|on)\s+to|"
            r"(?:ready|readiness|willing|willingness|agreed|prepared)\s+to\s+(?:accept|back|endorse))\s+"
            r"(?:an?\s+|the\s+)?"
            # "an immediate, interim 30-day ceasefire": the words may be listed with commas.
            r"(?:[\w.’'-]+,?\s+){0,3}?(?:(?:proposal|offer|plan)\s+(?:for|to\s+[\w-]+)\s+"
            r"(?:an?\s+|the\s+)?(?:[\w.’'-]+,?\s+){0,3}?(?:ceasefire|cease-fire|truce)|(?:ceasefire|cease-fire|truce)"
            r"(?:\s+(?:proposal|offer|plan))?)\b",
            _I,
        ),
    ),
    ("progress", _REFINED_TEXT),
    (
        "collapsed",
        re.compile(
            # "called their negotiating teams home", "pulled its negotiators out".
            r"\b(?:(?:recalled|withdrew)\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:negotiating\s+)?"
            r"(?:teams?|negotiators|delegations?|envoys)|(?:called|brought|ordered|pulled)\s+"
            r"(?:their|its|the)\s+(?:[\w-]+\s+)?(?:negotiating\s+)?(?:teams?|negotiators|"
            r"delegations?|envoys)\s+(?:home|back|out))\b",
            _I,
        ),
    ),
    (
        "no_breakthrough",
        re.compile(
            r"\bfailed\s+to\s+(?:make|achieve|produce|yield|reach)\s+(?:any\s+|a\s+)?"
            r"(?:progress|breakthrough|agreement|deal)\b|"
            # "ended their summit at Joint Base Andrews on Friday without an agreement", "leave
            # Alaska without a deal": the venue and the day may come in between.
            # A headline's present ("Geneva round ends without a deal on Donbas") too.
            r"\b(?:ended|broke\s+up|concluded|closed|wrapped\s+up|finished|left|leave|leaves|ends|"
            r"closes|concludes|finishes|breaks\s+up|wraps\s+up)\s+"
            r"(?:[\w'’-]+\s+){0,8}?"
            r"without\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?(?:result|agreement|deal|"
            r"breakthrough|outcome|accord)\b|\bcame\s+no\s+closer\b|\bno\s+movement\s+(?:on|towards?)\b|"
            # "but did not agree on a ceasefire", "the document falls short of a truce".
            r"\b(?:did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+agree\s+(?:on|to)\b|"
            # "did not reach a compromise on territory", "have not found any agreement".
            r"\b(?:did|could|have|has|had|were|was)(?:\s+not|n['’]t)\s+(?:yet\s+|been\s+able\s+to\s+)?"
            r"(?:reach(?:ed)?|f(?:ind|ound)|achieve[d]?|str(?:ike|uck)|produced?|secure[d]?|"
            r"announce[d]?|report(?:ed)?|claim(?:ed)?)\s+"
            # "The talks have not produced a ceasefire": the truce they were for, not had.
            r"(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:compromise|agreement|deal|breakthrough|accord|"
            r"settlement|ceasefire|cease-fire|truce)\b|"
            # "commitments on humanitarian access ..., but again no ceasefire": the main matter
            # left without a deal after what was achieved.
            r"\bbut\s+(?:again\s+|still\s+|once\s+again\s+)?no\s+(?:[\w-]+\s+)?(?:ceasefire|"
            r"cease-fire|truce|deal|agreement)\b|"
            # "Nobody is announcing any breakthrough", "neither side claimed a breakthrough".
            r"\b(?:nobody|no\s+one|neither\s+side|neither\s+delegation)\s+(?:is\s+|was\s+|has\s+|had\s+)?"
            r"(?:announc|claim|report|speak|spoke|talk)\w*\s+(?:of\s+)?(?:a|an|any)\s+(?:[\w-]+\s+)?"
            r"(?:breakthrough|agreement|deal)\b|"
            r"\b(?:falls?|fell)\s+short\s+of\b",
            _I,
        ),
    ),
)
# A text signed is a deal, whatever it is called: "signed late on Thursday a declaration",
# "put their names to a declaration of principles" (unsigned, such a text is partial).
_SIGNED_DEAL = re.compile(
    rf"\b(?:signed|put\s+their\s+(?:names|signatures))\s+{_WHEN}(?:to\s+|on\s+)?"
    # "signed what the White House calls the Washington Accords".
    r"(?:what\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|dubbed|dubs|terms?|termed|hails?|hailed)"
    r"(?:\s+as)?\s+)?(?:an?\s+|the\s+)"
    # "signed the first phase of a deal": a stage of the text is signed as a text.
    r"(?:(?:first|second|third|initial|final)\s+(?:phase|stage|part)\s+of\s+(?:an?\s+|the\s+))?"
    # Texts are often named in the plural: "signed the Washington Accords".
    # "a ceasefire and hostage-release agreement": the text's name may join two words.
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:declaration|agreement|accord|deal|document|memorandum|treaty|pledge|"
    r"text|statement|communiqu[eé]|protocol|arrangement|understanding|principles|charter|pact)s?\b"
    r"(?:\s+(?:of|on)\s+principles)?|"
    # "The Tashkent Declaration they signed on 10 January", "the agreement that the two
    # countries' foreign ministers signed": the text first, then who signed; "the declaration of
    # principles (that) the two sides signed": the text's name may go on with what it is of.
    r"\b(?:declaration|agreement|accord|treaty|pact|communiqu[eé])s?\s+"
    r"(?:(?:of|on)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+)?(?:that\s+|which\s+)?"
    # "the accord that the DRC and Rwanda signed": the signers may be named, two of them.
    r"(?:they|both\s+sides|(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+|"
    r"the\s+(?:[\w'’-]+\s+){0,3}?(?:sides|leaders|men|delegations|ministers|"
    r"presidents|governments|countries|parties|negotiators)"
    # "the accord that the foreign ministers of Congo and Rwanda signed".
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+)?|"
    r"(?:their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:ministers|leaders|negotiators|envoys))\s+(?:had\s+|have\s+)?"
    # "The Stockholm Agreement they reached covered ...": a text reached is made as one signed.
    r"(?:then\s+|finally\s+)?(?:signed|reached|struck|sealed|clinched)\b|"
    # "the interim agreement, the Joint Plan of Action, was signed in the early hours": the
    # text told in the passive, its own name set off by commas (the qualifiers before it are
    # the signed text's: an interim text signed is a deal).
    r"\b(?:[\w-]+\s+){0,2}?(?:declaration|agreement|accord|treaty|pact|deal|memorandum|document)s?"
    r"(?:,\s+[^,;.]{3,60},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:finally\s+|formally\s+|then\s+)?signed\b|"
    # "the agreement signed at the State Department on 27 June", "the ceasefire deal signed in
    # Sharm el-Sheikh": the text named with where, when or by whom it was signed.
    r"\b(?:declaration|agreement|accord|treaty|pact|deal)s?\s+signed\s+(?:in|at|on|by|last|"
    r"earlier)\b|"
    # "the ceasefire agreed on 28 July at the prime minister's residence": a truce agreed is
    # made (not one "agreed in principle", which is less than a deal).
    r"\b(?:ceasefire|cease-fire|truce)\s+(?:that\s+|which\s+)?(?:was\s+|had\s+been\s+)?agreed\s+"
    r"(?!in\s+principle)(?:on|in|at|last|earlier|by)\b|"
    # "produced a signed first phase of the Gaza ceasefire".
    r"\ba\s+signed\s+(?:[\w-]+\s+){0,2}?(?:declaration|agreement|accord|treaty|pact|deal|"
    r"ceasefire|truce|phase)\b",
    _I,
)
# "The talks nearly broke down": a collapse averted is none. "Nobody walked out", "the talks
# did not break down", "never broke off": one denied is none either.
_AVERTED = re.compile(
    r"\b(?:nearly|almost|all\s+but|close\s+to|on\s+the\s+verge\s+of|nobody|no\s+one|"
    r"neither\s+(?:side|delegation|party)|not|never|(?:did|does|do|has|have|had)n['’]t)\s+"
    r"(?:(?:\w+\s+){0,2}?(?:ever\s+|actually\s+|quite\s+))?$",
    _I,
)
# Terms left open by a deal: "though several protocols remain to be negotiated".
_UNFINISHED = re.compile(
    r"\b(?:remains?|still\s+(?:has|have|had)|(?:is|are)\s+yet|(?:is|are)\s+still)\s+to\s+be\s+"
    r"(?:negotiated|agreed|settled|worked\s+out)\b|"
    # "..., but the document did not mention the peace treaty": the main matter left out.
    r"\b(?:document|text|declaration|statement|deal|agreement)\s+(?:did|does|do)\s+not\s+"
    r"(?:mention|include|cover|address|resolve|settle)\b",
    _I,
)
# After the country a trip leads to: "(to Oman) on Saturday for talks with", "(to Qatar) for
# a new round of negotiations".
_FOR_TALKS_AFTER = re.compile(
    r"(?:\s+(?:on|this|next|later|early|in)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:for|to\s+hold|to\s+begin|"
    r"to\s+open|to\s+resume)\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations|round)\b",
    _I,
)
_NOT_EXPECTED_TO_MEET = re.compile(
    r"\b(?:not|never)\s+(?:expected|due|likely|set|going|planning|scheduled)\s+to\s+"
    r"(?:meet|sit|talk|negotiate)\s+$",
    _I,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|never|without|failed\s+to|refused\s+to|declined\s+to|unwilling\s+to)\s+"
    r"(?:\w+\s+){0,2}$",
    _I,
)
# "went to Washington to sign a framework agreement", "hoped to seal a deal": the deal
# sought, not the one made. ("Qatar brought them to sign a declaration" is the one made.)
_AIMED_AT = re.compile(
    r"\b(?:went|came|come|comes|go|goes|going|travel+ed|travel+ing|flew|fly|flies|arrived|headed|"
    r"hoped|hoping|hopes|sought|seeking|aimed|aiming|trying|tried|meant|supposed|intended|"
    r"planned|(?:was|were|is|are)(?:\s+due)?(?=\s+to\s)|in\s+order)\b[^.;]{0,40}?\bto\s+"
    r"(?:sign|seal|conclude|finali[sz]e|clinch|strike|ink)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    _I,
)
# "The truce reached in Doha ... collapsed in March": the deal made at the round broke later.
_DEAL_MADE = re.compile(
    r"\b(?:deal|agreement|truce|ceasefire|cease-fire|accord)\s+(?:that\s+|which\s+)?(?:was\s+|"
    r"had\s+been\s+)?(?:[\w'’-]+\s+){0,2}?(?:brokered|reached|struck|agreed|signed|sealed|"
    r"mediated|announced)\b|"
    # "It is the second ceasefire. The first, announced in Doha on 15 January, collapsed in
    # March": the deal named in the sentence before, made at that venue.
    r"^\s*the\s+(?:first|second|third|earlier|previous|last)\s*,\s+(?:announced|reached|struck|"
    r"agreed|signed|sealed|brokered)\s+in\s+(?-i:[A-Z])",
    _I,
)
# "the withdrawal of Israeli troops from five positions": who holds which ground.
_WITHDRAWAL = re.compile(
    r"\bwithdraw(?:al|ing|s|n)?\s+(?:of\s+)?(?:(?:the|all|its|their)\s+)?(?:[A-Z][\w'’-]*\s+)?"
    r"(?:troops|forces)\b"
)
# "will free 18 Cambodian soldiers", "the release of 300 troops": soldiers held by the other
# side. Not "return troops", which is a redeployment.
_FREED_SOLDIERS = re.compile(
    r"\b(?:release|releases|released|releasing|free|frees|freed|freeing|swap|swapped|"
    r"exchange|exchanged)\s+(?:of\s+)?(?:the\s+|all\s+)?(?:\d[\d,]*\s+)?(?:[A-Z][\w'’-]*\s+)?"
    r"(?:soldiers|troops|servicemen|fighters)\b"
)
# "discussions conducted through Omani mediators".
_THROUGH_MEDIATORS = re.compile(
    r"\b(?:through|via)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,3}(?:mediators|"
    r"intermediaries|go-betweens)\b"
)
_ERRAND_SAID = re.compile(rf"\b{_ERRAND}", _I)
_DEALS = frozenset({"agreement", "partial_agreement"})
# "While the delegations talked, drones hit energy facilities": the war going on beside the
# talks, not what they were about, unless the sentence speaks of sparing such targets.
_ATTACK = re.compile(
    r"\b(?:hit|hits|struck|strikes?\s+(?:on|against)|attack(?:ed|s)?|shelled|shelling|"
    r"bombard(?:ed|ing|ment)|pounded|targeted|knocked\s+out|damaged)\b",
    _I,
)
_SPARING = re.compile(
    r"\b(?:halt|halting|stop|stopping|pause|moratorium|ceasefire|cease-fire|truce|spare|sparing|"
    r"protect|protecting|refrain|ban|end\s+to|agreed|agree|proposed|proposal|discuss\w*)\b",
    _I,
)
_BESIDE_THE_TALKS = frozenset({"energy", "humanitarian"})
_IDEA_AFTER = re.compile(
    r"[\w'’-]+\s+(?:idea|proposal|plan|offer|invitation)\b|"
    # "a summit of the presidents would only make sense once ...".
    # "a leaders' meeting should crown an agreement": what it ought to be, not what it was.
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:would|could|might|should|must)\s+(?:only\s+)?"
    r"(?:make|be|take|come|crown|follow|seal|start|open)\b",
    _I,
)
_IDEA_BEFORE = re.compile(
    r"\b(?:possible|potential|proposed|future|eventual|planned|hypothetical)\s+(?:[\w-]+\s+)?$",
    _I,
)


# "at the UN peacekeepers' post": whose place it is, not what the talks are about.
_WHOSE_PLACE = re.compile(
    r"['’]s?\s+(?:post|base|camp|compound|headquarters|position|barracks|mission)\b", _I
)

# "the return of children taken to Russian territory": where people were carried off to,
# not land the talks divide.
_CARRIED_TO_BEFORE = re.compile(
    r"\b(?:taken|deported|moved|transferred|abducted|carried|removed|brought|held)\s+"
    r"(?:back\s+)?(?:to|into|onto|on|in|from)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    _I,
)

# "hosted by the Emirates, whose quiet mediation has already produced many prisoner
# exchanges": a third party's record, told to introduce it, not what this round discussed.
_RECORD_BEFORE = re.compile(
    r"\bwhose\s+[^,;.]{0,60}?\b(?:has|have|had)\s+(?:already|long|previously|repeatedly)\b"
    r"[^,;.]{0,60}$",
    _I,
)

# "proposed to create three working groups, on political, humanitarian and military issues":
# the domains of groups only proposed name a structure for later, not what the round dealt
# with. Groups that did meet on a matter ("the working group on prisoners met") are left.
_GROUPS_PROPOSED_ON = re.compile(
    r"\b(?:propos\w*|suggest\w*|offer\w*|creat\w*|set(?:ting)?\s+up|sets\s+up|form|forming|"
    r"establish\w*)\s+(?:[\w-]+\s+){0,3}?(?:working\s+groups?|sub-?groups?|groups|committees|"
    r"commissions|tracks|baskets)(?:\s*,\s*[^,;.]{1,30},)?\s*,?\s+(?:on|for|dealing\s+with|"
    r"covering|to\s+deal\s+with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s*,\s*){0,4}$",
    _I,
)
_DOMAIN_AFTER = re.compile(
    r"^(?:\s*,?\s*(?:and\s+|or\s+)?[\w-]+){0,4}?\s+(?:issues|matters|questions|affairs|areas|"
    r"themes|tracks|files)\b",
    _I,
)

_BODY_AFTER = re.compile(
    r"^\s+(?:(?:monitoring|supervision|verification|implementation|oversight)\s+)?"
    r"(?:committee|mechanism|commission|body|panel|cell)\b",
    _I,
)
# "a declaration ... which did not halt the fighting": what a text failed to do is its
# effect denied, not a truce the talks dealt with ("talks to halt the fighting" is one).
_STOPPING_VERB = re.compile(r"^(?:stop|halt|cease|silence)\b", _I)
_DID_NOT_BEFORE = re.compile(
    r"\b(?:did|does|do|has|have|had|could|would|will)\s*(?:not|n['’]t)\s+$|\b(?:failed|fail|"
    r"fails)\s+to\s+$|\bnever\s+$",
    _I,
)

# Land given up or left, however the verb and the land are worded: "required Ukraine to give
# up regions it does not control", "not about handing over our land", "wants Kyiv to
# withdraw its forces from the parts of Donetsk region it holds". Not "withdraw from the
# talks", nor forces pulled back "to a line" (a truce's terms, not ground changing hands).
_LAND_GIVEN_UP = re.compile(
    r"\b(?:(?:give|gives|giving|gave|given)\s+up|ced(?:e|es|ed|ing)|surrender(?:s|ed|ing)?|"
    r"hand(?:s|ed|ing)?\s+over|withdraw(?:s|n|al|ing)?|withdrew|pull(?:s|ed|ing)?\s+out|"
    r"(?:forces|troops)\s+out)\s+(?:(?:of|from)\s+)?(?:[\w'’-]+\s+){0,3}?(?:regions?|land|lands|"
    r"territor(?:y|ies)|provinces?|oblasts?|(?:the\s+)?(?:parts?|rest)\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+\s+(?:region|province|oblast))\b",
    _I,
)

# "raised expectations that collapsed as quickly": the hopes, not the talks, came to nothing.
_HOPES_BEFORE = re.compile(
    r"\b(?:hopes?|expectations?|optimism)\s+(?:that\s+|which\s+)?(?:(?:had|has|have|soon|"
    r"quickly|then|also)\s+){0,2}$",
    _I,
)


# "the resumption of military aid": arms or money, not relief.
_NOT_RELIEF = re.compile(
    r"\b(?:military|security|defen[cs]e|financial|economic|foreign|lethal|arms|weapons|budget|"
    r"development|US|U\.S\.|American|Western|intelligence)\s+(?:and\s+\w+\s+)?$",
    _I,
)
# "an exchange of a thousand captives": soldiers held by each side are prisoners of war.
_SWAPPED_BEFORE = re.compile(
    r"\b(?:exchang\w*|swap\w*|trade[ds]?)\s+(?:of\s+)?(?:[\w,.-]+\s+){0,4}?$", _I
)
# "the border was on the table": the border as the matter of the talks, not where they fight.
_BORDER = re.compile(r"\bborders?\b", _I)
_ON_THE_TABLE = re.compile(r"\bon\s+the\s+(?:table|agenda)\b", _I)


# Talks said to be indirect or direct in so many words: "the talks remained indirect",
# "negotiated indirectly", "the two men spoke directly", "their third direct round". Not
# "indirect fire", which is artillery.
_INDIRECT_SAID = re.compile(
    r"\bindirect(?:ly)?\b(?!\s+(?:fire|costs?|effects?|tax(?:es)?|impact|consequences?|damage|"
    r"hits?|support|evidence|result|route)\b)",
    _I,
)
_DIRECT_SAID = re.compile(
    r"\bdirect\s+(?:[\w'’-]+\s+){0,2}?(?:talks|negotiations?|meetings?|rounds?|contacts?|"
    r"encounters?|sessions?|dialogue|discussions|exchanges?)\b|"
    # "spoke to each other directly", "talked with one another directly": up to three words
    # between the verb and the adverb.
    r"\b(?:spoke|speak|speaks|speaking|talk(?:s|ed|ing)?|met|meet(?:s|ing)?|negotiat\w+|engag\w+|"
    r"sat\s+down|communicat\w+)\s+(?:\w+\s+){0,3}?directly\b|"
    # Held with no one between the sides: "met without intermediaries", "their first meeting
    # without a third-country mediator", "held without the mediation of a third country",
    # "without a third party in the room". (Not "refused to talk without mediators": see
    # _NO_GO_BETWEEN_REFUSED.)
    r"\bwithout\s+(?:a\s+|any\s+|the\s+)?(?:(?:third[-\s](?:country|party)|foreign|outside|"
    r"external|international)\s+)?(?:mediators?|mediation|intermediar(?:y|ies)|go-betweens?|"
    r"facilitators?|third\s+part(?:y|ies)|third\s+countr(?:y|ies))\b",
    _I,
)
# "Tehran refused to talk without mediators", "could never meet without intermediaries": the
# go-between wanted, or the meeting imagined, not a meeting held with none.
# Meetings before the one told, in the perfect: "have already met", "had met twice before".
_ALREADY_MET = re.compile(
    r"\b(?:have|has|had)\s+(?:already|previously|before|often|repeatedly)\s+(?:[\w-]+\s+)?"
    r"(?:met|talked|spoken|negotiated|sat\s+down)\b|"
    r"\b(?:have|has|had)\s+(?:met|talked|spoken|negotiated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:before|previously)\b",
    _I,
)
# "the two leaders learned to talk without intermediaries", "want to negotiate without
# mediators": a habit or a wish, not a sitting.
_NO_GO_BETWEEN_REFUSED = re.compile(
    r"\b(?:refus\w*|reject\w*|would|could|cannot|can['’]t|never|impossible|unwilling|"
    r"not\s+(?:ready|willing|prepared)|learn\w*|want\w*|wish\w*|hop(?:e|es|ed|ing)|"
    r"prefer\w*)\b[^.;]{0,50}$",
    _I,
)
# "Hezbollah, which has rejected any direct negotiation": the format refused, not held.
_REFUSED_BEFORE = re.compile(
    r"\b(?:reject\w*|refus\w*|rul(?:ed|es|ing)\s+out|oppos\w*|against|instead\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    _I,
)
# "in a separate three-way format before the Russians arrived": another sitting's format.
_SEPARATE_BEFORE = re.compile(r"\bseparate\s+(?:[\w'’-]+\s+)?$", _I)
# "a European summit", "the NATO summit": a bloc's gathering, not a meeting of the sides.
_BLOC_BEFORE = re.compile(
    r"\b(?:European|EU|NATO|G-?7|G-?20|BRICS|ASEAN|Arab(?:\s+League)?|African(?:\s+Union)?|AU|"
    r"Commonwealth|climate|UN|Nordic|Gulf|GCC|SCO|OSCE|Francophonie|Islamic|OIC|European\s+"
    r"Political\s+Community)\s+(?:[\w'’-]+\s+)?$"
)
# "both sides agreeing to begin expert-level work", "move on to technical talks": the next
# stage's format; "technical teams would start meeting" likewise.
_NEXT_STAGE_BEFORE = re.compile(
    r"\b(?:(?:will|would|to|agree\w*\s+to)\s+(?:[\w-]+\s+){0,2}?(?:begin|start|launch|set\s+up|"
    r"form|create|establish)|move\s+on\s+to|moving\s+on\s+to|moved\s+on\s+to)\s+"
    r"(?:[\w'’-]+\s+){0,2}?$",
    _I,
)
_FOLLOWED = re.compile(
    r"summit\s+(?:had\s+|has\s+)?(?:followed|follows|came\s+after|comes\s+after|built\s+on|"
    r"builds\s+on)\b",
    _I,
)
_BETWEEN_ROUNDS = re.compile(
    r"[^.;]{0,80}?\b(?:between|in\s+between)\s+(?:the\s+)?(?:rounds|sessions|meetings|sittings)\b|"
    r"[^.;]{0,80}?\bin\s+the\s+(?:intervals?|gaps?)\s+between\b",
    _I,
)
_NEXT_STAGE_AFTER = re.compile(
    r"^[\w'’-]*\s+(?:would|will|are\s+to|were\s+to)\s+(?:start|begin|meet|convene)\b", _I
)


# A deal told from its making or its fate rather than by a verb of the sides: "the deal was
# finally announced on 15 January", "The agreement, reached in Sharm El-Sheikh after three
# days", "the Stockholm Agreement, reached at the consultations held in Rimbo", "concluded
# ten days of negotiations with an agreement to release 887 detainees", "stood side by side
# at a signing ceremony". Not "a deal is expected to be announced" nor "hoped to end the
# talks with an agreement" (the first needs "was"/"were"/"had been", the second is _AIMED_AT).
_DEAL_TOLD = re.compile(
    r"\b(?:deal|agreement|accord|settlement)s?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:finally\s+|formally\s+|officially\s+|eventually\s+|now\s+)?(?:announced|reached|sealed|"
    r"clinched|struck|concluded|finali[sz]ed|agreed)\b|"
    r"\b(?:deal|agreement|accord|settlement)s?,\s+(?:which\s+was\s+|that\s+was\s+)?(?:reached|"
    r"struck|sealed|clinched|concluded|agreed)\s+(?:in|at|during)\b|"
    # "The deal announced in Doha on 15 January came after weeks of talks", "the truce
    # agreed at Sharm el-Sheikh": made at a venue named.
    r"\bthe\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|truce|ceasefire|cease-fire)\s+(?:announced|"
    r"reached|struck|sealed|signed|agreed|brokered)\s+(?:in|at)\s+(?-i:[A-Z])|"
    r"\b(?:ended|concluded|closed|wrapped\s+up|finished)\s+(?:[\w'’-]+\s+){0,8}?with\s+"
    r"(?:an?\s+|the\s+)(?:[\w-]+\s+)?(?:agreement|deal|accord)\b(?!\s+to\s+(?:meet|hold|continue|"
    r"resume|talk|reconvene)\b)|"
    r"\b(?:stood|sat|appeared|gathered|took\s+part|attended|held|hosted)\b[^.;]{0,60}?\b(?:at|in|for)\s+"
    r"(?:a|the)\s+(?:[\w-]+\s+){0,2}?signing\s+ceremony\b",
    _I,
)


# What "humanitarian" may qualify when it tells the nature of a deal or act, not relief.
_CHARACTER_AFTER = re.compile(
    r"\s+(?:step|steps|gesture|gestures|move|act|achievement|success|milestone|breakthrough|"
    r"dimension|character|spirit)\b",
    _I,
)


def _deal_on_one_issue(text: str, found: list[_Pending]) -> list[_Pending]:
    """Deals told by ``_DEAL_TOLD``, unless the words say the deal was on one issue.

    "The talks ended with an agreement on an exchange of 314 prisoners": the exchange is
    the deal (a partial agreement, found by ``_PHRASED_OUTCOMES``), not a whole agreement.
    """
    partial = [
        p.anchor for p in found if p.field is Field.OUTCOME and p.value == "partial_agreement"
    ]
    for hit in _DEAL_TOLD.finditer(text):
        if any(hit.start() <= at < hit.end() + 40 for at in partial):
            continue
        found.append(_Pending(Field.OUTCOME, "agreement", _CONFIDENT, hit.start()))
    return found


_SERVED_FOR = re.compile(r"\s+(?:only\s+)?(?:for|in)\s+(?:[\w'’-]+ing)\b", _I)
# "useful and original ideas", "thanked the delegations for their positive engagement",
# "a constructive role", "warm hospitality", "a positive step", "friendly countries": the mood
# word qualifies what one side brought or did (ideas, a role, a welcome, an act) or a country,
# not how the sitting went. One more adjective may stand between ("useful and original").
_NOT_THE_SITTING_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s*(?!(?:and|or|with|on|of|in|the|an?|their|its|for|to)\b)[\w-]+|"
    r"\s+(?!(?:and|or|with|on|of|in|the|an?|their|its|for|to)\b)[\w-]+)?\s+"
    r"(?:ideas|proposals?|suggestions|engagement|role|roles|contributions?|hospitality|welcome|"
    r"efforts?|relations|ties|steps?|gestures?|moves?|signals?|neighbou?rs|nations|countries|"
    # "a tense situation at the front", "the tense border": the war's strain.
    r"country|situation|standoff|stand-off|border|frontier|region)\b",
    _I,
)


# "far from constructive", "not exactly cordial", "anything but friendly", "hardly
# productive", "no longer tense", "were never going to be friendly": the mood word denied or
# hedged just before it. Only adverbs and a copula may stand between the denial and the word,
# so that "not tense but cordial" keeps "cordial" and "could not have been more cordial"
# (which asserts it) is not read as a denial.
_MOOD_DENIED = re.compile(
    r"(?:\b(?:not|never|hardly|scarcely|barely)|n['’]t|\bno\s+longer|\bfar\s+from|"
    r"\banything\s+but|\bless\s+than|\bby\s+no\s+means|\bnowhere\s+near)"
    r"(?:\s+(?:exactly|particularly|very|entirely|especially|always|quite|so|too|really|"
    r"overly|terribly|altogether|wholly|all|that|remotely|even|be|been|being|going\s+to\s+be|"
    r"seen\s+as|considered|described\s+as|called))*\s+$",
    _I,
)
# "amid rising tensions on the border", "despite the tense situation at the front", "against
# a backdrop of tension": the strain of the war or of the relations between the countries,
# not of the sitting.
_STRAIN_OF_THE_WAR_BEFORE = re.compile(
    r"\b(?:amid|amidst|despite|heightened|rising|growing|escalating|mounting|renewed|simmering|"
    r"regional|military|border|backdrop\s+of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$",
    _I,
)


# "They called it constructive, which is about as warm as it gets here", "as friendly as
# could be expected": a comparison with what is usual, which grades another word, not a mood
# of its own.
_AS_IT_GETS_AFTER = re.compile(
    r"[\w-]*\s+as\s+(?:(?:it|they|things|these\s+(?:talks|things))\s+(?:gets?|got|go|goes|"
    r"went)\b|(?:can|could|might)\s+(?:be|have\s+been)\s+expected\b)",
    _I,
)


# "the talks were expected to be difficult", "the next round will be productive", "hoped for a
# constructive meeting": the mood foreseen or wished for, not one the sitting had. Not "proved
# to be productive" or "turned out to be tense", which tell what it was.
_MOOD_FORESEEN = re.compile(
    r"(?:\b(?:will|would|could|should|might|must|can|(?-i:may))(?:\s+\w+ly)?\s+(?:not\s+)?be|"
    r"\b(?:expected|likely|unlikely|bound|due|going|supposed|meant|hoped|hoping|hope|hopes|want|"
    r"wants|wanted|needs?|needed)\s+to\s+be|\b(?:hoped|hoping|hope|hopes|wish\w*|call\w*|"
    r"push\w*|aim\w*)\s+for\s+(?:an?|more)(?:\s+(?:more|genuinely|truly))?)"
    r"(?:\s+(?:very|more|really|quite|genuinely|truly|fairly|rather|both|as))*\s+$",
    _I,
)
# "The previous round had been productive, but ...": the mood of another sitting than the one
# told, its subject.
# "Ties between Baku and Yerevan remain strained", "his speech on Monday was hostile", "the
# rhetoric has grown bitter": the mood said of the relations between the countries or of one
# side's words, its subject, not of the sitting.
_RELATIONS_OR_WORDS_BEFORE = re.compile(
    r"\b(?:relations|ties|relationship|speech|speeches|remarks|rhetoric|statements?|comments)\b"
    # not across a verb of saying or a sitting: "a statement said the talks had been useful".
    r"(?:(?!\b(?:said|says|told|called|described|talks|meeting|session|discussions|negotiations|"
    r"round)\b)[^,;:.]){0,50}?\b(?:remains?|remained|are|were|is|was|have\s+been|has\s+been|"
    r"had\s+been|"
    r"grew|grown|became|become|stay(?:s|ed)?)\s+(?:\w+ly\s+|very\s+|more\s+|so\s+)?$",
    _I,
)
_OTHER_SITTING_BEFORE = re.compile(
    r"\b(?:previous|earlier|prior|next|upcoming|coming|future|past)\s+(?:[\w-]+\s+)?(?:round|"
    r"rounds|session|sessions|meeting|meetings|talks|sitting|encounter)\s+(?:had\s+been|has\s+"
    r"been|was|were|is|will\s+be|would\s+be)\s+(?:\w+ly\s+)?$",
    _I,
)


def _mood_denied(text: str, anchor: int) -> bool:
    """Whether the mood word at ``anchor`` is denied or hedged (``_MOOD_DENIED``), graded
    against the usual (``_AS_IT_GETS_AFTER``) or names the strain of the war rather than of
    the sitting (``_STRAIN_OF_THE_WAR_BEFORE``)."""
    before = text[max(0, anchor - 60) : anchor]
    if _MOOD_DENIED.search(before) and not re.search(
        r"\bnot\s+(?:only|just|merely)\s+$", before, _I
    ):
        return True
    if re.search(r"\bas\s+$", before, _I) and _AS_IT_GETS_AFTER.match(text, anchor):
        return True
    if (
        _MOOD_FORESEEN.search(before)
        or _OTHER_SITTING_BEFORE.search(before)
        or _RELATIONS_OR_WORDS_BEFORE.search(before)
    ):
        return True
    word = text[anchor : anchor + 7].lower()
    return word.startswith("tens") and _STRAIN_OF_THE_WAR_BEFORE.search(before) is not None


# The mood adjectives that, put before a noun, qualify that noun: "difficult issues", "a bitter
# war", "angry protesters", "a hostile speech", "a heated debate in parliament" say nothing of
# the sitting; "difficult talks", "a frank exchange", "a constructive first session", "on a
# positive note" do. (Nouns such as "tension" are left alone: "tension rose" is said of it.)
_MOOD_ADJECTIVES = frozenset(
    [
        "tense",
        "difficult",
        "heated",
        "strained",
        "constructive",
        "positive",
        "businesslike",
        "business-like",
        "substantive",
        "cordial",
        "friendly",
        "warm",
        "amicable",
        "respectful",
        "frank",
        "candid",
        "hostile",
        "acrimonious",
        "confrontational",
        "bitter",
        "angry",
        "productive",
        "fruitful",
        "useful",
    ]
)
# What a mood adjective may qualify and still tell how the sitting went.
_SITTING_NOUNS = frozenset(
    [
        "talks",
        "talk",
        "meeting",
        "meetings",
        "session",
        "sessions",
        "round",
        "rounds",
        "negotiations",
        "negotiation",
        "discussion",
        "discussions",
        "exchange",
        "exchanges",
        "conversation",
        "conversations",
        "dialogue",
        "consultations",
        "encounter",
        "sitting",
        "sittings",
        "contacts",
        "contact",
        "deliberations",
        "summit",
        "day",
        "days",
        "hours",
        "evening",
        "morning",
        "afternoon",
        "work",
        "atmosphere",
        "mood",
        "tone",
        "spirit",
        "climate",
        "note",
        "manner",
        "way",
        "terms",
        "setting",
        "environment",
        "one",
        "start",
        "beginning",
    ]
)
# What may follow a mood adjective that is not a noun it qualifies: "tense at times",
# "constructive and useful", "positive, officials said", "useful overall", and a determiner
# ("how difficult the week was", "called constructive the first day").
_AFTER_A_PREDICATE = frozenset(
    [
        "and",
        "or",
        "but",
        "yet",
        "though",
        "although",
        "at",
        "in",
        "on",
        "with",
        "by",
        "for",
        "to",
        "from",
        "of",
        "as",
        "than",
        "despite",
        "throughout",
        "overall",
        "again",
        "too",
        "so",
        "enough",
        "even",
        "if",
        "while",
        "whereas",
        "because",
        "since",
        "after",
        "before",
        "until",
        "during",
        "over",
        "under",
        "amid",
        "this",
        "that",
        "these",
        "those",
        "last",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
        "then",
        "there",
        "here",
        "all",
        "both",
        "according",
        "is",
        "was",
        "were",
        "are",
        "been",
        "be",
        "had",
        "has",
        "have",
        "said",
        "says",
        "told",
        "added",
        "noted",
        "the",
        "a",
        "an",
        "their",
        "its",
        "his",
        "her",
        "our",
        "my",
        "your",
    ]
)
_NEXT_WORDS = re.compile(r"[ \t]+([a-z][\w-]*)(?:[ \t]+([a-z][\w-]*))?")


def _qualifies_another_noun(text: str, anchor: int) -> bool:
    """Whether the mood adjective at ``anchor`` stands before a noun other than a sitting
    (``_SITTING_NOUNS``) and so qualifies it: "the most difficult issues", "a bitter war"."""
    word = re.match(r"[\w-]+", text[anchor:])
    if word is None or word.group(0).lower() not in _MOOD_ADJECTIVES:
        return False
    after = _NEXT_WORDS.match(text, anchor + word.end())
    if after is None:
        return False  # punctuation, a quote's end, a capital or the sentence's end
    first, second = after.group(1), after.group(2)
    if first in _AFTER_A_PREDICATE or first.endswith("ly"):
        return False
    return first not in _SITTING_NOUNS and second not in _SITTING_NOUNS


def _qualifies_no_sitting(text: str, anchor: int) -> bool:
    """Whether the mood word at ``anchor`` qualifies a side's contribution or a country
    (``_NOT_THE_SITTING_AFTER``) rather than the talks."""
    word = re.match(r"[\w-]+", text[anchor:])
    return word is not None and bool(_NOT_THE_SITTING_AFTER.match(text, anchor + word.end()))


def _not_the_talks_mood(text: str, anchor: int) -> bool:
    """Whether the mood word at ``anchor`` is said of something other than how the sitting
    went: what the talks served for, a side's contribution or a country, another noun, or a
    mood denied, hedged or foreseen."""
    return (
        # "useful for identifying areas of possible progress": what the talks served for, a
        # hedge ("useful talks" still counts).
        (
            text[anchor : anchor + 6].lower() == "useful"
            and bool(_SERVED_FOR.match(text, anchor + 6))
        )
        or _qualifies_no_sitting(text, anchor)
        or _mood_denied(text, anchor)
        or _qualifies_another_noun(text, anchor)
    )


def _labels(text: str, matches: Sequence[Match]) -> list[_Pending]:
    fields = {
        "format": Field.FORMAT,
        "outcome": Field.OUTCOME,
        "topic": Field.TOPIC,
        "atmosphere": Field.ATMOSPHERE,
    }
    found = [
        _Pending(fields[m.kind], m.key, _CONFIDENT, m.start)
        for m in matches
        if m.kind in fields
        and not (m.kind == "topic" and _WHOSE_PLACE.match(text, m.end))
        and not (m.kind == "topic" and _RECORD_BEFORE.search(text, 0, m.start))
        and not (
            m.kind == "topic"
            and m.key == "territory"
            and _CARRIED_TO_BEFORE.search(text[max(0, m.start - 50) : m.start])
        )
        and not (
            # "the meeting of the ceasefire monitoring committee": the body's name, which
            # says what forum sat, not what it discussed.
            m.kind == "topic" and m.key == "ceasefire" and _BODY_AFTER.match(text[m.end :])
        )
        and not (
            m.kind == "topic"
            and _STOPPING_VERB.match(m.surface)
            and _DID_NOT_BEFORE.search(text[max(0, m.start - 30) : m.start])
        )
        and not (
            m.kind == "topic"
            and _GROUPS_PROPOSED_ON.search(text[max(0, m.start - 120) : m.start])
            and _DOMAIN_AFTER.match(text[m.end :])
        )
        and not (
            # "the deal was a humanitarian step": the character of what was agreed, not aid
            # or relief as a matter of the talks.
            m.kind == "topic"
            and text[m.start : m.end].lower() == "humanitarian"
            and _CHARACTER_AFTER.match(text[m.end :])
        )
        and not (
            m.kind == "topic"
            and text[m.start : m.end].lower() == "aid"
            and (
                _NOT_RELIEF.search(text[max(0, m.start - 40) : m.start])
                or re.match(r"\s+(?:packages?|budget)\b", text[m.end :], _I)
            )
        )
    ]
    found = [
        p
        for p in found
        if not (p.field is Field.ATMOSPHERE and _not_the_talks_mood(text, p.anchor))
    ]
    found = [
        replace(p, value="prisoners")
        if p.field is Field.TOPIC
        and p.value == "hostages"
        and text[p.anchor : p.anchor + 8].lower() == "captives"
        and _SWAPPED_BEFORE.search(text[max(0, p.anchor - 60) : p.anchor])
        else p
        for p in found
    ]
    clause_cues = [
        (s, e)
        for s, e in _clauses(text)
        if _TOPIC_CUE.search(text[s:e]) or _ON_THE_TABLE.search(text[s:e])
    ]
    found.extend(
        _Pending(Field.TOPIC, "territory", _CONFIDENT, hit.start())
        for hit in _BORDER.finditer(text)
        if any(s <= hit.start() < e for s, e in clause_cues)
        and not re.match(
            r"\s+(?:with|between|town|towns|crossing|crossings|guards?|police|area|"
            r"region|villages?)\b",
            text[hit.end() :],
            _I,
        )
        and not re.search(
            r"\b(?:across|along|over|near|at|on)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$",
            text[max(0, hit.start() - 30) : hit.start()],
            _I,
        )
    )
    found.extend(
        _Pending(Field.TOPIC, "territory", _CONFIDENT, hit.start())
        for hit in _LAND_GIVEN_UP.finditer(text)
    )
    for key, pattern in _PHRASED_OUTCOMES:
        hits = list(pattern.finditer(text))
        if key == "partial_agreement":
            # "reached agreement on exchanging the wounded": the deal on one issue that the
            # words say, not the whole deal "reached agreement" alone would be.
            found = [
                p
                for p in found
                if not (
                    p.field is Field.OUTCOME
                    and p.value == "agreement"
                    and any(h.start() <= p.anchor < h.end() for h in hits)
                )
            ]
        found.extend(_Pending(Field.OUTCOME, key, _CONFIDENT, hit.start()) for hit in hits)
    found = _deal_on_one_issue(text, found)
    found.extend(
        _Pending(Field.FORMAT, "indirect", _CONFIDENT, hit.start())
        for hit in itertools.chain(
            _THROUGH_MEDIATORS.finditer(text),
            _INDIRECT_SAID.finditer(text),
            # "Albusaidi went back and forth between the two delegations": a go-between's
            # errand between the sides is the talks held apart.
            _ERRAND_SAID.finditer(text),
        )
    )
    found.extend(
        _Pending(Field.FORMAT, "direct", _CONFIDENT, hit.start())
        for hit in _DIRECT_SAID.finditer(text)
    )
    found = [
        p
        for p in found
        if not (
            p.field is Field.FORMAT
            and (
                (
                    p.value == "direct"
                    and _REFUSED_BEFORE.search(text[max(0, p.anchor - 40) : p.anchor])
                )
                # "Aliyev and Pashinyan have already met face to face without mediators": how
                # they sat at meetings before, not at the round the story tells.
                # ("had talked directly twice before": the verb may be the anchor itself.)
                or _ALREADY_MET.search(text[max(0, p.anchor - 60) : p.anchor + 40]) is not None
                or (
                    p.value == "direct"
                    and text[p.anchor : p.anchor + 7].lower() == "without"
                    and (
                        _NO_GO_BETWEEN_REFUSED.search(text[max(0, p.anchor - 60) : p.anchor])
                        # "their first bilateral meeting without a mediator", "met one-on-one,
                        # without anyone in the room": the sentence's format is bilateral,
                        # which already says no one sat between them.
                        or any(q.field is Field.FORMAT and q.value == "bilateral" for q in found)
                    )
                )
                or (
                    p.value != "indirect"
                    and _SEPARATE_BEFORE.search(text[max(0, p.anchor - 30) : p.anchor])
                )
                or (
                    p.value == "summit"
                    and _BLOC_BEFORE.search(text[max(0, p.anchor - 40) : p.anchor])
                )
                # "The summit followed the leaders' meeting in Abu Dhabi": the summit is
                # another event than the meeting the sentence dates.
                or (p.value == "summit" and _FOLLOWED.match(text, p.anchor))
                or (
                    p.value == "working_groups"
                    and (
                        _NEXT_STAGE_BEFORE.search(text[max(0, p.anchor - 60) : p.anchor])
                        or _NEXT_STAGE_AFTER.match(text[p.anchor :])
                        # "working groups on military questions now meet between rounds":
                        # sittings of their own, apart from the rounds.
                        or _BETWEEN_ROUNDS.match(text[p.anchor :]) is not None
                    )
                )
            )
        )
    ]
    found.extend(
        _Pending(Field.TOPIC, "territory", _CONFIDENT, hit.start())
        for hit in _WITHDRAWAL.finditer(text)
    )
    found.extend(
        _Pending(Field.TOPIC, "prisoners", _CONFIDENT, hit.start())
        for hit in _FREED_SOLDIERS.finditer(text)
    )
    # "had no direct contact", "did not meet face to face", "are not expected to meet face to
    # face": they talked through others.
    found = [
        replace(p, value="indirect")
        if p.field is Field.FORMAT
        and p.value == "direct"
        and (
            _NEGATION_BEFORE.search(text[max(0, p.anchor - 40) : p.anchor])
            or _NOT_EXPECTED_TO_MEET.search(text[max(0, p.anchor - 50) : p.anchor])
        )
        else p
        for p in found
    ]
    signed = [hit.span() for hit in _SIGNED_DEAL.finditer(text)]
    found = [
        p
        for p in found
        if not (p.field is Field.OUTCOME and any(a <= p.anchor < b for a, b in signed))
    ]
    found.extend(_Pending(Field.OUTCOME, "agreement", _CONFIDENT, a) for a, _ in signed)
    found = [
        p
        for p in found
        if not (
            p.field is Field.OUTCOME
            and p.value == "collapsed"
            and _AVERTED.search(text[max(0, p.anchor - 30) : p.anchor])
        )
    ]
    found = [
        p
        for p in found
        if not (
            p.field is Field.OUTCOME
            and p.value in _DEALS
            and _AIMED_AT.search(text[max(0, p.anchor - 60) : p.anchor])
        )
    ]
    # A deal made, then broken: the round's outcome was the deal.
    made = _DEAL_MADE.search(text)
    found = [
        replace(p, value="agreement", anchor=made.start())
        if made is not None
        and p.field is Field.OUTCOME
        and p.value == "collapsed"
        and made.start() < p.anchor
        else p
        for p in found
    ]
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
    # "the summit idea", "a possible summit": a meeting of leaders only talked about.
    found = [
        p
        for p in found
        if not (
            p.field is Field.FORMAT
            and p.value == "summit"
            and (
                _IDEA_AFTER.match(text, p.anchor)
                or _IDEA_BEFORE.search(text[max(0, p.anchor - 30) : p.anchor])
            )
        )
    ]
    found = [
        p
        for p in found
        if not (
            p.field is Field.OUTCOME
            and _HOPES_BEFORE.search(text[max(0, p.anchor - 40) : p.anchor])
        )
    ]
    # "the next meeting is agreed in principle" is no deal: the talks are to go on.
    nexts = [hit.start() for hit in re.finditer(_NEXT_SITTING_AGREED, text, _I)]
    found = [
        p
        for p in found
        if not (
            p.field is Field.OUTCOME
            and p.value in _DEALS
            and any(0 <= p.anchor - at <= 60 for at in nexts)
        )
    ]
    if _ATTACK.search(text) and not (_SPARING.search(text) or _TOPIC_CUE.search(text)):
        found = [p for p in found if not (p.field is Field.TOPIC and p.value in _BESIDE_THE_TALKS)]
    outcomes = {p.value for p in found if p.field is Field.OUTCOME}
    if outcomes & _DEALS and (
        outcomes & {"no_breakthrough", "collapsed"} or _UNFINISHED.search(text)
    ):
        # "agreed to swap prisoners but made no progress on a ceasefire": a deal on some
        # issues and none on the rest is a partial agreement, whatever each phrase says.
        # So is a deal the talks broke down after, in the same sentence ("signed a
        # declaration on aid; the talks were suspended weeks later").
        deal = min(p.anchor for p in found if p.field is Field.OUTCOME and p.value in _DEALS)
        found = [p for p in found if p.field is not Field.OUTCOME]
        found.append(_Pending(Field.OUTCOME, "partial_agreement", _CONFIDENT, deal))
    return found


def _status(text: str, future: bool, continuation: bool) -> str | None:
    if _CALLED_OFF_BY_A_SIDE.search(text) and _WAS_DUE.search(text):
        # "said it would not take part in talks that were due to open on Tuesday", "the
        # round, which was to take place on Saturday, has been postponed; new dates will be
        # announced": a sitting still to come that will not be held then.
        return "cancelled"
    if _WAS_DUE.search(text) and any(
        not _NEW_DAY.match(text[m.end() :]) for m in _PUT_OFF.finditer(text)
    ):
        # "which had been due to take place in Rome on Saturday, has been postponed": put
        # off to no day told, it will not sit then; "postponed to the 11th" still sits.
        return "cancelled"
    if _TALKS_OVER.search(text):
        # "First session over" is no end of the round, "It is over" is.
        return "ongoing" if _FIRST_SITTING.search(text) else "concluded"
    for status, cue in _STATUS_CUES:
        if cue.search(text):
            if status == "concluded" and _FIRST_SITTING.search(text):
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


# "In September we had convened consultations for 6 September": the pluperfect looks back
# from a time the passage set before ("from 6 to 13 December 2018"), not from publication.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|first|just)\s+)?(?:been\s+)?\w+(?:ed|en|t)\b", _I
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _stated_year(text: str, spans: Sequence[DateSpan]) -> int | None:
    """The year of the last calendar date ``text`` tells with its year ("December 2018")."""
    years = [
        span.first.year
        for span in spans
        if span.kind in (DateKind.EXPLICIT, DateKind.ROUGH)
        and span.first is not None
        and _YEAR.search(text[span.start : span.end])
    ]
    return years[-1] if years else None


def _in_year(text: str, spans: Sequence[DateSpan], year: int) -> list[DateSpan]:
    """The dates named without a year, read in ``year`` as a recollection of it."""
    shifted = {(s.start, s.end): s for s in find_dates(text, date(year, 12, 31), tense=Tense.PAST)}
    result: list[DateSpan] = []
    for span in spans:
        other = shifted.get((span.start, span.end))
        if (
            span.kind in (DateKind.EXPLICIT, DateKind.ROUGH)
            and other is not None
            and other.kind is span.kind
            and not _YEAR.search(text[span.start : span.end])
        ):
            span = other
        result.append(span)
    return result


def _past_in_year(
    text: str, spans: Sequence[DateSpan], year: int, ref: date | None
) -> list[DateSpan]:
    """Days named without their year that would fall after publication, read in ``year``.

    "Ten days later, on 10 March, the ministers met in Antalya", after a paragraph dated
    "28 February 2022": a day the sentence does not tell as ahead is one of the year the
    passage recalls, not of the year after publication.
    """
    if ref is None or governing_tense(text) is Tense.FUTURE:
        return list(spans)
    recalled = _in_year(text, spans, year)
    return [
        new
        if old.first is not None
        and old.first > ref
        and not PLANNED_ON.search(text[max(0, old.start - 60) : old.start])
        else old
        for old, new in zip(spans, recalled, strict=True)
    ]


_RECALL_WINDOW = timedelta(days=92)  # how far after a day told with its year the next go
_RECENT = timedelta(days=30)  # a yearless day this close before publication is recent news


def _told_day(
    sentence: Sentence, spans: Sequence[DateSpan], ref: date | None
) -> tuple[date, int] | None:
    """The last day ``sentence`` tells with a year before publication's, and its paragraph."""
    days = [
        span.first
        for span in spans
        if span.kind is DateKind.EXPLICIT
        and span.first is not None
        and _YEAR.search(sentence.text[span.start : span.end])
    ]
    if not days or ref is None or days[-1].year >= ref.year:
        return None
    return days[-1], sentence.paragraph


# "agreed to meet again at the same place on": the day of the next sitting follows.
_MEET_AGAIN_ON = re.compile(
    r"\b(?:meet|sit|convene|reconvene|gather|talk)\s+again\b[^.;]{0,40}?\bon\s+$", _I
)


def _paragraph_year(
    text: str, spans: Sequence[DateSpan], told: date, ref: date | None
) -> list[DateSpan]:
    """Days named without a year after a sentence of the paragraph told one with it.

    "Talks there opened on 6 May 2023. On 11 May the two sides signed a declaration": the
    passage recalls 2023, and so does its next day. Only a day told in the past, within
    weeks after the one with the year, and not one of the last weeks before publication
    (that is the news: "On 22 July the army said ...") takes the year.
    """
    if ref is None or governing_tense(text) is Tense.FUTURE:
        return list(spans)
    result: list[DateSpan] = []
    for old, new in zip(spans, _in_year(text, spans, told.year), strict=True):
        first, was = new.first, old.first
        if (
            old.kind is DateKind.EXPLICIT
            and first is not None
            and was is not None
            and was != first
            and told < first <= told + _RECALL_WINDOW
            and was < ref - _RECENT
        ):
            result.append(new)
        else:
            result.append(old)
    return result


def _year_carried(text: str, spans: Sequence[DateSpan]) -> list[DateSpan]:
    """Days named without their year after one named with it, read in that year's course.

    "The talks opened on 20 November 2013 and the deal was signed on 24 November": the
    sentence gave the year once. So does a month told with its year ("In October 2023, a
    meeting that was to open on 5 October"). Only a day within a year after the dated one
    takes it.
    """
    anchor: date | None = None
    result: list[DateSpan] = []
    for span in spans:
        named = _YEAR.search(text[span.start : span.end]) is not None
        month_year = span.kind is DateKind.ROUGH and MONTH_YEAR.search(text, span.start, span.end)
        if span.first is not None and ((span.kind is DateKind.EXPLICIT and named) or month_year):
            anchor = span.first
        elif span.kind is DateKind.EXPLICIT and span.first is not None and anchor is not None:
            (carried,) = _in_year(text[: span.end], [span], anchor.year)
            first = carried.first
            if first is not None and anchor <= first <= anchor + timedelta(days=366):
                span = carried
        result.append(span)
    return result


# "the Hamas attack on Israel of 7 October 2023", "the 7 October attack": the day of the
# attack, which a sentence on the talks names only to set the scene.
_EVENT_OF = (
    r"(?:attacks?|assault|invasion|massacre|raids?|offensive|incursion|bombing|coup|"
    r"uprising|earthquake)"
)
_DAY_OF_EVENT_BEFORE = re.compile(
    rf"\b{_EVENT_OF}\s+(?:(?:on|against)\s+(?:[\w'’-]+\s+){{1,3}}?)?(?:of|on)\s+$", _I
)
_DAY_OF_EVENT_AFTER = re.compile(rf"^\s*{_EVENT_OF}\b", _I)
# "as the fourth anniversary of the invasion approaches on 24 February": a day of the
# calendar the clause names, not of the talks.
_ANNIVERSARY_BEFORE = re.compile(
    r"\banniversary\b[^.;,]{0,60}?\b(?:on|falls\s+on|comes\s+on|is\s+on)\s+$|"
    # "One year ago today, fighting broke out": the day of the calendar, years on.
    r"\b(?:a|one|two|three|four|five|\d+)\s+years?\s+ago\s+$",
    _I,
)
# "where the rebels have advanced, taking Bukavu in February": the day a place fell.
_DAY_OF_CAPTURE_BEFORE = re.compile(
    r"\b(?:tak(?:ing|en)|took|seiz(?:ed|ing|e)|captur(?:ed|ing|e)|overr(?:an|unning)|entered)\s+"
    r"(?:(?:control\s+of|the\s+(?:city|town)\s+of)\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:(?:in|on)\s+)?$"
)
# "to begin talks no later than August 8", "with the aim of concluding by August 18": a day set
# as a deadline. (Not "By Wednesday evening the round had come and gone", a day told.)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:(?:no|not)\s+later\s+than|(?:to|will|would|should|must|(?:aim|target)\s+of)\s+(?:[\w'’-]+\s+){0,7}?by)"
    r"\s+(?:the\s+)?$",
    _I,
)
# "Baghaei had said earlier on Saturday that ...": a remark set apart from the rest of that
# day's news is dated as a remark, not as the talks it speaks of.
_DAY_OF_REMARK_BEFORE = re.compile(
    r"\b(?:said|told\s+[\w'’-]+(?:\s+[\w'’-]+)?|stated|wrote|posted|warned|insisted|added)\s+"
    r"(?:earlier|later)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$|"
    # "his address to the nation on 12 May", "a televised speech on Sunday": a leader's words.
    r"\b(?:address|speech)\s+(?:to\s+the\s+(?:nation|parliament|country)\s+)?on\s+$|"
    # "The meeting, which Riyadh and Washington announced jointly late on Friday, ...": the
    # day the sitting was made known, not the day it sat.
    r"\b(?:which|that)\s+(?:[\w'’-]+\s+){1,6}?(?:announced|unveiled|confirmed|disclosed)\s+"
    r"(?:jointly\s+|publicly\s+)?(?:(?:late|early)\s+)?on\s+$|"
    # "..., announced jointly on Friday": the announcers' act told as such. (Not a bare
    # "announced on Friday", which as often dates the talks it made known.)
    r"\b(?:announced|unveiled|disclosed)\s+(?:jointly\s+|publicly\s+)(?:(?:late|early)\s+)?on\s+$",
    _I,
)
# "the implementation of the November 2024 ceasefire", "the first talks since last June's
# war": the day of the truce or of the war, named as theirs, which the talks that deal with
# them may be held long after.
_DAY_OF_TRUCE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:ceasefire|cease-fire|truce|armistice|war)\b", _I
)


# A person's change of office (or fate) that a date hangs on: "after Andriy Yermak resigned
# as head of the presidential office on Friday", "who was appointed chief negotiator on 3
# May". The day is of that change, not of the talks, unless talks are named in between.
_OFFICE_EVENT_BEFORE = re.compile(
    r"\b(?:resign(?:ed|s)|stepped\s+down|steps\s+down|quit|took\s+office|"
    r"(?:was|were|had\s+been|has\s+been)\s+(?:sacked|fired|dismissed|appointed|named|elected|"
    r"sworn\s+in|ousted|replaced|killed|assassinated|arrested|detained|buried)|died)\b"
    r"(?P<between>[^.;,]{0,60})$",
    _I,
)


# The day a round was first meant for, before it moved: "originally due to open on Sunday,
# February 1, but pushed back", "postponed from 10 June". Not the day it sat.
_FORMER_PLAN_BEFORE = re.compile(
    r"\b(?:originally|initially|first)\s+(?:been\s+)?(?:due|scheduled|set|planned|expected|"
    r"slated|meant)\b[^.;]{0,50}$|"
    r"\b(?:postponed|pushed\s+back|put\s+off|delayed|moved|brought\s+forward)\s+from\s+"
    r"(?:[\w'’-]+\s+)?$",
    _I,
)
# The same plan told without "originally", but undone after the day: "This round was
# supposed to open on Sunday, February 1, and was pushed back", "the meeting, planned for 3
# May, has been postponed to the 11th", "were due to start on Monday but were delayed". A
# plan alone ("is due to open on Monday") is the day it will sit, so the move must follow.
_PLAN_BEFORE = re.compile(
    r"\b(?:(?:was|were|had\s+been|is|are|has\s+been)\s+(?:due|scheduled|set|planned|expected|"
    r"slated|meant|supposed)\s+to\b[^.;]{0,40}|"
    r"\b(?:planned|scheduled|set|slated|due|pencilled\s+in)\s+for\s+(?:[\w'’-]+\s+){0,2}|"
    # "which had been due in Abu Dhabi on Sunday": planned at a place, for a day.
    r"\b(?:was|were|had\s+been|is|are|has\s+been)\s+(?:due|scheduled|set|planned|expected|"
    r"slated)\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:on\s+)?)$",
    _I,
)
_MOVED_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:and|but)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:then\s+|later\s+|since\s+|instead\s+)?(?:pushed\s+back|postponed|put\s+off|"
    r"delayed|moved|brought\s+forward|rescheduled|deferred)\b|"
    r"^[^.;]{0,40}?,\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:pushed\s+back|postponed|put\s+off|delayed|moved|brought\s+forward|rescheduled|"
    r"deferred)\b",
    _I,
)


# What a move names after it: the day it goes to, or how long it waits ("postponed to the
# 11th", "delayed by a day", "moved to Sunday"). A round "postponed" with neither is one
# that will not sit then; its planned day still names it.
_NEW_DAY = re.compile(
    r"^\s*(?:(?:by|for|until|till|to)\s+(?:the\s+|next\s+|a\s+later\s+)?(?:\d|a\s+day|a\s+week|"
    rf"one|two|three|several|{DAY_WORD}|date|tomorrow|later|next|early|late|mid)|"
    r"(?:\w+\s+){0,3}?(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\b)",
    _I,
)


def _former_plan(text: str, span: DateSpan) -> bool:
    """The day a round was planned for and moved from, the move told after the day."""
    if not _PLAN_BEFORE.search(text[max(0, span.start - 70) : span.start]):
        return False
    moved = _MOVED_AFTER.match(text[span.end : span.end + 120])
    return moved is not None and bool(_NEW_DAY.match(text[span.end + moved.end() :]))


# A side calling its team home: "on 24 July, the US envoy recalled his team", "Israel
# withdrew its delegation on Thursday". The day the talks broke off, not one they sat.
_RECALL = (
    r"\b(?:recall(?:ed|s|ing)?|withdr[ae]w(?:s|n)?|pull(?:ed|s)?)\s+(?:back\s+)?(?:his|her|its|"
    r"their)\s+(?:[\w'’-]+\s+)?(?:team|teams|delegation|delegations|negotiators|envoys)\b|"
    r"\bcall(?:ed|s)?\s+(?:his|her|its|their)\s+(?:[\w'’-]+\s+)?(?:team|delegation|"
    r"negotiators|envoys)\s+(?:back\s+)?home\b|"
    # "On 31 May the army suspended its participation": the day a side walked out.
    r"\bsuspend(?:ed|s)?\s+(?:its|his|her|their)\s+participation\b"
)
_RECALL_AFTER = re.compile(rf"^[^.;]{{0,60}}?(?:{_RECALL})", _I)
_RECALL_BEFORE = re.compile(rf"(?:{_RECALL})[^.;,]{{0,30}}$", _I)


def _recall_day(text: str, span: DateSpan) -> bool:
    """Whether ``span`` is the day a side called its team home (see ``_RECALL``)."""
    return bool(
        _RECALL_BEFORE.search(text[max(0, span.start - 90) : span.start])
        or (
            not _OPENED_ON.search(text[max(0, span.start - 60) : span.start])
            and _RECALL_AFTER.match(text[span.end : span.end + 140])
        )
    )


def _day_of_event(text: str, span: DateSpan) -> bool:
    if _FORMER_PLAN_BEFORE.search(text[max(0, span.start - 70) : span.start]):
        return True
    if _former_plan(text, span):
        return True
    # "talks which began on 6 July and foundered when Washington recalled its team": the
    # day the talks opened, the recall told after it.
    if _recall_day(text, span):
        return True
    office = _OFFICE_EVENT_BEFORE.search(text[max(0, span.start - 80) : span.start])
    if office is not None and not (
        _STRONG_TRIGGER.search(office["between"]) or _WEAK_TRIGGER.search(office["between"])
    ):
        return True
    before = text[max(0, span.start - 60) : span.start]
    return bool(
        _DAY_OF_EVENT_BEFORE.search(before)
        or _DAY_OF_REMARK_BEFORE.search(before)
        or _DEADLINE_BEFORE.search(before)
        or _DAY_OF_CAPTURE_BEFORE.search(before)
        or _ANNIVERSARY_BEFORE.search(text[max(0, span.start - 90) : span.start])
        or _DAY_OF_EVENT_AFTER.match(text[span.end :])
        or _DAY_OF_TRUCE_AFTER.match(text[span.end :])
    )


def _analyse(
    sentence: Sentence,
    ctx: _Context,
    dates: Sequence[DateSpan],
    *,
    listed: bool = False,
    year: int | None = None,
    pointed: str | None = None,
    ranked: bool = False,
) -> list[_Piece]:
    """What one sentence says of rounds, one piece per conflict and round.

    ``dates``: the dates the sentence names, as ``find_dates`` reads them.

    ``listed``: the sentence belongs to a dated list entry, which is a round of the article's
    conflict whenever it speaks of a meeting at all ("August 30. Meeting at the same palace,
    the sides swapped prisoners"). ``year``: the earlier year the passage told of, in which
    a recollection in the pluperfect places days named without their year. ``pointed``: the
    conflict of the round a sentence opening "Those talks ..." points back at. ``ranked``: the
    sentence opens by picking one of the sittings the sentence before told of ("The last of
    them"), which stands for the noun of talks.
    """
    text = sentence.text
    if _NOT_NEGOTIATION.search(text):
        return []
    strong = _STRONG_TRIGGER.search(text)
    weak = _WEAK_TRIGGER.search(text)
    # "15 August 2025, Anchorage. ... It ended without an agreement.": under a dated entry
    # of a chronology, how the entry's sitting went is told without naming it again.
    told_how = listed and any(p.field in _HOW_IT_SAT for p in _labels(text, ctx.kb.find(text)))
    if (
        strong is None
        and weak is None
        and not ranked
        and not told_how
        and not _DELEGATION_CUE.search(text)
        and not _THEIR_MEETING.search(text)
        and not _TURN.search(text)
        and not (_RECEPTION_CUE.search(text) and _receptions(text, ctx.kb.find(text), ctx.kb))
    ):
        return []
    kb = ctx.kb
    matches = kb.find(text)
    matches = sorted([*matches, *_shadowed_places(text, matches, kb)], key=lambda m: m.start)
    clauses = _clauses(text)
    digest = sentence.title and _DIGEST_TITLE.match(text) is not None
    # "Vladimir Putin hosted a three-way meeting ... and chaired the talks" of Armenia and
    # Azerbaijan: a host or chair is named for his errand, not as a side of his own war.
    sides = [m for m in matches if not _HOSTED_AFTER.match(text, m.end)]
    clause_conflict = _clause_conflicts(clauses, sides, ctx, pointed, digest=digest)
    # A hypothetical or negated clause says nothing about a real round, nor does a phone
    # call: "he would meet Putin in Budapest, after a phone call" keeps the meeting.
    muted = [_muted(text[s:e]) or bool(_PHONE.search(text[s:e])) for s, e in clauses]

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
    room_only = _ONLY_THE_ROOM.search(text) is not None
    # "Abu Dhabi talks": a capital that names the venue does not bring its country along.
    venues = {pos for _, pos in _venue(text, matches, kb)}
    for key, conf, pos in _participants(
        text, actors, ctx.conflicts.get(conflict_at(0) or ""), mediators
    ):
        slug = conflict_at(pos)
        conflict = ctx.conflicts.get(slug or "")
        if conf < _CONFIDENT and (conflict is None or key not in conflict.parties):
            continue
        if (pos in venues or room_only) and (conflict is None or key not in conflict.parties):
            continue
        end = next(m.end for m in actors if m.start == pos)
        if (
            conf < _CONFIDENT
            and (
                _OBJECT_OF.search(text[max(0, pos - 30) : pos])
                or _NAMES_THE_WAR.match(text[end:])
                or _LEFT_OUT.search(text[max(0, pos - 30) : pos])
                # "before Witkoff heads to Moscow": a capital the trip leads to is a place.
                or _TRIP_TO.search(text[max(0, pos - 30) : pos])
                # "the Saudi ambassador to Yemen": the country an office is posted to.
                or _POSTED_TO.search(text[max(0, pos - 30) : pos])
                or _ARRIVED_IN.search(text[max(0, pos - 30) : pos])
            )
        ):
            continue  # "the invasion of Ukraine": what the war is about, not who talks
        pending.append(_Pending(Field.PARTICIPANT, key, conf, pos))
    for m in actors:
        after = text[m.end : m.end + 40]
        before = text[max(0, m.start - 80) : m.start]
        conflict = ctx.conflicts.get(conflict_at(m.start) or "")
        hosting = (
            _HOST_ONLY.match(after)
            or _HOST_BEFORE.search(before)
            or _HOSTS_ROUND.match(after)
            # "in the presence of Qatari ministers and American officials".
            or (_WITNESS_BEFORE.search(before) and _ENVOYS_OF.match(after))
        )
        if (
            _stands_guarantor(text, m)
            and conflict is not None
            and m.key in conflict.usual_mediators
            and m.key not in conflict.parties
        ):
            # A usual go-between standing as the deal's guarantor mediated it.
            pending.append(_Pending(Field.MEDIATOR, m.key, _INFERRED, m.start))
            continue
        if (
            hosting
            and conflict is not None
            and m.key in conflict.usual_mediators
            # "The UAE hosted the meeting; its president greeted both leaders but played no
            # part in the negotiation": the host only lent the room.
            and not _STAYED_OUT.search(text)
            # "The talks, brokered by Washington, were hosted by the UAE": where the sentence
            # names who brokered them, the host only lent the room.
            and not (mediators - {m.key})
        ):
            # A usual go-between that hosts is mediating, though not a side at the table.
            pending.append(_Pending(Field.MEDIATOR, m.key, _INFERRED, m.start))
    steering = _person_mediators(
        text, matches, kb, lambda pos: ctx.conflicts.get(conflict_at(pos) or "")
    )
    pending.extend(steering)
    for city, pos in _venue(text, matches, kb):
        start, end = clauses[_clause_index(clauses, pos)]
        clause_text = text[start:end]
        if not live(pos):
            place_end = next(m.end for m in matches if m.start == pos)
            if _where_held(text[place_end:]):
                # "would prefer to return to Abu Dhabi, which hosted the rounds of 23 January
                # and 4 February": the wish is muted, not the sittings the place is told of.
                pos = text.index(",", place_end) + 1
        if _PARTICIPLE_OPENER.match(clause_text) and not (
            _STRONG_TRIGGER.search(clause_text)
            or _WEAK_TRIGGER.search(clause_text)
            or _VENUE_VERB.search(clause_text)
        ):
            continue  # "Speaking in Davos, he said the talks...": where he spoke, not met
        place_stop = next((m.end for m in matches if m.start == pos and m.kind == "place"), None)
        if place_stop is not None and _REGION_AFTER.match(text, place_stop):
            # "talks in the Gomel region": the region, not the city it is named after; the
            # country is all the sentence places the talks in.
            pending.extend(
                p for p in _venue_claims(city, _CONFIDENT, pos, kb) if p.field is Field.COUNTRY
            )
            continue
        pending.extend(_venue_claims(city, _CONFIDENT, pos, kb))
    if not any(c.field is Field.CITY for c in pending):
        for m in actors:
            # "a week of talks in Switzerland": the country is the venue, no city named. Not
            # a side's own country ("talks in Ukraine" may be about the war there).
            conflict = ctx.conflicts.get(conflict_at(m.start) or "")
            if (
                kb.actor(m.key).kind == "country"
                and (
                    _TALKS_IN.search(text[max(0, m.start - 40) : m.start])
                    # "will send its foreign minister to Oman on Saturday for talks with the
                    # US envoy": the country the trip to the talks leads to.
                    or (
                        re.search(r"\bto\s+$", text[max(0, m.start - 10) : m.start])
                        and _FOR_TALKS_AFTER.match(text[m.end :])
                    )
                )
                and (conflict is None or m.key not in conflict.parties)
                and not re.match(r"^['’]s?\b|^\s+(?:war|conflict|crisis)\b", text[m.end :])
            ):
                pending.append(_Pending(Field.COUNTRY, m.key, _INFERRED, m.start))
    dateline = _dateline(sentence, matches)
    if dateline is not None and not any(c.field is Field.CITY for c in pending):
        # "MUSCAT - ... held talks in Oman": filed in the country of the talks, from their
        # city most likely; "NEW YORK - ... talks in Kuwait": filed from elsewhere.
        with contextlib.suppress(KeyError):
            if any(
                c.field is Field.COUNTRY and c.value != kb.place(dateline).country for c in pending
            ):
                dateline = None
    if dateline is not None and not any(c.field is Field.CITY for c in pending):
        # Filed from the city, so likely held there: a hint that any venue named outranks.
        pending.extend(_venue_claims(dateline, _DATELINE, 0, kb))
    if not any(c.field is Field.CITY for c in pending):
        for m in actors:
            # A country that lent the room names where the talks sat, if nothing closer does.
            if kb.actor(m.key).kind == "country" and _COUNTRY_LENDS.match(text[m.end :]):
                pending.append(_Pending(Field.COUNTRY, m.key, _DATELINE, m.start))

    # "talks chaired by X": the one the sentence shows steering for a government that is no
    # side leads no delegation; he is the go-between.
    go_betweens = {p.value for p in steering}
    if dates or not _BACK_THEN.search(text):
        # "X led the Iranian side then", undated: in an earlier season, not at this round.
        pending.extend(
            p
            for p in _bodies_chair(_delegations(text, matches, actors, kb), kb)
            if p.field is not Field.HEAD or p.party not in go_betweens
        )
    pending.extend(
        p
        for p in _receptions(text, matches, kb)
        if p.field is not Field.HEAD or p.party not in go_betweens
    )
    pending.extend(_labels(text, matches))
    for at in _continuations(text):
        pending.append(_Pending(Field.AGREED_TO_CONTINUE, "true", _CONFIDENT, at))
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
            piece.strong = (
                piece.strong
                or (ranked and index == 0)
                or bool(_STRONG_TRIGGER.search(clause_text))
                # "..., after negotiating in Jeddah": the break took the "after" away.
                or bool(
                    _NEGOTIATING_OPENER.match(clause_text)
                    and _SUBORDINATE_BEFORE.search(text[:start])
                )
            )
    for claim in pending:
        if claim.field in (Field.HEAD, Field.MEMBER) and live(claim.anchor):
            slug = conflict_at(claim.anchor)
            if slug in pieces:
                pieces[slug].strong = True
    for claim in pending:
        slug = conflict_at(claim.anchor)
        if slug is None or slug not in pieces:
            continue
        if claim.field in (Field.CITY, Field.COUNTRY) and _biography(text, clauses, claim.anchor):
            continue
        if not live(claim.anchor) and not _label_in_doubt(text, claim):
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
    spans = _in_year(text, dates, year) if year is not None and _PLUPERFECT.search(text) else dates
    # "had agreed to meet again at the same place on 7 January", in a story of 20 December:
    # a day planned that is still ahead is not in the year the passage recalls, whatever
    # the pluperfect.
    ref = _ref_date(ctx.published)
    if spans is not dates and ref is not None:
        spans = [
            old
            if old.first is not None
            and old.first > ref
            and _MEET_AGAIN_ON.search(text[: old.start][-60:])
            else new
            for old, new in zip(dates, spans, strict=True)
        ]
    if year is not None and spans is dates:
        spans = _past_in_year(text, dates, year, ref)
    spans = _year_carried(text, spans)
    for span in spans:
        if filed is not None and span.start < filed.end():
            continue  # "JEDDAH, May 12 -": the day the story was filed, not of the talks
        if _day_of_event(text, span):
            slug = conflict_at(span.start)
            if span.first is not None and slug in pieces and _recall_day(text, span):
                # "Earlier on Thursday, Israel recalled its negotiating team from Doha": no
                # day the talks sat, but the one they broke off, their last.
                pieces[slug].claims.append(
                    _Pending(Field.END_DATE, span.first.isoformat(), _INFERRED, span.start)
                )
            continue
        # The day of the sitting called off (_other_sitting_off) is kept: _split gives it to
        # a piece of its own, recalled, not to the one held.
        slug = conflict_at(span.start)
        if slug not in pieces or not live(span.start):
            continue
        if _other_event(text, clauses, _clause_index(clauses, span.start)):
            continue
        if _compared_day(text, span):
            # "X leads for Russia, as in May and June", "as he did in March": the day of
            # the sitting compared with, not of this one.
            continue
        if _TRUCE_DAY.search(text[max(0, span.start - 60) : span.start]):
            # "a truce from midnight on 10 April, to be followed by talks starting on 18
            # April": the day the guns fall silent, not the day the talks open.
            continue
        if (
            _SAID_ON.search(text[max(0, span.start - 40) : span.start])
            and governing_tense(text[span.end :], reported=False) is not Tense.PAST
        ):
            # "Trump said on Thursday he would meet Putin", "he said on Tuesday he did not
            # expect the talks to succeed": the day of the saying, unless talks were held.
            continue
        if span.kind is DateKind.RELATIVE and any(a <= span.start < b for a, b in quoted):
            # "Today" inside a quote is the speaker's day, which may precede publication.
            span = replace(span, confidence=round(span.confidence * 0.5, 3))
        pieces[slug].dates.append(span)
    for piece in pieces.values():
        named = [
            d
            for d in piece.dates
            if _SITTING_OF_THE_DAY.match(text, d.end)
            and text[d.start : d.end].endswith(("'s", "’s"))
        ]
        if named:
            # "Traders marked the rial up on Sunday, after Saturday's talks in Muscat": the
            # day the sitting is named by is its day; another day the sentence tells is
            # of something else (the markets, a statement).
            piece.dates = [d for d in piece.dates if d in named or d.kind is DateKind.EXPLICIT]
    result: list[_Piece] = []
    for whole in pieces.values():
        for piece in _split(whole, clauses):
            listed_meeting = (
                listed
                and piece.conflict == ctx.dominant
                and (
                    _WEAK_TRIGGER.search(piece.text) is not None
                    or (told_how and any(c.field in _HOW_IT_SAT for c in piece.claims))
                )
            )
            if not (listed_meeting or _speaks_of_a_round(piece, ctx)):
                continue
            weak_live = [bool(live(s)) for s, e in piece.spans if _WEAK_TRIGGER.search(text[s:e])]
            if not piece.strong and weak_live and not any(weak_live):
                # "ASTANA - Kazakhstan is ready to host a meeting": the meeting is only
                # offered, and the dateline, which no hypothesis mutes, is no meeting.
                continue
            told = _rounds_told(piece)
            if len(told) > 1:
                result.extend(told)
                continue
            triggers = [t.group(0) for t in _STRONG_TRIGGER.finditer(piece.text)]
            if triggers and all(_SEVERAL_ROUNDS.fullmatch(t) for t in triggers):
                # "The two previous rounds, on 16 May and 2 June, yielded only humanitarian
                # results": what several rounds had in common is a summary, not what each
                # one dealt with; only where and when they were held is told of each.
                piece.claims = [c for c in piece.claims if c.field in (Field.CITY, Field.COUNTRY)]
                # One round on each day the sentence lists.
                days, piece.dates = piece.dates[1:], piece.dates[:1]
            else:
                days = []
            cities = [
                c.value
                for c in piece.claims
                if c.field is Field.CITY and c.confidence > _DATELINE * factor
            ]
            if len(set(cities)) >= _SURVEY_CITIES:
                # "talks in Istanbul, meetings in Riyadh, rounds in Abu Dhabi and now two days
                # in Geneva": a survey of venues places no one round, nor says which of them
                # was direct or trilateral.
                piece.claims = [
                    c
                    for c in piece.claims
                    if c.field not in (Field.CITY, Field.COUNTRY, Field.FORMAT)
                ]
                cities = []
            piece.city = cities[0] if cities else None
            piece.continuation = bool(_CONTINUATION.search(piece.text))
            result.append(piece)
            result.extend(replace(piece, dates=[day], claims=list(piece.claims)) for day in days)
    return result


# A sentence telling of more than one sitting at one venue: "on 23 and 24 January and again
# on 4 and 5 February", "three short rounds on 16 May, 2 June and 23 July", "the first on
# 23 January, and a second one on 4 February".
_SEVERAL_SITTINGS = re.compile(
    r"\b(?:again|once\s+more)\s+(?:on|from|between|in)\b|"
    r"\b(?:two|three|four|five|six|both|several)\s+(?:[\w'’-]+\s+){0,2}?(?:rounds|sessions|"
    r"meetings|sittings|encounters)\b|"
    r"\b(?:a|the)\s+(?:second|third|fourth|later|further)\s+(?:one|round|session|meeting|sitting)\b|"
    # "the two previous ones took place on 23 January and 4 February".
    rf"{_RANKED_SITTINGS_ALONE}",
    _I,
)


_WHO_SAT = frozenset(
    {
        Field.CITY,
        Field.COUNTRY,
        Field.FORMAT,
        Field.PARTICIPANT,
        Field.MEDIATOR,
        Field.HEAD,
        Field.MEMBER,
    }
)


_RANKED_SITTING = re.compile(
    r"\bthe\s+(?P<rank>first|second|third|fourth|last|latter|later)\s+(?:one|round|session|"
    r"meeting|sitting)\b",
    _I,
)
_RANKS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _rounds_told(piece: _Piece) -> list[_Piece]:
    """The sittings one sentence tells of, one piece each: a chronology in a sentence.

    Each venue goes with the days told next to it ("began in Muscat on 12 April ... and
    returned to the Omani capital on 26 April"; or "on 12 April in Muscat"), and several days
    at one venue are as many sittings when the sentence says so ("and again on"). A day told
    of the sitting is that sitting's; what the sentence says before any venue, of them all.
    A sentence dating one round ("opened on Monday and ended on Wednesday") stays one piece.
    """
    days = [d for d in piece.dates if d.first is not None and d.kind is DateKind.EXPLICIT]
    if piece.future or len({d.first for d in days}) < 2:
        return [piece]
    venues = sorted(
        (c.anchor, c.value)
        for c in piece.claims
        if c.field is Field.CITY and c.confidence > _DATELINE
    )
    if len({city for _, city in venues}) >= 2:
        anchors = [a for a, _ in venues]
        # "on 12 April in Muscat, on 19 April in Rome": the day before its venue.
        day_first = min(d.start for d in days) < anchors[0]
        told: list[_Piece] = []
        for i, (anchor, city) in enumerate(venues):
            if day_first:
                lo = anchors[i - 1] if i else -1
                hi = anchor if i + 1 < len(anchors) else len(piece.sentence.text)
                mine = [d for d in piece.dates if lo < d.start <= hi]
                start = lo + 1
            else:
                lo = anchor if i else -1
                hi = anchors[i + 1] if i + 1 < len(anchors) else len(piece.sentence.text)
                mine = [d for d in piece.dates if lo <= d.start < hi]
                start = anchor
            if not any(d.kind is DateKind.EXPLICIT for d in mine):
                continue  # "continued in Rome a week later": a sitting no day is given
            claims = [
                c
                for c in piece.claims
                if (c.field in (Field.CITY, Field.COUNTRY) and c.anchor == anchor)
                or (
                    c.field not in (Field.CITY, Field.COUNTRY)
                    and (c.anchor < anchors[0] or start <= c.anchor < hi)
                )
            ]
            told.append(replace(piece, dates=mine, claims=claims, city=city))
        return told if len(told) > 1 else [piece]
    if not _SEVERAL_SITTINGS.search(piece.text):
        return [piece]
    # One venue, several sittings: who sat and how ("the three delegations met") holds for
    # each; what the sentence says they produced ("each produced prisoner exchanges", "the
    # second produced a deal") is no one sitting's.
    first, *rest = sorted(days, key=lambda d: d.start)
    place = [c for c in piece.claims if c.field in _WHO_SAT]
    told = [replace(piece, dates=[d for d in piece.dates if d not in rest], claims=list(place))]
    seen = {first.first}
    for day in rest:
        if day.first in seen:
            continue
        seen.add(day.first)
        told.append(replace(piece, dates=[day], claims=list(place)))
    # "...; the second meeting produced a prisoner swap": a clause naming one sitting by its
    # rank tells of that one.
    text = piece.sentence.text
    clauses = _clauses(text)
    ranked = {
        _clause_index(clauses, m.start()): m.group("rank").lower()
        for m in _RANKED_SITTING.finditer(text)
    }
    for claim in piece.claims:
        rank = ranked.get(_clause_index(clauses, claim.anchor))
        if claim.field in _WHO_SAT or rank is None:
            continue
        index = len(told) - 1 if rank in ("last", "latter", "later") else _RANKS.get(rank, -1)
        if 0 <= index < len(told):
            told[index].claims.append(claim)
    return told


def _made_at_talks(clause: str) -> bool:
    """Whether the talks are those that made what is still ahead: "due to take hold under a
    truce agreed that day in talks at ..." tells of talks that are over."""
    trigger = _STRONG_TRIGGER.search(clause)
    return trigger is not None and _MADE_IN.search(clause[: trigger.start()]) is not None


def _main_tense(piece: _Piece) -> Tense:
    """The tense of the clause naming the talks, else of the first clause with a tense.

    "Iran and the US held talks in Oman, agreeing to meet again next week" reports talks
    that took place: the future of a later clause is about what comes after them.
    """
    text = piece.sentence.text
    for start, end in piece.spans:
        clause = text[start:end]
        trigger = _STRONG_TRIGGER.search(clause) or _WEAK_TRIGGER.search(clause)
        if trigger is not None and _MEET_AGAIN.fullmatch(trigger.group(0)):
            return Tense.FUTURE  # "had agreed to meet again": the next sitting is ahead
        if trigger is not None:
            # The verb before the talks governs them: "held talks and agreed that experts
            # would meet" reports talks held.
            tense = governing_tense(clause[: trigger.end()], reported=False)
            if tense is Tense.FUTURE and _made_at_talks(clause):
                return Tense.PAST
            if tense is Tense.UNKNOWN:
                tense = governing_tense(clause)
            if tense is not Tense.UNKNOWN:
                return tense
            # A headline in the present ("US and Iran hold talks") tells of the day's news.
            # Else the verb of a held event, if it comes first: "Those talks, in April,
            # ended without a deal, but both sides said they would meet again".
            return Tense.PAST if piece.sentence.title else governing_tense(piece.text)
    return detect_tense(piece.text)


_FOLLOWS_VERB = re.compile(r"(?:followed|follows|buil[td]s?\s+on)\b", _I)
# A subject named by its venue: "The Washington meeting", "the Geneva talks".
_VENUE_NAMED = re.compile(
    r"^\s*(?:the\s+|this\s+|friday['’]s\s+|[\w'’-]+day['’]s\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:meeting|talks|summit|round|session|signing)\s*$",
    _I,
)


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
            # "That session came after talks on Monday": "after" breaks the clause, and
            # the earlier round is the clause it opens.
            span = next(((s, e) for s, e in piece.spans if s >= found.start()), None)
            # So does "since": "the second in the city since the first meeting, held on 23
            # January".
            if span is None or text[found.start() : span[0]].strip().lower() not in (
                "after",
                "since",
            ):
                continue
            return (span[0], True) if span[0] > begin else (None, True)
        leads = [
            lead
            for lead in _BACK_REFERENCE_LEAD.finditer(text, span[0], found.start())
            # "first met ... after three years of silence": how long since, not a sitting.
            if not _AFTER_A_WHILE.match(text, lead.start())
        ]
        cut = leads[-1].start() if leads else span[0]
        if _DEAL_MADE_AT.fullmatch(found.group(0)):
            # The deal's noun opens the recalled part: "Thailand and Cambodia agreed" before
            # it is this sitting, its "and" no lead into the recollection.
            return (found.start(), True) if found.start() > begin else (None, True)
        if (
            not leads
            and _FOLLOWS_VERB.match(found.group(0))
            and _VENUE_NAMED.search(text[span[0] : found.start()])
        ):
            # "The Washington meeting follows a rare encounter ... in Abu Dhabi on 10 July":
            # the subject, placed by its own venue, is this round; the rest recalls one.
            cut = found.start()
        return (cut, True) if cut > begin else (None, True)
    if tense is not Tense.FUTURE:
        plans = _PLANS_NEXT.search(text, begin)
        if (
            plans is not None
            and plans.start() > begin
            and any(s <= plans.start() < e for s, e in piece.spans)
        ):
            return plans.start(), False
        for start, end in piece.spans[1:]:
            # "held talks ... and agreed that experts would meet": the held verb comes
            # first, so the clause still reports the round.
            clause = text[start:end]
            if governing_tense(clause) is Tense.FUTURE and not _made_at_talks(clause):
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


# "X, who mediated the first round in Muscat a week ago, moved between A and B": the
# relative clause set off by commas recalls the earlier round; the main clause goes on after it.
_RELATIVE_RECALL = re.compile(r",\s*$")
_RELATIVE_START = re.compile(r"\s*(?:who|which|whose)\s+[^,;:.()]{3,120}?,\s+", _I)
_PEOPLE_FIELDS = frozenset({Field.HEAD, Field.MEMBER, Field.MEDIATOR})


def _main_clause_people(text: str, cut: int, head: _Piece, tail: _Piece) -> None:
    """Who leads, sits or mediates in the main clause that resumes after a recalling
    relative clause is told of the sentence's own round, not of the recalled one."""
    if not _RELATIVE_RECALL.search(text[:cut]):
        return
    relative = _RELATIVE_START.match(text, cut)
    if relative is None:
        return
    resumed = relative.end()
    moved = [c for c in tail.claims if c.anchor >= resumed and c.field in _PEOPLE_FIELDS]
    if not moved:
        return
    tail.claims = [c for c in tail.claims if c not in moved]
    head.claims.extend(moved)


def _split(piece: _Piece, clauses: Sequence[tuple[int, int]]) -> list[_Piece]:
    """One piece per round the sentence speaks of for this conflict: one, or two."""
    tense = _main_tense(piece)
    # The sentence itself, as "before" also cuts clauses: "..., before this week's round".
    if _AHEAD_OF.search(piece.sentence.text, piece.spans[0][0], piece.spans[-1][1]):
        tense = Tense.FUTURE
    piece.future = tense is Tense.FUTURE
    cut, back = _cut(piece, tense)
    off = _other_sitting_off(piece.sentence.text)
    if off is not None and piece.spans[0][0] < off.start() < piece.spans[-1][1]:
        # "held the fourth round on Sunday, a week after the session planned for Rome on 3
        # May was called off": the sitting called off is recalled apart, with its day and
        # place, and the held one keeps what comes before.
        cut, back = off.start(), True
        called_off = True
    else:
        called_off = False
    if cut is None:
        piece.back = back
        return [piece]
    head = _part(piece, 0, cut)
    tail = _part(piece, cut, len(piece.sentence.text))
    head.future = piece.future
    if (
        back
        and piece.sentence.text[:cut].rstrip().lower().endswith("since")
        and not (head.strong or head.dates)
        and any(c.field in _HOW_IT_WENT for c in head.claims)
    ):
        # "The session was friendly, their third since the first meeting, held on 2
        # February": a head that is no round of its own but tells how the one before went
        # is kept whole and undated, as no round of its own, so that the sentence still
        # follows the round before (_told_after) and the earlier sitting takes no mood.
        piece.back = back
        piece.dates = []
        return [piece]
    if back:
        tail.back = True
        if (
            _opens_by_rank_alone(piece.sentence.text, cut)
            or _opens_by_sittings_after(piece.sentence.text, cut)
        ) and (tail.dates or tail.claims):
            # "held a second round, following the first on 16 May": the rank stands for the
            # sentence's noun of talks, so the earlier sitting is a round as the head is.
            tail.strong = piece.strong
        if called_off and tail.dates:
            # "the session planned for Rome on 3 May was called off" names the sitting by
            # its noun (_OTHER_SITTING_OFF), after one held the sentence reports.
            tail.strong = True
        _main_clause_people(piece.sentence.text, cut, head, tail)
        head.strong = head.strong or (
            piece.strong and any(c.field in (Field.HEAD, Field.MEMBER) for c in head.claims)
        )
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


_NEGOTIATING_OPENER = re.compile(r"^\s*negotiating\b", _I)
# A clause that tells of another event: "..., who took over after Yermak resigned on Friday".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|because|since|when|while)\s*$", _I)
_RELATIVE_OPENER = re.compile(r"^\s*(?:who|whom|whose|when)\b", _I)
# "before that", "after then", "since then": an adverb of time after the break, not a clause.
_ADVERB_THAT = re.compile(r"\s*(?:that|then)\b(?!\s+(?:the|a|an|he|she|it|they|we)\b)", _I)


# "as in May and June", "as he did on 16 May", "just as at the March round", "as they had in
# Muscat on 12 April": a comparison with an earlier time, whose day is not this sitting's. The
# compared sitting may bring its own place before its day.
_COMPARED_DAY = re.compile(
    r"(?:^|[,;(]|\s[-–—])\s*(?:just\s+|much\s+)?as\s+(?:(?:he|she|they|it|we)\s+(?:did|had|have|"
    r"was|were)\s+)?(?:(?:in|at)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?=on\s))?"
    r"(?:(?:in|at|on|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
    r"(?:[\w'’-]+\s+(?:and|or)\s+)?)?$",
    _I,
)
_PREPOSITION_FIRST = re.compile(r"(?:in|at|on|during)\s", _I)


def _compared_day(text: str, span: DateSpan) -> bool:
    """Whether the day is of a time compared with: "as in May and June", "as he did on 16 May"."""
    before = _COMPARED_DAY.search(text, max(0, span.start - 60), span.start)
    if before is None:
        return False
    said = before.group(0).rstrip()
    return said.endswith(("in", "at", "on", "during", "and", "or")) or bool(
        _PREPOSITION_FIRST.match(text, span.start)
    )


_WHO_OPENER = re.compile(
    r"\s*(?:who|whom|whose)\b(?![^,;]{0,60}\b(?:arrived|landed|flew|came)\b)", _I
)


def _biography(text: str, clauses: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether the place at ``pos`` is in a relative clause about a person that tells
    another event than the talks: "The Hamas team is headed by X, who survived the strike on
    the group's leaders in Doha" places the strike, not the team's talks."""
    index = _clause_index(clauses, pos)
    start, _ = clauses[index]
    return _WHO_OPENER.match(text, start) is not None and _other_event(text, clauses, index)


def _other_event(text: str, clauses: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether a date in clause ``index`` dates something else than the talks.

    Dates belong to the verb of the talks. A subordinate or relative clause without any
    word for the talks, in a sentence that has one elsewhere, dates another event.
    """
    start, end = clauses[index]
    clause = text[start:end]
    if _STRONG_TRIGGER.search(clause) or _WEAK_TRIGGER.search(clause):
        return False
    if len(clause.split()) <= _BARE_DATE_WORDS:
        return False  # "... negotiating in Jeddah since 6 May": a bare date, no other event
    if _ONGOING_SINCE.search(text[max(0, start - 80) : start] + " "):
        # "have been negotiating since 6 May with Saudi mediators": whatever follows the
        # day, "since" dates the talks themselves.
        return False
    if not (_SUBORDINATE_BEFORE.search(text[:start]) or _RELATIVE_OPENER.match(clause)):
        return False
    if _ADVERB_THAT.match(clause):
        # "..., and met before that in Berlin on 28 February": "before that" is "earlier",
        # no subordinate clause, so the day is the sitting's the verb tells.
        return False
    if _opens_by_rank_alone(text, start) or _opens_by_sittings_after(text, start):
        return False  # "after the first on 2 October": the rank stands for the talks' noun
    # "The Hamas team is headed by X, who survived the strike in Doha on 9 September": who
    # leads a side is told of the talks as their words are.
    return any(
        _STRONG_TRIGGER.search(text[s:e])
        or _WEAK_TRIGGER.search(text[s:e])
        or _DELEGATION_CUE.search(text[s:e])
        for i, (s, e) in enumerate(clauses)
        if i != index
    )


_HELD_RELATIVE = re.compile(
    r"\b(?:meeting|talks|session|round|negotiations)\b[^.;]{0,80}?\b(?:that|which)\s+"
    r"(?:took\s+place|was\s+held|were\s+held)\b",
    _I,
)


def _muted(clause: str) -> bool:
    """A hypothetical or negated clause says nothing about a real round.

    A hypothesis after a verb that reports the round as held ("held talks and agreed that
    experts would work on a possible deal") is about what comes next, not about the talks.
    """
    negated = _NEGATED.search(clause)
    if negated is not None:
        # "Ukraine was not invited to the meeting ... that took place in Riyadh on 18
        # February": the meeting the negation names is told as held.
        return not _HELD_RELATIVE.search(clause, negated.end())
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


# "a summit called after an Israeli air strike": the side that struck is not at the table.
_ATTACKER = re.compile(
    r"\S+(?:\s+\S+)?\s+(?:(?:air|missile|drone|rocket|artillery)\s+)?(?:strikes?|attacks?|"
    r"raids?|bombing|bombardment|shelling|offensive|assault|incursion)\b",
    _I,
)


# A strong trigger that is only a signing ("signed an agreement", "put their signatures
# to"), unless what was signed is a truce or a peace.
_SIGNING = re.compile(
    r"(?!.*\b(?:ceasefire|cease-fire|truce|peace|armistice)\b)(?:sign|put|set|.*\bsigned$)", _I
)
# Signers named without a name: "they signed", "the two sides signed".
_SIGNING_SIDES = re.compile(
    r"\b(?:they|both\s+sides|the\s+(?:two\s+)?(?:sides|parties|delegations|leaders|"
    r"countries|governments|neighbou?rs|rivals|foes|negotiators|ministers|presidents))\b",
    _I,
)


# "On 10 July they held their first one-on-one meeting in Abu Dhabi": the sides of the
# article, told by a pronoun, recalling a sitting of their own. With a venue and a day it is
# a round of the article's conflict though the sentence names neither side.
_THEIR_MEETING = re.compile(
    r"\btheir\s+(?:(?:very|own)\s+)?(?:first|previous|last|earlier|initial|second|third)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|encounter|session|sitting|talks)\b",
    _I,
)


# A sitting named by its rank, then said held: "The first meeting took place on 23 and 24
# January", "the second session was held on 4 February". Not "the first meeting of the
# cabinet took place" (the verb must follow the sitting's noun).
_RANKED_SITTING_HELD = re.compile(
    r"\b(?:the|their|its|that)\s+(?:first|second|third|fourth|fifth|sixth|previous|last|"
    r"earlier|latest|initial|opening)\s+(?:[\w'’-]+\s+)?(?:meeting|session|sitting|encounter)\s+"
    r"(?:(?:had\s+)?(?:took\s+place|taken\s+place|was\s+held|were\s+held|been\s+held|happened|"
    r"opened|ended|closed|convened)\b|"
    # "since the first trilateral meeting, held on 23 and 24 January": the participle told
    # of the ranked sitting, with its day or place.
    r"\s*,?\s*(?:held|convened|hosted)\s+(?:in|on|at|from|between|over)\b)|"
    # "The first two were held in Abu Dhabi, on 23 and 24 January and again on 4 February".
    rf"{_RANKED_SITTINGS_HELD_TEXT}",
    _I,
)


# "since the two men met in Berlin": the pair is the one named before, if two sides' envoys.
_THE_TWO_MET = re.compile(
    r"\bthe\s+two\s+(?P<who>men|women|leaders|ministers|foreign\s+ministers|presidents|premiers|"
    r"prime\s+ministers|envoys|negotiators)\s+(?:(?:had|have|last|first|previously|also)\s+)?"
    # "a declaration the two ministers signed in the same building": signers are a sitting too.
    r"(?:met|held\s+talks|sat\s+down|came\s+together|signed|initialled|initialed|"
    # "the two presidents talked for some three hours": the pair at one table (a call is
    # muted as ever, _PHONE).
    r"talked(?!\s+(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone)))\b|"
    # "a rare encounter between the two leaders in Abu Dhabi on July 10".
    r"\b(?:meeting|encounter|talks|summit|session|sitting)\s+between\s+the\s+two\s+"
    r"(?P<with>men|women|leaders|ministers|foreign\s+ministers|presidents|premiers|"
    r"prime\s+ministers|envoys|negotiators)\b",
    _I,
)
# Standing bodies in which the two sides sit together: "the General Border Committee is due
# to meet on 4 August", "the joint commission met in Baku". A sitting of one is a round of
# the conflict's two sides, named or not.
_JOINT_BODY = re.compile(
    r"\b(?:(?:general|regional)\s+border\s+committee|joint\s+(?:border\s+|military\s+|"
    r"security\s+|ceasefire\s+|boundary\s+)?(?:commission|committee)|"
    r"(?:border|boundary)\s+(?:delimitation\s+)?commissions?)\b",
    _I,
)
_THE_TWO_BACK = 6  # sentences back where "the two men" may have been named
_THE_TWO_STORY = 20  # sentences back where the pair of a dated, placed sitting may be
# The roles "the two presidents" and the like stand for: a pair looked for paragraphs back
# must hold the office named, so that "the two presidents" are not their foreign ministers.
_PAIR_ROLES = {
    "presidents": re.compile(r"^president\b", _I),
    "premiers": re.compile(r"^prime\s+minister\b", _I),
    "prime ministers": re.compile(r"^prime\s+minister\b", _I),
    "foreign ministers": re.compile(r"^foreign\s+minister\b", _I),
    "leaders": re.compile(r"^(?:president|prime\s+minister|leader)\b", _I),
}


def _pair_of(heads: Sequence[tuple[str, str]], parties: Sequence[str]) -> list[tuple[str, str]]:
    """The two of ``heads`` (name, side) that "the two" stand for: the two parties if both
    are named, else both of them if they are two sides, one a party; else none."""
    sides = {side for _, side in heads}
    if len(sides & set(parties)) >= 2:
        return [(name, side) for name, side in heads if side in parties]
    if len(sides) == 2 and sides & set(parties):
        return list(heads)
    return []


# Sides taking turns at separate sittings with a go-between: "The Ukrainians went first, on
# Sunday", "On Monday it was Moscow's turn", "the Americans saw the Ukrainians again on
# Tuesday". Each turn is a round of its own, of the go-between and that one side.
_TURN = re.compile(
    r"\b(?:went|came|were|was)\s+first\b|['’]s\s+turn\b|"
    r"\b(?:saw|met|received)\s+(?:the\s+)?[\w'’-]+\s+(?:first|again)\b|"
    # "Ukraine's delegation held its own session with the Americans on Sunday".
    r"\b(?:held|had)\s+(?:its|their)\s+own\s+(?:[\w'’-]+\s+)?(?:session|meeting|talks|round|"
    r"sitting)\s+with\b",
    _I,
)


def _turn_side(piece: _Piece, ctx: _Context, *, told: bool = True) -> str | None:
    """The one side of the conflict whose turn at the table a piece tells of, if any;
    ``told``: only where the piece says it was a turn."""
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None or (told and not _TURN.search(piece.text)):
        return None
    sides = {a for m in ctx.kb.find(piece.text) if (a := _actor_of(m, ctx)) is not None}
    sides &= set(conflict.parties)
    return next(iter(sides)) if len(sides) == 1 else None


def _turns(pieces: Sequence[_Piece], ctx: _Context) -> dict[int, str]:
    """The side of each dated turn the article's round is told in, when two sides or more
    took turns ("the Ukrainians went first, on Sunday; on Monday it was Moscow's turn").
    Once one sitting is told as a side's own turn ("Ukraine's delegation held its own
    session with the Americans on Sunday"), another day's sitting of the round naming one
    other side ("American and Russian officials talked for twelve hours on Monday") is that
    side's turn."""
    reported = [
        p
        for p in pieces
        if p.conflict == ctx.dominant
        and p.kind is MentionKind.REPORT
        and p.follows is None
        and p.dates
    ]
    turns: dict[int, str] = {}
    for piece in reported:
        side = _turn_side(piece, ctx)
        if side is not None:
            turns[id(piece)] = side
    told_days = {d.first for p in reported if id(p) in turns for d in p.dates}
    for piece in reported:
        days = {d.first for d in piece.dates}
        if turns and id(piece) not in turns and not days & told_days:
            side = _turn_side(piece, ctx, told=False)
            if side is not None and side not in turns.values():
                turns[id(piece)] = side
    return turns if len(set(turns.values())) >= 2 else {}


def _turn_of(piece: _Piece, turns: dict[int, str], ctx: _Context) -> str | None:
    """The side whose turn a piece of the article's round tells of: its own turn, the one
    side of the turns it names, or the turn it follows within a paragraph. A new paragraph
    ("The result was a pair of partial understandings") sums up the turns together."""
    own = turns.get(id(piece))
    if own is not None:
        return own
    sides = set(turns.values())
    named = {c.value for c in piece.claims if c.field is Field.PARTICIPANT} & sides
    for c in piece.claims:
        if c.field is Field.HEAD:
            with contextlib.suppress(KeyError):
                named |= {ctx.kb.person(c.value).affiliation} & sides
    if len(named) == 1:
        return next(iter(named))
    if piece.follows is not None and piece.follows.sentence.paragraph == piece.sentence.paragraph:
        return turns.get(id(piece.follows))
    return None


def _their_sides(piece: _Piece, earlier: Sequence[Sentence], ctx: _Context) -> None:
    """Give a recalled sitting told of by "their" the sides and heads just named before it
    ("Have Aliyev and Pashinyan met alone? Yes. On 10 July they held their first ..."), or
    by "the two men" the pair the article is about, named a paragraph before or so."""
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None:
        return
    # "The Bangkok round was the first since the two men met": the metonym is no side, but
    # "the two men" are still to be named.
    if (
        _JOINT_BODY.search(piece.text)
        and len(conflict.parties) == 2
        and not any(c.field is Field.PARTICIPANT for c in piece.claims)
    ):
        # A joint body's sitting: the conflict's two sides, though neither is named.
        for side in conflict.parties:
            piece.claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, 0))
        return
    told: tuple[Field, ...] = (Field.HEAD,)
    two = _THE_TWO_MET.search(piece.text)
    story = False
    if _THEIR_MEETING.search(piece.text):
        earlier, told = earlier[-2:], (Field.PARTICIPANT, Field.HEAD)
    elif two is None:
        return
    elif piece.dates and piece.city is not None:
        # "The two presidents last met on 15 August in Anchorage": a dated sitting of the
        # pair the story is about, who may have been named paragraphs before, and one of
        # whom may be the go-between (Trump and Putin), as in _leaders_meet.
        earlier, story = earlier[-_THE_TWO_STORY:], True
    else:
        earlier = earlier[-_THE_TWO_BACK:]
    if any(c.field in told for c in piece.claims):
        return
    who = (two.group("who") or two.group("with")) if two else None
    role = _PAIR_ROLES.get(" ".join(who.lower().split())) if who else None
    # A pair of the two sides anywhere in the look back outranks a side and its go-between
    # named nearer ("Aliyev thanked Trump" after "Aliyev and Pashinyan").
    for go_between in (False, True) if story else (False,):
        if _name_pair(piece, earlier, ctx, role if story else None, go_between=go_between):
            return


def _name_pair(
    piece: _Piece,
    earlier: Sequence[Sentence],
    ctx: _Context,
    role: re.Pattern[str] | None,
    *,
    go_between: bool,
) -> bool:
    """Give ``piece`` the heads and sides of the nearest earlier sentence naming two sides of
    its conflict, or with ``go_between`` a side and a usual go-between (holding ``role``, the
    office "the two presidents" name, if given); whether it found them."""
    conflict = ctx.conflicts[piece.conflict]
    table = set(conflict.parties) | (set(conflict.usual_mediators) if go_between else set())
    for sentence in reversed(earlier):
        heads: list[tuple[str, str]] = []
        for m in ctx.kb.find(sentence.text):
            if m.kind != "person":
                continue
            with contextlib.suppress(KeyError):
                person = ctx.kb.person(m.key)
                side = person.affiliation
                if role is not None and not role.match(person.role):
                    continue
                if side in table and (m.key, side) not in heads:
                    heads.append((m.key, side))
        if go_between:
            heads = _pair_of(heads, conflict.parties)
        if len({side for _, side in heads}) >= 2:
            for name, side in heads:
                piece.claims.append(_Pending(Field.HEAD, name, _INFERRED, 0, side))
                piece.claims.append(_Pending(Field.PARTICIPANT, side, _INFERRED, 0))
            return True
    return False


def _signers_of_conflict(piece: _Piece, ctx: _Context) -> bool:
    """Whether a signing sentence names a side, a go-between or the conflict itself."""
    roles = (Field.PARTICIPANT, Field.MEDIATOR, Field.HEAD, Field.MEMBER)
    if any(c.field in roles for c in piece.claims):
        return True
    if any(m.kind in ("actor", "person", "conflict") for m in ctx.kb.find(piece.text)):
        return True
    return _SIGNING_SIDES.search(piece.text) is not None


# A gathering of many governments: "leaders and ministers from around thirty countries",
# "representatives of more than 40 nations". Friends of one side conferring, not its talks
# with the other (see _allies_only).
_MANY_NATIONS = re.compile(
    r"\b(?:leaders|ministers|officials|representatives|delegates|envoys|heads\s+of\s+state)\s+"
    r"(?:and\s+[\w-]+\s+)?(?:from|of)\s+(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+|roughly\s+)?(?:\d{2,3}|a\s+dozen|dozens|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|(?:twenty|thirty|forty|fifty)-\w+)\s+(?:of\s+)?"
    r"(?:other\s+)?(?:countries|nations|states|governments|allies)\b",
    _I,
)


@functools.lru_cache(maxsize=8)
def _allies_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the vocabulary's gatherings of allies, longest first."""
    if not phrases:
        return None
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b", _I)


# Allies as the subject: "Allies sign declaration at Paris summit", "Kyiv's European allies
# met in London". Elsewhere in a sentence allies are as often onlookers of real talks.
_ALLIES_SUBJECT = re.compile(
    r"^\s*(?:[\w'’-]+\s+)?(?:(?:western|european|nato|gulf|arab|regional)\s+)?"
    r"(?:allies|backers|partners)\b(?!['’])",
    _I,
)


def _both_sides_sit(piece: _Piece, ctx: _Context) -> bool:
    """Whether the piece puts both sides of its conflict at the table: named as sitting, or
    by their leaders or envoys, not only inferred from a mention ("countries that support
    Ukraine", "a ceasefire with Russia" name the sides a gathering of allies is about, not
    two who sit at it)."""
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None:
        return False
    inferred = _INFERRED * (_TITLE_FACTOR if piece.sentence.title else 1.0) + 1e-9
    named = {
        c.value
        for c in piece.claims
        if c.field in (Field.PARTICIPANT, Field.MEDIATOR) and c.confidence > inferred
    }
    named |= {c.party for c in piece.claims if c.field in (Field.HEAD, Field.MEMBER) and c.party}
    return len(named & set(conflict.parties)) >= 2


def _allies_only(piece: _Piece, ctx: _Context) -> bool:
    """Whether a piece tells of a gathering of one side's allies ("Leaders of the coalition
    of the willing met in Paris and signed a declaration", "ministers from thirty countries
    gathered at the Elysee") at which the sentence does not put both sides of the conflict:
    their friends planning support, not a round. Such a gathering's city is remembered: a
    later "the Paris discussions" of the same article, with no two sides named, is it again.
    """
    if _both_sides_sit(piece, ctx):
        return False
    cities = {c.value for c in piece.claims if c.field is Field.CITY}
    if cities and all((piece.conflict, city) in ctx.allied_venues for city in cities):
        return True
    allies = _allies_pattern(ctx.kb.vocabulary.allies)
    if not (
        _MANY_NATIONS.search(piece.text)
        or _ALLIES_SUBJECT.match(piece.text)
        or (allies and allies.search(piece.text))
    ):
        return False
    ctx.allied_venues.update((piece.conflict, city) for city in cities)
    return True


# "The December 3 meeting", "their 14 May session": a sitting named by its day, the date
# standing as its attribute between the article and the noun.
_BEFORE_DAY_NAMED = re.compile(r"\b(?:the|their|its|that)\s+$", _I)
_AFTER_DAY_NAMED = re.compile(r"\s+(?:meeting|session|sitting|encounter)\b", _I)


def _day_named_sitting(piece: _Piece) -> bool:
    """Whether the piece names a sitting by its calendar day ("the December 3 meeting")."""
    text = piece.sentence.text
    return any(
        d.kind is DateKind.EXPLICIT
        and d.first is not None
        and _BEFORE_DAY_NAMED.search(text, max(0, d.start - 8), d.start) is not None
        and _AFTER_DAY_NAMED.match(text, d.end) is not None
        for d in piece.dates
    )


def _joint_body_dated(piece: _Piece) -> bool:
    """Whether a clause of ``piece`` has a joint body meeting on a day of its own: "the
    General Border Committee is due to meet on 4 August", not "commanders meet this
    morning, and a border committee meeting would follow"."""
    text = piece.sentence.text
    spans = piece.spans
    for at, (start, end) in enumerate(spans):
        clause = text[start:end]
        if not (_JOINT_BODY.search(clause) and _WEAK_TRIGGER.search(clause)):
            continue
        if any(start <= d.start < end for d in piece.dates):
            return True
        if at + 2 < len(spans) and _RELATIVE_INSERT.match(text, spans[at + 1][0]):
            # "a meeting of the General Border Committee, which brings together the
            # defence ministers, is to be held on 4 August": the body's own verb and day
            # resume after the relative clause.
            lo, hi = spans[at + 2]
            if _VERB_RESUMES.match(text, lo) and any(lo <= d.start < hi for d in piece.dates):
                return True
    return False


_RELATIVE_INSERT = re.compile(r"[\s,]*(?:which|who|that)\b", _I)
_VERB_RESUMES = re.compile(r"[\s,]*(?:is|are|was|were|will|would|has|had|meets|met)\b", _I)


_PLACE_AFTER_SITTING = 12  # characters between "the latest session" and its place


def _sole_sitting(piece: _Piece) -> bool:
    """Whether the piece names a sitting as one of a process (_SITTING_NAMED) and dates it,
    or places it right after its noun ("the latest session in Istanbul"; not "The fourth
    round came as Trump prepared to tour the Gulf, with stops in Riyadh")."""
    text = piece.sentence.text
    named = [m.end() for m in _SITTING_NAMED.finditer(text)]
    if not named:
        return False
    if piece.dates:
        return True
    return any(
        c.field is Field.CITY
        and c.confidence >= _CONFIDENT
        and any(0 <= c.anchor - end <= _PLACE_AFTER_SITTING for end in named)
        for c in piece.claims
    )


def _speaks_of_a_round(piece: _Piece, ctx: _Context) -> bool:
    if _allies_only(piece, ctx):
        return False
    if _talks_with_a_friend(piece, ctx):
        return False
    triggers = [t.group(0) for t in _STRONG_TRIGGER.finditer(piece.text)]
    if (
        piece.strong
        and triggers
        and all(_MEET_AGAIN.fullmatch(t) for t in triggers)
        and not (piece.dates or any(c.field is Field.CITY for c in piece.claims))
    ):
        # "They agreed to meet again": a next sitting with no day or place is what the
        # round reported agreed, which the sentences referring back to it carry.
        return False
    if _TALKS_IN_TWO_CITIES.search(piece.text) and not any(
        d.kind is not DateKind.ROUGH for d in piece.dates
    ):
        # "Talks in Cairo and Doha in the spring produced proposals": talks held here and
        # there, with no day, are no sitting in particular.
        return False
    if triggers and all(_SEVERAL_ROUNDS.fullmatch(t) for t in triggers) and not piece.dates:
        # "As in earlier rounds in Abu Dhabi": several rounds without their days are none
        # of them in particular.
        return False
    if (
        piece.strong
        and triggers
        and all(_SIGNING.match(t) for t in triggers)
        and not _signers_of_conflict(piece, ctx)
    ):
        # "The council signed an agreement to share camera footage with the police": a
        # document signed by nobody of the conflict is any body's paperwork, not a round.
        return False
    if piece.strong:
        return bool(piece.claims or piece.dates)
    if (
        piece.conflict == ctx.dominant
        and piece.dates
        and _THEIR_MEETING.search(piece.text)
        and any(c.field is Field.CITY and c.confidence >= _CONFIDENT for c in piece.claims)
    ):
        return True
    if piece.conflict == ctx.dominant and piece.dates and _turn_side(piece, ctx) is not None:
        return True
    if piece.conflict == ctx.dominant and piece.dates and _RANKED_SITTING_HELD.search(piece.text):
        # "The first meeting took place on 23 and 24 January": a sitting of the article's
        # talks, told by its rank, needs no side named again.
        return True
    if piece.conflict == ctx.sole and _sole_sitting(piece):
        # "Wednesday's meeting lasted forty minutes", "after the latest session in
        # Istanbul": in an article about one process, a sitting named as one of its own,
        # placed or dated, needs no side named again.
        return True
    if piece.conflict == ctx.dominant and _day_named_sitting(piece):
        # "The December 3 meeting, the first in the new format, was seen as a test": a
        # sitting of the article's talks, told by its day, needs no side named again.
        return True
    if piece.conflict == ctx.dominant and _joint_body_dated(piece):
        # "the General Border Committee is due to meet on 4 August": the body is the two
        # sides at one table (_their_sides names them).
        return True
    if (
        piece.conflict == ctx.dominant
        and piece.dates
        and _THE_TWO_MET.search(piece.text)
        and any(c.field is Field.CITY and c.confidence >= _CONFIDENT for c in piece.claims)
    ):
        # "The two presidents last met on 15 August in Anchorage": the pair the article is
        # about, recalled at a sitting with its day and venue, as "their first meeting" is.
        # _their_sides names them from the sentences before.
        return True
    if not _WEAK_TRIGGER.search(piece.text):
        return False
    # "meeting", "summit": only with both sides at the table, or a go-between at work, or
    # one side meeting others face to face ("met their counterparts from Britain").
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None:
        return False
    if any(c.field is Field.MEDIATOR and c.value not in conflict.parties for c in piece.claims):
        return True
    sides = {
        c.value
        for c in piece.claims
        if c.field is Field.PARTICIPANT and not _ATTACKER.match(piece.sentence.text, c.anchor)
    }
    firm = {
        c.value
        for c in piece.claims
        if c.field is Field.PARTICIPANT and c.confidence >= _CONFIDENT * _TITLE_FACTOR
    }
    return (
        len(sides & set(conflict.parties)) >= 2
        or (
            bool(sides & set(conflict.parties))
            and len(firm) >= 2
            and _COUNTERPARTS.search(piece.text) is not None
        )
        or _leaders_meet(piece, conflict, ctx.kb)
        or (
            # "Ukrainian and American officials met in Geneva on 23 November": a side and
            # the process's usual go-between, at a table placed and dated.
            bool(sides & set(conflict.parties))
            and len(sides & (set(conflict.parties) | set(conflict.usual_mediators))) >= 2
            and any(d.first is not None and d.kind is not DateKind.ROUGH for d in piece.dates)
            and any(c.field is Field.CITY and c.confidence >= _CONFIDENT for c in piece.claims)
        )
    )


# "to travel to Paris next week for talks with Emmanuel Macron": whom the talks are with.
_TALKS_WITH_SOMEONE_IN = re.compile(r"\b(?:talks|meetings?|consultations)\s+with\b", _I)
_TALKS_WITH_SOMEONE = re.compile(
    r"\b(?:talks|meeting|meetings|consultations)\s+with\s+(?:[\w.'’-]+\s+){0,3}?$", _I
)


def _talks_with_a_friend(piece: _Piece, ctx: _Context) -> bool:
    """Whether the piece's talks are one side's with the leader of a country that is neither
    a side nor a usual go-between of the conflict (nor a side of another war), and no one
    else sits: "Zelensky is to travel to Paris for talks with Emmanuel Macron" is a visit
    to a friend, no round of the war."""
    conflict = ctx.conflicts.get(piece.conflict)
    if conflict is None or any(c.field is Field.MEDIATOR for c in piece.claims):
        return False
    text = piece.sentence.text
    if not _TALKS_WITH_SOMEONE_IN.search(text):
        return False  # the cheap test first: most sentences talk with no one
    named = [(m, a) for m in ctx.kb.find(text) if (a := _actor_of(m, ctx)) is not None]
    sides = {c.value for c in piece.claims if c.field is Field.PARTICIPANT}
    sides |= {a for _, a in named}
    if len(sides & set(conflict.parties)) != 1:
        return False
    # A side of another war tracked ("talks with Iran ... and with Russia") is another table.
    known = set(conflict.parties) | set(conflict.usual_mediators)
    known |= {p for c in ctx.conflicts.values() for p in c.parties}
    # A leader named ("talks with Emmanuel Macron"), not delegations ("talks with their
    # British, French and German counterparts" is a table of its own).
    return any(
        m.kind == "person"
        and actor not in known
        and _TALKS_WITH_SOMEONE.search(text[max(0, m.start - 60) : m.start])
        for m, actor in named
    )


def _leaders_meet(piece: _Piece, conflict: Conflict, kb: KnowledgeBase) -> bool:
    """Whether the people a meeting sentence names stand for two sides of the conflict's
    table, one of them a party: "a summit with Vladimir Putin in Budapest", said by Trump.
    """
    sides: set[str] = set()
    for m in kb.find(piece.text):
        if m.kind == "person":
            with contextlib.suppress(KeyError):
                sides.add(kb.person(m.key).affiliation)
    table = set(conflict.parties) | set(conflict.usual_mediators)
    return bool(sides & set(conflict.parties)) and len(sides & table) >= 2


# --- sentences that refer back ------------------------------------------------------------

# Words that point back to the round just spoken of. Across a paragraph break only the
# explicit ones count: "they" may by then mean anyone.
_REFERS_BACK_EXPLICIT = re.compile(
    r"\b(?:the|that|this|these|those|their|its)\s+(?:\w+\s+)?(?:meeting|session|talks|round|"
    # "he said the contacts would continue": the word of Russian readouts for talks.
    r"discussions?|negotiations|encounter|consultations|exchanges?|conversations?|contacts)\b|"
    # "That summit lasted three hours and ended without a deal": the leaders' meeting just
    # told of (with no word between, not "the NATO summit").
    r"\b(?:that|this|the)\s+summit\b|"
    # "A Hamas official said the first day had been positive": a day of the round.
    r"\bthe\s+(?:first|second|third|opening|final|last)\s+day\b(?!\s+of\s+(?:the\s+)?(?:war|"
    r"invasion|offensive|fighting|truce|ceasefire))|"
    # Not "homes on both sides of the frontier", which is where the war is.
    r"\b(?:both|the\s+two|each)\s+(?:sides?|delegations|teams|men|leaders|parties)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:border|frontier|boundary|front\s+line|line|river)\b)|"
    # "The committee agreed to meet again": the body that sat, named as such.
    r"\bthe\s+(?:sides|delegations|parties|negotiators|atmosphere|committee|commission)\b|"
    # "Under the deal, Hamas is to free the hostages", "The document falls short of a
    # truce": the text the round produced.
    r"\bunder\s+the\s+(?:deal|agreement|arrangement|accord|text|terms|document)\b|"
    # "Under its terms, a ceasefire takes effect within 24 hours": the deal's own terms.
    r"^\s*under\s+(?:its|their)\s+terms\b|"
    r"^\s*the\s+(?:text|document|declaration|deal|accord)\b|"
    # "The ceremony followed months of talks brokered by Qatar": the signing just told of.
    r"^\s*the\s+(?:signing\s+)?ceremony\b|"
    # "Around the table: X for the United States; Y for Ukraine": the line-up of the talks.
    r"^\s*(?:around|at)\s+the\s+(?:negotiating\s+)?table\s*:|"
    # "The result was a pair of partial understandings": what the round produced.
    # "The one tangible result is a prisoner exchange": with its adjectives too.
    r"^\s*the\s+(?:[\w-]+\s+){0,3}?(?:results?|outcomes?)\s+(?:was|is|were|are)\b|"
    # "Security guarantees were also on the agenda": what the round dealt with.
    r"\b(?:was|were|is|are)\s+(?:also\s+)?on\s+the\s+agenda\b|"
    # "Much of the time was spent on territory": what the talks dealt with.
    r"\b(?:time|hours|agenda)\b[^.;]{0,30}?\b(?:spent|focus\w*|cent(?:red|ered)|dominated)\s+"
    r"(?:on|by)\b|"
    # "the morning was spent on the military questions": a part of the talks, and its matter.
    r"\b(?:morning|afternoon|evening|day|days|session|sessions)\s+(?:was|were|had\s+been|has\s+"
    r"been)\s+(?:largely\s+|mostly\s+|mainly\s+|entirely\s+)?(?:spent|taken\s+up)\s+(?:on|with)\b",
    _I,
)
# "Medinsky told reporters the sessions had been difficult": the sittings of the round, in
# the plural, pointed back at for how they went. Only for that: "Hamas did not send anyone
# to the sessions; its negotiator was kept informed" does not put him at the table.
_SITTINGS_BACK = re.compile(
    r"\b(?:the|these|those|their)\s+(?:\w+\s+)?(?:sessions|meetings|rounds|sittings)\b", _I
)
_CALLED_IT_OFF = re.compile(r"\bcalled\s+(?:it|them)\s+off\b", _I)
_REFERS_BACK = re.compile(
    # "We decided to continue": in the paragraph of the round, a side's own voice.
    r"^\s*(?:they|both|the\s+two|each)\b|\b(?:they|we)\s+(?:\w+\s+)?(?:agreed|decided)\b|"
    r"\bthe\s+mood\b|"
    # "The Tashkent Declaration they signed promised ...": the text the sides just told of
    # put their names to, named before them.
    r"\b(?:declaration|agreement|accord|treaty|pact|communiqu[eé])\s+(?:that\s+|which\s+)?"
    r"they\s+(?:had\s+)?(?:then\s+|finally\s+)?signed\b|"
    rf"{_CALLED_IT_OFF.pattern}",
    _I,
)
# A narrator's statement outweighs a side's: claims a speaker makes count for less.
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|according\s+to|called|calls|described|describes|claimed|claims|"
    r"insisted|insists|stressed|argued|tweeted|wrote)\b",
    _I,
)
_ATTRIBUTION_FACTOR = 0.75
_QUOTE_FACTOR = 0.6


_BREAKTHROUGH = re.compile(r"\bbreakthroughs?\b", _I)
_SAID_HE = re.compile(
    r"[\"”’']\s*,?\s*(?:he|she)\s+(?:said|added|told|insisted|stressed)\b|"
    r"^\s*(?:he|she)\s+(?:said|added|told|insisted|stressed)\b",
    _I,
)
# A transcript's turn: "MEDINSKY (VOICE OF INTERPRETER): ...", "ARAGHCHI (TRANSLATION): ...".
_SPEAKER_TURN = re.compile(
    r"^([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*(?:\([^)]{0,40}\))?\s*:\s"
)


def _negotiator_speaks(text: str, conflict: Conflict | None, kb: KnowledgeBase) -> bool:
    """Whether a transcript's turn is spoken by a person of the round's sides or go-betweens.

    The label is in capitals ("MEDINSKY:"), which names are not found in, so it is read
    again in title case.
    """
    turn = _SPEAKER_TURN.match(text)
    if turn is None:
        return False
    return _speaker_known(kb.find(turn.group(1).title()), conflict, kb)


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


# What may stand before the subject of a clause: "the", "and", "Yemen's government and the".
_SUBJECT_BEFORE = re.compile(
    r"^\s*(?:(?:and|but|while|whereas|the|[\w'’-]+['’]s\s+[\w\s-]{0,40}?\s+and\s+the)\s+)*$",
    _I,
)


# Words that say what talks dealt with: "centred on where the line of contact would run".
_TOPIC_CUE = re.compile(
    r"\b(?:focus(?:ed|sed|ing)?\s+on|cent(?:red|ered)\s+on|dealt\s+with|deal\s+with|covered|"
    r"discuss(?:ed|ing)?|spent\s+on|revolved\s+around|agenda|covers|covering|"
    # "to close the remaining gaps over a ceasefire": what divides the sides is at issue.
    r"(?:gaps?|differences|disagreements?|divisions)\s+(?:over|on)|"
    # "Enrichment remains the core dispute", "territory was again the main sticking point":
    # the matter the talks turn on.
    r"sticking\s+points?|stumbling\s+blocks?|bones?\s+of\s+contention|(?:core|main|key|central|"
    r"thorniest|biggest|hardest)\s+(?:dispute|issue|question|obstacle|disagreement))\b",
    _I,
)
_POSITION = re.compile(
    r"\b(?:wants?|demands?|demanding|insists?|insisting|seeks?|seeking|red\s+lines?)\b", _I
)


_READY_TO_GO_ON = re.compile(
    r"(?:are|is|was|were|remain\w*|stand\w*|stood)\s+(?:ready|prepared|willing)\s+to\s+continue\b",
    _I,
)


def _label_in_doubt(text: str, claim: _Pending) -> bool:
    """Whether a label stands in a doubtful clause that still tells how the talks went.

    "The discussion centred on how a ceasefire could be monitored": the ceasefire is in
    doubt, not the fact that it was discussed. "The talks had been constructive and could
    continue": the doubt comes after the mood and is about what follows.
    """
    if claim.field is Field.FORMAT and claim.value == "indirect":
        # "The two envoys did not meet face to face": the denial is the format.
        return True
    if claim.field in (Field.HEAD, Field.PARTICIPANT) and _NOT_FACE_TO_FACE.search(text):
        # ... and it still puts both envoys at the talks.
        return True
    if claim.field in (Field.ATMOSPHERE, Field.OUTCOME):
        # "Kyiv would accept a truce if Moscow did": the doubt after the outcome is about
        # what comes next.
        start = next((s for s, e in _clauses(text) if s <= claim.anchor < e), 0)
        before = text[start : claim.anchor]
        return not (_NEGATED.search(before) or _HYPOTHETICAL.search(before))
    if claim.field is Field.AGREED_TO_CONTINUE and _READY_TO_GO_ON.match(text, claim.anchor):
        # "We are ready to continue contacts", said after the round: the readiness is the
        # side's word that the talking goes on, unless a doubt comes before it ("if the
        # talks succeed, we are ready to continue"), in its clause or an earlier one.
        before = text[: claim.anchor]
        return not (_NEGATED.search(before) or _HYPOTHETICAL.search(before))
    if claim.field is Field.TOPIC:
        # "Moscow proposed short truces along the front", "Ukraine offered neutrality in
        # return for guarantees": what a side puts on the table is what the talks dealt
        # with; only a condition ("if", "could") leaves the matter itself in doubt.
        # The topic is the object of the proposal, which comes before it.
        start, end = next(((s, e) for s, e in _clauses(text) if s <= claim.anchor < e), (0, 0))
        clause = text[start:end]
        if (
            _HYPOTHETICAL.search(text, start, claim.anchor)
            and not _NEGATED.search(clause)
            and not _CONDITION.search(clause)
        ):
            return True
    return claim.field is Field.TOPIC and _TOPIC_CUE.search(text, 0, claim.anchor) is not None


_CONDITION = re.compile(
    r"\b(?:could|might|(?-i:may)|would|(?i:if|whether)|unless|possibl[ey])\b", _I
)


_NOT_FACE_TO_FACE = re.compile(
    r"\b(?:did\s+not|didn['’]t|never)\s+meet\s+(?:face\s+to\s+face|directly|in\s+person)\b", _I
)
_HOW_IT_WENT = frozenset({Field.OUTCOME, Field.ATMOSPHERE, Field.AGREED_TO_CONTINUE})
# Under a dated entry of a chronology, the format tells of the entry's sitting as well:
# "April 19, Rome: held at the Omani embassy, again indirect."
_HOW_IT_SAT = _HOW_IT_WENT | {Field.FORMAT}
_OBJECT_OF = re.compile(
    # "a plan to end the war with Russia": the enemy of the side at the table, too.
    r"\b(?:invasion|war|fighting|attacks?|offensive|occupation|disarmament|disarming|aggression)\s+"
    r"(?:of|in|on|against|with|by)\s+(?:the\s+)?$|"
    # "to secure a ceasefire in Ukraine", "to end the war between Israel and Hezbollah": the
    # war the talks are about, its sides named whether or not they sit at this table.
    r"\b(?:war|conflict|fighting|hostilities|ceasefire|cease-fire|truce)\s+(?:in|between)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+and\s+(?:the\s+)?)?$",
    _I,
)
# "Austria is only lending the room", "Norway did not seek the role of mediator": a host
# told to stay out of the talks, so no actor but the sides is at the table in the sentence.
_ONLY_THE_ROOM = re.compile(
    r"\b(?:only|merely|just|simply)\s+(?:offering|offered|offers|providing|provided|provides|"
    r"lending|lent|lends)\s+(?:a\s+|the\s+|its\s+)?(?:[\w'’-]+\s+)?(?:venue|room|rooms|"
    r"premises|hospitality)\b|\b(?:did|does|do|would|will)\s+not\s+(?:claim|seek|want|take|"
    r"play|assume)\s+(?:the\s+|a\s+|any\s+)?role\s+(?:of|as)\s+(?:a\s+|the\s+)?mediator\b",
    _I,
)
# "ending the Ukraine war": the country names the war. "Russia's war", "Moscow's invasion":
# the side that wages it, named as the talks' subject.
_POSTED_TO = re.compile(
    r"\b(?:ambassador|envoy|embassy|consul|charg[eé]\s+d['’]affaires)\s+(?:to|in)\s+(?:the\s+)?$",
    _I,
)
_NAMES_THE_WAR = re.compile(
    r"^\s+(?:war|conflict|crisis)\b|^['’]s\s+(?:(?:full-scale|ongoing|brutal)\s+)?"
    r"(?:war|invasion|aggression|offensive)\b|"
    # "talks in the Yemeni capital", "on Ukrainian soil": the land, not a side at the table.
    r"^\s+(?:capital|city|cities|coast|coastline|port|soil|territory|countryside|province|"
    r"provinces|mountains|highlands|desert|airspace|waters)\b",
    _I,
)
# "the Rwanda-backed rebels", "a Moscow-installed official": an adjective for another actor.
_BACKER = re.compile(
    r"^\s*[-–]\s*(?:backed|supported|allied|aligned|sponsored|armed|installed|appointed|"
    r"controlled|funded)\b",
    _I,
)
# "a deal without Ukraine": a side left out of what is told.
_LEFT_OUT = re.compile(r"\b(?:without|excluding|excluded)\s+(?:the\s+|a\s+|any\s+)?$", _I)


def _both_sides(matches: Sequence[Match], conflict: Conflict | None) -> bool:
    """Whether two sides of the round are named: then the sentence tells of their dealings."""
    if conflict is None:
        return False
    return len({m.key for m in matches if m.kind == "actor"} & set(conflict.parties)) >= 2


_BACK_THEN = re.compile(r"\b(?:back\s+then|then|at\s+the\s+time|in\s+those\s+days)\s*[.!]?\s*$", _I)


# "Since then, the two sides have exchanged prisoners": what came after the round.
_SINCE_THEN = re.compile(
    r"^\s*(?:since\s+then|since\s+that\s+(?:time|meeting|round|session)|in\s+the\s+"
    r"(?:days|weeks|months|years)\s+since)\b",
    _I,
)


def _errand(text: str, matches: Sequence[Match], ctx: _Context, conflict: Conflict | None) -> bool:
    """Whether a go-between of the conflict is told carrying the sides' words."""
    if not any(p.field is Field.FORMAT and p.value == "indirect" for p in _labels(text, matches)):
        return False
    return bool(
        _mediators(text, _actor_matches(matches))
        or _person_mediators(text, matches, ctx.kb, lambda _pos: conflict)
    )


# A sentence summing up what the talks dealt with or how they sat: "The subjects were
# enrichment and sanctions", "The main sticking point remains the Donbas", "The disputed
# points are familiar: ...", "The format was indirect". The bare "the issue is" or "the
# question was" is not enough: it may be any question.
_TALKS_SUMMED_UP = re.compile(
    r"^(?:[^.;]{0,40}?[-–:]\s+)?(?:(?:but|and|yet|still|now|so|here|for\s+now)\s*,?\s+)?"
    # "Iran insists the agenda is the nuclear file": a side's account of it.
    r"(?:(?:[\w'’]+\s+){1,3}?(?:says?|said|insists?|insisted|argues?|argued|notes?|noted|"
    r"adds?|added|stresses|stressed)\s+(?:that\s+)?)?"
    r"the\s+(?:(?:(?:main|key|central|core|chief|"
    r"principal|thorniest|hardest|biggest|disputed|outstanding|contested|remaining|only|"
    r"real)\s+)+(?:subjects?|topics?|issues?|points?|questions?|themes?|obstacles?|disputes?|"
    r"sticking\s+points?|stumbling\s+blocks?)|"
    # "The one tangible result is a prisoner exchange": what the talks came to, and so
    # what they dealt with (the outcome itself is told by the words of the round).
    r"(?:one|only|sole|main|chief|concrete|tangible|real|clearest|biggest)\s+(?:[\w-]+\s+)?"
    r"(?:results?|outcomes?|achievements?|deliverables?)|"
    r"subjects?|topics?|agenda|format|points?\s+(?:of|in)\s+dispute|sticking\s+points?|"
    r"stumbling\s+blocks?|bones?\s+of\s+contention|(?:issues?|subjects?|topics?|questions?)\s+"
    r"(?:discussed|raised|covered|on\s+the\s+table|under\s+discussion|at\s+issue))\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:again\s+|still\s+)?|"
    r"remains?\s+|remained\s+|included?\s+|includes\s+)",
    _I,
)


# "The agreement, set out in a 13-point joint statement, was signed by X and Y", "That accord
# was signed by the two foreign ministers": the text the talks just told of made, and who
# signed it.
_TEXT_SIGNED_BACK = re.compile(
    r"\s*(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|declaration|document|"
    r"text|statement|memorandum)\b[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:formally\s+|finally\s+|then\s+|later\s+)?signed\b",
    _I,
)
# A sentence that opens on "It" and goes on with what a deal does: "It took effect four days
# later and brought the release of 33 hostages", "It provides for an exchange of prisoners".
# Tied to the round only as a loose follow-up (topics and sides): how it fared later ("before
# it broke down in March") is not how the talks went.
_DEAL_PRONOUN = re.compile(
    r"^\s*it\s+(?:also\s+|then\s+|later\s+)?(?:took\s+effect|takes\s+effect|brought|brings|"
    r"secured|secures|provides?\s+for|provided\s+for|calls?\s+for|called\s+for|foresees|foresaw|"
    r"envisages?|envisaged|sets?\s+out|commits?|committed|paved\s+the\s+way|paves\s+the\s+way|"
    r"led\s+to|leads\s+to|included|includes|covers|covered|allows?\s+for|allowed\s+for)\b",
    _I,
)


# The terms of a deal, and the sentence after them that goes on listing what each side is
# to do: "Under the deal, fighting is to stop ... Aid is to enter the strip in larger amounts."
_UNDER_THE_TERMS = re.compile(
    r"^\s*under\s+(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|arrangement|"
    r"terms|text|plan|truce|ceasefire|declaration|memorandum|treaty)\b",
    _I,
)
_TERMS_GO_ON = re.compile(r"\b(?:is|are)\s+(?:also\s+)?to\s+(?:be\s+)?\w+|\bmust\b", _I)


def _signed_at(piece: _Piece) -> bool:
    """Whether the round of ``piece`` ended in a text agreed, so that "the declaration" and
    its terms, told next, are that text's."""
    return not piece.future and any(
        c.field is Field.OUTCOME and c.value in ("agreement", "partial_agreement")
        for c in (piece.follows or piece).claims + piece.claims
    )


# A question an explainer or an interviewer asks about the talks' matters: "What was
# discussed?", "AL-SAYED: What did they talk about?", "What is on the table?". The answer
# that follows sums up the agenda as a "the subjects were" sentence does.
_ASKED_WHAT = re.compile(
    r"^\s*(?:[\w'’ .-]{1,40}(?:\([^)]{0,40}\))?\s*:\s*)?(?:so\s*,?\s+|and\s+)?what\s+"
    r"(?:was|were|is|are|did|do|does|has|have|had|will|would)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:discuss(?:ed|ing)?|talk(?:ed|ing)?\s+about|negotiat(?:ed|ing)|deal\s+with|dealt\s+with|"
    r"covered?|on\s+the\s+(?:table|agenda)|at\s+stake|at\s+issue)\b[^?]*\?\s*$",
    _I,
)


# "On a ceasefire, nothing.", "As for the border, the sides remain apart": a sentence
# opened by the matter it speaks of, as a summary of the talks goes through their agenda.
_MATTER_OPENER = re.compile(
    r"^\s*(?:on|as\s+for|as\s+to|regarding|concerning|on\s+the\s+(?:question|issue|matter)\s+"
    r"of)\s+[^,;.]{1,60},",
    _I,
)


def _topic_opener(text: str, matches: Sequence[Match]) -> bool:
    """Whether the sentence opens on a matter of the talks (``_MATTER_OPENER``)."""
    opener = _MATTER_OPENER.match(text)
    return opener is not None and any(m.kind == "topic" and m.end <= opener.end() for m in matches)


# A numbered swap told in the future: "will exchange at least 1,200 more prisoners each",
# "are to free 300 detainees". (Not "will exchange views", nor a swap without a number.)
_SWAP_TO_COME = re.compile(
    r"\b(?:will|would|are\s+to|is\s+to|are\s+set\s+to)\s+(?:now\s+)?(?:exchange|swap|free|"
    r"release|hand\s+over)\s+(?:at\s+least\s+|up\s+to\s+|some\s+|about\s+|around\s+|another\s+)?"
    r"\d[\d,]*\s+(?:more\s+|further\s+)?(?:prisoners|captives|detainees|POWs|soldiers)\b",
    _I,
)


# "The meeting was held on Sunday at ...", "The talks took place in Muscat": the round just
# told of, placed and dated by a sentence of its own.
_SITTING_HELD_BACK = re.compile(
    r"\s*(?:the|that|this)\s+(?:meeting|talks|session|round|encounter)\s+"
    r"(?:(?:was|were)\s+held|took\s+place)\b",
    _I,
)


# The sitting just told of, named with its place: "at the meeting in Naqoura".
_THE_SITTING_IN = re.compile(
    r"\b(?:at|to|during|from)\s+the\s+(?:meeting|talks|session|sitting|round)\s+(?:in|at)\s+"
    r"(?:the\s+)?$",
    _I,
)


def _follow_up(
    sentence: Sentence,
    prev: _Piece,
    ctx: _Context,
    before: Sentence | None = None,
    *,
    asked: bool = False,
    seat: str | None = None,
    live: bool = False,
) -> _Piece | None:
    """What a sentence without talks words adds to the round of the piece before it.

    ``before`` is the sentence just before it in the article, whether or not it told of
    the round.

    ``asked``: the sentence answers a question on what the talks dealt with (``_ASKED_WHAT``).
    ``seat``: the venue last named for the round's conflict, if any.
    ``live``: the sentence is of a live page's entry, read as going on the round the page
    follows (see extract_mentions).
    """
    text = sentence.text
    if sentence.title or _NOT_NEGOTIATION.search(text) or _SINCE_THEN.match(text):
        return None
    if _SEPARATE.search(text) or _SEPARATELY.search(text):
        # "it negotiates with Kinshasa separately, under Qatari mediation": another table.
        return None
    phone = _PHONE.search(text)
    if phone is not None and phone.start() < _clauses(text)[0][1]:
        # A call told of from the start is not the round. One named further on ("the
        # moratorium on strikes that Trump had discussed with Putin by phone") is a detail
        # of what the round dealt with.
        return None
    matches = ctx.kb.find(text)
    if seat is not None and any(
        m.kind == "place" and m.key != seat and _TRIGGER_WORD.match(text[m.end :]) for m in matches
    ):
        # "The second Abu Dhabi meeting produced an exchange of prisoners", after talks in
        # Geneva: a meeting placed elsewhere is another one, and what it did is not this one's.
        return None
    conflict = ctx.conflicts.get(prev.conflict)
    explicit = (
        _REFERS_BACK_EXPLICIT.search(text) is not None
        or _TEXT_SIGNED_BACK.match(text) is not None
        # "Under the declaration, both countries are to withdraw heavy weapons": the terms of
        # the text just reported signed, in a paragraph of their own.
        or (_UNDER_THE_TERMS.match(text) is not None and _signed_at(prev))
    )
    sittings_only = not explicit and _SITTINGS_BACK.search(text) is not None
    explicit = explicit or sittings_only
    # Without words pointing back, a sentence is tied to the round only by who is in it or
    # what it is about: it tells the sides, roles and topics, not how the round went.
    # "Another meeting is planned": the next sitting of the talks just told of.
    next_sitting = re.search(_NEXT_SITTING_AGREED, text, _I) is not None
    # "MEDINSKY (VOICE OF INTERPRETER): We are ready to continue contacts": in a broadcast
    # transcript a negotiator of the sides speaks of the round just reported, whatever
    # paragraph his turn is.
    turn = _negotiator_speaks(text, conflict, ctx.kb)
    # (Not "The first, on 23 January, ended without a breakthrough": a round dated apart.)
    breakthrough = _BREAKTHROUGH.search(text) is not None and not find_dates(text, ctx.published)
    # "Kremlin aide X has spoken to reporters. 'We are ready to continue contacts,' he said":
    # the negotiator named just before goes on speaking, in the same paragraph.
    carried = (
        before is not None
        and sentence.paragraph == prev.sentence.paragraph == before.paragraph
        and _SAID_HE.search(text) is not None
        and _speaker_known(ctx.kb.find(before.text), conflict, ctx.kb)
    )
    loose = not (
        explicit
        # "Nobody is announcing any breakthrough": a word only talks have, said in the
        # paragraph that reports them.
        or (sentence.paragraph == prev.sentence.paragraph and breakthrough)
        or (sentence.paragraph == prev.sentence.paragraph and _REFERS_BACK.search(text))
        or (sentence.paragraph == prev.sentence.paragraph and next_sitting)
        or (
            sentence.paragraph == prev.sentence.paragraph
            and _speaker_known(matches, conflict, ctx.kb)
        )
        or turn
        or carried
    )
    # Across a paragraph break, a sentence kept only for the go-between it names at work
    # gives that role and nothing else: "the American mediators have treated territory as a
    # variable" in an opinion piece says who mediates, not what this round was about.
    errand_only = False
    summary_only = False
    if sentence.paragraph != prev.sentence.paragraph:
        # "Washington wants guarantees; Tehran wants the sanctions lifted": what each side
        # asks of the talks, wherever the article sums it up. Two envoys of the two sides
        # together ("X and Y sat in separate rooms") are at the talks.
        if not (
            explicit
            or turn
            or (_both_sides(matches, conflict) and _POSITION.search(text))
            # A meeting dated on its own ("Putin received Witkoff on Thursday") is another one.
            or (_receptions(text, matches, ctx.kb) and not find_dates(text, ctx.published))
            # "For most of it they sat apart while Albusaidi carried messages between them":
            # the go-between at work, which is the talks told, in a paragraph of its own.
            # (Not after a round announced: the errand told in the past was at the one held.)
            or (
                not prev.future
                and _errand(text, matches, ctx, conflict)
                and not find_dates(text, ctx.published)
            )
            # "20:45 - After roughly eight hours, it is over.": a live page's entry telling
            # the talks it follows have ended (a round recalled before goes back to the one
            # reported, see extract_mentions).
            or (
                not prev.future and _TALKS_OVER.search(text) and not find_dates(text, ctx.published)
            )
        ):
            # "... while Omani Foreign Minister X carried messages between them": a go-between
            # at work is named, not pointed at with a pronoun, so the break does not lose him.
            # (Not after a round announced or recalled, nor in a sentence that recalls a time
            # before the week of the story: the go-between told of at work is at the round
            # the article reports.)
            ref = _ref_date(ctx.published)
            # Cheapest tests first: most sentences of an article fall at the first two.
            errand_only = (
                not (prev.future or prev.back)
                and bool(
                    _mediators(text, _actor_matches(matches))
                    or _person_mediators(text, matches, ctx.kb, lambda _pos: conflict)
                )
                and not (_YEARS_BACK.search(text) or _BACK_REFERENCE.search(text))
                and all(
                    ref is not None
                    and d.first is not None
                    # A weekday read alone may resolve to the week ahead: either way, this week.
                    and abs((ref - d.first).days) <= _BACK_REFERENCE_DAYS
                    for d in find_dates(text, ctx.published)
                )
            )
            # "The disputed points are familiar: how much aid enters ...", "The format was
            # indirect: ...": a sentence that sums up what the talks dealt with, or how they
            # sat, in a paragraph of its own, gives that and nothing else.
            summary_only = (
                not errand_only
                and not prev.back
                and (asked or _TALKS_SUMMED_UP.search(text) is not None)
                and not find_dates(text, ctx.published)
                and not (_YEARS_BACK.search(text) or _BACK_REFERENCE.search(text))
            )
            if not (errand_only or summary_only):
                return None
    elif not (
        explicit
        or next_sitting
        or breakthrough
        or carried
        or _REFERS_BACK.search(text)
        or _speaker_known(matches, conflict, ctx.kb)
        or _both_sides(matches, conflict)
        # "02:40 - Hamas confirms an agreement ...": on a live page about the talks, what
        # one side says or does in an entry is news of the talks.
        or (live and _one_side(matches, conflict))
        # "..., alongside the envoys, X and Y": the two sides' envoys named as a pair.
        or _receptions(text, matches, ctx.kb)
        or _TOPIC_CUE.search(text)
        # "The subjects were enrichment and sanctions": what the talks just told dealt with.
        or _TALKS_SUMMED_UP.search(text)
        or asked
        # "It secured the release of 33 hostages": the deal just told, by its pronoun.
        or _DEAL_PRONOUN.match(text)
        # "On a ceasefire, nothing.": the talks' matter put first, and how it fared.
        or _topic_opener(text, matches)
        # "Under the deal, fighting is to stop ... Aid is to enter the strip": the terms go on.
        or (_UNDER_THE_TERMS.match(prev.sentence.text) and _TERMS_GO_ON.search(text))
        # "The United States was mediating": the go-between of the talks just reported.
        or _mediators(text, _actor_matches(matches))
        # "..., and Oman's foreign minister, X, walked between them carrying proposals".
        or _person_mediators(text, matches, ctx.kb, lambda _pos: conflict)
        # "It has already finished: forty minutes.": the talks just told of are over.
        or (not prev.future and _TALKS_OVER.search(text))
    ):
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
        *_bodies_chair(_delegations(text, matches, actors, ctx.kb), ctx.kb),
        *_receptions(text, matches, ctx.kb),
        # "Russia is still demanding land while Kyiv insists on guarantees": the sides of the
        # round, named where no talks word is, as the ones who act. One named further into
        # a clause ("insisted that Kinshasa talk with the M23") may be only talked about.
        *(
            _Pending(Field.PARTICIPANT, m.key, _INFERRED, m.start)
            for m in actors
            if conflict is not None
            and m.key in conflict.parties
            and (
                _SUBJECT_BEFORE.search(text[clauses[_clause_index(clauses, m.start)][0] : m.start])
                # "Envoys of the army and of the RSF signed ...": the sides sent them.
                or _TALKS_WITH_BEFORE.search(text[max(0, m.start - 80) : m.start])
            )
        ),
        # "Around the table: X for the United States; and the advisers of France and
        # Germany": everyone a line-up names sat at the talks, a party or a go-between.
        *(
            _Pending(Field.PARTICIPANT, m.key, _INFERRED, m.start)
            for m in actors
            if _LINEUP.search(text[: m.start])
        ),
        # Of the formats, only the go-between's errand: "X carried messages between them";
        # and, said of the session pointed back at, that the sides spoke directly.
        *(
            p
            for p in _labels(text, matches)
            if p.field is not Field.FORMAT
            or p.value == "indirect"
            or (p.value == "direct" and not loose)
        ),
        *(
            _Pending(Field.AGREED_TO_CONTINUE, "true", _CONFIDENT, at)
            for at in _continuations(text)
        ),
        # "The two sides will exchange at least 1,200 more prisoners each, he says", told
        # after talks held: the swap they settled on, a partial deal.
        *(
            _Pending(Field.OUTCOME, "partial_agreement", _INFERRED, hit.start())
            for hit in _SWAP_TO_COME.finditer(text)
            if not prev.future and not prev.back
        ),
    ]
    # "X led the Iranian side then": who led it in an earlier season, not at the round told.
    earlier_season = _BACK_THEN.search(text) is not None
    claims = [
        p
        for p in pending
        if (not muted[_clause_index(clauses, p.anchor)] or _label_in_doubt(text, p))
        and not (loose and p.field in _HOW_IT_WENT)
        and not (sittings_only and p.field not in _HOW_IT_WENT)
        and not (earlier_season and p.field is Field.HEAD)
        and not (errand_only and p.field not in (Field.MEDIATOR, Field.FORMAT))
        and not (summary_only and p.field not in (Field.TOPIC, Field.FORMAT))
    ]
    # "The session was the second since the first meeting, held on 23 January, which both
    # sides called constructive": how it went, told after an earlier sitting dated in the
    # sentence, is that sitting's.
    earlier = _BACK_REFERENCE.search(text)
    if earlier is not None and any(
        d.start >= earlier.start() for d in find_dates(text, ctx.published)
    ):
        claims = [
            p for p in claims if not (p.field in _HOW_IT_WENT and p.anchor >= earlier.start())
        ]
    # "..., after the meeting, which opened on Wednesday": the day the round began.
    opened = [
        span
        for span in find_dates(text, ctx.published)
        if span.first is not None
        and _OPENED_ON.search(text[max(0, span.start - 60) : span.start])
        and not _WAR_BEGAN.search(text[max(0, span.start - 60) : span.start])
        and not muted[_clause_index(clauses, span.start)]
    ]
    if _SITTING_HELD_BACK.match(text) and not prev.future and not any(muted):
        # "The meeting was held on Sunday at a private club in Hallandale Beach": where and
        # when the round just told of sat, in a sentence of its own.
        first = clauses[0][1]
        opened += [
            span
            for span in find_dates(text[:first], ctx.published)
            if span.first is not None and span.kind is not DateKind.ROUGH
        ]
        claims += [
            claim
            for city, pos in _venue(text, matches, ctx.kb)
            if pos < first
            for claim in _venue_claims(city, _CONFIDENT, pos, ctx.kb)
        ]
    if prev.city is None and not prev.future and not any(muted):
        # "Lebanon was represented at the meeting in Naqoura by X", after a round told
        # without its venue: the sitting pointed back at, placed.
        claims += [
            claim
            for m in matches
            if m.kind == "place" and _THE_SITTING_IN.search(text[max(0, m.start - 40) : m.start])
            for claim in _venue_claims(m.key, _CONFIDENT, m.start, ctx.kb)
        ]
    # "After three days of waiting the envoy called it off": the fate of the round before.
    called_off = _CALLED_IT_OFF.search(text) is not None and not any(muted)
    # "And it has already finished": nothing but the round's status, which is enough.
    over = _TALKS_OVER.search(text) is not None and not any(muted)
    if not claims and not opened and not called_off and not over:
        return None
    piece = _Piece(
        prev.conflict, sentence, text, claims=claims, dates=opened, spans=[(0, len(text))]
    )
    piece.follows = prev.follows or prev
    return piece


# --- classifying and grouping ------------------------------------------------------------


# A sitting named as one of a process's: "the latest session", "Wednesday's meeting", "the
# second round" (not "Wednesday's meeting of the cabinet").
_SITTING_NAMED = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:latest|last|previous|first|second|third|fourth|fifth|sixth|"
    r"next|opening|final)\s+(?:round|session|sitting|meeting)s?|(?-i:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)['’]s\s+(?:round|session|sitting|meeting|talks))\b"
    r"(?!\s+of\b)",
    _I,
)


def _article_conflict(
    sentences: Sequence[Sentence], ctx: _Context
) -> tuple[str | None, str | None]:
    """The conflict the article is about, and the same again if no sentence names another
    one (its sole conflict, else None).

    Mentions count, but a conflict whose sides both appear outweighs one side named often:
    American envoys in a Russia-Ukraine story do not make it a story about the US-Iran talks,
    nor, in an article that names no Iran, do they name those talks at all.
    """
    found = [(s, ctx.kb.find(s.text)) for s in sentences]
    named = {a for _, matches in found for m in matches if (a := _actor_of(m, ctx)) is not None}
    told = [(s, matches, _conflict_scores(matches, ctx, None, named)) for s, matches in found]
    scores: Counter[str] = Counter()
    sides: dict[str, set[str]] = defaultdict(set)
    for s, matches, own in told:
        weight = 3 if s.title else 1
        for slug, score in own.items():
            scores[slug] += score * weight
        for m in matches:
            if m.kind == "actor":
                for c in ctx.conflicts.values():
                    if m.key in c.parties:
                        sides[c.slug].add(m.key)
    for slug, present in sides.items():
        scores[slug] += 10 * (len(present) - 1)  # two points a side, as above
    dominant = _best(scores, None)
    if dominant is None or any(slug != dominant for _, _, own in told for slug in own):
        return dominant, None
    return dominant, dominant


def _dated_long_before(piece: _Piece, ref: date | None) -> bool:
    """Whether every day a piece tells lies further back than a round just reported, and
    the piece does not tell talks going on since then ("negotiating since 2 September")."""
    dated = [d.first for d in piece.dates if d.first is not None]
    text = piece.sentence.text
    since = any(
        _ONGOING_SINCE.search(text[max(0, d.start - 80) : d.start])
        or _RUNNING_SINCE.search(text[max(0, d.start - 80) : d.start])
        for d in piece.dates
    )
    return (
        ref is not None
        and bool(dated)
        and not since
        and (ref - max(dated)).days > _BACK_REFERENCE_DAYS
    )


def _classify(piece: _Piece, main_city: str | None, ref: date | None) -> MentionKind:
    dated = [d.first for d in piece.dates if d.first is not None]
    if _SEPARATE.search(piece.text):
        return MentionKind.ANNOUNCEMENT if piece.future else MentionKind.BACK_REFERENCE
    if piece.back or _BACK_REFERENCE.search(piece.text):
        return MentionKind.BACK_REFERENCE
    if _dated_long_before(piece, ref):
        return MentionKind.BACK_REFERENCE
    other_city = piece.city is not None and main_city is not None and piece.city != main_city
    if piece.future:
        later = ref is not None and any((d - ref).days > _CONTINUATION_DAYS for d in dated)
        new_round = bool(_NEW_ROUND.search(piece.text))
        # An undated future in the round's own city ("the next phase of the Jeddah talks
        # would focus on a truce") is about the round reported, not another one.
        elsewhere = piece.city is not None and piece.city != main_city
        if (new_round or other_city or later or not piece.continuation) and (
            elsewhere or dated or new_round
        ):
            return MentionKind.ANNOUNCEMENT
        return MentionKind.REPORT
    if other_city:
        return MentionKind.BACK_REFERENCE
    return MentionKind.REPORT


_DAY_COUNT = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_DAY_NUMBER = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
# "three days of talks": how long a round lasted, which dates its other end.
_DURATION = re.compile(
    rf"\b{_DAY_NUMBER}\s+(?:full\s+|straight\s+|consecutive\s+)?"
    r"days\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:talks|negotiations?|consultations|discussions|"
    r"meetings|sessions|deliberations)\b",
    _I,
)
# "Negotiators spent ten days in Switzerland", "the delegations spent four days at the
# hotel": the length of a stay at the talks, told by the verb.
_SPENT_DAYS = re.compile(
    rf"\b(?:spent|spend|spends|spending)\s+{_DAY_NUMBER}\s+(?:full\s+|long\s+)?days\b", _I
)
# "a four-day extraordinary border committee meeting", "the two-day talks": the length as
# an adjective of the sitting.
_DAYS_LONG = re.compile(
    rf"\b{_DAY_NUMBER}-day\s+(?:[\w'’-]+\s+){{0,4}}?(?:talks|negotiations|consultations|"
    r"discussions|meeting|round|session|summit|conference)\b",
    _I,
)
# The day a stay of known length began: "from 11 March", "arrived in Sanaa on 9 April (for
# six days of talks)". (A range "from 14 to 19 September" is read whole by find_dates.)
_STAY_BEGAN = re.compile(
    r"\bfrom\s+(?:the\s+)?$|"
    r"\b(?:arrived|arriving|landed|flew\s+in|gathered|convened)\b[^.;]{0,50}?\b(?:on\s+)?$",
    _I,
)
# Words telling that a sentence dates the end of its round: "reached a deal on Wednesday,
# ending three days of talks", "agreed on Tuesday, at the end of negotiations".
_AT_THE_END = re.compile(
    r"\b(?:ended|ending|concluded|concluding|wrapped\s+up|closed|after|following|collapsed|"
    r"broke\s+(?:down|up)|"
    r"(?:at\s+)?the\s+(?:end|close)\s+of|agreed|reached|signed|sealed)\b",
    _I,
)

# Talks that opened on one day and went on to another, told once they are over: "opened on
# Friday and continued on Saturday", "began on 3 May and ran until the 5th".
_WENT_ON = re.compile(
    r"\b(?:continued|went\s+on|carried\s+on|ran|lasted|stretched|extended|dragged\s+on)\s+"
    r"(?:(?:late\s+|well\s+)?(?:on|into|through|until|till|to|over)\s+)?(?:the\s+(?:next|following)\s+)?",
    _I,
)


def _span_days(
    piece: _Piece, opened: Sequence[DateSpan], spans: Sequence[DateSpan], start: date
) -> tuple[date, date] | None:
    """First and last day of a round a sentence dates at both ends, if it does.

    "ending three days of talks that began on Monday": the opening day and a length;
    "wrapped up two days of meetings on Saturday": the closing day and a length; "agreed
    on Tuesday, at the end of negotiations that opened on 9 December": both days.
    """
    text = piece.sentence.text
    if piece.future:
        return None
    duration = _DURATION.search(text) or _SPENT_DAYS.search(text) or _DAYS_LONG.search(text)
    length = None
    if duration is not None:
        token = duration["n"].lower()
        length = _DAY_COUNT.get(token) or int(token)
    # "arrived in Sanaa on 9 April for six days of talks", "spent ten days there from 11
    # March": the first day of a stay and its length, told after the fact.
    began = {
        s.first
        for s in spans
        if length is not None
        and not opened
        and s.first is not None
        and s.last is None
        and s.kind is DateKind.EXPLICIT
        and _STAY_BEGAN.search(text[max(0, s.start - 60) : s.start])
    }
    if length is not None and len(began) == 1:
        (first,) = began
        return first, first + timedelta(days=length - 1)
    if not (_AT_THE_END.search(text) or (opened and _WENT_ON.search(text))):
        return None
    days = [
        s.first
        for s in spans
        if s.first is not None and s.kind in (DateKind.EXPLICIT, DateKind.RELATIVE)
    ]
    if opened:
        if length is not None:
            return start, start + timedelta(days=length - 1)
        later = [d for d in days if start < d <= start + _LONGEST_ROUND]
        return (start, max(later)) if later else None
    if length is not None and len(set(days)) == 1:
        return days[0] - timedelta(days=length - 1), days[0]
    return None


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
    span_days = _span_days(piece, opened, spans, start[0])
    if span_days is not None:
        first, last = span_days
        return [
            Claim(Field.START_DATE, first.isoformat(), text, start[1] * factor),
            Claim(Field.END_DATE, last.isoformat(), text, _INFERRED * factor),
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


def _held_status(piece: _Piece, status: str | None) -> str | None:
    """No "cancelled" for a round the same sentence says produced a deal: "signed a
    declaration ...; the mediators suspended the talks weeks later" tells talks that were
    held, then stopped (their outcome says how), not a meeting that never took place.
    Nor for one held after another sitting was called off (``_OTHER_SITTING_OFF``)."""
    if status == "cancelled" and any(
        c.field is Field.OUTCOME and c.value in _DEALS for c in piece.claims
    ):
        return None
    off = _other_sitting_off(piece.sentence.text)
    if status == "cancelled" and off is not None and piece.spans[0][0] < off.start():
        return None  # the held sitting, not the one called off after it
    if status == "cancelled" and _FIRST_PLANNED.search(piece.sentence.text):
        # "Sunday's round had originally been due to take place in Rome on 3 May, but Oman
        # postponed it": the plan was put off, the round itself held later.
        return None
    return status


_FIRST_PLANNED = re.compile(
    r"\b(?:originally|initially|first)\s+(?:been\s+)?(?:due|scheduled|planned|set|slated)\b"
    r"[^.;]{0,80}?\bbut\b[^.;]{0,40}?\b(?:postponed|moved|delayed|pushed\s+back|put\s+off)\b",
    _I,
)


# "held the fourth round in Muscat on Sunday, a week after the session planned for Rome on
# 3 May was called off": the sentence reports a sitting held, and the one called off (its
# day too) is another, told in the clause of what came before.
_OTHER_SITTING_OFF = re.compile(
    r"\b(?:after|since|following|when)\s+(?:[^.;]{0,30}?)(?:session|meeting|round|talks|summit|"
    r"sitting)\s+(?:that\s+had\s+been\s+|which\s+had\s+been\s+)?(?:planned|scheduled|set|due|"
    r"slated|meant|announced)\b[^.;]{0,60}?(?:\b(?:was|were|had\s+been)\s+(?:called\s+off|"
    r"cancell?ed|canceled|scrapped|postponed|dropped|put\s+off)|\bfell\s+through)\b",
    _I,
)
_HELD_BEFORE = re.compile(r"\b(?:held|met|sat\s+down|opened|began|resumed|convened)\b", _I)


def _other_sitting_off(text: str) -> re.Match[str] | None:
    """The clause telling a sitting called off, in a sentence that first reports one held."""
    found = _OTHER_SITTING_OFF.search(text)
    if found is None or not _HELD_BEFORE.search(text[: found.start()]):
        return None
    return found


def _piece_claims(piece: _Piece, ref: date | None) -> list[Claim]:
    closing = _CLOSING.search(piece.text) is not None
    claims = [
        Claim(p.field, p.value, piece.sentence.text, _weight(p, piece, closing), p.party)
        for p in piece.claims
    ]
    if piece.follows is not None:
        # A sentence that refers back tells a status only outright ("They broke up without
        # a deal"), never by tense; days it has only when it points at the round ("Those
        # talks, from 9 to 13 April, ..."), first and last as any sentence gives them.
        status = _held_status(piece, _status(piece.text, False, False))
        if status is not None:
            claims.append(Claim(Field.STATUS, status, piece.sentence.text, _INFERRED))
        claims.extend(_date_claims(piece, ref))
        return claims
    claims.extend(_date_claims(piece, ref))
    status = _held_status(piece, _status(piece.text, piece.future, piece.continuation))
    confidence = _INFERRED
    if status is None and piece.kind is MentionKind.ANNOUNCEMENT:
        status = "scheduled"
    held = [d.last or d.first for d in piece.dates if d.first is not None]
    if (
        status is None
        and ref is not None
        and held
        and piece.kind is MentionKind.REPORT
        and piece.future
        and piece.continuation
        and _SITS_AGAIN.search(piece.text)
        and all(day is not None and 0 <= (day - ref).days <= _CONTINUATION_DAYS for day in held)
    ):
        # "Talks were due to continue on Monday", published that day: the round goes on.
        status = "ongoing"
    text = piece.sentence.text
    if status is None and any(
        _ONGOING_SINCE.search(text[max(0, d.start - 80) : d.start]) for d in piece.dates
    ):
        # "after negotiating in Jeddah since 6 May": at it from that day up to now.
        status = "ongoing"
    # A day named outright dates the round; a rough "next month" beside it is what comes
    # after ("held talks on Thursday and agreed experts would meet next month").
    precise = [
        d.last or d.first
        for d in piece.dates
        if d.first is not None and d.kind is not DateKind.ROUGH
    ]
    if status is None and _looks_over(piece, [d for d in precise or held if d is not None], ref):
        status, confidence = "concluded", _OVER
    if status is not None and (
        piece.kind is not MentionKind.BACK_REFERENCE or status != "scheduled"
    ):
        claims.append(Claim(Field.STATUS, status, piece.sentence.text, confidence))
    return claims


# A round that never sat: "a sixth session planned for mid-June never took place". With a
# day only planned (_PLAN_BEFORE), the past tense does not make that round over.
_NEVER_HELD_AFTER = re.compile(
    r"^[^.;]{0,30}?\bnever\s+(?:took\s+place|happened|convened|went\s+ahead)\b", _I
)


_OVER = 0.4  # a round inferred over from tense and date alone


def _looks_over(piece: _Piece, days: Sequence[date], ref: date | None) -> bool:
    """Whether a piece reports its round as held and over: an earlier round referred
    back to, or one told in the past, dated no later than publication and, if dated on the
    day itself, not only said to open.

    "held talks on Saturday and agreed that experts would begin work": the verb of the
    talks comes first and tells that they took place. A headline tells the day's news in
    the present ("US and Ukraine rework plan in Geneva").
    """
    if ref is None or not days or piece.future or any(day > ref for day in days):
        return False
    text = piece.sentence.text
    if piece.dates and all(
        _PLAN_BEFORE.search(text[max(0, d.start - 70) : d.start])
        or _NEVER_HELD_AFTER.match(text[d.end :])
        for d in piece.dates
    ):
        return False  # "a sixth round was scheduled for 15 June": the plan, not the sitting
    if piece.kind is MentionKind.BACK_REFERENCE and all(
        (ref - day).days > _BACK_REFERENCE_DAYS for day in days
    ):
        return True  # an earlier round, weeks before: held, whatever the verb
    done = _DONE.search(piece.text)
    if done is None and detect_tense(piece.text) is not Tense.PAST:
        # Without a verb of the past only days named outright tell: "this week" may
        # still be going on.
        rough = {d.first for d in piece.dates if d.kind is DateKind.ROUGH}
        days = [day for day in days if day not in rough]
        if not days:
            return False
        if all(day < ref for day in days):
            return True  # nothing future said of days gone by
        if not piece.sentence.title:
            return False
    opening = _OPENING.search(piece.text)
    return (
        any(day < ref for day in days)
        or opening is None
        or (done is not None and done.start() < opening.start())
    )


def _opened_days(piece: _Piece) -> list[date]:
    """Days a piece says its round opened on: "talks began last weekend", "have been
    negotiating since 6 May"."""
    text = piece.sentence.text
    return [
        d.first
        for d in piece.dates
        if d.first is not None
        and (
            _OPENED_ON.search(text[max(0, d.start - 60) : d.start])
            or _ONGOING_SINCE.search(text[max(0, d.start - 80) : d.start])
        )
    ]


def _began(pieces: Sequence[_Piece], dominant: str | None) -> date | None:
    """The day the article says its reported round opened, if it says so."""
    days = [
        day
        for p in pieces
        if p.conflict == dominant and p.kind is MentionKind.REPORT and not p.future
        for day in _opened_days(p)
    ]
    return min(days, default=None)


def _within_round(claims: list[Claim], piece: _Piece, began: date) -> list[Claim]:
    """Claims of a piece dating a later day of a round the article says opened on ``began``.

    "signed a declaration late on Thursday ... Their talks began last weekend": Thursday is
    a day of the round, its last if the piece tells of its close, never its first.
    """
    if _opened_days(piece):
        return claims
    closing = _AT_THE_END.search(piece.sentence.text) is not None
    result: list[Claim] = []
    for c in claims:
        if c.field is Field.START_DATE:
            day = date.fromisoformat(c.value)
            if began < day <= began + _LONGEST_ROUND:
                if closing:
                    result.append(replace(c, field=Field.END_DATE))
                continue
        result.append(c)
    return result


def _opened_then_reported(pieces: Sequence[_Piece]) -> None:
    """A recalled opening that the news of the same paragraph continues is the reported
    round's: "In Doha, the talks that began on 6 July were meant to bring a truce. Yesterday
    the American team went home" tells one round, from 6 July to yesterday, though its
    first day lies weeks back."""
    for i, opening in enumerate(pieces):
        if (
            opening.kind is not MentionKind.BACK_REFERENCE
            or opening.follows is not None
            or opening.city is None
            or opening.entry is not None
        ):
            continue
        days = _opened_days(opening)
        if not days:
            continue
        for later in pieces[i + 1 :]:
            if later.sentence.paragraph != opening.sentence.paragraph:
                break
            if (
                later.conflict == opening.conflict
                and later.kind is MentionKind.REPORT
                and later.follows is None
                and _later_day_of(later, (opening.city, days[0], ""))
            ):
                opening.kind = MentionKind.REPORT
                break


# "The talks opened on 9 December": the round the article reports, named by its noun.
_THE_TALKS_OPENED = re.compile(
    r"^\s*(?:the|their)\s+(?:[\w'’-]+\s+)?(?:talks|negotiations|meetings?|sessions?|"
    r"consultations|discussions)\s+(?:had\s+)?(?:opened|began|started|got\s+under\s*way)\b",
    _I,
)


def _the_talks_opened(pieces: Sequence[_Piece], ref: date | None) -> None:
    """A sentence that gives only the day "the talks" opened ("The talks opened on 9
    December."), in an article whose reported round sat on a later day within its longest
    run, gives that round's first day: it is no round recalled for lying weeks back. So it
    does where the reported round is told undated ("recalled their teams from Doha, ending
    three weeks of talks") and the day lies within that run before the article."""
    for opening in pieces:
        if (
            opening.kind is not MentionKind.BACK_REFERENCE
            or opening.follows is not None
            or opening.city is not None
            or opening.entry is not None
            or opening.back
            or not _THE_TALKS_OPENED.match(opening.sentence.text)
        ):
            continue
        days = _opened_days(opening)
        reported = [
            p
            for p in pieces
            if p.conflict == opening.conflict and p.kind is MentionKind.REPORT and p.follows is None
        ]
        if days and (
            any(_later_day_of(p, (p.city or "", days[0], "")) for p in reported)
            or (
                ref is not None
                and days[0] < ref <= days[0] + _LONGEST_ROUND
                and any(p.city is not None for p in reported)
                and not any(p.dates for p in reported)
            )
        ):
            opening.kind = MentionKind.REPORT


def _later_day_of(piece: _Piece, opened: tuple[str, date, str]) -> bool:
    """Whether a piece tells, at the same place or at none named, of days after a round's
    opening day and within its longest run, and of no opening of its own."""
    city, began, _ = opened
    days = [
        d.first
        for d in piece.dates
        if d.first is not None and d.kind in (DateKind.EXPLICIT, DateKind.RELATIVE)
    ]
    return (
        piece.city in (city, None)
        and bool(days)
        and not _opened_days(piece)
        and all(began < d <= began + _LONGEST_ROUND for d in days)
    )


_NOT_SETTLED = dict(_PHRASED_OUTCOMES)["no_breakthrough"]
# "agreed on Monday to release 887 detainees", "agreed to free the captives": the captives'
# release as what was agreed (not their swap against others, a step of wider talks).
_RELEASE_AGREED = re.compile(
    r"\bagree(?:d|s)?\b[^.;]{0,60}?\bto\s+(?:release|free|set\s+free)\b|"
    r"\b(?:deal|agreement|accord)\s+to\s+(?:release|free)\b",
    _I,
)
# The matters of talks held on captives alone (a prisoner committee's sitting).
_CAPTIVES_ONLY = frozenset({"prisoners", "humanitarian"})


def _detainee_deal(claims: Sequence[Claim]) -> list[Claim]:
    """Talks on captives alone whose deal is their release reached their whole deal.

    A swap agreed at talks on a war is a deal on one issue (a partial agreement), but when
    the captives are all the talks were about ("talks on the release of detainees ... agreed
    on Monday to free 887 of them"), their release is the agreement itself.
    """
    topics = {c.value for c in claims if c.field is Field.TOPIC}
    if "prisoners" not in topics or not topics <= _CAPTIVES_ONLY:
        return list(claims)
    return [
        replace(c, value="agreement")
        if c.field is Field.OUTCOME
        and c.value == "partial_agreement"
        and _RELEASE_AGREED.search(c.sentence)
        and not _NOT_SETTLED.search(c.sentence)
        else c
        for c in claims
    ]


def _partial_deal(claims: Sequence[Claim]) -> list[Claim]:
    """A round that reached a deal and, as another sentence says, none on the rest.

    "They signed a declaration on aid. The text falls short of a truce." is a partial
    agreement, as it is when one sentence says both (see ``_labels``).
    """
    outcomes = {c.value for c in claims if c.field is Field.OUTCOME}
    # A sentence that told a deal and, in the same breath, none on the rest ("produced
    # commitments on aid, but again no ceasefire") left one partial claim: it still says the
    # main matter was not settled, for the other sentences' deal too.
    denied = any(
        c.field is Field.OUTCOME
        and c.value == "partial_agreement"
        and _NOT_SETTLED.search(c.sentence)
        for c in claims
    )
    if not (outcomes & _DEALS and ("no_breakthrough" in outcomes or denied)):
        return list(claims)
    return [
        replace(c, value="partial_agreement")
        if c.field is Field.OUTCOME and (c.value in _DEALS or c.value == "no_breakthrough")
        else c
        for c in claims
    ]


def _final_outcome(claims: Sequence[Claim]) -> list[Claim]:
    """How a round ended, of the stages its sentences tell.

    Talks that stalled and then broke down collapsed: the stall was on the way there.
    """
    outcomes = {c.value for c in claims if c.field is Field.OUTCOME}
    if not ("collapsed" in outcomes and "no_breakthrough" in outcomes):
        return list(claims)
    return [c for c in claims if not (c.field is Field.OUTCOME and c.value == "no_breakthrough")]


def _dedupe(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    best: dict[tuple[Field, str, str | None, str], Claim] = {}
    for c in claims:
        key = (c.field, c.value, c.party, c.sentence)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return tuple(best.values())


def _recalled_venue(piece: _Piece, main_city: str | None) -> None:
    """A sentence recalling an earlier round beside the article's own ("the Berlin round
    built on the Geneva meeting of 23 November") names the earlier one's venue too: that
    one is where the recalled round was held."""
    if main_city is None or piece.city != main_city:
        return
    own = {c.anchor for c in piece.claims if c.field is Field.CITY and c.value == main_city}
    others = [
        c.value
        for c in piece.claims
        if c.field is Field.CITY and c.value != main_city and c.confidence > _DATELINE
    ]
    if others:
        piece.claims = [
            c
            for c in piece.claims
            if not (c.field in (Field.CITY, Field.COUNTRY) and c.anchor in own)
        ]
        piece.city = others[0]


def _without_allied_headline(pieces: list[_Piece], ctx: _Context) -> list[_Piece]:
    """The pieces, less a headline placing a gathering of one side's allies that the body
    then tells ("Zelensky in Paris as allies sign declaration", over "Zelensky joined
    European leaders in Paris for a summit of the Coalition of the Willing"), and what
    follows it. Read first, the headline could not know the venue was the allies'."""
    dropped: set[int] = set()
    for piece in pieces:
        if not piece.sentence.title or piece.follows is not None:
            continue
        if _both_sides_sit(piece, ctx):
            continue
        cities = {c.value for c in piece.claims if c.field is Field.CITY}
        if cities and all((piece.conflict, city) in ctx.allied_venues for city in cities):
            dropped.add(id(piece))
    if not dropped:
        return pieces
    return [
        p
        for p in pieces
        if id(p) not in dropped and not (p.follows is not None and id(p.follows) in dropped)
    ]


def _named_again(pieces: Sequence[_Piece], ref: date | None, published: datetime | None) -> None:
    """A sitting named again by its venue alone, after the article recalled it with its day
    ("met in Rome on May 23 for the fifth round. After the Rome session, the mediator
    said ..."), is that recalled sitting, not the round the article reports: unless a
    sentence placed the article's own round there too."""
    if ref is None:
        return
    recalled: set[tuple[str, str]] = set()
    current: set[tuple[str, str]] = set()
    for piece in pieces:
        if piece.city is None or piece.follows is not None or piece.entry is not None:
            continue
        where = (piece.conflict, piece.city)
        days = [d.first for d in piece.dates if d.first is not None]
        if days and (piece.back or (ref - max(days)).days > _BACK_REFERENCE_DAYS):
            recalled.add(where)
        elif days or piece.future or piece.back:
            current.add(where)
        elif where in recalled and where not in current and not find_dates(piece.text, published):
            # (Not "The Jeddah platform was revived at the end of October": a time of its own,
            # however rough, tells another sitting there.)
            piece.back = True
        else:
            current.add(where)


def _group_key(piece: _Piece, ref: date | None) -> str:
    """Pieces of one earlier or later round share a venue, else a date."""
    if piece.entry is not None:
        return f"entry {piece.entry.isoformat()}"
    if piece.city:
        # "met in Istanbul on 16 May ... a second round there on 2 June": two rounds.
        day = round_start([d for d in piece.dates if d.kind is not DateKind.ROUGH], ref)
        return f"{piece.city} {day[0].isoformat()}" if day else piece.city
    start = round_start(piece.dates, ref)
    return start[0].isoformat() if start else ""


# A delegation described as it stands: "The American team is led by Steve Witkoff".
_STANDING_HEAD = re.compile(
    r"\b(?:is|are)\s+(?:led|headed|represented|fronted|chaired)\s+by\b|\b(?:leads|heads)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:delegation|team|side|negotiators)\b|"
    # "X and Y have led the two delegations since the first meeting", "Washington will again
    # be represented by X": the same heads as at the rounds before.
    r"\b(?:has|have)\s+(?:led|headed)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:delegations?|teams?|sides?)\s+(?:since|at\s+(?:every|each|all)|in\s+(?:every|each|all))\b|"
    r"\b(?:will|would)\s+again\s+be\s+(?:led|headed|represented)\s+by\b|"
    # "As in previous rounds, X and Y sat in separate rooms": said of every round so far.
    r"\bas\s+(?:in|at|with|during)\s+(?:(?:(?:all|the|every|each)\s+){0,2}(?:previous|earlier|"
    r"past|prior|other)\s+|(?:every|each|all\s+the)\s+)(?:rounds?|sessions?|meetings?)\b",
    _I,
)


_SAME_HEADS = re.compile(
    r"\b(?:between|of|for)\s+the\s+(?:two\s+)?(?:heads\s+of\s+(?:the\s+)?delegations?|"
    r"(?:chief|lead|top)\s+negotiators)\b",
    _I,
)


# A sentence listing earlier sittings by place and day (_RANKED_SITTINGS_HELD, _AFTER_SITTINGS).
_SITTINGS_LISTED = re.compile(rf"{_RANKED_SITTINGS_HELD_TEXT}|{_AFTER_SITTINGS}", _I)


def _share_standing_heads(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]],
    main_key: tuple[int, str, MentionKind, str],
) -> None:
    """Who leads a delegation, said in the present of the process as a whole, holds for
    the other rounds of it the article lists, where they name no head of their own."""
    heads = [c for c in groups.get(main_key, []) if c.field is Field.HEAD]
    standing = [c for c in heads if _STANDING_HEAD.search(c.sentence)]
    if not heads:
        return
    order, slug, _, _ = main_key
    for key, claims in groups.items():
        if key[:2] != (order, slug) or key == main_key or key[2] is MentionKind.REPORT:
            continue
        if any(c.field is Field.HEAD for c in claims):
            continue
        if claims and all(_SITTINGS_LISTED.search(c.sentence) for c in claims):
            # "The first two were held in Abu Dhabi, on 23 January and again on 4 February":
            # sittings listed by place and day only tell where and when, not who led.
            continue
        if any(_SAME_HEADS.search(c.sentence) for c in claims):
            # "another round between the heads of delegation next Saturday": the heads
            # the article has named.
            shared = heads
        elif any(c.field is Field.CITY for c in claims):
            shared = standing
        else:
            continue
        claims.extend(replace(c, confidence=c.confidence * _INFERRED) for c in shared)


# Offices whose holders speak of talks from their capitals more often than they sit at them:
# a president's comment names no head of delegation. (Leaders who meet are read elsewhere.)
_OFFICE_AWAY = re.compile(
    r"^(?:president|prime\s+minister|chancellor|king|emir|crown\s+prince|supreme\s+leader|"
    r"vice\s+president|speaker|head\s+of\s+state)\b|spokes(?:man|woman|person)|"
    r"\([12]\d{3}-",  # a past office: "Secretary of State (2021-2025)"
    _I,
)
_JOINED = re.compile(r"\b(?:joined|joins|joining)\s+(?:the\s+)?(?:talks|negotiations)\b", _I)
_GUESSED = 0.3  # a head inferred from being the side's one negotiator named in the report


def _sole_negotiators(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]],
    main_key: tuple[int, str, MentionKind, str],
    pieces: Sequence[_Piece],
    kb: KnowledgeBase,
) -> None:
    """A side at the table whose head no sentence names, and of which the report names one
    known negotiator only ("In one room sat Steve Witkoff. In the other, Iran's foreign
    minister Abbas Araghchi"): that negotiator led it, with low confidence, so any head a
    sentence does name, here or in another source, wins."""
    claims = groups.get(main_key)
    if not claims:
        return
    named = {c.value for c in claims if c.field in (Field.HEAD, Field.MEMBER)}
    headed = {c.party for c in claims if c.field is Field.HEAD}
    mediators = {c.value for c in claims if c.field is Field.MEDIATOR}
    sides = {c.value for c in claims if c.field is Field.PARTICIPANT} - headed - mediators
    if not sides:
        return
    seen: dict[str, dict[str, str]] = defaultdict(dict)
    for piece in pieces:
        if piece.kind is not MentionKind.REPORT or piece.conflict != main_key[1]:
            continue
        if not piece.strong or _JOINED.search(piece.text):
            # Named where the talks are (not "also travelled to Egypt"), and from the
            # start: who "joined the talks on Wednesday" came to a table someone else led.
            continue
        for m in kb.find(piece.text):
            if m.kind != "person":
                continue
            with contextlib.suppress(KeyError):
                person = kb.person(m.key)
                if (
                    person.affiliation in sides
                    and person.name not in named
                    and not _OFFICE_AWAY.search(person.role)
                ):
                    seen[person.affiliation].setdefault(person.name, piece.sentence.text)
    for side, people in sorted(seen.items()):
        if len(people) == 1:
            ((name, sentence),) = people.items()
            claims.append(Claim(Field.HEAD, name, sentence, _GUESSED, party=side))


# "The committee agreed to meet again on 19 December", "the next session of the mechanism
# is set for 3 March": a standing body sits where it sits, so its next sitting, told with no
# place of its own, is at the seat of the one reported.
_STANDING_BODY = (
    r"(?:committee|sub-?committee|mechanism|commission|working\s+group|joint\s+group|"
    r"monitoring\s+group|panel)"
)
_BODY_MEETS_AGAIN = re.compile(
    rf"\b{_STANDING_BODY}\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:to\s+)?(?:meet|convene|sit)\s+again\b|"
    rf"\b{_STANDING_BODY}\b(?:\s+[\w'’-]+){{0,8}}?\s+(?:to\s+)?reconvene\b|"
    rf"\b(?:next|another|new)\s+(?:session|meeting|sitting)\s+of\s+the\s+{_STANDING_BODY}\b",
    _I,
)
_THE_TWO_SIDES = re.compile(
    # "committing both forces to protect civilians", "the warring parties": the armed sides.
    # Not "only one of the two warring sides", "neither of the two sides": one side, or none.
    r"(?<!one\sof\s)(?<!neither\sof\s)(?<!either\sof\s)"
    r"\b(?:the\s+two\s+(?:warring\s+)?(?:sides|delegations|parties|teams|forces|armies|"
    r"belligerents|factions)|both\s+(?:warring\s+)?(?:sides|delegations|forces|armies|"
    r"belligerents|factions)|the\s+warring\s+(?:sides|parties|factions))\b"
    r"(?!\s+of\s+(?:the\s+)?(?:border|frontier|boundary|front|line|river)\b)",
    _I,
)


def _standing_body_seat(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]],
    main_key: tuple[int, str, MentionKind, str],
    ctx: _Context,
) -> None:
    """The reported round's one venue, and its sides, for the next sitting of the standing
    body it was (the sides only: who chairs or attends may change)."""
    kb = ctx.kb
    cities = {c.value for c in groups.get(main_key, []) if c.field is Field.CITY}
    if len(cities) != 1:
        return
    (city,) = cities
    conflict = ctx.conflicts.get(main_key[1])
    parties = set(conflict.parties) if conflict is not None else set()
    sides = {
        c.value
        for c in groups.get(main_key, [])
        if c.field is Field.PARTICIPANT and c.value in parties
    }
    for (order, slug, kind, _), claims in groups.items():
        if (
            order != main_key[0]
            or slug != main_key[1]
            or kind is not MentionKind.ANNOUNCEMENT
            or any(c.field is Field.CITY for c in claims)
        ):
            continue
        told = next((c.sentence for c in claims if _BODY_MEETS_AGAIN.search(c.sentence)), None)
        if told is None:
            continue
        claims.append(Claim(Field.CITY, city, told, _DATELINE))
        with contextlib.suppress(KeyError):
            claims.append(Claim(Field.COUNTRY, kb.place(city).country, told, _DATELINE))
        if not any(c.field is Field.PARTICIPANT for c in claims):
            claims.extend(Claim(Field.PARTICIPANT, side, told, _DATELINE) for side in sorted(sides))


def _heads_sit(groups: dict[tuple[int, str, MentionKind, str], list[Claim]]) -> None:
    """The side a head of delegation leads is at the table: "X and Y have led the two
    delegations since April" puts both sides at each round it is said of."""
    for claims in groups.values():
        seated = {c.value for c in claims if c.field is Field.PARTICIPANT}
        led = {c.party: c for c in claims if c.field is Field.HEAD and c.party is not None}
        claims.extend(
            Claim(Field.PARTICIPANT, party, head.sentence, _INFERRED * _INFERRED)
            for party, head in sorted(led.items())
            if party not in seated
        )


def _the_two_sides(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]], conflicts: dict[str, Conflict]
) -> None:
    """ "The two sides agreed to move on to expert talks": in a conflict of two parties, a
    round told of "the two sides" had both at the table, if nobody else is named as a side
    of it (at talks of one party with an outsider, the outsider is the other side)."""
    for key, claims in groups.items():
        conflict = conflicts.get(key[1])
        if conflict is None or len(conflict.parties) != 2:
            continue
        mediators = {c.value for c in claims if c.field is Field.MEDIATOR}
        sides = {c.value for c in claims if c.field is Field.PARTICIPANT} - mediators
        sides |= {c.party for c in claims if c.field is Field.HEAD and c.party is not None}
        if not sides <= set(conflict.parties) or sides == set(conflict.parties):
            continue
        told = next((c.sentence for c in claims if _THE_TWO_SIDES.search(c.sentence)), None)
        if told is None:
            continue
        claims.extend(
            Claim(Field.PARTICIPANT, party, told, _INFERRED * _INFERRED)
            for party in conflict.parties
            if party not in sides
        )


def _sides_of_the_process(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]], ctx: _Context
) -> None:
    """ "The first round, in Muscat on 12 April, was meant as a test": a sitting of the
    process the article is about, placed but told without its sides, sat the process's two
    parties. (Not in a process of three parties, where any two may meet.)"""
    conflict = ctx.conflicts.get(ctx.dominant or "")
    if conflict is None or len(conflict.parties) != 2:
        return
    for key, claims in groups.items():
        if key[1] != conflict.slug or not claims:
            continue
        mediators = {c.value for c in claims if c.field is Field.MEDIATOR}
        if any(
            c.field is Field.HEAD or (c.field is Field.PARTICIPANT and c.value not in mediators)
            for c in claims
        ):
            continue  # a side is told (a go-between at the table is none)
        # Placed by a sentence of its own, not by the dateline: seating a round only dated
        # would make one of any date near a talks word (see _placed_or_seated).
        told = next((c for c in claims if c.field is Field.CITY and c.confidence > _DATELINE), None)
        if told is None:
            continue
        named = {
            ctx.kb.person(m.key).affiliation
            for sentence in {c.sentence for c in claims}
            for m in ctx.kb.find(sentence)
            if m.kind == "person"
        }
        if named & set(conflict.parties) and not set(conflict.parties) <= named:
            # "Trump will meet Putin in Budapest": the sitting's people are told by name, one
            # side's without the other's, in whatever pair the day brings (no Zelensky).
            continue
        claims.extend(
            Claim(Field.PARTICIPANT, party, told.sentence, IMPLIED) for party in conflict.parties
        )


# "Oman's foreign minister, X, acts as mediator", "the Omani minister, who has mediated all
# three rounds", "X again carrying messages between the two delegations": the go-between
# told as standing at the errand of the whole process, not of one sitting, so every round
# the article tells of that names nobody else at the errand had him too. Not a go-between
# told of one sitting ("mediated the talks on Monday"), nor a wish ("offered to mediate").
_STANDING_ERRAND = re.compile(
    r"\b(?:acts|serves|is\s+acting|is\s+serving|has\s+acted|has\s+served|continues\s+to\s+act|"
    r"continues\s+to\s+serve)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?(?:mediator|"
    r"go-between|intermediary|facilitator)\b|"
    # "will once more act as mediator", "again acting as go-between": as at every sitting.
    r"\b(?:once\s+more|again|as\s+before)\s+(?:act|acts|acting|serve|serves|serving)\s+as\s+"
    r"(?:the\s+|a\s+)?(?:mediator|go-between|intermediary)\b|"
    # "How many rounds? Five, all mediated by Oman": each of those told.
    r"\b(?:all|each|every\s+one)\s+(?:of\s+them\s+)?(?:mediated|brokered|facilitated)\s+by\b|"
    # "who has chaired all three of these Istanbul rounds": the chair of each sitting.
    r"\b(?:has|have|had)\s+(?:(?:also|again)\s+)?(?:mediated|facilitated|brokered|hosted\s+and\s+"
    r"mediated|chaired|co-?chaired|presided\s+over)\s+(?:all|each|every|both)\s+(?:(?:of\s+)?"
    r"(?:the\s+)?(?:two|three|four|five|six|seven|previous|earlier|past)\s+){0,2}"
    r"(?:of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?)?(?:[A-Z][\w'’-]+\s+)?"
    r"(?:rounds?|sessions?|meetings?)\b|"
    r"\b(?:again|once\s+more|as\s+before|as\s+in\s+(?:every|each|all)\s+[\w\s]{1,20}?)\s*,?\s+"
    r"(?:carrying|carried|carries|relaying|relayed|relays|passing|passed|shuttling|shuttled)\s+"
    r"(?:messages|proposals|notes)\s+between\b|"
    # "Oman, which hosted most of the sessions and mediated all five", "X mediated five rounds
    # of indirect talks in 2025: ...": the rounds counted are each his.
    r"\b(?:mediated|brokered|facilitated|chaired)\s+(?:all\s+|each\s+of\s+)?(?:(?:the|its|their)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?!\s*(?:%|per|years?|months?|"
    r"weeks?|days?|hours?)\b)",
    _I,
)
_NOT_STANDING = re.compile(
    r"\b(?:offer(?:ed|s)?|propos(?:ed|es)|hope[sd]?|want(?:s|ed)?|would\s+like|ready|willing|"
    r"declin\w+|refus\w+|no\s+longer|not|never|stopped|ceased)\b",
    _I,
)


def _at_all(conflict: Conflict) -> Callable[[int], Conflict | None]:
    """The one conflict of a sentence, wherever in it."""
    return lambda _pos: conflict


def _standing_go_between(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]],
    sentences: Sequence[Sentence],
    pieces: Sequence[_Piece],
    ctx: _Context,
) -> None:
    """The usual go-between of a conflict, told as at the errand of all its rounds, goes
    on every held round of that conflict in the article that names sides but no mediator.
    A sentence no piece is made of ("X, the sultanate's minister, serves as go-between")
    speaks of the article's main conflict."""
    kb = ctx.kb
    told_of: dict[str, list[str]] = defaultdict(list)
    for piece in pieces:
        told_of[piece.sentence.text].append(piece.conflict)
    standing: dict[str, tuple[set[str], str]] = {}
    for sentence in sentences:
        text = sentence.text
        errand = _STANDING_ERRAND.search(text)
        slugs = told_of.get(text) or [ctx.dominant or ""]
        if errand is None or len(set(slugs)) != 1:
            continue
        slug = slugs[0]
        conflict = ctx.conflicts.get(slug)
        if errand is None or conflict is None or _NOT_STANDING.search(text[: errand.start()]):
            continue
        matches = kb.find(text)
        found = {key for key, _ in _mediators(text, _actor_matches(matches))}
        found |= {p.value for p in _person_mediators(text, matches, kb, _at_all(conflict))}
        found = {
            side
            for side in found
            if side in conflict.usual_mediators and side not in conflict.parties
        }
        if found:
            sides, _ = standing.setdefault(slug, (set(), text))
            sides |= found
    for (_, slug, kind, _), claims in groups.items():
        if slug not in standing or kind is MentionKind.ANNOUNCEMENT:
            continue
        if any(c.field is Field.MEDIATOR for c in claims):
            continue
        if not any(c.field is Field.PARTICIPANT for c in claims):
            continue
        if ctx.published is not None and any(
            c.field is Field.START_DATE
            and date.fromisoformat(c.value) < ctx.published.date() - timedelta(days=365)
            for c in claims
        ):
            # "has chaired all three of these rounds": the process of the day, not a round
            # of years before that the article also recalls.
            continue
        sides, told = standing[slug]
        claims.extend(Claim(Field.MEDIATOR, side, told, _INFERRED) for side in sorted(sides))


def _deal_guarantors(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]],
    main_key: tuple[int, str, MentionKind, str],
    sentences: Sequence[Sentence],
    pieces: Sequence[_Piece],
    ctx: _Context,
) -> None:
    """The usual go-betweens named as guarantors of the deal ("It names Egypt, Qatar and
    the United States as the guarantors"), in a sentence no round was read from (a live
    entry quoting a statement, a pronoun for the deal), mediated the article's reported
    round."""
    claims = groups.get(main_key)
    conflict = ctx.conflicts.get(main_key[1])
    if not claims or conflict is None or not any(c.field is Field.CITY for c in claims):
        return
    told_of = {piece.sentence.text for piece in pieces}
    have = {c.value for c in claims if c.field is Field.MEDIATOR}
    for sentence in sentences:
        text = sentence.text
        if text in told_of or not re.search(r"\bguarantors?\b", text, _I):
            continue
        for m in _actor_matches(ctx.kb.find(text)):
            if (
                m.key in conflict.usual_mediators
                and m.key not in conflict.parties
                and m.key not in have
                and _stands_guarantor(text, m)
            ):
                have.add(m.key)
                claims.append(Claim(Field.MEDIATOR, m.key, text, _INFERRED))


_LEADER_OFFICE = re.compile(
    r"^(?:president|prime\s+minister|chancellor|king|emir|crown\s+prince|head\s+of\s+state|"
    r"chairman\s+of\s+the\s+(?:sovereignty|presidential)\s+council)\b",
    _I,
)


def _leaders_outrank_ministers(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]], kb: KnowledgeBase
) -> None:
    """When the leaders of two sides themselves meet or sign, they head their delegations:
    their foreign ministers who "initialled the text" beside them came with them."""
    for claims in groups.values():
        leaders: dict[str, str] = {}
        for c in claims:
            if c.field is not Field.HEAD or c.party is None:
                continue
            with contextlib.suppress(KeyError):
                person = kb.person(c.value)
                if person.affiliation == c.party and _LEADER_OFFICE.match(person.role):
                    leaders.setdefault(c.party, c.value)
        if len(leaders) < 2:
            continue
        claims[:] = [
            replace(c, field=Field.MEMBER)
            if c.field is Field.HEAD and c.party in leaders and c.value != leaders[c.party]
            else c
            for c in claims
        ]


def _bilateral_sides(groups: dict[tuple[int, str, MentionKind, str], list[Claim]]) -> None:
    """ "Eight hours of bilateral talks", with a head named for each of two delegations: the
    two sat alone, so a party only inferred from a sentence of the round ("the civilians
    held by Russia") was talked about, not at the table."""
    for claims in groups.values():
        formats = {c.value for c in claims if c.field is Field.FORMAT}
        if formats & {"trilateral", "indirect"} or "bilateral" not in formats:
            continue
        headed = {c.party for c in claims if c.field is Field.HEAD and c.party is not None}
        if len(headed) != 2:
            continue
        claims[:] = [
            c
            for c in claims
            if not (
                c.field is Field.PARTICIPANT and c.value not in headed and c.confidence < _CONFIDENT
            )
        ]


def _join_undated(groups: dict[tuple[int, str, MentionKind, str], list[Claim]]) -> None:
    """Claims of an earlier or later round named by its venue alone go to the one dated
    round at that venue, if there is exactly one: "the Abu Dhabi round on 23 January ...
    the Abu Dhabi talks ended without a deal"."""
    for key in [k for k in groups if k[3] and not any(ch.isdigit() for ch in k[3])]:
        order, slug, kind, city = key
        dated = [
            k
            for k in groups
            if k[:3] == (order, slug, kind) and k[3].startswith(city + " ") and k != key
        ]
        if len(dated) == 1:
            groups[dated[0]].extend(groups.pop(key))


_ROUGH_DAY = 0.4  # the most a day read from a stretch ("next week") is claimed with
_A_WEEK = timedelta(days=6)


def _join_rough_plans(groups: dict[tuple[int, str, MentionKind, str], list[Claim]]) -> None:
    """ "NAIROBI - New talks on Sudan are due to begin next week ... due to open in Geneva on
    14 August": a round announced for a stretch of days, placed only by the dateline, is the
    one announced at a venue for a day within that stretch, if there is exactly one."""
    for key in [k for k in groups if k[2] is MentionKind.ANNOUNCEMENT]:
        claims = groups.get(key)
        if claims is None:
            continue
        starts = [c for c in claims if c.field is Field.START_DATE]
        if not starts or any(c.confidence > _ROUGH_DAY for c in starts):
            continue
        if any(c.field is Field.CITY and c.confidence > _DATELINE for c in claims):
            continue
        stretch = date.fromisoformat(starts[0].value)
        placed = [
            k
            for k, other in groups.items()
            if k != key
            and k[:3] == key[:3]
            and any(c.field is Field.CITY and c.confidence > _DATELINE for c in other)
            and any(
                c.field is Field.START_DATE
                and stretch <= date.fromisoformat(c.value) <= stretch + _A_WEEK
                for c in other
            )
        ]
        if len(placed) == 1:
            groups[placed[0]].extend(
                c
                for c in groups.pop(key)
                if c.field not in (Field.CITY, Field.COUNTRY, Field.START_DATE, Field.END_DATE)
            )


def _lead_date(
    sentences: Sequence[Sentence],
    ref: date | None,
    published: datetime | None,
    placed: tuple[str, KnowledgeBase] | None = None,
) -> list[Claim]:
    """The day of the news in the lead, for a reported round no sentence about it dates.

    A report tells when in its first sentence ("failed to make progress on Thursday") and
    may name the venue only later; the claim is weak so that any date of the talks wins.
    """
    # A lead whose first sentence is the writer's ("I have covered a dozen summits") and
    # tells no time may tell the day in another one that names the round's venue (``placed``:
    # its city, stated, and the knowledge base): "By that measure, Friday in Alaska was a thin
    # day".
    spans: list[DateSpan] = []
    for index, lead in enumerate(s for s in sentences if not s.title and s.paragraph == 0):
        if index and (
            placed is None
            or not any(m.kind == "place" and m.key == placed[0] for m in placed[1].find(lead.text))
        ):
            continue
        filed = _DATELINE_PREFIX.match(lead.text)
        told = find_dates(lead.text, published)
        spans = [
            span
            for span in told
            if span.kind is not DateKind.ROUGH
            and (filed is None or span.start >= filed.end())
            and not _day_of_event(lead.text, span)
        ]
        if told:
            break  # the first sentence that tells a time tells the news's, or none
    if not spans:
        return []
    # The first date is the news; later ones recall what led to it ("two weeks ago").
    start = round_start(spans[:1], ref)
    if start is None or (ref is not None and start[0] > ref):
        return []
    return [Claim(Field.START_DATE, start[0].isoformat(), lead.text, round(start[1] * 0.5, 3))]


# Explainers list rounds as dated entries: "March 29, 2022." above or at the head of a
# paragraph, "- 16 May 2025, Istanbul: ..." or "16 May 2025: ..." opening a line.
_ENTRY_LEAD = re.compile(r"^[\s•*·–—-]*")
# After the date: a colon, or the place then a colon or a dash ("16 May 2025, Istanbul:"),
# or the place closing the sentence ("28 January 2024, Paris."): the heading of the
# paragraph it opens.
_ENTRY_REST = re.compile(
    r"^\s*(?::|,\s*(?P<place>[^,.:;–—]{2,40}?)\s*(?::|\s[-–—]\s))|^\s*[.:]?\s*$"
    r"|^\s*,\s*(?P<closing>[A-Z][^,.:;–—]{1,39}?)\s*\.\s*$"
)
# "July 2025, Doha." or "Doha, July 2025:": a month heads an entry only beside a place.
_MONTH_ENTRY = re.compile(r"^[A-Z][a-z]+\.?\s+(?:19|20)\d\d$")
_BULLETED_REST = re.compile(r"^\s*[,.:–—-]")
_ENTRY_PLACE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s*")


@dataclass(frozen=True, slots=True)
class _Entry:
    day: date
    last: date | None  # the last day of an entry dated by a range: "January 23-24, 2026"
    alone: bool  # the sentence is the date and nothing else
    place: str | None  # the place named after the date, as written
    month: bool = False  # dated by its month only ("July 2025, Doha."): no day of its own


def _entry(text: str, published: datetime | None, kb: KnowledgeBase) -> _Entry | None:
    """The dated list entry a sentence or heading opens, if it opens one."""
    lead_match = _ENTRY_LEAD.match(text)
    lead = lead_match.end() if lead_match else 0
    spans = find_dates(text, published)
    if not spans:
        return None
    month = spans[0].kind is DateKind.ROUGH and bool(
        _MONTH_ENTRY.match(text[spans[0].start : spans[0].end])
    )
    if spans[0].kind is not DateKind.EXPLICIT and not month:
        return None
    # "Riyadh, February 18, 2025. Rubio and Lavrov hold ...": the place may come first.
    before = _ENTRY_PLACE.fullmatch(text[lead : spans[0].start])
    if spans[0].start != lead and before is None:
        return None
    day = spans[0].first
    rest = text[spans[0].end :]
    found = _ENTRY_REST.match(rest)
    if day is None or (found is None and not (lead and _BULLETED_REST.match(rest))):
        return None
    if before is not None and not rest.lstrip().startswith((".", ":")):
        return None
    alone = not rest.strip(" .:") and before is None
    place = before["place"] if before else None
    if place is None and found is not None:
        place = found["place"] or found["closing"]
    if month and place is None:
        return None  # "July 2025." alone is a byline's or a section's month, not an entry
    if (month or (found is not None and found["closing"])) and _place_in(
        place, kb, leading=True
    ) is None:
        return None  # "March 2025, Reuters.": a credit line, not a place heading an entry
    return _Entry(day, spans[0].last, alone, place, month)


def _entries(
    sentences: Sequence[Sentence], published: datetime | None, kb: KnowledgeBase
) -> list[tuple[_Entry | None, bool]]:
    """For each sentence: the list entry it belongs to, and whether it is only its date.

    A date alone on its line dates every paragraph down to the next entry or heading; a
    date heading a paragraph dates that paragraph only.
    """
    result: list[tuple[_Entry | None, bool]] = []
    current: _Entry | None = None
    scope: int | None = None  # the one paragraph the entry covers; None: it runs on
    heading: str | None = None
    for index, s in enumerate(sentences):
        if s.title:
            result.append((None, False))
            continue
        if s.heading != heading:
            heading = s.heading
            dated = _entry(heading, published, kb) if heading else None
            current, scope = (dated, None) if dated and dated.alone else (None, None)
        found = _entry(s.text, published, kb)
        if found is not None:
            nxt = sentences[index + 1] if index + 1 < len(sentences) else None
            own_line = found.alone and (nxt is None or nxt.paragraph != s.paragraph)
            current, scope = found, None if own_line else s.paragraph
            result.append((found, found.alone))
            continue
        if scope is not None and s.paragraph != scope:
            current, scope = None, None
        result.append((current, False))
    return result


# A live page's entry opens on its time, the day before it or not: "21:30 - ...", "Monday 6
# October, 21:30 - ...", "1412 GMT: ...", "10.42am BST | ...", "**08:05** ...". Times need
# a separator or a zone after them, so that "At 10:00 the talks resumed" opens no entry.
_LIVE_STAMP = re.compile(
    r"^[\s*•·]*(?P<day>[A-Z][^:|–—]{2,40}?[,\s]\s*)?(?:at\s+)?"
    r"(?:[01]?\d|2[0-3])[:.h]?[0-5]\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|local(?:\s+time)?)(?:\s*[+-]\s*\d{1,2})?)?"
    r"\**\s*(?:[-–—:|]\s+|(?<=[A-Z])\s+|\*\*\s*)",
    _I,
)


@dataclass(frozen=True, slots=True)
class _Live:
    """Where a sentence of a live page stands: the moment of its entry when the entry's
    day is not the publication's, and the text after the entry's time stamp when the
    sentence opens the entry (else the sentence's own text)."""

    moment: datetime | None
    text: str
    entry: bool  # the sentence is of an entry (not of a paragraph between entries)


# A heading that is a day and nothing else: "WEDNESDAY", "Tuesday 7 October", "Oct 8".
_DAY_HEADING = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+[A-Za-z]{3,9}|"
    r"[A-Za-z]{3,9}\.?\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?",
    _I,
)


def _live_days(sentences: Sequence[Sentence], published: datetime | None) -> list[_Live | None]:
    """For each sentence of a live page (two or more paragraphs opening on a time), where
    its entry stands; None for a sentence of no entry, or of a page that is no live page.

    Relative words ("opened this evening", "talks resume tomorrow") are told from the
    entry's own day: an entry dated "Monday 6 October, 21:30 - ..." sets the day for itself
    and for what follows (undated entries, a "Context:" paragraph) until another dated
    entry; a page whose entries bear times alone is all told on its publication day.
    """
    stamps = {
        s.paragraph: found
        for s in sentences
        if not s.title and (found := _LIVE_STAMP.match(s.text)) is not None
    }
    firsts = {s.paragraph: i for i, s in reversed(list(enumerate(sentences)))}
    stamps = {p: f for p, f in stamps.items() if sentences[firsts[p]].text.startswith(f[0])}
    if len(stamps) < 2 or published is None:
        return [None] * len(sentences)
    result: list[_Live | None] = []
    current: datetime | None = None
    heading: str | None = None
    for index, s in enumerate(sentences):
        found = stamps.get(s.paragraph) if firsts.get(s.paragraph) == index else None
        told = found["day"] if found is not None else None
        if s.heading != heading:
            # A day heading the entries below it ("WEDNESDAY", "Tuesday 7 October"), told in
            # the past: the page's days gone by, not the week ahead.
            heading = s.heading
            if heading and _DAY_HEADING.fullmatch(heading.strip()):
                told = told or heading
        if told:
            spans = [
                d
                for d in find_dates(told, published, Tense.PAST)
                if d.first is not None and d.kind in (DateKind.EXPLICIT, DateKind.RELATIVE)
            ]
            day = spans[-1].first if spans else None
            if day is not None:
                moment = published.replace(year=day.year, month=day.month, day=day.day)
                current = None if day == published.date() else moment
        if s.title or s.paragraph not in stamps:
            # A paragraph between entries ("Context: ...") keeps the day, not the entry.
            result.append(None if current is None or s.title else _Live(current, s.text, False))
            continue
        result.append(_Live(current, s.text[found.end() :] if found else s.text, True))
    return result


def _one_side(matches: Sequence[Match], conflict: Conflict | None) -> bool:
    """Whether a sentence names a side of the conflict (as an actor, not a place)."""
    return conflict is not None and any(
        m.kind == "actor" and m.key in conflict.parties for m in matches
    )


_LIVE_DAYS = 10  # a live page follows one round: later entries than this are of another


def _live_end(follow: _Piece, opened: date | None, here: _Live, moment: datetime | None) -> None:
    """An entry of a later day than the round ``opened`` that tells its deal or its end
    ("Thursday 9 October, 02:40 - Hamas confirms an agreement ...") dates the round's last
    day: the talks ran until the entry's day."""
    if moment is None or opened is None:
        return
    day = moment.date()
    if not 0 < (day - opened).days <= _LIVE_DAYS:
        return
    if any(c.field is Field.OUTCOME for c in follow.claims) or _TALKS_OVER.search(here.text):
        follow.claims.append(_Pending(Field.END_DATE, day.isoformat(), _INFERRED, 0))


def _resumes_later(piece: _Piece, day: date) -> bool:
    """Whether a live entry of ``day`` tells the talks going on a day or two later only
    (the next day of the round; "continue the talks next Saturday" is another round)."""
    return (
        bool(piece.dates)
        and _CONTINUATION.search(piece.text) is not None
        and all(
            d.first is not None and d.kind is not DateKind.ROUGH and 0 < (d.first - day).days <= 2
            for d in piece.dates
        )
    )


def _of_page(piece: _Piece, page: _Piece | None, ctx: _Context, day: date | None) -> bool:
    """Whether a piece found in a live page's entry tells the round the page follows: of
    the article's conflict, held, at the page's venue or none, and dated (if at all) on
    the entry's day or the day before. "12:30 - Context: the February 18 meeting in Riyadh
    agreed ..." recalls another meeting, which the entries after it are not about."""
    if piece.conflict != ctx.dominant or piece.future or piece.back:
        return False
    if page is not None and piece.city is not None and page.city not in (None, piece.city):
        return False
    return all(
        d.first is None or (day is not None and 0 <= (day - d.first).days <= 1) for d in piece.dates
    )


# A venue named by pointing back at the last one: "met at the same palace", "talks there".
_SAME_VENUE = re.compile(
    # "the same UN compound", "the same waterfront building": a word or two may qualify it.
    r"\b(?:the\s+same\s+(?:[\w'’-]+\s+){0,2}?(?:city|town|capital|venue|place|palace|hotel|resort|building|"
    r"location|table|base|site|compound|premises|villa|castle|estate|complex)|(?:met|meet|meeting|talks|negotiations|round|gathered|convened|held|"
    r"returned|back)\s+(?:\w+\s+){0,2}?there|"
    # "At an extraordinary meeting of the General Border Committee there": the body's name
    # between (not "talks on whether there is a deal", where "there" is no place).
    r"(?:meeting|session|sitting)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}there"
    r"(?!\s+(?:is|are|was|were|would|will|had|has|have|be)\b))\b",
    _I,
)


def _place_before(sentences: Sequence[Sentence], index: int, kb: KnowledgeBase) -> str | None:
    """The one place the sentence before ``index`` names, in the same paragraph."""
    if index == 0:
        return None
    before, here = sentences[index - 1], sentences[index]
    if before.title or before.paragraph != here.paragraph:
        return None
    places = {m.key for m in kb.find(before.text) if m.kind == "place"}
    return places.pop() if len(places) == 1 else None


def _add_city(piece: _Piece, city: str, confidence: float, kb: KnowledgeBase) -> None:
    piece.claims.extend(_venue_claims(city, confidence, 0, kb))
    piece.city = city


def _place_in(text: str | None, kb: KnowledgeBase, *, leading: bool) -> str | None:
    """The known place ``text`` names (at its very start if ``leading``)."""
    if not text:
        return None
    for m in kb.find(text):
        if m.kind == "place" and (not leading or m.start == 0):
            return m.key
    return None


def _entry_year(text: str, spans: Sequence[DateSpan], day: date) -> list[DateSpan]:
    """Days a list entry's paragraph names without their year, read in the entry's year.

    "July 2023, Jeddah. ... The talks opened on 6 July": the entry's year holds for the
    paragraph. Only a day from the entry's own on, within a year, takes it; an earlier one
    ("December 2024, Doha. ... resumed on 3 January") runs into the next year.
    """
    result: list[DateSpan] = []
    for span, carried in zip(spans, _in_year(text, spans, day.year), strict=True):
        first = carried.first
        ok = first is not None and day <= first <= day + timedelta(days=366)
        result.append(carried if ok else span)
    return result


def _within_entry(piece: _Piece, entry: _Entry, sentence: Sentence) -> bool:
    """Whether every day a piece names falls within its list entry's span: the entry's
    month ("July 2025, Doha."), or its day or days ("6-9 October 2025, Sharm el-Sheikh.")."""
    if piece.city is not None:
        return False  # a place of its own: the sentence tells where it happened itself
    spans = _entry_year(sentence.text, piece.dates, entry.day)
    days = [d.first for d in spans if d.kind is DateKind.EXPLICIT and d.first is not None]
    if not days or len(days) != len(spans):
        return False
    if entry.month:
        return all((d.year, d.month) == (entry.day.year, entry.day.month) for d in days)
    return all(entry.day <= d <= (entry.last or entry.day) for d in days)


def _date_entry(piece: _Piece, entry: _Entry, sentence: Sentence, kb: KnowledgeBase) -> None:
    """File a piece under the list entry it belongs to, with the entry's day and place."""
    piece.entry = entry.day
    if not piece.dates:
        if entry.month:
            piece.dates.append(DateSpan(0, 0, DateKind.ROUGH, entry.day, None, 0.3))
        else:
            piece.dates.append(DateSpan(0, 0, DateKind.EXPLICIT, entry.day, entry.last, 0.9))
    else:
        piece.dates = _entry_year(sentence.text, piece.dates, entry.day)
    if piece.city is None:
        # "16 May 2025, Istanbul: ...", or a section headed "Doha: the rebels".
        city = _place_in(entry.place, kb, leading=False) or _place_in(
            sentence.heading, kb, leading=True
        )
        if city is not None:
            _add_city(piece, city, _INFERRED, kb)


# "In Geneva.", "Then Vienna.", "And Lausanne?": an interview's or a retrospective's cue for
# the place of the passage that follows.
_PLACE_FRAGMENT = re.compile(
    r"^(?:(?:and|then|so|now|next|first|finally|in|at|to)\s+){0,2}(?P<place>[^\s.?!][^.?!]{0,40}?)"
    r"\s*[.?!:]?$",
    _I,
)
_FRAGMENT_PARAGRAPHS = 1  # the fragment's own paragraph and the one after it


# A sentence that sets the scene of the next step of a process, sides told after it: "The
# most recent attempt came this week in Berlin.", "The next stop was Riyadh."
_SCENE_SETTER = re.compile(
    r"^(?:the|a)\s+(?:latest|most\s+recent|next|last|first|second|third|newest|final|new)\s+"
    r"(?:attempt|effort|push|chapter|stop|step|act|episode|try|stage|bid)\s+(?:came|was\s+made|"
    r"took\s+place|unfolded|was)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:in|at)\s+)?"
    r"(?P<place>(?-i:[A-Z])[^.?!,]{0,40}?)\s*[.!]?$",
    _I,
)


def _place_fragment(sentence: Sentence, kb: KnowledgeBase) -> str | None:
    """The place a sentence that is nothing but a place (and a connective) names, or the
    place a scene-setting sentence ("The most recent attempt came this week in Berlin.")
    names (a month's entry of a chronology, "July 2025, Doha.", is read by _entry)."""
    if sentence.title:
        return None
    text = sentence.text.strip()
    for pattern in (_PLACE_FRAGMENT, _SCENE_SETTER):
        found = pattern.match(text)
        if found is None:
            continue
        places = [m for m in kb.find(found["place"]) if m.kind == "place"]
        if len(places) == 1 and places[0].start == 0 and places[0].end == len(found["place"]):
            return places[0].key
    return None


def _story_places(sentences: Sequence[Sentence], kb: KnowledgeBase) -> list[tuple[str, Sentence]]:
    """The one venue the headline names, then the dateline's city, as far as they exist."""
    found: list[tuple[str, Sentence]] = []
    for sentence in sentences:
        if sentence.title:
            cities = {city for city, _ in _venue(sentence.text, kb.find(sentence.text), kb)}
            if len(cities) == 1:
                found.append((cities.pop(), sentence))
        elif sentence.paragraph == 0:
            city = _dateline(sentence, kb.find(sentence.text))
            if city is not None:
                found.append((city, sentence))
            break
    return found


# A round named by its venue with the definite article, as analyses, reactions and live
# blogs refer to it without a date: "the Alaska summit", "the meeting in Riyadh".
_NAMED_BEFORE = re.compile(
    r"\bthe\s+(?:(?:talks|meeting|summit|negotiations|round)\s+(?:in|at)\s+(?:the\s+)?)?$", _I
)
_NAMED_AFTER = re.compile(
    r"^\s+(?:peace\s+|direct\s+|indirect\s+)?(?:talks|meeting|summit|negotiations|round)\b", _I
)


def _named_venue(
    sentences: Sequence[Sentence], kb: KnowledgeBase, elsewhere: set[str]
) -> tuple[str, Sentence] | None:
    """The one venue the article names its round by, when it names no other that way.

    ``elsewhere``: the venues of the other rounds the article speaks of (an announced or a
    recalled one), which "the Washington meeting" may just as well mean.
    """
    found: dict[str, Sentence] = {}
    for sentence in sentences:
        text = sentence.text
        for m in kb.find(text):
            if m.kind != "place" or m.key in elsewhere:
                continue
            before = _NAMED_BEFORE.search(text[max(0, m.start - 40) : m.start])
            if before is None:
                continue
            # "the talks in Riyadh" names the talks before the place, "the Riyadh talks" after.
            talks_before = before.group(0).strip().lower() != "the"
            if not talks_before and not _NAMED_AFTER.match(text[m.end : m.end + 30]):
                continue
            if _EARLIER_VENUE.search(text[max(0, m.start - 60) : m.start]):
                continue
            found.setdefault(m.key, sentence)
    return next(iter(found.items())) if len(found) == 1 else None


def _scene(
    sentences: Sequence[Sentence], kb: KnowledgeBase, elsewhere: set[str]
) -> tuple[str, Sentence] | None:
    """The one venue the lead sentence names, when it sets the scene of a round that no
    sentence about the talks places: the place and day of the news come first."""
    lead = next((s for s in sentences if not s.title), None)
    if lead is None or lead.paragraph != 0 or _DATELINE_PREFIX.match(lead.text):
        return None
    return _only_place(lead, kb, elsewhere)


def _only_place(
    sentence: Sentence, kb: KnowledgeBase, elsewhere: set[str]
) -> tuple[str, Sentence] | None:
    """The one place ``sentence`` names, if it is none of ``elsewhere`` and the sentence
    does not report what someone said: in "Erdogan said on Friday that Istanbul would suit
    a summit" the news is what was said, and the place named is only talked about."""
    if _ATTRIBUTED.search(sentence.text):
        return None
    places = {m.key for m in kb.find(sentence.text) if m.kind == "place"}
    if len(places) != 1 or places & elsewhere:
        return None
    return places.pop(), sentence


def _headline_place(
    sentences: Sequence[Sentence], kb: KnowledgeBase, elsewhere: set[str]
) -> tuple[str, Sentence] | None:
    """The one place the headline names, of a round no sentence places: "Muscat diplomacy
    brings the two sides to the table", "Geneva returns to the centre of the talks"."""
    title = next((s for s in sentences if s.title), None)
    return None if title is None else _only_place(title, kb, elsewhere)


def _plain_place(city: str, sentence: Sentence, kb: KnowledgeBase) -> bool:
    """Whether a sentence names ``city`` as no other sitting's, nor anyone's behalf:
    not "a fortnight after their first meeting in Istanbul", "at Washington's request"."""
    text = sentence.text
    for m in kb.find(text):
        if m.kind == "place" and m.key == city:
            before = text[max(0, m.start - 60) : m.start]
            after = text[m.end : m.end + 40]
            if (
                _EARLIER_VENUE.search(before)
                or _WATCHED_IN.search(before)
                or _ON_BEHALF.match(after)
                or _BACK_REFERENCE.search(before)
            ):
                return False
    return True


def _other_venues(
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]], dominant: str | None
) -> set[str]:
    """The venues the article gives its conflict's rounds so far."""
    return {
        c.value
        for (_, slug, _, _), claims in groups.items()
        if slug == dominant
        for c in claims
        if c.field is Field.CITY
    }


def _meeting_place(
    sentence: Sentence, dates: Sequence[DateSpan], kb: KnowledgeBase
) -> tuple[str, list[DateSpan]] | None:
    """A venue and a day a sentence gives a meeting that is no round by itself, its sides
    unnamed: "On Wednesday a planned gathering of ministers in London was downgraded"."""
    text = sentence.text
    if sentence.title or not (_WEAK_TRIGGER.search(text) or _STRONG_TRIGGER.search(text)):
        return None
    days = [d for d in dates if d.first is not None and d.kind is not DateKind.ROUGH]
    clauses = _clauses(text)
    venues = [
        (city, pos)
        for city, pos in _venue(text, kb.find(text), kb)
        if not _muted(text[slice(*clauses[_clause_index(clauses, pos)])])
    ]
    if len({city for city, _ in venues}) != 1 or len({d.first for d in days}) != 1:
        return None
    return venues[0][0], days


def _has_substance(claims: Sequence[Claim]) -> bool:
    return any(c.field in (Field.CITY, Field.START_DATE) for c in claims)


# A sentence opening by pointing at what was just told of: "That meeting", "Those talks".
_POINTS_BACK = re.compile(r"^\s*(?:those|that|these|then|there)\b", _I)
# A sentence opening by pointing at the talks just told of: "Those talks ended after five
# days without a deal", "These negotiations broke down in June".
_THOSE_TALKS = re.compile(
    r"^\s*(?:those|these|that|this)\s+(?:[\w'’-]+\s+)?(?:talks|meetings?|negotiations|"
    r"sessions?|rounds?|discussions|consultations)\b",
    _I,
)


# After a day's possessive, the sitting it names: "Saturday's talks", "Monday's session".
_SITTING_OF_THE_DAY = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:talks|meeting|session|round|negotiations|sitting|summit)\b", _I
)


# "There, the two prime ministers signed": at the place the sentence before took us to.
_THERE_OPENS = re.compile(
    r"^\s*(?:there|it\s+was\s+there\s+that)\s*,?\s+(?!is\b|are\b|was\b|were\b|will\b|would\b|has\b|have\b|had\b)",
    _I,
)


# "Talks in Cairo and Doha", "negotiations in Muscat and then Rome": two places at once.
_TALKS_IN_TWO_CITIES = re.compile(
    r"\b(?:talks|negotiations|rounds|meetings|sessions)\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:and|or)\s+(?:then\s+|later\s+)?(?:in\s+|at\s+)?"
    r"(?-i:[A-Z])",
    _I,
)


# "At that three-way meeting", "During those talks": the sitting the sentence before told.
_AT_THAT_MEETING = re.compile(
    r"^\s*(?:at|in|during|after)\s+(?:that|this|those|these)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:talks|meetings?|negotiations|sessions?|rounds?|summit|sitting)\b",
    _I,
)


# "The last of them", "The second of these": one of several sittings just told of.
_RANK_OF_THEM = re.compile(
    r"^\s*(?:the\s+)?(?:first|second|third|fourth|fifth|last|latest|latter|most\s+recent)\s+"
    r"(?:one\s+)?of\s+(?:them|these|those)\b|"
    # "The most recent, in Rome on 23 May, ended ...": the rank alone, placed or dated.
    # So does the ordinal: "The fifth, in Rome on 23 May, ended ...", after "five rounds".
    r"^\s*the\s+(?:first|second|third|fourth|fifth|sixth|seventh|last|latest|most\s+recent)"
    r"\s*,\s+(?:in|on|at)\b",
    _I,
)
_SITTINGS = re.compile(
    r"\b(?:rounds|meetings|sessions|sittings)\b|"
    # "the third time in two months that Russian and American officials have sat down in
    # the Emirati capital": the sittings counted by their times.
    r"\b(?:second|third|fourth|fifth|sixth)\s+time\b[^.;]{0,80}?\b(?:met|sat\s+down|"
    r"gathered|convened|held\s+talks)\b",
    _I,
)


def _ranked_of_them(sentences: Sequence[Sentence], index: int, published: datetime | None) -> bool:
    """Whether the sentence opens by picking one of the sittings the sentence before told of
    without their days. Sittings told with their days are rounds already, which "The second
    of them, which had been due on 1 February" goes on about (_goes_on)."""
    if index == 0 or not _RANK_OF_THEM.match(sentences[index].text):
        return False
    before = sentences[index - 1]
    return (
        before.paragraph == sentences[index].paragraph
        and bool(_SITTINGS.search(before.text))
        and not any(d.kind is DateKind.EXPLICIT for d in find_dates(before.text, published))
    )


def _goes_on(piece: _Piece, last: _Piece) -> bool:
    """Whether a piece that names talks goes on about the placed round of the piece before.

    Only within a paragraph, and only when the piece places no round itself: no day, no
    venue, no ordinal ("the second round") and nothing still to come.
    """
    placed = last.follows or last
    if not (
        piece.conflict == last.conflict
        and piece.sentence.paragraph == last.sentence.paragraph
        and not piece.sentence.title
        and piece.city is None
        and not piece.future
        and piece.entry is None
        and not any(c.field is Field.ORDINAL for c in piece.claims)
    ):
        return False
    if not piece.dates:
        return bool(placed.dates or placed.city)
    # "... travelled to Sanaa and met the council's head. Those talks, from 9 to 13 April,
    # ended without a deal": pointed at, the round just placed gets its days here.
    rough = all(d.kind is DateKind.ROUGH for d in placed.dates)
    return bool(_THOSE_TALKS.match(piece.sentence.text) and placed.city and rough)


def _headline_formats(
    sentences: Sequence[Sentence], main: _Piece, pieces: Sequence[_Piece], kb: KnowledgeBase
) -> _Piece | None:
    """The formats and topics of a headline that names no sides, place nor other conflict,
    as told of ``main``, the article's round.

    "Capital hosts second trilateral session", "Mediators announce agreement on the first
    phase of the Gaza ceasefire": the headline tells how the article's round sat and what
    it was about, though no piece of its own holds it.
    """
    title = next((s for s in sentences if s.title), None)
    if main.future or title is None or any(p.sentence is title for p in pieces):
        return None
    matches = kb.find(title.text)
    if (
        any(m.kind in ("actor", "place") for m in matches)
        or any(m.kind == "conflict" and m.key != main.conflict for m in matches)
        or _muted(title.text)
    ):
        return None
    claims = [
        replace(p, confidence=round(p.confidence * _TITLE_FACTOR, 3))
        for p in _labels(title.text, matches)
        if p.field in (Field.FORMAT, Field.TOPIC)
    ]
    if not claims:
        return None
    piece = _Piece(main.conflict, title, title.text, claims=claims, spans=[(0, len(title.text))])
    piece.follows = main
    return piece


# "Correction, 12 March 2025: An earlier version of this article said the talks were held in
# Riyadh; they were held in Jeddah." A note on the article, not news: its date is when the
# text was fixed, the place it says was wrong is no venue, and the place it gives instead is
# where the article's round sat.
_CORRECTION = re.compile(
    r"^\s*(?:(?:correction|clarification|editor['’]s\s+note)\b[^:]{0,40}:\s*)?"
    r"(?:an?|this|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|piece)\b",
    _I,
)
_CORRECTED_TO = re.compile(
    r"(?:;|\bbut\b|\binstead\b|\bin\s+fact\b|\bactually\b)[^;]*?"
    r"\b(?:were|was|took\s+place|sat|met)\b[^;]*$",
    _I,
)


def _corrected_venue(sentence: Sentence, kb: KnowledgeBase) -> str | None:
    """The place a correction note gives as the right one, if it gives one."""
    fixed = _CORRECTED_TO.search(sentence.text)
    if fixed is None:
        return None
    places = [m.key for m in kb.find(sentence.text[fixed.start() :]) if m.kind == "place"]
    return places[-1] if places else None


def extract_mentions(
    text: str, title: str | None, published: datetime | None, kb: KnowledgeBase
) -> list[RoundMention]:
    """The rounds ``text`` speaks of, one mention per round, claims with their sentences.

    Order: the REPORT of the article's main round first, then announcements, then
    back-references, then rounds of other conflicts, each group in a stable order.
    """
    sentences = article_sentences(text, title)
    conflicts = {c.slug: c for c in kb.conflicts}
    dominant, sole = _article_conflict(sentences, _Context(kb, published, conflicts, None))
    ctx = _Context(kb, published, conflicts, dominant, sole=sole)
    ref = _ref_date(published)
    pieces: list[_Piece] = []
    last: _Piece | None = None
    venues: dict[str, str] = {}  # conflict -> the last venue named for it
    entries = _entries(sentences, published, kb)
    live = _live_days(sentences, published)
    page: _Piece | None = None  # the round a live page's entries follow (see _live_days)
    page_opened: date | None = None  # the day that round opened
    # One date on a line of its own is the byline of any story, not a list of rounds: only
    # a chronology of several entries makes a bare "meeting" under one of them a round.
    chronology = len({id(e) for e, _ in entries if e is not None}) >= 2
    stated: int | None = None  # the last earlier year a date of the article was told in
    told_day: tuple[date, int] | None = None  # the paragraph's last day told with its year
    # The venue and day of a meeting told without its sides, and the sentence telling it.
    setting: tuple[str, list[DateSpan], Sentence] | None = None
    cue: tuple[str, int] | None = None  # the place a fragment set, and its paragraph
    corrected: tuple[str, Sentence] | None = None  # the venue a correction note gives
    before_days: list[DateSpan] = []  # the one day the sentence before names, if one
    for index, (sentence, (entry, date_alone)) in enumerate(zip(sentences, entries, strict=True)):
        if date_alone:
            last = None  # a new entry: nothing after it refers back across it
            continue
        if not sentence.title and _CORRECTION.match(sentence.text):
            city = _corrected_venue(sentence, kb)
            corrected = (city, sentence) if city is not None else corrected
            last = None
            continue
        here = live[index]
        moment = (here.moment if here is not None else None) or published
        dates = find_dates(sentence.text, moment)
        if here is not None and here.text is not sentence.text:
            # "Thursday 5 March, 10:00 - Context: the leaders met in Washington on 8 August
            # 2025": the stamp's day is when the entry was written; a day the entry tells
            # itself dates what it tells (else the stamp's day stands, as for "a second day").
            stamp = len(sentence.text) - len(here.text)
            own = [d for d in dates if d.start >= stamp]
            if any(d.first is not None and d.kind is not DateKind.ROUND_DAY for d in own):
                dates = own
        if told_day is not None and told_day[1] == sentence.paragraph:
            dates = _paragraph_year(sentence.text, dates, told_day[0], ref)
        if sentence.title and _DIGEST_TITLE.match(sentence.text):
            # "The Early Brief, Sunday 20 April: ...": the day of the issue, not of an item.
            dates = [d for d in dates if d.start > sentence.text.index(":")]
        pointed = last.conflict if last is not None and _THOSE_TALKS.match(sentence.text) else None
        if (
            pointed is None
            and ctx.sole is not None
            and _SITTING_NAMED.search(sentence.text)
            and not _NOT_NEGOTIATION.search(sentence.text)
        ):
            # "Wednesday's meeting lasted about forty minutes", "two days after the latest
            # session in Istanbul": a sitting named as one of a process, in an article about
            # one conflict alone, is that conflict's though the sentence names no side.
            pointed = ctx.sole
        ranked = _ranked_of_them(sentences, index, published)
        if ranked and pointed is None:
            pointed = ctx.dominant
        found = _analyse(
            sentence,
            ctx if moment is published else replace(ctx, published=moment),
            dates,
            listed=chronology and entry is not None,
            year=stated,
            pointed=pointed,
            ranked=ranked,
        )
        told_day = _told_day(sentence, dates, ref) or (
            told_day if told_day is not None and told_day[1] == sentence.paragraph else None
        )
        told = _stated_year(sentence.text, dates)
        if told is not None:
            # A date of the publication's year ends the look back.
            stated = told if ref is not None and told < ref.year else None
        place = _place_fragment(sentence, kb)
        if place is not None:
            cue = (place, sentence.paragraph)
        elif cue is not None and sentence.paragraph - cue[1] > _FRAGMENT_PARAGRAPHS:
            cue = None
        for piece in found:
            _their_sides(piece, sentences[max(0, index - _THE_TWO_STORY) : index], ctx)
            if (
                setting is not None
                and (
                    setting[2].paragraph == sentence.paragraph
                    # "... after Friday's summit at the White House. | At that three-way
                    # meeting, ... Aliyev and ... Pashinyan signed": pointed at across the
                    # paragraph's end.
                    or _AT_THAT_MEETING.match(sentence.text) is not None
                )
                and piece.conflict == ctx.dominant
                and piece.city is None
                and not piece.dates
                and not piece.future
            ):
                # "On Wednesday a gathering of ministers in London was downgraded. Kellogg
                # led the American team instead, sitting down with a Ukrainian delegation":
                # the sides named next sat at the meeting just placed, not at the article's.
                _add_city(piece, setting[0], _INFERRED, kb)
                piece.dates = list(setting[1])
                # "after Friday's summit at the White House": what the meeting was, too.
                setting_text = setting[2].text
                piece.claims.extend(
                    replace(p, anchor=0, confidence=_INFERRED)
                    for p in _labels(setting_text, kb.find(setting_text))
                    if p.field is Field.FORMAT
                )
            if ranked:
                # "The two previous meetings were held in Abu Dhabi. The last of them, on 4
                # and 5 February, ...": one of the sittings just placed, told of as past.
                piece.back = piece.back or not piece.future
                there = _place_before(sentences, index, kb) if piece.city is None else None
                if there is not None:
                    _add_city(piece, there, _INFERRED, kb)
            if (
                not piece.dates
                and before_days
                and _THERE_OPENS.match(sentence.text)
                and sentence.paragraph - sentences[index - 1].paragraph <= 1
            ):
                # "... went straight to the convention centre for a ceremony on Sunday.
                # There, the two prime ministers signed": the place, and so the day, of the
                # sentence before.
                piece.dates = before_days
            if piece.city is None and _SAME_VENUE.search(piece.text):
                # "there" points at the place just named: the sentence before, in the
                # paragraph, if it names one ("Those pledges date from Jeddah. Talks there
                # ..."), else the last venue of the conflict's talks.
                there = _place_before(sentences, index, kb) or venues.get(piece.conflict)
                if there is not None:
                    _add_city(piece, there, _INFERRED, kb)
            if entry is not None and (not piece.dates or _entry(sentence.text, published, kb)):
                _date_entry(piece, entry, sentence, kb)
            elif entry is not None and _within_entry(piece, entry, sentence):
                # "July 2025, Doha. Another round opened on 6 July": a day of the entry's
                # own span, in its paragraph, is of the entry's round, at its place.
                _date_entry(piece, entry, sentence, kb)
            elif entry is not None and entry.month and piece.city is not None:
                # "September 2023, Riyadh. A delegation held talks in Riyadh from 14 to 19
                # September": a sitting with a place of its own still reads its days in
                # the year of the month heading its entry.
                piece.dates = _entry_year(sentence.text, piece.dates, entry.day)
            if here is not None and moment is not None and _resumes_later(piece, moment.date()):
                # "18:40 - Day one ends. Talks to resume Thursday.": a later day of the round
                # the page follows, not the day it opened.
                piece.dates = []
            if piece.city is not None:
                venues[piece.conflict] = piece.city
            if last is not None and _goes_on(piece, last):
                # "The first round, in May, was short. The delegations agreed on a swap
                # there": with no day or place of its own, the sentence tells of that round.
                piece.follows = last.follows or last
            elif piece.city is None and cue is not None and place is None:
                # After "In Geneva.", "The talks there opened on 20 November 2013".
                _add_city(piece, cue[0], _INFERRED, kb)
                venues[piece.conflict] = cue[0]
        days = [d for d in dates if d.first is not None and d.kind is not DateKind.ROUGH]
        before_days = days if len({d.first for d in days}) == 1 else []
        setting = None
        if not found:
            meeting = _meeting_place(sentence, dates, kb)
            setting = (*meeting, sentence) if meeting is not None else None
        if found:
            pieces.extend(found)
            if here is not None and here.entry:
                day = moment.date() if moment is not None else None
                page = next((p for p in found if _of_page(p, page, ctx, day)), page)
                first = round_start(page.dates, ref) if page is not None else None
                if first is not None and page_opened is None:
                    page_opened = first[0]  # the day the page's round opened
            if last is not None and all(p.future for p in found):
                # "Officials called the meeting positive, and the committee will convene again
                # on 19 December": what it says of the round held still goes to that round.
                follow = _follow_up(sentence, last, ctx, sentences[index - 1] if index else None)
                if follow is not None:
                    pieces.append(follow)
            # The next sentence refers back to the talks reported, not to what they planned.
            last = next((p for p in found if not p.future), found[-1])
        elif here is not None and here.entry and page is not None:
            # An entry of a live page is of the round the page follows, whatever came
            # between (a "Context:" paragraph, a round recalled): read without its time
            # stamp, as if it went on the paragraph that reported the round.
            follow = _follow_up(
                replace(sentence, text=here.text, paragraph=page.sentence.paragraph),
                page,
                ctx if moment is published else replace(ctx, published=moment),
                sentences[index - 1] if index else None,
                seat=page.city or venues.get(page.conflict),
                live=True,
            )
            if follow is not None:
                _live_end(follow, page_opened, here, (moment or published))
                pieces.append(follow)
                last = follow
        elif last is not None:
            asked = index > 0 and _ASKED_WHAT.match(sentences[index - 1].text) is not None
            follow = _follow_up(
                sentence,
                last,
                ctx,
                sentences[index - 1] if index else None,
                asked=asked,
                seat=last.city or venues.get(last.conflict),
            )
            if follow is not None:
                pieces.append(follow)
                # A paragraph that goes on about the round goes on referring back to it.
                last = follow

    pieces = _without_allied_headline(pieces, ctx)
    _named_again(pieces, ref, published)
    main_cities: Counter[str] = Counter()
    recalled_cities: Counter[str] = Counter()
    first_told: dict[str, int] = {}
    for piece in pieces:
        if (
            piece.conflict == ctx.dominant
            and piece.city
            and not piece.future
            and piece.entry is None
            # A part _split cut off as recalled ("after rounds in Muscat on 12 April") may
            # no longer hold the words that recall it.
            and not piece.back
            and not _BACK_REFERENCE.search(piece.text)
        ):
            # "In Abu Dhabi on 23-24 January ...", in a story of 20 February: a sitting
            # dated weeks back is an earlier one, whatever its words; its city is the main
            # one only for _recalled_venue, where nothing recent is placed.
            tally = recalled_cities if _dated_long_before(piece, ref) else main_cities
            tally[piece.city] += 2 if piece.sentence.title else 1
            first_told.setdefault(piece.city, len(first_told))
    # Between cities told as often, the one the article tells first: its lead.
    main_city = min(main_cities, key=lambda c: (-main_cities[c], first_told[c]), default=None)
    recalled_main = min(
        recalled_cities, key=lambda c: (-recalled_cities[c], first_told[c]), default=None
    )
    for piece in pieces:
        if piece.entry is not None and piece.follows is None:
            # A list entry tells of a round of its own, before or after the article's.
            later = ref is not None and piece.entry > ref
            piece.kind = MentionKind.ANNOUNCEMENT if later else MentionKind.BACK_REFERENCE
        elif piece.follows is None:
            piece.kind = _classify(
                piece, main_city if piece.conflict == ctx.dominant else None, ref
            )
            if piece.kind is MentionKind.BACK_REFERENCE and piece.conflict == ctx.dominant:
                _recalled_venue(piece, main_city or recalled_main)
    reported = [
        p
        for p in pieces
        if p.conflict == ctx.dominant and p.kind is MentionKind.REPORT and p.follows is None
    ]
    # A headline naming the talks in general ("Explainer: Russia and Ukraine's direct
    # talks") places no round in time: only pieces with a venue or a day tell.
    placed = [p for p in reported if p.city or p.dates] or reported
    headline = _headline_formats(sentences, placed[0], pieces, kb) if placed else None
    if headline is not None:
        pieces.append(headline)
    if placed and all(p.future for p in placed):
        # Nothing has happened yet: the article announces its round rather than reports it.
        for piece in reported:
            piece.kind = MentionKind.ANNOUNCEMENT
    for piece in pieces:
        if (
            piece.follows is not None
            and piece.follows.kind is MentionKind.BACK_REFERENCE
            and piece.conflict == ctx.dominant
            and reported
            and piece.sentence.paragraph != piece.follows.sentence.paragraph
            and not _POINTS_BACK.match(piece.sentence.text)
        ):
            # "The agreement builds on a declaration signed on 11 May. || The mediators
            # acknowledged in their statement ...": a new paragraph returns to the round
            # reported, unless it points at the one recalled ("That meeting ...").
            piece.follows = None
            piece.kind = MentionKind.REPORT
        elif piece.follows is not None:
            piece.kind = piece.follows.kind

    # "The rebels, not a party to that process, negotiate separately under Qatari
    # mediation": another table, which the sentence does not date, is no part of the
    # article's round nor a round of its own to place; placed ("are negotiating separately
    # in Doha"), it is a track going on, no sitting.
    pieces = [
        p
        for p in pieces
        if not (
            p.follows is None
            and not p.dates
            and (p.city is None or p.conflict == ctx.dominant)
            and (_SEPARATE.search(p.text) or _SEPARATELY.search(p.text))
        )
        # Nor is "A separate negotiation with the M23 is continuing", told right after
        # the round: no more of it than the sentence before. ("Separately, the two sides
        # agreed to a swap" may still tell of the same round.)
        and not (p.follows is not None and p.city is None and _SEPARATE.search(p.text))
    ]
    _opened_then_reported(pieces)
    _the_talks_opened(pieces, ref)
    groups: dict[tuple[int, str, MentionKind, str], list[Claim]] = defaultdict(list)
    main_ordinals: list[int] = []
    for piece in pieces:
        if piece.conflict == ctx.dominant and piece.kind is MentionKind.REPORT:
            main_ordinals.extend(int(c.value) for c in piece.claims if c.field is Field.ORDINAL)
    top_ordinal = max(main_ordinals, default=0)
    began = _began(pieces, ctx.dominant)
    reported_main = any(p.conflict == ctx.dominant and p.kind is MentionKind.REPORT for p in pieces)
    turns = _turns(pieces, ctx)
    # The place, opening day and group of the recalled or announced round a paragraph last
    # told the opening of.
    opened_at: dict[tuple[str, MentionKind, int], tuple[str, date, str]] = {}
    for piece in pieces:
        claims = _piece_claims(piece, ref)
        kind = piece.kind
        if kind is MentionKind.REPORT and piece.future:
            # What a round reported as held "will focus on" next does not make it planned.
            claims = [c for c in claims if c.field is not Field.STATUS or c.value != "scheduled"]
        if kind is MentionKind.REPORT and piece.conflict == ctx.dominant and began is not None:
            claims = _within_round(claims, piece, began)
        ordinals = [int(c.value) for c in claims if c.field is Field.ORDINAL]
        if kind is MentionKind.REPORT and ordinals and max(ordinals) < top_ordinal:
            # "the first round" in an article about the third one is an earlier round.
            kind = MentionKind.BACK_REFERENCE
        main = piece.conflict == ctx.dominant
        key = "" if kind is MentionKind.REPORT else _group_key(piece.follows or piece, ref)
        opened = opened_at.get((piece.conflict, kind, piece.sentence.paragraph))
        if (
            opened is not None
            and key != opened[2]
            and piece.follows is None
            and _later_day_of(piece, opened)
        ):
            # "Talks there opened on 6 May 2023. On 11 May the two sides signed the Jeddah
            # Declaration": a later day at the same place, in the paragraph that told the
            # opening, is a day of that recalled round.
            key = opened[2]
            claims = _within_round(claims, piece, opened[1])
        elif kind is not MentionKind.REPORT and piece.follows is None and piece.city:
            for day in _opened_days(piece)[:1]:
                opened_at[(piece.conflict, kind, piece.sentence.paragraph)] = (
                    piece.city,
                    day,
                    key,
                )
        if kind is MentionKind.REPORT and main and turns:
            key = _turn_of(piece, turns, ctx) or ""
        order = 0 if main else 1
        if kind is MentionKind.ANNOUNCEMENT and main and reported_main:
            # "They agreed to hold another session soon": the next round is announced, but
            # the agreement to go on was made at the round the article reports.
            groups[(0, piece.conflict, MentionKind.REPORT, "")].extend(
                c for c in claims if c.field is Field.AGREED_TO_CONTINUE
            )
            claims = [c for c in claims if c.field is not Field.AGREED_TO_CONTINUE]
        groups[(order, piece.conflict, kind, key)].extend(claims)

    _join_undated(groups)
    _join_rough_plans(groups)
    main_key = (0, ctx.dominant or "", MentionKind.REPORT, "")
    if corrected is not None and main_key in groups:
        city, sentence = corrected
        groups[main_key] = [
            c for c in groups[main_key] if c.field not in (Field.CITY, Field.COUNTRY)
        ]
        groups[main_key] += [
            Claim(p.field, p.value, sentence.text, _CORRECTED)
            for p in _venue_claims(city, _CORRECTED, 0, kb)
        ]
    _standing_body_seat(groups, main_key, ctx)
    _share_standing_heads(groups, main_key)
    _heads_sit(groups)
    _the_two_sides(groups, ctx.conflicts)
    _sides_of_the_process(groups, ctx)
    _standing_go_between(groups, sentences, pieces, ctx)
    _deal_guarantors(groups, main_key, sentences, pieces, ctx)
    _sole_negotiators(groups, main_key, pieces, kb)
    _leaders_outrank_ministers(groups, kb)
    _bilateral_sides(groups)
    main_fields = {c.field for c in groups.get(main_key, [])}
    if Field.CITY in main_fields and Field.START_DATE not in main_fields:
        # Only a round whose venue is known borrows the lead's day: a date alone would
        # turn any story touching on talks into a round.
        told_at = [
            c for c in groups[main_key] if c.field is Field.CITY and c.confidence > _DATELINE
        ]
        lead_venue = max(told_at, key=lambda c: c.confidence).value if told_at else None
        lead = _lead_date(sentences, ref, published, (lead_venue, kb) if lead_venue else None)
        groups[main_key].extend(lead)
        lead_days = [date.fromisoformat(c.value) for c in lead]
        if Field.STATUS not in main_fields and any(
            p.conflict == ctx.dominant
            and p.kind is MentionKind.REPORT
            and _looks_over(p, lead_days, ref)
            for p in pieces
        ):
            # "Lavrov and Kuleba met in Antalya" after a lead dated Thursday: held then.
            groups[main_key].append(Claim(Field.STATUS, "concluded", lead[0].sentence, _OVER))

    main_fields = {c.field for c in groups.get(main_key, [])}
    if Field.START_DATE in main_fields and Field.CITY not in main_fields:
        # A dated round no sentence places: the headline ("what happened in Muscat") or
        # the dateline names where the story, and so most likely its round, took place.
        # Talks placed in another country ("peace talks in Kuwait") were not held there.
        countries = {c.value for c in groups[main_key] if c.field is Field.COUNTRY}
        story = _story_places(sentences, kb)[:1]
        if not story:
            # Neither: a feature or a regional paper that opens on its city ("Muscat once
            # again proved its standing as a capital of dialogue", "the Emirati capital
            # achieved what no other city had") and dates the talks further down. The one
            # place of the lead, or else of the headline, that no other round is placed in.
            # A side's own capital there is its government speaking ("Moscow wants ..."),
            # not where it negotiates.
            conflict = ctx.conflicts.get(ctx.dominant or "")
            sides = set(conflict.parties) if conflict is not None else set()
            elsewhere = _other_venues(groups, ctx.dominant) | {
                p.name for p in kb.places if p.country in sides
            }
            opening = _scene(sentences, kb, elsewhere) or _headline_place(sentences, kb, elsewhere)
            story = [opening] if opening is not None and _plain_place(*opening, kb) else []
        for city, sentence in story:
            if countries and kb.place(city).country not in countries:
                continue
            groups[main_key].append(Claim(Field.CITY, city, sentence.text, _DATELINE))
            with contextlib.suppress(KeyError):
                country = kb.place(city).country
                groups[main_key].append(Claim(Field.COUNTRY, country, sentence.text, _DATELINE))

    main_fields = {c.field for c in groups.get(main_key, [])}
    if ctx.dominant is not None and not main_fields & {Field.CITY, Field.START_DATE}:
        # An analysis or a reaction the day after, or a live blog, that speaks of its round
        # only as "the Alaska summit": the venue places it among the rounds held there.
        elsewhere = _other_venues(groups, ctx.dominant)
        # Only a round the article tells of is named by its venue: "the meeting at the
        # Elysee Palace" of an allies' summit that no sentence made a round stays none.
        named = _named_venue(sentences, ctx.kb, elsewhere) if main_key in groups else None
        scene = named is None and main_key in groups
        lead = _lead_date(sentences, ref, published) if scene else []
        if lead:
            # A feature opening on the scene ("The residents of a quiet district of Rome
            # spent Saturday behind police tape") before telling of the talks held there:
            # a place and a day, both of the news.
            named = _scene(sentences, ctx.kb, elsewhere)
        if named is not None:
            city, sentence = named
            groups[main_key].append(Claim(Field.CITY, city, sentence.text, _DATELINE))
            with contextlib.suppress(KeyError):
                country = kb.place(city).country
                groups[main_key].append(Claim(Field.COUNTRY, country, sentence.text, _DATELINE))
            groups[main_key].extend(lead)
            lead_days = [date.fromisoformat(c.value) for c in lead]
            if Field.STATUS not in main_fields and any(
                p.conflict == ctx.dominant
                and p.kind is MentionKind.REPORT
                and _looks_over(p, lead_days, ref)
                for p in pieces
            ):
                # Told in the past of a day gone by, as for a lead dating the round above.
                groups[main_key].append(Claim(Field.STATUS, "concluded", lead[0].sentence, _OVER))

    if turns:
        # What the article tells of the go-between's talks as a whole (the format, the
        # outcome, the venue) goes to each side's sitting; the days stay each sitting's own.
        shared = [
            c
            for c in groups.pop(main_key, [])
            if c.field not in (Field.START_DATE, Field.END_DATE, Field.STATUS)
        ]
        if not any(c.field is Field.CITY for c in shared):
            # Sittings told without a venue: the dateline's or the headline's city.
            for city, sentence in _story_places(sentences, kb)[:1]:
                shared.append(Claim(Field.CITY, city, sentence.text, _DATELINE))
                with contextlib.suppress(KeyError):
                    country = kb.place(city).country
                    shared.append(Claim(Field.COUNTRY, country, sentence.text, _DATELINE))
        for side in set(turns.values()):
            groups[(0, ctx.dominant or "", MentionKind.REPORT, side)].extend(shared)

    # "Questions of a Ukrainian settlement were not on the agenda of the meeting": the
    # article's meeting is of another matter (embassies, trade) than that conflict's talks.
    off_agenda = {
        slug
        for sentence in sentences
        if _OFF_AGENDA.search(sentence.text)
        for slug in _conflict_scores(kb.find(sentence.text), ctx, None)
    }
    mentions: list[RoundMention] = []
    kind_order = {MentionKind.REPORT: 0, MentionKind.ANNOUNCEMENT: 1, MentionKind.BACK_REFERENCE: 2}
    for order, slug, kind, key in sorted(
        groups, key=lambda g: (g[0], g[1], kind_order[g[2]], g[3])
    ):
        merged = _dedupe(
            _final_outcome(_partial_deal(_detainee_deal(groups[(order, slug, kind, key)])))
        )
        if not merged or (kind is MentionKind.REPORT and slug in off_agenda):
            continue
        if not _has_substance(merged):
            # Without a venue or a date a round cannot be told apart from any other.
            continue
        if slug in ctx.conflicts:
            # "Qatar and Hamas pressed Israel": a side of the conflict sits at its own talks,
            # never between the sides.
            sides = set(ctx.conflicts[slug].parties)
            merged = tuple(
                c for c in merged if not (c.field is Field.MEDIATOR and c.value in sides)
            )
        if slug in ctx.conflicts and _others_table(merged, ctx.conflicts[slug]):
            # "The United States and China agreed to slash tariffs" in a story that ends on
            # India and Pakistan's truce: talks between others, no round of that conflict.
            continue
        if (
            kind is MentionKind.BACK_REFERENCE
            and not any(c.field is Field.START_DATE for c in merged)
            and any(_YEARS_BACK.search(c.sentence) for c in merged)
        ):
            # "the Istanbul talks last year": an earlier round placed only within a year may
            # be any of the rounds held there, so it names none of them.
            continue
        standing = ctx.conflicts[slug].standing_topics if slug in ctx.conflicts else ()
        named_topics = {c.value for c in merged if c.field is Field.TOPIC}
        # "The sixth round, now cancelled": a round of the US-Iran nuclear talks is about the
        # nuclear file whether or not its sentences name it.
        merged += tuple(
            Claim(Field.TOPIC, topic, merged[0].sentence, _STANDING)
            for topic in standing
            if topic not in named_topics
        )
        merged += _venue_go_between(merged, ctx.conflicts.get(slug), sentences, ctx)
        mentions.append(RoundMention(slug, kind, merged))
    if (
        mentions
        and not any(_placed_or_seated(m.claims) for m in mentions)
        and not any(_names_someone_of_the_process(m, ctx) for m in mentions)
    ):
        # "The group will meet again on 1 March" in a story on oil output: talk of a meeting
        # that nothing in the article seats or places (a dateline is where the story was
        # filed), and whose sentences name nobody of the process, is no round of it.
        return []
    return _next_round_agreed(mentions)


def _next_round_agreed(mentions: list[RoundMention]) -> list[RoundMention]:
    """The reported round of a conflict whose article also announces its next round, dated
    after it, agreed to go on (where no sentence says so): "The delegations met in Muscat
    on Saturday ... The next round will be held in Rome on 19 April"."""
    result: list[RoundMention] = []
    for m in mentions:
        day = m.first(Field.START_DATE)
        if (
            m.kind is MentionKind.REPORT
            and day is not None
            and not m.values(Field.AGREED_TO_CONTINUE)
            and m.first(Field.STATUS) in ("concluded", "ongoing")
        ):
            later = next(
                (
                    c
                    for a in mentions
                    if a.kind is MentionKind.ANNOUNCEMENT and a.conflict == m.conflict
                    for c in a.claims
                    if c.field is Field.START_DATE
                    and c.value > day
                    and a.first(Field.STATUS) != "cancelled"
                ),
                None,
            )
            if later is not None:
                m = replace(
                    m,
                    claims=(
                        *m.claims,
                        Claim(Field.AGREED_TO_CONTINUE, "true", later.sentence, _INFERRED),
                    ),
                )
        result.append(m)
    return result


def _venue_go_between(
    claims: Sequence[Claim],
    conflict: Conflict | None,
    sentences: Sequence[Sentence],
    ctx: _Context,
) -> tuple[Claim, ...]:
    """The go-between whose country the round sits in, where it mediates whenever it hosts
    (``Conflict.mediating_hosts``), as an implied mediator: Oman for talks in Muscat, Qatar
    for talks in Doha, where no sentence of the mention names who mediated (a mediator any
    source states outweighs it in the merge). Not where the article tells the host's part
    itself: "Malaysia provided the venue and left the two sides to it", "Fidan received the
    two teams and left before the session"."""
    if conflict is None or any(c.field is Field.MEDIATOR for c in claims):
        return ()
    placed = next(
        (c for c in claims if c.field is Field.COUNTRY and c.confidence > _DATELINE), None
    )
    if (
        placed is None
        or placed.value not in conflict.mediating_hosts
        or placed.value in conflict.parties
    ):
        return ()
    host = placed.value
    for sentence in sentences:
        if _HOST_PART.search(sentence.text) and any(
            _actor_of(m, ctx) == host for m in ctx.kb.find(sentence.text)
        ):
            return ()
    return (Claim(Field.MEDIATOR, host, placed.sentence, IMPLIED),)


# What a sentence naming the host may tell of its part beside mediating: it lent the room,
# received the teams, left them to it, or had no role.
_HOST_PART = re.compile(
    r"\b(?:lent|lends?|lending|provided|provides|providing|offered|left|leaves|received|"
    r"receives|welcomed|welcomes|greeted|greets|hosted|hosts|hosting|host|venue|"
    r"no\s+(?:part|role)|not\s+(?:mediat\w*|take\s+part))\b",
    _I,
)


_OFF_AGENDA = re.compile(r"\b(?:was|were|is|are)\s+not\s+on\s+the\s+agenda\b", _I)
_SIDES = frozenset({Field.PARTICIPANT, Field.MEDIATOR, Field.HEAD, Field.MEMBER})


def _others_table(claims: Sequence[Claim], conflict: Conflict) -> bool:
    """Whether a mention seats two delegations or more for sure, someone among them neither
    a side of ``conflict`` nor its usual go-between, and no side of it at all."""
    seated = {
        c.value for c in claims if c.field is Field.PARTICIPANT and c.confidence >= _CONFIDENT
    } | {c.party for c in claims if c.field is Field.HEAD and c.party is not None}
    named = {c.value for c in claims if c.field is Field.PARTICIPANT and c.confidence > IMPLIED}
    mediators = {c.value for c in claims if c.field is Field.MEDIATOR}
    known = set(conflict.parties) | set(conflict.usual_mediators) | mediators
    return (
        len(seated) >= 2 and not (seated | named) & set(conflict.parties) and bool(seated - known)
    )


def _placed_or_seated(claims: Sequence[Claim]) -> bool:
    return any(
        c.field in _SIDES or (c.field in (Field.CITY, Field.COUNTRY) and c.confidence > _DATELINE)
        for c in claims
    )


def _names_someone_of_the_process(mention: RoundMention, ctx: _Context) -> bool:
    """Whether a sentence of the mention names a person of a side or go-between of its talks."""
    conflict = ctx.conflicts.get(mention.conflict)
    if conflict is None:
        return False
    process = set(conflict.parties) | set(conflict.usual_mediators)
    for sentence in {c.sentence for c in mention.claims}:
        for m in ctx.kb.find(sentence):
            if m.kind == "person":
                with contextlib.suppress(KeyError):
                    if ctx.kb.person(m.key).affiliation in process:
                        return True
    return False


_CORRECTED = 0.95  # the venue a correction note says is the right one
_STANDING = 0.3  # a topic the conflict's talks always have (Conflict.standing_topics)
