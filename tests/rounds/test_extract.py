"""extract_mentions on short articles written for these tests, and on the two seed articles.

The small knowledge base below is loaded through the public loader from TOML written to a
temporary directory, so the tests do not move when the bundled data grows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from negotrack.knowledge import KnowledgeBase, load_knowledge
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field, MentionKind, RoundMention

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"
PUBLISHED = datetime(2026, 2, 18, 9, 0, tzinfo=UTC)  # a Wednesday

KNOWLEDGE = """
[[conflict]]
slug = "ukraine"
name = "Russia-Ukraine war"
parties = ["Russia", "Ukraine"]
keywords = ["Donbas", "Kremlin", "Zelensky", "war in Ukraine"]
usual_mediators = ["United States", "Turkey"]

[[conflict]]
slug = "iran"
name = "US-Iran nuclear talks"
parties = ["United States", "Iran"]
keywords = ["nuclear programme", "enrichment"]
usual_mediators = ["Oman"]

[[actor]]
name = "Russia"
kind = "country"
aliases = ["Moscow", "Kremlin"]
demonyms = ["Russian"]

[[actor]]
name = "Ukraine"
kind = "country"
aliases = ["Kyiv", "Kiev"]
demonyms = ["Ukrainian"]

[[actor]]
name = "United States"
kind = "country"
aliases = ["Washington", "United States"]
demonyms = ["US", "U.S.", "American"]

[[actor]]
name = "Iran"
kind = "country"
aliases = ["Tehran"]
demonyms = ["Iranian"]

[[actor]]
name = "Oman"
kind = "country"
aliases = ["Muscat"]
demonyms = ["Omani"]

[[actor]]
name = "Turkey"
kind = "country"
aliases = ["Ankara"]
demonyms = ["Turkish"]

[[actor]]
name = "Switzerland"
kind = "country"
aliases = ["Swiss Confederation"]
demonyms = ["Swiss"]

[[place]]
name = "Geneva"
country = "Switzerland"

[[place]]
name = "Abu Dhabi"
country = "United Arab Emirates"

[[place]]
name = "Istanbul"
country = "Turkey"

[[place]]
name = "Moscow"
country = "Russia"

[[place]]
name = "Riyadh"
country = "Saudi Arabia"

[[place]]
name = "Washington"
country = "United States"

[[actor]]
name = "United Arab Emirates"
kind = "country"
aliases = ["UAE"]

[[actor]]
name = "Saudi Arabia"
kind = "country"
aliases = ["Riyadh"]

[[person]]
name = "Steve Witkoff"
affiliation = "United States"
role = "special envoy"
aliases = ["Witkoff"]

[[person]]
name = "Jared Kushner"
affiliation = "United States"
role = "adviser"
aliases = ["Kushner"]

[[person]]
name = "Rustem Umerov"
affiliation = "Ukraine"
role = "chief negotiator"
aliases = ["Umerov"]

[[person]]
name = "Vladimir Medinsky"
affiliation = "Russia"
role = "head of delegation"
aliases = ["Medinsky"]

[[person]]
name = "Dmitry Peskov"
affiliation = "Russia"
role = "spokesman"
aliases = ["Peskov"]

[formats]
trilateral = ["trilateral", "three-way"]
bilateral = ["bilateral"]
indirect = ["indirect"]
direct = ["direct talks"]

[outcomes]
no_breakthrough = ["without a breakthrough", "failed to yield a breakthrough"]
progress = ["meaningful progress", "progress"]
agreement = ["reached an agreement"]

[topics]
territory = ["territory", "territorial"]
security_guarantees = ["security guarantees"]
prisoners = ["prisoner exchange", "prisoners"]

[atmosphere]
tense = ["tense", "strained"]
constructive = ["constructive"]
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    directory = tmp_path_factory.mktemp("knowledge")
    (directory / "small.toml").write_text(KNOWLEDGE, encoding="utf-8")
    return load_knowledge(directory)


def extract(kb: KnowledgeBase, text: str, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def report(mentions: list[RoundMention], conflict: str = "ukraine") -> RoundMention:
    found = [m for m in mentions if m.kind is MentionKind.REPORT and m.conflict == conflict]
    assert len(found) == 1, mentions
    return found[0]


def heads(mention: RoundMention) -> dict[str, str]:
    return {c.party or "": c.value for c in mention.claims if c.field is Field.HEAD}


# --- venue ---------------------------------------------------------------------------------


def test_venue_needs_venue_syntax_not_a_metonym(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations held talks in Geneva on Tuesday.\n"
        "Moscow rejected the latest proposal on territory during the talks.\n"
    )
    mention = report(extract(kb, text))
    assert mention.values(Field.CITY) == ["Geneva"]
    assert mention.first(Field.COUNTRY) == "Switzerland"
    assert mention.first(Field.START_DATE) == "2026-02-17"


def test_city_before_a_round_word_is_a_venue(kb: KnowledgeBase) -> None:
    mention = report(extract(kb, "The Geneva round between Russia and Ukraine ended on Tuesday."))
    assert mention.first(Field.CITY) == "Geneva"
    assert mention.first(Field.STATUS) == "concluded"


def test_where_someone_spoke_is_not_a_venue(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Tuesday.\n"
        "Speaking in Istanbul, Zelensky said the talks would be technical."
    )
    mentions = extract(kb, text)
    assert [m.first(Field.CITY) for m in mentions] == ["Geneva"]


def test_a_city_inside_an_adjective_is_not_a_venue(kb: KnowledgeBase) -> None:
    text = (
        "In the Washington-led drive, Russian and Ukrainian negotiators met in Geneva on Tuesday."
    )
    assert report(extract(kb, text)).values(Field.CITY) == ["Geneva"]


# --- participants, mediators, hosts ------------------------------------------------------


def test_mediator_is_a_participant_and_the_host_is_neither(kb: KnowledgeBase) -> None:
    text = (
        "The United States moderated trilateral talks with Ukraine and Russia in Geneva on "
        "Tuesday, thanking the Swiss Confederation for hosting the meetings.\n"
    )
    mention = report(extract(kb, text))
    assert sorted(mention.values(Field.PARTICIPANT)) == ["Russia", "Ukraine", "United States"]
    assert mention.values(Field.MEDIATOR) == ["United States"]
    assert "Switzerland" not in mention.values(Field.PARTICIPANT)
    assert mention.values(Field.FORMAT) == ["trilateral"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian and Russian negotiators met for US-mediated talks in Geneva on Tuesday.",
        "Russian and Ukrainian envoys held talks mediated by Washington in Geneva on Tuesday.",
        "Russia and Ukraine held talks in Geneva on Tuesday, and both thanked Washington for "
        "its mediation.",
    ],
)
def test_mediation_phrasings(kb: KnowledgeBase, sentence: str) -> None:
    assert "United States" in report(extract(kb, sentence)).values(Field.MEDIATOR)


def test_usual_mediator_hosting_mediates_without_being_a_side(kb: KnowledgeBase) -> None:
    text = "Russian and Ukrainian delegations held direct talks in Istanbul hosted by Turkey."
    mention = report(extract(kb, text))
    assert mention.values(Field.MEDIATOR) == ["Turkey"]
    assert "Turkey" not in mention.values(Field.PARTICIPANT)


# --- delegations ---------------------------------------------------------------------------


def test_delegation_led_by_two_people_gives_head_and_member(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Russia and Ukraine opened in Geneva on Tuesday. "
        "The U.S. delegation was led by Witkoff and Trump's son-in-law Jared Kushner."
    )
    mention = report(extract(kb, text))
    assert heads(mention)["United States"] == "Steve Witkoff"
    members = [(c.party, c.value) for c in mention.claims if c.field is Field.MEMBER]
    assert members == [("United States", "Jared Kushner")]


@pytest.mark.parametrize(
    ("sentence", "party", "name"),
    [
        (
            "Ukraine's lead negotiator, Rustem Umerov, said the talks in Geneva went on.",
            "Ukraine",
            "Rustem Umerov",
        ),
        (
            "For the Geneva talks, the Kremlin reinstated Vladimir Medinsky as its lead negotiator.",
            "Russia",
            "Vladimir Medinsky",
        ),
        (
            "Rustem Umerov was leading Kiev's side at the talks in Geneva.",
            "Ukraine",
            "Rustem Umerov",
        ),
        # unknown people: the side comes from the sentence
        (
            "At the Geneva talks the Russian side was headed by Igor Kostenko.",
            "Russia",
            "Igor Kostenko",
        ),
        (
            "Petro Hrytsenko, Ukraine's chief negotiator, arrived for talks in Geneva.",
            "Ukraine",
            "Petro Hrytsenko",
        ),
        (
            "The Ukrainian delegation at the Geneva talks was led by deputy minister Olena Marko.",
            "Ukraine",
            "Olena Marko",
        ),
    ],
)
def test_heads_of_delegation(kb: KnowledgeBase, sentence: str, party: str, name: str) -> None:
    assert heads(report(extract(kb, sentence))) == {party: name}


def test_spokespeople_and_commentators_are_not_delegates(kb: KnowledgeBase) -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said the talks in Geneva on Tuesday were useful. "
        "Analyst Maria Kovalenko said the Geneva talks changed little."
    )
    mention = report(extract(kb, text))
    assert not [c for c in mention.claims if c.field in (Field.HEAD, Field.MEMBER)]


# --- labels --------------------------------------------------------------------------------


def test_formats_outcome_topics_atmosphere_and_continuation(kb: KnowledgeBase) -> None:
    text = (
        "The Geneva round between Russia and Ukraine was held in a mix of bilateral and "
        "trilateral formats and ended without a breakthrough on territory and security "
        "guarantees, although both sides agreed to keep the process going.\n"
        "A source said the talks on Tuesday were very tense."
    )
    mention = report(extract(kb, text))
    assert sorted(mention.values(Field.FORMAT)) == ["bilateral", "trilateral"]
    assert mention.first(Field.OUTCOME) == "no_breakthrough"
    assert sorted(mention.values(Field.TOPIC)) == ["security_guarantees", "territory"]
    assert mention.values(Field.ATMOSPHERE) == ["tense"]
    assert mention.first(Field.AGREED_TO_CONTINUE) == "true"


def test_ordinal_of_the_round_but_not_of_the_day(kb: KnowledgeBase) -> None:
    text = (
        "The United States moderated a third set of trilateral discussions with Ukraine and "
        "Russia in Geneva on Tuesday.\n"
        "Negotiators began a second day of negotiations in Geneva."
    )
    assert report(extract(kb, text)).values(Field.ORDINAL) == ["3"]


def test_second_day_dates_the_start_one_day_earlier(kb: KnowledgeBase) -> None:
    text = "Russian and Ukrainian negotiators began a second day of talks in Geneva on Wednesday."
    mention = report(extract(kb, text))
    assert mention.first(Field.START_DATE) == "2026-02-17"
    assert mention.first(Field.STATUS) == "ongoing"


def test_continuing_on_a_later_day_is_not_a_start_date(kb: KnowledgeBase) -> None:
    text = (
        "Russia and Ukraine held talks in Geneva on Tuesday. "
        "A Kremlin official said the talks would continue on Wednesday."
    )
    mention = report(extract(kb, text))
    assert mention.values(Field.START_DATE) == ["2026-02-17"]


# --- other rounds --------------------------------------------------------------------------


def test_back_reference_to_earlier_rounds(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Tuesday.\n"
        "Two previous rounds of negotiation between the two sides in Abu Dhabi failed to "
        "yield a breakthrough."
    )
    mentions = extract(kb, text)
    assert report(mentions).first(Field.CITY) == "Geneva"
    back = [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]
    assert len(back) == 1
    assert back[0].conflict == "ukraine"
    assert back[0].first(Field.CITY) == "Abu Dhabi"
    assert back[0].first(Field.OUTCOME) == "no_breakthrough"


def test_first_round_last_month_is_a_rough_back_reference(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Tuesday.\n"
        "The first round of talks last month between Russia and Ukraine produced a prisoner "
        "exchange."
    )
    back = [m for m in extract(kb, text) if m.kind is MentionKind.BACK_REFERENCE]
    assert [m.first(Field.START_DATE) for m in back] == ["2026-01-01"]
    assert back[0].values(Field.TOPIC) == ["prisoners"]


def test_announced_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Geneva on Tuesday.\n"
        "Talks between Russia and Ukraine will resume in Abu Dhabi on 1 March."
    )
    mentions = extract(kb, text)
    announced = [m for m in mentions if m.kind is MentionKind.ANNOUNCEMENT]
    assert len(announced) == 1
    assert announced[0].first(Field.CITY) == "Abu Dhabi"
    assert announced[0].first(Field.START_DATE) == "2026-03-01"
    assert announced[0].first(Field.STATUS) == "scheduled"
    assert report(mentions).first(Field.CITY) == "Geneva"


def test_other_conflict_in_passing_never_leaks_into_the_main_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators held trilateral talks in Geneva on Tuesday.\n"
        "The envoys joined the Ukraine discussions after earlier taking part in indirect "
        "negotiations with Iranian representatives, mediated by Oman, on Tehran's nuclear "
        "programme."
    )
    mentions = extract(kb, text)
    main = report(mentions)
    assert main.conflict == "ukraine"
    assert "Oman" not in main.values(Field.MEDIATOR) + main.values(Field.PARTICIPANT)
    assert "indirect" not in main.values(Field.FORMAT)
    for mention in mentions:
        if mention.conflict == "iran":
            assert "Oman" in mention.values(Field.MEDIATOR)


# --- nothing to report ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine could meet in Istanbul next week, Turkey's foreign minister said.",
        "No talks are planned in Riyadh this week, a Russian official said.",
        "Putin and Trump discussed the talks in a phone call on Tuesday.",
        "Zelensky said in his evening address that Ukraine was ready for peace.",
        "Russian forces struck Kyiv overnight, officials said.",
        "The champion beat his rival in Geneva on Tuesday to win the tournament final.",
        "",
    ],
)
def test_no_round(kb: KnowledgeBase, text: str) -> None:
    assert extract(kb, text) == []


def test_related_link_lines_are_ignored(kb: KnowledgeBase) -> None:
    text = (
        "Russian forces struck Kyiv overnight, officials said.\n"
        "Related - Third round of trilateral Ukraine peace talks to continue in Geneva\n"
        "Ukraine and Russia resume talks in Istanbul\n"
    )
    assert extract(kb, text) == []


def test_claims_carry_their_sentence(kb: KnowledgeBase) -> None:
    text = "Crowds gathered outside. Russia and Ukraine held talks in Geneva on Tuesday."
    mention = report(extract(kb, text))
    for claim in mention.claims:
        assert claim.sentence == "Russia and Ukraine held talks in Geneva on Tuesday."
        assert 0.0 < claim.confidence <= 1.0


def test_without_publication_date_relative_dates_are_left_out(kb: KnowledgeBase) -> None:
    mentions = extract_mentions(
        "Russia and Ukraine held talks in Geneva on Tuesday.", None, None, kb
    )
    assert report(mentions).values(Field.START_DATE) == []


# --- the seed articles ---------------------------------------------------------------------


def _seed_mentions() -> list[RoundMention]:
    if not SEEDS.is_dir():
        pytest.skip("shared seeds absent")
    bundled = load_knowledge()
    mentions: list[RoundMention] = []
    for path in sorted(SEEDS.glob("*.txt")):
        mentions.extend(
            extract_mentions(path.read_text(encoding="utf-8"), None, PUBLISHED, bundled)
        )
    return mentions


def test_seed_articles_report_the_geneva_round() -> None:
    mentions = _seed_mentions()
    reports = [m for m in mentions if m.kind is MentionKind.REPORT and m.conflict == "ukraine"]
    assert len(reports) == 2
    values = {field: set() for field in Field}  # type: dict[Field, set[str]]
    all_heads: dict[str, set[str]] = {}
    for mention in reports:
        assert mention.first(Field.CITY) == "Geneva"
        assert mention.first(Field.START_DATE) == "2026-02-17"
        for claim in mention.claims:
            values[claim.field].add(claim.value)
            if claim.field is Field.HEAD:
                all_heads.setdefault(claim.party or "", set()).add(claim.value)
    assert values[Field.PARTICIPANT] == {"United States", "Ukraine", "Russia"}
    assert values[Field.MEDIATOR] == {"United States"}
    assert values[Field.FORMAT] == {"trilateral", "bilateral"}
    assert {"territory", "security_guarantees"} <= values[Field.TOPIC]
    assert values[Field.ATMOSPHERE] == {"tense"}
    assert "no_breakthrough" in values[Field.OUTCOME]
    assert values[Field.AGREED_TO_CONTINUE] == {"true"}
    assert values[Field.CITY] == {"Geneva"}
    assert all_heads == {
        "United States": {"Steve Witkoff"},
        "Ukraine": {"Rustem Umerov"},
        "Russia": {"Vladimir Medinsky"},
    }


def test_seed_articles_refer_back_to_abu_dhabi_and_keep_iran_apart() -> None:
    mentions = _seed_mentions()
    back = [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]
    assert [(m.conflict, m.first(Field.CITY)) for m in back] == [("ukraine", "Abu Dhabi")]
    for mention in mentions:
        if mention.conflict == "ukraine":
            assert "Oman" not in mention.values(Field.MEDIATOR)
            assert "indirect" not in mention.values(Field.FORMAT)
        else:
            assert mention.conflict == "iran"


# --- clauses that speak of another round ---------------------------------------------------


def test_a_back_reference_inside_a_sentence_leaves_the_rest_to_this_round(
    kb: KnowledgeBase,
) -> None:
    mentions = extract(
        kb,
        "Russian and Ukrainian negotiators met in Geneva on Tuesday. The talks opened on "
        "Monday and followed a first round in Abu Dhabi last month.",
    )
    main = report(mentions)
    # Monday (the opening) dates this round; "last month" belongs to the earlier one.
    assert "2026-02-16" in main.values(Field.START_DATE)
    assert not any(d.startswith("2026-01") for d in main.values(Field.START_DATE))
    back = [m for m in mentions if m.kind is MentionKind.BACK_REFERENCE]
    assert [m.first(Field.CITY) for m in back] == ["Abu Dhabi"]


def test_a_later_clause_about_what_comes_next_does_not_date_the_round(
    kb: KnowledgeBase,
) -> None:
    mentions = extract(
        kb,
        "Russia and Ukraine held talks in Geneva on Tuesday, agreeing to meet again next week.",
    )
    main = report(mentions)
    assert main.values(Field.START_DATE) == ["2026-02-17"]
    assert main.first(Field.AGREED_TO_CONTINUE) == "true"
    assert main.first(Field.STATUS) == "concluded"


def test_a_dateline_gives_a_fallback_city_but_not_the_date(kb: KnowledgeBase) -> None:
    mentions = extract(
        kb,
        "GENEVA, Feb 12 - Russian and Ukrainian negotiators held talks on Tuesday about prisoners.",
    )
    main = report(mentions)
    assert main.first(Field.CITY) == "Geneva"
    assert main.values(Field.START_DATE) == ["2026-02-17"]


def test_news_on_the_eve_of_talks_announces_them(kb: KnowledgeBase) -> None:
    mentions = extract(kb, "Drones hit Russia on the eve of Istanbul talks with Ukraine.")
    assert [m.kind for m in mentions] == [MentionKind.ANNOUNCEMENT]
