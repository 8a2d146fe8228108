"""Who sits at the table: delegation heads, go-betweens and sides, as news words them."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field, RoundMention
from tests.mentions import report as _report


def _heads(report: RoundMention) -> set[tuple[str | None, str]]:
    return {(c.party, c.value) for c in report.claims if c.field is Field.HEAD}


def _members(report: RoundMention) -> set[tuple[str | None, str]]:
    return {(c.party, c.value) for c in report.claims if c.field is Field.MEMBER}


# --- heads ----------------------------------------------------------------------------------


def test_a_head_who_fronted_the_group(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Vladimir Medinsky, an aide to the Kremlin, fronted the Russian group at the talks in "
        "Istanbul on Monday.",
    )
    assert ("Russia", "Vladimir Medinsky") in _heads(report)


def test_one_verb_for_both_sides_gives_both_heads(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "At the Geneva talks on Tuesday, Russia was represented by Igor Kostyukov and Ukraine "
        "by Rustem Umerov.",
    )
    assert {("Russia", "Igor Kostyukov"), ("Ukraine", "Rustem Umerov")} <= _heads(report)


def test_a_team_under_someone_is_headed_by_them(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Ukraine's negotiating team, under Andriy Yermak, held talks with American officials "
        "in Geneva on Tuesday.",
    )
    assert ("Ukraine", "Andriy Yermak") in _heads(report)


def test_flying_in_to_lead_a_side(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Marco Rubio travelled to Geneva to lead the American delegation in talks with "
        "Ukraine on Tuesday.",
    )
    assert ("United States", "Marco Rubio") in _heads(report)


def test_unknown_heads_belong_to_the_side_that_is_the_subject(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Talks between Israel and Lebanon opened in Naqoura on Tuesday. Lebanon was "
        "represented by former diplomat Nadim Farhat, and Israel by Avi Bensoussan of its "
        "foreign ministry.",
    )
    assert {("Lebanon", "Nadim Farhat"), ("Israel", "Avi Bensoussan")} <= _heads(report)


def test_the_title_before_an_unknown_name_is_not_part_of_it(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "At the border talks in Kuala Lumpur on Monday, the Thai delegation was led by "
        "Defence Minister Somchai Rattanakul.",
    )
    assert ("Thailand", "Somchai Rattanakul") in _heads(report)


def test_the_second_of_two_envoys_named_together_is_a_member(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Two days of talks between Rustem Umerov and the American envoys Steve Witkoff and "
        "Jared Kushner ended in Miami on Sunday.",
    )
    assert ("United States", "Steve Witkoff") in _heads(report)
    assert ("United States", "Jared Kushner") not in _heads(report)
    assert ("United States", "Jared Kushner") in _members(report)


def test_two_envoys_sitting_apart_head_their_sides(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Iran and the United States held indirect talks in Muscat on Saturday.\n\n"
        "Abbas Araghchi and U.S. envoy Steve Witkoff sat in different rooms of the palace.",
    )
    assert {("Iran", "Abbas Araghchi"), ("United States", "Steve Witkoff")} <= _heads(report)


def test_a_go_between_envoy_mediating_heads_his_team(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russia and Ukraine held a new round of talks in Abu Dhabi on Tuesday, with US envoy "
        "Steve Witkoff mediating.",
    )
    assert ("United States", "Steve Witkoff") in _heads(report)


# --- go-betweens ----------------------------------------------------------------------------


def test_every_co_chair_is_a_mediator(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "The talks between Yemen's government and the Houthis in Muscat on Tuesday were "
        "chaired jointly by the office of the United Nations envoy and the International "
        "Committee of the Red Cross.",
    )
    assert {"United Nations", "Red Cross"} <= set(report.values(Field.MEDIATOR))


def test_a_country_that_remained_the_mediator(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Italy lent the embassy for the talks on Saturday, but Oman remained the mediator "
        "between Iran and the United States in Rome.",
    )
    assert "Oman" in report.values(Field.MEDIATOR)


def test_a_country_that_brought_the_sides_to_sign(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Qatar brought the Congolese government and the M23 to sign a truce at talks in Doha "
        "on Saturday.",
    )
    assert "Qatar" in report.values(Field.MEDIATOR)


def test_a_host_minister_who_opened_the_session_after_an_aside(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Hakan Fidan, whose government had offered the palace, opened the session between the "
        "Russian and Ukrainian delegations in Istanbul on Monday.",
    )
    assert "Turkey" in report.values(Field.MEDIATOR)


def test_an_envoy_of_a_usual_broker_who_joins_the_talks(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Indirect negotiations between Israel and Hamas resumed in Cairo on Tuesday, and US "
        "envoy Jared Kushner, who joined the negotiations in the evening, met both teams.",
    )
    assert "United States" in report.values(Field.MEDIATOR)


def test_a_leader_of_a_usual_broker_who_hosted_the_summit(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "The leaders of Armenia and Azerbaijan signed a joint declaration in Washington on "
        "Friday, at a summit hosted by President Donald Trump.",
    )
    assert "United States" in report.values(Field.MEDIATOR)


def test_a_minister_presiding_over_a_signing(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "The foreign ministers of Rwanda and DR Congo signed a peace agreement in Washington "
        "on Friday, with Marco Rubio presiding.",
    )
    assert "United States" in report.values(Field.MEDIATOR)


def test_a_go_between_who_carries_messages_in_the_present(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Iran and the United States held talks in Muscat on Saturday. The envoys never share "
        "a room: Badr Albusaidi carries messages between the two delegations.",
    )
    assert "Oman" in report.values(Field.MEDIATOR)


# --- sides ----------------------------------------------------------------------------------


def test_two_adjectives_sharing_one_noun_are_both_sides(kb: KnowledgeBase) -> None:
    report = _report(kb, "US and Ukrainian negotiators held talks in Geneva on Sunday.")
    assert {"United States", "Ukraine"} <= set(report.values(Field.PARTICIPANT))


def test_counterparts_listed_by_nationality_are_at_the_table(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Iranian diplomats held talks with their British, French and German counterparts in "
        "Istanbul on Friday.",
    )
    assert {"United Kingdom", "France", "Germany"} <= set(report.values(Field.PARTICIPANT))


def test_a_capital_naming_the_venue_is_not_a_side(kb: KnowledgeBase) -> None:
    report = _report(kb, "Abu Dhabi talks between Russia and Ukraine ended on Tuesday.")
    assert "United Arab Emirates" not in report.values(Field.PARTICIPANT)


def test_the_country_a_war_is_fought_in_is_not_a_side_of_these_talks(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Senior US and Russian officials held talks in Riyadh on Tuesday, three years after the "
        "invasion of Ukraine.",
    )
    assert "Ukraine" not in report.values(Field.PARTICIPANT)


def test_sides_stating_their_demands_name_the_topics(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian negotiators met in Istanbul on Monday.\n\n"
        "Moscow still demands all of Donbas, while Kyiv insists on security guarantees.",
    )
    assert {"territory", "security_guarantees"} <= set(report.values(Field.TOPIC))


def test_talks_under_the_auspices_of_a_country(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Sudan's army and the Rapid Support Forces held talks in Jeddah on Saturday under the "
        "auspices of Saudi Arabia and the United States.",
    )
    assert {"Saudi Arabia", "United States"} <= set(report.values(Field.MEDIATOR))


def test_talks_under_a_country_s_mediation(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian delegations held talks in Istanbul on Friday under Turkish "
        "mediation.",
    )
    assert "Turkey" in report.values(Field.MEDIATOR)


def test_a_meeting_dated_apart_in_a_later_paragraph_is_another_one(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Russian and Ukrainian envoys held talks in Geneva on Tuesday, with Vladimir Medinsky "
        "leading the Russian delegation.\n\n"
        "Vladimir Putin received Steve Witkoff at the Kremlin on Friday.",
    )
    assert ("Russia", "Vladimir Putin") not in _heads(report)


def test_a_side_to_be_disarmed_is_not_at_the_table(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Israeli and Lebanese envoys held talks in Naqoura on Wednesday on the disarmament "
        "of Hezbollah in the south.",
    )
    assert "Hezbollah" not in report.values(Field.PARTICIPANT)


def test_a_capital_travelled_to_for_other_talks_is_no_side(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Indirect negotiations between Israel and Hamas resumed in Doha on Sunday. Benjamin "
        "Netanyahu was flying to Washington for talks of his own.",
    )
    assert "United States" not in report.values(Field.PARTICIPANT)


def test_the_sides_before_under_mediation_are_not_the_mediators(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Talks between Ukraine and Russia under Turkish mediation closed in Istanbul on Monday "
        "with no deal.",
    )
    mediators = {c.value for c in report.claims if c.field is Field.MEDIATOR}
    assert mediators == {"Turkey"}


def test_a_country_lending_the_venue_is_neither_side_nor_go_between(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thai and Cambodian army commanders held border talks in Kuala Lumpur on Tuesday; "
        "Malaysia provided the venue and left the two sides to it.",
    )
    assert "Malaysia" not in report.values(Field.PARTICIPANT)
    assert "Malaysia" not in report.values(Field.MEDIATOR)


def test_a_host_that_also_chaired_in_a_relative_clause(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thai and Cambodian ministers held talks in Kuala Lumpur on Tuesday. Malaysia, which "
        "hosted the talks at a government guesthouse, also chaired them.",
    )
    assert "Malaysia" in report.values(Field.MEDIATOR)


def test_a_government_that_hosted_and_brokered(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thai and Cambodian ministers held talks in Kuala Lumpur on Tuesday. The Malaysian "
        "government hosted and brokered the talks.",
    )
    assert "Malaysia" in report.values(Field.MEDIATOR)


def test_a_host_both_hosting_and_mediating(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thai and Cambodian ministers held talks in Kuala Lumpur on Tuesday, with Malaysia both "
        "hosting and mediating.",
    )
    assert "Malaysia" in report.values(Field.MEDIATOR)


def test_the_partner_in_trade_talks_is_not_at_this_table(kb: KnowledgeBase) -> None:
    report = _report(
        kb,
        "Thai and Cambodian ministers agreed a truce at talks in Kuala Lumpur on Tuesday, days "
        "after Beijing made clear that tariff talks with the United States hinged on calm.",
    )
    assert "United States" not in report.values(Field.PARTICIPANT)
