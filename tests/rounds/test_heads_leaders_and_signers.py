"""Heads of delegation where the leaders themselves meet or sign: a list of three or more
known people as one subject of the signing, two leaders standing side by side, the leaders
outranking the ministers who initial the text beside them, the side an unknown name signs
"for"; the host who convened or brokered a summit in a relative clause; and the wordings
that make no head (a list that does nothing together, ministers alone)."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import IMPLIED, Field
from tests.mentions import WEDNESDAY, report


def _heads(kb: KnowledgeBase, text: str) -> dict[str, str]:
    return {c.party or "": c.value for c in report(kb, text).claims if c.field is Field.HEAD}


def _any_heads(kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Heads of every mention: a dated round before publication is an earlier one."""
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    return {c.party or "": c.value for m in mentions for c in m.claims if c.field is Field.HEAD}


def test_three_leaders_who_sign_together_lead_their_sides(kb: KnowledgeBase) -> None:
    # The third leader (the host's) is no side of the conflict: the list gives him no head.
    text = (
        "Prime Minister Nikol Pashinyan, President Ilham Aliyev and President Donald Trump "
        "put their signatures to a declaration in Washington on Friday."
    )
    heads = _heads(kb, text)
    assert heads.get("Armenia") == "Nikol Pashinyan"
    assert heads.get("Azerbaijan") == "Ilham Aliyev"


def test_a_list_of_leaders_that_does_nothing_together_makes_no_head(kb: KnowledgeBase) -> None:
    text = (
        "Armenian and Azerbaijani delegations met in Washington on Friday. Pashinyan, "
        "Aliyev and Trump were all absent from the room."
    )
    assert not _heads(kb, text)


def test_two_presidents_standing_side_by_side_lead_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "On Thursday Paul Kagame and Felix Tshisekedi stood side by side at a signing "
        "ceremony in Washington."
    )
    heads = _heads(kb, text)
    assert heads.get("Rwanda") == "Paul Kagame"
    assert heads.get("DR Congo") == "Felix Tshisekedi"


def test_leaders_outrank_the_ministers_who_initial_beside_them(kb: KnowledgeBase) -> None:
    text = (
        "Nikol Pashinyan and Ilham Aliyev signed a joint declaration in Washington on "
        "Friday. Ararat Mirzoyan and Jeyhun Bayramov initialled the treaty text."
    )
    heads = _heads(kb, text)
    assert heads.get("Armenia") == "Nikol Pashinyan"
    assert heads.get("Azerbaijan") == "Ilham Aliyev"


def test_ministers_who_sign_alone_still_lead(kb: KnowledgeBase) -> None:
    # No leader of either side is named as heading: the ministers keep their heads.
    text = "Ararat Mirzoyan and Jeyhun Bayramov signed the treaty text in Abu Dhabi on Friday."
    heads = _heads(kb, text)
    assert heads.get("Armenia") == "Ararat Mirzoyan"
    assert heads.get("Azerbaijan") == "Jeyhun Bayramov"


def test_an_unknown_name_signing_for_a_side_heads_that_side(kb: KnowledgeBase) -> None:
    text = (
        "Kinshasa and the M23 signed a declaration in Doha on Saturday. Benjamin Mbonimpa "
        "signed on behalf of the M23; Joseph Kabila Mwamba signed for Kinshasa."
    )
    heads = _heads(kb, text)
    assert heads.get("DR Congo") == "Joseph Kabila Mwamba"
    assert heads.get("M23") == "Benjamin Mbonimpa"


def test_the_host_who_convened_the_summit_mediates_it(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan signed a declaration in Washington on Friday at a summit "
        "that Donald Trump convened."
    )
    assert "United States" in report(kb, text).values(Field.MEDIATOR)


def test_the_host_who_hosted_and_then_brokered_mediates(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan signed a declaration in Washington on Friday at a summit "
        "that Donald Trump hosted and, as he tells it, brokered."
    )
    assert "United States" in report(kb, text).values(Field.MEDIATOR)


def test_a_summit_that_a_leader_attended_names_no_go_between(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan signed a declaration in Washington on Friday at a summit "
        "that Donald Trump attended."
    )
    assert "United States" not in report(kb, text).values(Field.MEDIATOR)


def test_the_ceremony_refers_back_to_the_signing(kb: KnowledgeBase) -> None:
    # A new paragraph opening on "The ceremony" goes on with the signing just reported.
    text = (
        "Kinshasa and the M23 signed a declaration in Doha on Saturday.\n\n"
        "The ceremony crowned weeks of quiet talks mediated by Qatar."
    )
    assert "Qatar" in report(kb, text).values(Field.MEDIATOR)


def test_leaders_who_last_met_somewhere_led_that_meeting(kb: KnowledgeBase) -> None:
    # An adverb of sequence ("last", "first") between the pair and the verb.
    text = "Vladimir Putin and Donald Trump first met in Helsinki on July 16."
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    heads = {c.party: c.value for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert heads.get("Russia") == "Vladimir Putin"
    assert heads.get("United States") == "Donald Trump"


def test_the_pair_at_a_mediators_press_conference_lead_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "Anwar Ibrahim, who holds the ASEAN chair and brokered the talks in Putrajaya on "
        "Monday, spoke at a news conference with Hun Manet and Phumtham Wechayachai."
    )
    found = report(kb, text)
    heads = {c.party: c.value for c in found.claims if c.field is Field.HEAD}
    assert heads.get("Cambodia") == "Hun Manet"
    assert heads.get("Thailand") == "Phumtham Wechayachai"
    assert "Malaysia" in found.values(Field.MEDIATOR)


def test_a_press_conference_with_one_side_makes_no_pair(kb: KnowledgeBase) -> None:
    # Two people of one side at a press conference stand for no two sides.
    text = (
        "Thai and Cambodian officials met in Putrajaya on Monday. Anwar Ibrahim later gave "
        "a news conference with Phumtham Wechayachai and Anutin Charnvirakul."
    )
    heads = {c.party: c.value for c in report(kb, text).claims if c.field is Field.HEAD}
    assert "Thailand" not in heads


def test_a_second_verb_of_the_relative_clause_needs_the_errand(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officials met in Putrajaya on Monday. Anwar Ibrahim, who holds "
        "the ASEAN chair and travelled to Tokyo, praised them."
    )
    told = report(kb, text).claims
    assert "Malaysia" not in {
        c.value for c in told if c.field is Field.MEDIATOR and c.confidence > IMPLIED
    }


def test_the_one_appointed_to_head_is_the_head_not_his_appointer(kb: KnowledgeBase) -> None:
    text = (
        "Israeli and Lebanese civilians met in Naqoura on Friday. Simon Karam, named by "
        "President Joseph Aoun to lead the Lebanese team, faced Uri Resnick."
    )
    heads = _heads(kb, text)
    assert heads.get("Lebanon") == "Simon Karam"


def test_an_appointer_with_no_name_before_makes_no_head(kb: KnowledgeBase) -> None:
    # Nobody named right before ", appointed by": the president is no head either.
    text = (
        "Israeli and Lebanese civilians met in Naqoura on Friday. A diplomat, appointed by "
        "President Joseph Aoun to lead the Lebanese team, faced Uri Resnick."
    )
    assert _heads(kb, text).get("Lebanon") != "Joseph Aoun"


def test_the_go_betweens_errand_runs_between_the_two_heads(kb: KnowledgeBase) -> None:
    text = (
        "Iran and the United States held indirect talks in Muscat on Sunday, an Omani "
        "minister going back and forth between Abbas Araghchi and Steve Witkoff."
    )
    heads = _heads(kb, text)
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_a_meeting_that_brought_together_two_leaders(kb: KnowledgeBase) -> None:
    # The office of the second, set off by a comma, before the name.
    text = (
        "Thailand and Cambodia agreed a truce in Putrajaya on Monday. The session brought "
        "together Hun Manet and Thailand's acting premier, Phumtham Wechayachai."
    )
    heads = _heads(kb, text)
    assert heads.get("Cambodia") == "Hun Manet"
    assert heads.get("Thailand") == "Phumtham Wechayachai"


def test_brought_together_people_of_one_side_makes_no_heads(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officials met in Putrajaya on Monday. A dinner brought together "
        "Phumtham Wechayachai and Anutin Charnvirakul."
    )
    assert "Thailand" not in _heads(kb, text)


def test_the_pair_who_produced_the_text_lead_their_sides(kb: KnowledgeBase) -> None:
    text = (
        "American and Ukrainian officials met in Geneva on November 23, where Marco Rubio "
        "and Andriy Yermak had hammered out a shorter peace framework."
    )
    heads = _any_heads(kb, text)
    assert heads.get("United States") == "Marco Rubio"
    assert heads.get("Ukraine") == "Andriy Yermak"


def test_the_pair_who_praised_the_text_lead_no_side(kb: KnowledgeBase) -> None:
    text = (
        "American and Ukrainian officials met in Geneva on November 23, and Marco Rubio and "
        "Andriy Yermak had praised the framework before it."
    )
    assert "Ukraine" not in _any_heads(kb, text)


def test_his_counterpart_set_off_by_commas_before_the_verb(kb: KnowledgeBase) -> None:
    text = (
        "Weeks earlier Marco Rubio and his Russian counterpart, Sergei Lavrov, held talks in "
        "Riyadh on February 18."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    heads = {c.party: c.value for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert heads.get("Russia") == "Sergei Lavrov"
    assert heads.get("United States") == "Marco Rubio"


def test_the_one_across_the_table_leads_the_other_side(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Wednesday, Rustem Umerov at "
        "the head of Kyiv's. Opposite him sat Vladimir Medinsky."
    )
    heads = _heads(kb, text)
    assert heads.get("Russia") == "Vladimir Medinsky"


def test_across_the_room_from_a_journalist_is_no_head(kb: KnowledgeBase) -> None:
    # Not at the start of the sentence: somewhere else in it, "opposite" is no line-up.
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Wednesday. A reporter who "
        "had travelled far stood in the hall, and opposite him was Vladimir Medinsky."
    )
    assert "Russia" not in _heads(kb, text)


def test_a_long_office_before_the_name_after_headed_by(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officers met in Kuala Lumpur on Monday. The Cambodian team was "
        "headed by Deputy Prime Minister and Minister of National Defence General Tea Seiha."
    )
    assert _heads(kb, text).get("Cambodia") == "Tea Seiha"


def test_the_two_ministers_named_with_their_own_titles(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officers met in Kuala Lumpur on Monday; the two defence "
        "ministers, Cambodia's Tea Seiha and Thailand's acting minister General Nattaphon "
        "Narkphanit, came for the last session."
    )
    heads = _heads(kb, text)
    assert heads.get("Cambodia") == "Tea Seiha"
    assert heads.get("Thailand") == "Nattaphon Narkphanit"


def test_the_two_ministers_of_one_side_make_no_pair(kb: KnowledgeBase) -> None:
    text = (
        "Thai and Cambodian officers met in Kuala Lumpur on Monday; the two ministers, "
        "Phumtham Wechayachai and Anutin Charnvirakul, stayed in Bangkok."
    )
    assert "Thailand" not in _heads(kb, text)


def test_leaders_named_with_their_countries_who_will_meet(kb: KnowledgeBase) -> None:
    text = (
        "Prime Minister Nikol Pashinyan of Armenia and President Ilham Aliyev of Azerbaijan "
        "are to meet in Washington on Friday, March 13."
    )
    mentions = extract_mentions(text, None, WEDNESDAY, kb)
    heads = {c.party: c.value for m in mentions for c in m.claims if c.field is Field.HEAD}
    assert heads.get("Armenia") == "Nikol Pashinyan"
    assert heads.get("Azerbaijan") == "Ilham Aliyev"


def test_an_office_taken_up_again_names_the_head(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations sat down in Geneva on Tuesday, and Vladimir "
        "Medinsky returned as Moscow's chief negotiator."
    )
    assert _heads(kb, text).get("Russia") == "Vladimir Medinsky"


def test_returning_as_an_adviser_names_no_head(kb: KnowledgeBase) -> None:
    text = (
        "Russian and Ukrainian delegations sat down in Geneva on Tuesday, and Vladimir "
        "Medinsky returned as the president's adviser on culture."
    )
    # Only the low guess for a side's one named negotiator, not a head read from the text.
    heads = [c for c in report(kb, text).claims if c.field is Field.HEAD and c.party == "Russia"]
    assert all(c.confidence <= 0.3 for c in heads)


def test_the_heads_named_after_leading_the_delegations(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American envoys met in Muscat on Saturday. Heading the two teams were "
        "Abbas Araghchi and Steve Witkoff."
    )
    heads = _heads(kb, text)
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_teams_led_respectively_by_two_people(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American teams met in Muscat on Saturday, headed respectively by Abbas "
        "Araghchi and Steve Witkoff."
    )
    heads = _heads(kb, text)
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_the_heads_of_delegation_named_in_apposition(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American teams met in Muscat on Saturday. The two heads of delegation, "
        "Abbas Araghchi and Steve Witkoff, spoke briefly at the end."
    )
    heads = _heads(kb, text)
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_leading_the_protest_names_no_head(kb: KnowledgeBase) -> None:
    # "leading" of something that is no delegation, team or side.
    text = (
        "Iranian and American teams met in Muscat on Saturday. Leading the protests outside "
        "were Hossein Shariatmadari and Ali Motahari."
    )
    heads = _heads(kb, text)
    assert "Hossein Shariatmadari" not in heads.values()


def test_one_sentence_gives_one_side_one_head(kb: KnowledgeBase) -> None:
    # The second team is the government's, which no actor names: its head gets no side
    # rather than the Houthis' a second head.
    text = (
        "Houthi and Yemeni government delegations met in Amman on Monday. The Houthi side, "
        "led by Abdulqader al-Murtada, and the government side, headed by Salem Bin Buraik "
        "Awad, exchanged lists."
    )
    heads = [c for c in report(kb, text).claims if c.field is Field.HEAD]
    assert {c.value for c in heads if c.party == "Houthis"} == {"Abdulqader al-Murtada"}


def test_two_sides_each_with_its_head_keep_both(kb: KnowledgeBase) -> None:
    text = (
        "Houthi and Yemeni government delegations met in Amman on Monday. The Houthi side "
        "was led by Abdulqader al-Murtada and the Yemeni government side by Hadi Haig."
    )
    heads = _heads(kb, text)
    assert heads.get("Houthis") == "Abdulqader al-Murtada"
    assert heads.get("Yemen") == "Hadi Haig"


def test_representing_a_side_was_its_head(kb: KnowledgeBase) -> None:
    text = "At the Muscat talks with Washington on Saturday, representing Iran was Abbas Araghchi."
    assert _heads(kb, text).get("Iran") == "Abbas Araghchi"


def test_the_pair_then_their_office_in_apposition(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American teams met in Muscat on Saturday. Araghchi and Witkoff, the "
        "chief negotiators, spoke for a few minutes."
    )
    heads = _heads(kb, text)
    assert heads.get("Iran") == "Abbas Araghchi"
    assert heads.get("United States") == "Steve Witkoff"


def test_the_pair_then_another_apposition_names_no_heads(kb: KnowledgeBase) -> None:
    text = (
        "Iranian and American teams met in Muscat on Saturday. Araghchi and Witkoff, the "
        "two men most quoted this year, were not in the room."
    )
    heads = [c for c in report(kb, text).claims if c.field is Field.HEAD]
    assert all(c.confidence <= 0.3 for c in heads)
