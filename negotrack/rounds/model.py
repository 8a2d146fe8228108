"""Round data as it flows through the pure core: extract -> mentions -> merge -> rounds.

A *mention* is what one article says about one round. Everything it says is a list of
*claims*: one field, one value, the sentence it came from and a confidence. Claims are the
unit of evidence: the store keeps them, ``merge`` votes over them, and ``round ID`` shows them.

Values are strings in a canonical form so that claims compare, serialise and store alike:
dates are ISO ``YYYY-MM-DD``, booleans ``"true"``/``"false"``, ordinals decimal ``"3"``,
actors their English short name, labels the vocabulary key (``"no_breakthrough"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Field(StrEnum):
    # single-valued: merge picks the best-supported value, others are disagreements
    CITY = "city"
    COUNTRY = "country"
    START_DATE = "start_date"
    END_DATE = "end_date"
    STATUS = "status"  # scheduled | ongoing | concluded | cancelled
    OUTCOME = "outcome"  # agreement | partial_agreement | progress | no_breakthrough | ...
    AGREED_TO_CONTINUE = "agreed_to_continue"  # "true" | "false"
    ORDINAL = "ordinal"  # "the third round" -> "3" (as the source numbers it)
    # multi-valued: the union of values, each with its own evidence
    FORMAT = "format"
    PARTICIPANT = "participant"
    MEDIATOR = "mediator"
    TOPIC = "topic"
    ATMOSPHERE = "atmosphere"
    # per delegation: ``party`` names the delegation; HEAD is single-valued per party
    HEAD = "head"
    MEMBER = "member"


SINGLE_VALUED = frozenset(
    {
        Field.CITY,
        Field.COUNTRY,
        Field.START_DATE,
        Field.END_DATE,
        Field.STATUS,
        Field.OUTCOME,
        Field.AGREED_TO_CONTINUE,
        Field.ORDINAL,
        Field.HEAD,
    }
)

STATUSES = ("scheduled", "ongoing", "concluded", "cancelled")
FORMATS = ("trilateral", "bilateral", "direct", "indirect", "working_groups", "summit")
OUTCOMES = (
    "agreement",
    "partial_agreement",
    "progress",
    "no_breakthrough",
    "collapsed",
    "postponed",
    "unknown",
)
TOPICS = (
    "territory",
    "security_guarantees",
    "ceasefire",
    "prisoners",
    "energy",
    "sanctions",
    "nuclear",
    "humanitarian",
    "hostages",
    "reconstruction",
)


class MentionKind(StrEnum):
    REPORT = "report"  # the article reports this round (happening or just held)
    ANNOUNCEMENT = "announcement"  # a round announced for the future
    BACK_REFERENCE = "back_reference"  # an earlier round referred to in passing


# The confidence of a city read from where a story was filed (its dateline) or its headline
# alone, when no sentence places the talks: merge lets such a city give way.
DATELINE = 0.5
# The confidence of a value no sentence states, implied by what the process always is (the
# two parties of a sitting told without its sides). Merge keeps it only where no source of
# the round states that field.
IMPLIED = 0.25


@dataclass(frozen=True, slots=True)
class Claim:
    field: Field
    value: str
    sentence: str  # the sentence of the article the value was read from, as text
    confidence: float  # 0.0 .. 1.0
    party: str | None = None  # for HEAD and MEMBER: the delegation's actor name


@dataclass(frozen=True, slots=True)
class RoundMention:
    """What one article says about one round."""

    conflict: str  # conflict slug
    kind: MentionKind
    claims: tuple[Claim, ...]

    def values(self, field: Field) -> list[str]:
        return [c.value for c in self.claims if c.field == field]

    def first(self, field: Field) -> str | None:
        best = max(
            (c for c in self.claims if c.field == field),
            key=lambda c: c.confidence,
            default=None,
        )
        return best.value if best else None


@dataclass(frozen=True, slots=True)
class Source:
    """The article behind a mention, as merge and the reports need it."""

    article_id: int
    url: str
    title: str | None
    outlet: str | None
    published: datetime | None


@dataclass(frozen=True, slots=True)
class SourcedMention:
    mention: RoundMention
    source: Source


@dataclass(frozen=True, slots=True)
class SourcedClaim:
    claim: Claim
    source: Source


@dataclass(frozen=True, slots=True)
class Delegation:
    party: str
    head: str | None
    members: tuple[str, ...]


@dataclass(frozen=True)
class Round:
    """One round after merging every mention of it. Lists are sorted."""

    id: str  # stable: derived from conflict, start date and city
    conflict: str
    sequence: int | None  # 1-based, per conflict, in date order; None for undated rounds
    city: str | None
    country: str | None
    start_date: date | None
    end_date: date | None
    status: str | None
    formats: tuple[str, ...]
    participants: tuple[str, ...]
    mediators: tuple[str, ...]
    delegations: tuple[Delegation, ...]
    outcome: str | None
    agreed_to_continue: bool | None
    topics: tuple[str, ...]
    atmosphere: tuple[str, ...]
    sources: tuple[Source, ...]  # sorted by published, then url
    claims: tuple[SourcedClaim, ...]  # every claim of every mention merged into the round
    # fields (as "field" or "head:Party") whose claims disagree between sources
    disputed: tuple[str, ...]
