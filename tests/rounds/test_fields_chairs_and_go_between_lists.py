"""Who steers a round, in the ways news names a chair or a list of go-betweens: a known
person chairing "it" or "all of these rounds", a round held "under the chairmanship of" a
minister, "through the mediation of" an office and then a name, the go-betweens listed
after a colon or after "with ... as co-mediators", the envoys of two governments "who
facilitated" the talks, a chair whose office names another body, an envoy of an
international body leading the talks; and the wordings that name no go-between (a format
named after a city, a standing channel told as background, a country where a delegation
sat)."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import IMPLIED, Field
from tests.mentions import report


def _mediators(kb: KnowledgeBase, text: str) -> set[str]:
    # The go-betweens a sentence tells; a host only implied is tested on its own.
    return {
        c.value
        for c in report(kb, text).claims
        if c.field is Field.MEDIATOR and c.confidence > IMPLIED
    }


def _heads(kb: KnowledgeBase, text: str) -> dict[str, str]:
    return {c.party or "": c.value for c in report(kb, text).claims if c.field is Field.HEAD}


def test_a_minister_chairing_it_steers_the_session_just_told(kb: KnowledgeBase) -> None:
    # The pronoun stands for the session of the sentence before.
    text = (
        "The Russian and Ukrainian teams sat down in Istanbul on Monday for a short session. "
        "Hakan Fidan, the Turkish foreign minister, presided over it once more."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_minister_who_chaired_every_round_steers_them(kb: KnowledgeBase) -> None:
    text = (
        "The Russian and Ukrainian teams sat down in Istanbul on Monday. Hakan Fidan, who "
        "has chaired both of the previous rounds, welcomed the delegations."
    )
    assert "Turkey" in _mediators(kb, text)


def test_a_minister_who_opened_it_may_have_opened_a_letter(kb: KnowledgeBase) -> None:
    # "opened it" is not one of the chair's verbs when the object is a pronoun.
    text = (
        "The Russian and Ukrainian teams sat down in Istanbul on Monday. A letter came from "
        "Ankara and Hakan Fidan opened it before the cameras."
    )
    assert "Turkey" not in _mediators(kb, text)


def test_a_round_under_the_chairmanship_of_a_minister(kb: KnowledgeBase) -> None:
    text = (
        "Delegations of Russia and Ukraine held a round of talks in Istanbul on Monday under "
        "the chairmanship of Foreign Minister Hakan Fidan."
    )
    assert "Turkey" in _mediators(kb, text)


def test_the_mediation_of_an_office_then_the_name(kb: KnowledgeBase) -> None:
    # The office and a comma come between "the mediation of" and the name.
    text = (
        "Iranian and American negotiators held talks in Muscat on Saturday through the "
        "good offices of the Omani foreign minister, Badr Albusaidi."
    )
    assert "Oman" in _mediators(kb, text)


def test_the_go_betweens_listed_after_a_colon(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators initialled the text in Cairo on Thursday before the "
        "three mediators: Egypt, Qatar and the United States."
    )
    assert {"Egypt", "Qatar", "United States"} <= _mediators(kb, text)


def test_a_list_after_with_as_co_mediators(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Doha on Sunday, with Egypt and the United "
        "States as co-mediators."
    )
    assert {"Egypt", "United States"} <= _mediators(kb, text)


def test_with_a_list_and_no_role_names_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Israeli negotiators met in Doha on Sunday, with Egypt and the United States "
        "watching the border crossings closely."
    )
    assert not {"Egypt", "United States"} & _mediators(kb, text)


def test_the_envoys_of_two_governments_who_facilitated(kb: KnowledgeBase) -> None:
    text = (
        "Envoys of the Sudanese army and the RSF met in Jeddah on Saturday. Saudi and "
        "American diplomats, who facilitated the meeting, said a truce was close."
    )
    assert {"Saudi Arabia", "United States"} <= _mediators(kb, text)


def test_the_office_of_a_chair_names_no_other_go_between(kb: KnowledgeBase) -> None:
    # The chair is Malaysia's prime minister; "ASEAN chair" is his office, not a broker.
    text = (
        "Thai and Cambodian leaders agreed a truce on Monday after a meeting in Putrajaya "
        "chaired by Anwar Ibrahim, the rotating ASEAN chair."
    )
    found = _mediators(kb, text)
    assert "Malaysia" in found
    assert "ASEAN" not in found


def test_a_format_named_after_a_city_is_no_mediator(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani ministers met in Washington on Friday and asked to wind "
        "up the Minsk Group, which had brokered talks on Karabakh."
    )
    assert "Belarus" not in _mediators(kb, text)


def test_a_standing_channel_told_as_background_brokers_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian negotiators met in Istanbul on Monday, though exchanges of "
        "the dead have run for years under the mediation of the United Arab Emirates."
    )
    assert "United Arab Emirates" not in _mediators(kb, text)


def test_an_envoy_of_the_un_leading_the_talks_is_their_go_between(kb: KnowledgeBase) -> None:
    # A UN official heads no side's delegation: the body he serves mediates.
    text = (
        "Yemeni government and Houthi delegations met in Muscat on Monday for talks led by "
        "Hans Grundberg."
    )
    found = report(kb, text)
    assert "United Nations" in found.values(Field.MEDIATOR)
    assert "United Nations" not in _heads(kb, text)


def test_the_un_envoys_title_names_the_un(kb: KnowledgeBase) -> None:
    text = (
        "Yemeni government and Houthi delegations met in Amman on Monday at talks co-chaired "
        "by the Special Envoy of the Secretary-General and the Red Cross."
    )
    assert {"United Nations", "Red Cross"} <= _mediators(kb, text)


def test_the_country_a_delegation_sat_in_is_not_its_side(kb: KnowledgeBase) -> None:
    # "in Sweden": where the delegation was, not whose; the unknown name gets no side.
    text = (
        "Yemeni government and Houthi delegations met in Rimbo on Monday. The government "
        "delegation in Sweden was led by Ahmed Qasim Nour and the Houthi one by "
        "Mohammed Abdulsalam."
    )
    heads = _heads(kb, text)
    assert "Sweden" not in heads
    assert heads.get("Houthis") == "Mohammed Abdulsalam"


def test_a_government_in_the_role_of_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Friday, with Oman again in its usual "
        "role of intermediary."
    )
    assert "Oman" in _mediators(kb, text)


def test_in_the_role_of_something_else_names_no_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Friday, with Oman again in the role of host."
    )
    assert "Oman" not in _mediators(kb, text)


def test_a_minister_who_moved_between_them(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Friday in two rooms of one villa, "
        "and Badr Albusaidi, Oman's foreign minister, walked between them."
    )
    assert "Oman" in _mediators(kb, text)


def test_moving_between_them_and_others_is_no_errand(kb: KnowledgeBase) -> None:
    # "between them and the press": not the sides' rooms.
    text = (
        "Iranian and American envoys met in Muscat on Friday. Badr Albusaidi, Oman's "
        "foreign minister, moved between them and the waiting reporters."
    )
    assert "Oman" not in _mediators(kb, text)


def test_a_delegation_acting_as_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Houthi and Saudi officials held talks in Sanaa on Sunday. An Omani team, acting as "
        "intermediary, had flown in with the Saudi envoy."
    )
    assert "Oman" in _mediators(kb, text)


def test_a_deal_brokered_with_a_governments_help(kb: KnowledgeBase) -> None:
    text = (
        "Congo and Rwanda signed a peace agreement in Washington on Friday, a text the "
        "Americans mediated with Qatar's support."
    )
    assert "Qatar" in _mediators(kb, text)


def test_a_deal_signed_with_a_governments_blessing_is_not_brokered(kb: KnowledgeBase) -> None:
    text = (
        "Congo and Rwanda signed a peace agreement in Washington on Friday with Qatar's blessing."
    )
    assert "Qatar" not in _mediators(kb, text)


def test_without_intermediaries_names_no_go_between(kb: KnowledgeBase) -> None:
    # The city before ", without mediators" is where they met, not who brokered it.
    text = "Armenian and Azerbaijani leaders met in Abu Dhabi on Thursday, with no mediators."
    assert "United Arab Emirates" not in _mediators(kb, text)
    text = "Armenian and Azerbaijani leaders met in Abu Dhabi on Thursday, without go-betweens."
    assert "United Arab Emirates" not in _mediators(kb, text)


def test_a_host_that_played_no_part_does_not_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani leaders held talks in Abu Dhabi on Thursday. The UAE hosted "
        "the meeting but played no role in the negotiation."
    )
    assert "United Arab Emirates" not in _mediators(kb, text)


def test_who_attended_a_chaired_session_does_not_chair_it(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Lebanese officers met in Naqoura on Wednesday at a session chaired by "
        "an American general and attended by French observers."
    )
    found = _mediators(kb, text)
    assert "France" not in found


def test_a_line_up_on_each_side_after_a_colon(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Lebanese officers met in Naqoura on Wednesday, with one civilian for "
        "each side: Simon Karam on behalf of Lebanon and Uri Resnick for Israel."
    )
    assert _heads(kb, text).get("Lebanon") == "Simon Karam"


def test_a_meeting_on_a_day_that_was_chaired_by_a_prime_minister(kb: KnowledgeBase) -> None:
    # The place, the day and a relative pronoun come between the session and the verb, and
    # the honorifics before the name are no name of a delegate.
    text = (
        "Thailand and Cambodia agreed a truce on Monday, after a special session in "
        "Putrajaya on Monday afternoon which was chaired by Datuk Seri Anwar Ibrahim."
    )
    found = report(kb, text)
    assert "Malaysia" in found.values(Field.MEDIATOR)
    assert "Datuk Seri" not in found.values(Field.HEAD)


def test_a_government_that_co_organised_the_meeting(kb: KnowledgeBase) -> None:
    text = (
        "Thailand and Cambodia agreed a truce in Putrajaya on Monday. China and the United "
        "States, which co-organised the meeting, welcomed it."
    )
    assert "United States" in _mediators(kb, text)


def test_a_government_that_organised_a_rally_is_no_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian leaders met in Putrajaya on Monday. The United States, which "
        "co-organised a trade fair last year, welcomed the meeting."
    )
    assert "United States" not in _mediators(kb, text)


def test_a_leader_who_cast_himself_as_the_broker(kb: KnowledgeBase) -> None:
    text = (
        "Congo and Rwanda signed an accord in Washington on Thursday. Donald Trump, who has "
        "styled himself the peacemaker of the Great Lakes, praised it."
    )
    assert "United States" in _mediators(kb, text)


def test_a_government_that_presents_itself_as_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Congo and Rwanda signed an accord in Washington on Thursday. Qatar, which has long "
        "positioned itself as an intermediary, welcomed it."
    )
    assert "Qatar" in _mediators(kb, text)


def test_casting_oneself_in_another_role_names_no_broker(kb: KnowledgeBase) -> None:
    text = (
        "Congo and Rwanda signed an accord in Washington on Thursday. Donald Trump, who has "
        "cast himself as a dealmaker in trade, praised it."
    )
    assert "United States" not in _mediators(kb, text)


def test_the_mediation_said_to_be_led_by_governments(kb: KnowledgeBase) -> None:
    text = (
        "Envoys of the Sudanese army and the RSF met in Jeddah on Saturday; the facilitation "
        "was steered by Saudi Arabia and the United States."
    )
    assert {"Saudi Arabia", "United States"} <= _mediators(kb, text)


def test_an_offensive_led_by_a_side_is_no_mediation(kb: KnowledgeBase) -> None:
    text = (
        "Envoys of the Sudanese army and the RSF met in Jeddah on Saturday while an attack "
        "led by the United Arab Emirates' allies went on."
    )
    assert "United Arab Emirates" not in _mediators(kb, text)


def test_governments_which_mediate_between_the_sides(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Hamas negotiators met in Cairo on Monday. Qatar and Egypt, which broker "
        "these talks, tabled a new text."
    )
    assert {"Qatar", "Egypt"} <= _mediators(kb, text)


def test_governments_which_mediate_a_dispute_of_their_own_are_not_at_this_one(
    kb: KnowledgeBase,
) -> None:
    # "which mediates" with no object of the talks: a description, not this errand.
    text = (
        "Israeli and Hamas negotiators met in Cairo on Monday. Qatar, which mediates often, "
        "stayed quiet."
    )
    assert "Qatar" not in _mediators(kb, text)
