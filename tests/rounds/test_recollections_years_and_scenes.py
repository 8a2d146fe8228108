"""Retrospectives and analyses: days named without a year in a passage recalling an earlier
year, the day of an attack set beside the talks, sentences opening on a noun in -ing, and
the negotiators of earlier rounds the knowledge base knows."""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import IMPLIED, Field, RoundMention

PUBLISHED = datetime(2025, 11, 28, 9, tzinfo=UTC)


def _mentions(text: str, kb: KnowledgeBase, title: str | None = None) -> list[RoundMention]:
    return extract_mentions(text, title, PUBLISHED, kb)


def _starts(mentions: list[RoundMention]) -> set[str | None]:
    return {m.first(Field.START_DATE) for m in mentions}


def test_a_day_without_its_year_after_an_earlier_year_is_of_that_year(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators first sat down in Cairo on 3 February 2024. "
        "A month on, on 3 March, Qatar's prime minister chaired a session in Doha between "
        "the two delegations."
    )
    starts = _starts(_mentions(text, kb))
    assert "2024-03-03" in starts
    assert "2026-03-03" not in starts


def test_a_day_told_as_ahead_stays_ahead_after_an_earlier_year(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators first sat down in Cairo on 3 February 2024. "
        "The two delegations will meet again in Doha on 3 March."
    )
    starts = _starts(_mentions(text, kb))
    assert "2026-03-03" in starts
    assert "2024-03-03" not in starts


def test_a_day_already_past_is_not_moved_to_the_recalled_year(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators first sat down in Cairo on 3 February 2024. "
        "On 2 November the two delegations met again in Doha."
    )
    assert "2025-11-02" in _starts(_mentions(text, kb))


def test_the_day_of_an_attack_beside_the_talks_dates_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations opened talks in Istanbul, days before the "
        "anniversary of the Russian assault on Ukraine of 24 February 2022."
    )
    mentions = _mentions(text, kb)
    assert "2022-02-24" not in _starts(mentions)
    later = (
        "Russian and Ukrainian delegations opened talks in Istanbul, four years after the "
        "24 February invasion."
    )
    assert all(m.first(Field.START_DATE) != f"{PUBLISHED.year}-02-24" for m in _mentions(later, kb))


def test_a_day_of_talks_beside_the_word_attack_is_kept(kb: KnowledgeBase) -> None:
    text = (
        "After a drone attack on the city, Russian and Ukrainian delegations met in Istanbul "
        "on 14 November."
    )
    assert "2025-11-14" in _starts(_mentions(text, kb))


def test_a_sentence_opening_on_a_noun_in_ing_keeps_its_venue(kb: KnowledgeBase) -> None:
    text = (
        "The opening session came in Muscat on 12 April 2025, when Iranian and American "
        "envoys met for three hours."
    )
    (mention,) = _mentions(text, kb)
    assert mention.first(Field.CITY) == "Muscat"


def test_a_participle_opener_still_names_where_someone_spoke(kb: KnowledgeBase) -> None:
    text = "Speaking in Davos on 12 April 2025, the Iranian minister said talks with Washington went well."
    assert all(m.first(Field.CITY) != "Davos" for m in _mentions(text, kb))


def test_negotiators_of_earlier_rounds_lead_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "In Vienna on 14 July 2015 John Kerry and Javad Zarif led their delegations to a "
        "final deal on the nuclear programme."
    )
    (mention,) = _mentions(text, kb)
    heads = {c.party: c.value for c in mention.claims if c.field is Field.HEAD}
    assert heads == {"United States": "John Kerry", "Iran": "Mohammad Javad Zarif"}


def test_new_people_and_places_resolve(kb: KnowledgeBase) -> None:
    people = {
        "Poroshenko": "Ukraine",
        "Merkel": "Germany",
        "Francois Hollande": "France",
        "Lady Ashton": "European Union",
        "Blinken": "United States",
        "President Michel": "European Union",
        "Nawaf Salam": "Lebanon",
        "Kabbashi": "Sudanese Armed Forces",
        "Abdelrahim Dagalo": "Rapid Support Forces",
        "al-Murtada": "Houthis",
        "Grundberg": "United Nations",
        "Uri Resnick": "Israel",
    }
    for written, affiliation in people.items():
        (match,) = [m for m in kb.find(written) if m.kind == "person"]
        assert kb.person(match.key).affiliation == affiliation, written
    assert kb.place("Gomel").country == "Belarus"
    # "Michel" alone is a first name as often as this surname.
    assert not [m for m in kb.find("Michel Barnier arrived") if m.kind == "person"]


def _mediators(mentions: list[RoundMention]) -> set[str]:
    # The go-betweens a sentence tells; a host only implied is tested on its own.
    return {
        c.value
        for m in mentions
        for c in m.claims
        if c.field is Field.MEDIATOR and c.confidence > IMPLIED
    }


def test_sponsorship_names_the_mediators(kb: KnowledgeBase) -> None:
    text = (
        "On 3 April 2024, under Kenyan and Ethiopian sponsorship, the army and the RSF signed "
        "a declaration in Nairobi."
    )
    assert _mediators(_mentions(text, kb)) == {"Kenya", "Ethiopia"}


def test_a_law_of_a_country_names_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "On 3 April 2024 the army and the RSF met in Nairobi to sign a declaration drafted "
        "under Kenyan law."
    )
    assert not _mediators(_mentions(text, kb))


def test_conveners_of_the_talks_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Kenya convened the talks together with Ethiopia and the African Union in Nairobi on "
        "3 April 2024, where the army and the RSF met for a day."
    )
    assert _mediators(_mentions(text, kb)) == {"Kenya", "Ethiopia", "African Union"}


def test_a_press_conference_convened_is_no_mediation(kb: KnowledgeBase) -> None:
    text = (
        "Kenya convened a press conference after the army and the RSF met in Nairobi on "
        "3 April 2024."
    )
    assert "Kenya" not in _mediators(_mentions(text, kb))


def test_a_minister_in_apposition_who_chairs_the_meeting_mediates(kb: KnowledgeBase) -> None:
    text = (
        "On 2 March 2024, Badr Albusaidi, Oman's foreign minister, chaired a two-hour meeting "
        "in Muscat between Iranian and American envoys."
    )
    assert _mediators(_mentions(text, kb)) == {"Oman"}


def test_a_side_that_chairs_its_own_meeting_does_not_mediate(kb: KnowledgeBase) -> None:
    text = (
        "On 2 March 2024, Abbas Araghchi, Iran's foreign minister, chaired a meeting of his "
        "negotiators in Muscat before the talks with the American envoys."
    )
    assert not _mediators(_mentions(text, kb))


def test_two_hosts_who_bring_the_sides_together_both_mediate(kb: KnowledgeBase) -> None:
    text = (
        "On 5 May 2024, Recep Tayyip Erdogan and Hakan Fidan, his foreign minister, brought "
        "the Russian and Ukrainian negotiators together in Istanbul."
    )
    assert _mediators(_mentions(text, kb)) == {"Turkey"}


def test_a_minister_who_carries_their_positions_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas teams negotiated in Doha on 4 March 2024 in separate rooms; Qatar's "
        "prime minister, Mohammed bin Abdulrahman Al Thani, carried their positions between them."
    )
    assert "Qatar" in _mediators(_mentions(text, kb))


def test_agreeing_on_nothing_is_no_breakthrough(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani foreign ministers met in Washington on 3 May 2023 and "
        "agreed on nothing beyond a date for the next meeting."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["no_breakthrough"]
    other = (
        "Armenian and Azerbaijani foreign ministers met in Washington on 3 May 2023 and "
        "agreed on a prisoner exchange."
    )
    assert "no_breakthrough" not in _mentions(other, kb)[0].values(Field.OUTCOME)


def test_hopes_that_collapsed_are_not_talks_that_collapsed(kb: KnowledgeBase) -> None:
    text = (
        "The Cairo meeting of 9 May 2024 between Israeli and Hamas negotiators raised hopes "
        "that soon collapsed."
    )
    (mention,) = _mentions(text, kb)
    assert "collapsed" not in mention.values(Field.OUTCOME)
    talks = "The Cairo meeting of 9 May 2024 between Israeli and Hamas negotiators collapsed."
    assert _mentions(talks, kb)[0].values(Field.OUTCOME) == ["collapsed"]


def test_a_summit_ended_far_from_its_verb_without_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani leaders ended their summit in Sochi on "
        "31 October 2022 without an agreement on the border."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["no_breakthrough"]


def test_a_place_alone_in_a_sentence_places_the_passage_after_it(kb: KnowledgeBase) -> None:
    text = (
        "How did it start?\n\n"
        "In Jeddah. The negotiations there began on 6 May 2023 between the army and the RSF.\n\n"
        "And later?\n\n"
        "Then Manama."
    )
    (mention,) = _mentions(text, kb)
    assert mention.first(Field.CITY) == "Jeddah"
    assert mention.first(Field.START_DATE) == "2023-05-06"


def test_a_place_fragment_does_not_reach_far_paragraphs(kb: KnowledgeBase) -> None:
    text = (
        "In Jeddah.\n\n"
        "The army spokesman spoke of the war.\n\n"
        "Civilians fled the city.\n\n"
        "Negotiations between the army and the RSF began on 6 May 2023."
    )
    assert all(m.first(Field.CITY) != "Jeddah" for m in _mentions(text, kb))


def test_a_sentence_that_names_a_place_among_other_words_is_no_fragment(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Refugees reached Jeddah.\n\nNegotiations between the army and the RSF began on 6 May 2023."
    )
    assert all(m.first(Field.CITY) != "Jeddah" for m in _mentions(text, kb))


def test_known_palaces_name_their_city(kb: KnowledgeBase) -> None:
    text = (
        "Russian and American delegations met at Diriyah Palace on 18 February 2025, ten "
        "years after the final round at the Palais Coburg."
    )
    assert {m.key for m in kb.find(text) if m.kind == "place"} == {"Riyadh", "Vienna"}


def test_leaders_who_bring_the_sides_face_to_face_mediate(kb: KnowledgeBase) -> None:
    text = (
        "On 5 May 2024, Recep Tayyip Erdogan brought Russian and Ukrainian negotiators face "
        "to face in Istanbul."
    )
    assert _mediators(_mentions(text, kb)) == {"Turkey"}


def test_a_year_given_once_carries_to_the_later_day_of_the_sentence(kb: KnowledgeBase) -> None:
    text = (
        "Talks between Armenia and Azerbaijan opened in Brussels on 28 April 2014 and the "
        "joint statement was signed on 2 May."
    )
    (mention,) = _mentions(text, kb)
    assert mention.first(Field.START_DATE) == "2014-04-28"
    assert mention.first(Field.END_DATE) == "2014-05-02"


def test_a_day_before_the_dated_one_keeps_its_own_year(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Brussels on 3 November, eleven years "
        "after the joint statement of 2 May 2014."
    )
    assert "2025-11-03" in _starts(_mentions(text, kb))


def test_an_allies_meeting_named_by_its_palace_makes_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Leaders of Ukraine's allies gathered in Berlin on Tuesday and pledged air defence "
        "systems for Kyiv.\n\n"
        "Chancellor Friedrich Merz hosted the meeting at the Chancellery in Berlin. No Russian "
        "official was present."
    )
    assert not [m for m in _mentions(text, kb) if m.first(Field.CITY) == "Berlin"]


def test_sides_that_signed_off_on_a_phase_reached_an_agreement(kb: KnowledgeBase) -> None:
    text = (
        "At talks in Cairo on 2 March 2024, Israeli and Hamas negotiators signed off on the "
        "second phase of the truce plan."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["agreement"]


def test_an_agreement_told_as_signed_is_an_agreement(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian leaders met in Kuala Lumpur on 26 October 2025, and the accord "
        "between them has now been signed."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["agreement"]
    unsigned = (
        "Thai and Cambodian leaders met in Kuala Lumpur on 26 October 2025, and the accord "
        "between them has not been signed."
    )
    assert all("agreement" not in m.values(Field.OUTCOME) for m in _mentions(unsigned, kb))


def test_a_side_that_accepted_a_truce_proposal_agreed(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Doha on 2 March 2024, and Hamas accepted an "
        "Egyptian proposal for a six-week truce."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["agreement"]


def test_a_leader_who_receives_the_other_side_s_envoys_holds_a_sitting(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Shelling went on overnight. Volodymyr Zelensky received Steve Witkoff and Jared "
        "Kushner in Kyiv on 24 November 2025. The visit lasted three hours."
    )
    (mention,) = _mentions(text, kb)
    assert mention.first(Field.CITY) == "Kyiv"
    heads = {c.party: c.value for c in mention.claims if c.field is Field.HEAD}
    assert heads["Ukraine"] == "Volodymyr Zelensky"


def test_a_leader_receiving_his_own_minister_holds_no_sitting(kb: KnowledgeBase) -> None:
    text = "Vladimir Putin received Sergei Lavrov in the Kremlin on 24 November 2025."
    assert not _mentions(text, kb)


def test_gaps_told_as_narrowed_are_progress(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on 12 April 2025, and officials said the "
        "gaps had narrowed."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.OUTCOME) == ["progress"]


def test_a_text_recalled_by_where_and_when_it_was_signed_is_a_round(kb: KnowledgeBase) -> None:
    text = (
        "The new talks build on the accord signed in Kuala Lumpur on 26 October between "
        "Thailand and Cambodia."
    )
    starts = {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in _mentions(text, kb)}
    assert ("Kuala Lumpur", "2025-10-26") in starts
    first = (
        "The new talks build on the accord signed on 26 October in Kuala Lumpur between "
        "Thailand and Cambodia."
    )
    starts = {(m.first(Field.CITY), m.first(Field.START_DATE)) for m in _mentions(first, kb)}
    assert ("Kuala Lumpur", "2025-10-26") in starts


def test_a_text_signed_on_a_weekday_makes_no_second_round(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian delegations opened talks in Kuala Lumpur on Monday.\n\n"
        "The accord signed in Kuala Lumpur on Thursday was the first in months."
    )
    cities = [m.first(Field.CITY) for m in _mentions(text, kb)]
    assert cities.count("Kuala Lumpur") == 1


def test_congo_alone_is_the_drc(kb: KnowledgeBase) -> None:
    (match,) = [m for m in kb.find("Congo and Rwanda signed") if m.kind == "actor"][:1]
    assert match.key == "DR Congo"


def test_the_german_chancellery_is_in_berlin(kb: KnowledgeBase) -> None:
    text = (
        "Ukrainian and American negotiators sat down in the German chancellery on 14 December 2025."
    )
    (mention,) = _mentions(text, kb)
    assert mention.first(Field.CITY) == "Berlin"


def test_three_delegations_at_one_table_are_trilateral(kb: KnowledgeBase) -> None:
    text = (
        "The three delegations of Russia, Ukraine and the United States met in Riyadh on "
        "3 March 2026."
    )
    (mention,) = _mentions(text, kb)
    assert mention.values(Field.FORMAT) == ["trilateral"]
    two = "The two delegations of Russia and Ukraine met in Riyadh on 3 March 2026."
    assert "trilateral" not in _mentions(two, kb)[0].values(Field.FORMAT)
