"""A signed text told in the ways news go round it: the signers named after the text ("the
accord that Armenia and Azerbaijan signed"), the day before the text ("signed on Friday,
8 August, a declaration"), the text with where or when it was signed ("the agreement signed
at the White House"), "a signed first phase", and the text the talks just made, said signed
in a sentence of its own ("The agreement ... was signed by X and Y").

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions
from negotrack.rounds.model import Field
from tests.mentions import values

MONDAY = datetime(2025, 8, 11, 9, 0, tzinfo=UTC)


def _outcomes(kb: KnowledgeBase, text: str) -> set[str]:
    return values(kb, text, Field.OUTCOME, MONDAY)


def test_a_text_the_named_sides_signed_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "Talks in Tbilisi on Monday built on the accord that Armenia and Azerbaijan signed in "
        "Washington on 8 August."
    )
    assert "agreement" in _outcomes(kb, text)


def test_a_text_the_named_sides_hope_to_sign_is_no_deal(kb: KnowledgeBase) -> None:
    text = (
        "Talks in Tbilisi on Monday prepared the accord that Armenia and Azerbaijan hope to "
        "sign in Washington."
    )
    assert "agreement" not in _outcomes(kb, text)


def test_a_text_signed_on_a_weekday_and_its_date_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "After a week of talks in Muscat, the government and the Houthis signed on Friday, "
        "8 August, an agreement to free some 900 detainees."
    )
    assert "agreement" in _outcomes(kb, text)


def test_a_text_named_with_where_it_was_signed_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "The talks between Armenia and Azerbaijan produced the agreement signed at the White "
        "House on 8 August."
    )
    assert "agreement" in _outcomes(kb, text)


def test_a_text_still_to_be_signed_is_no_deal(kb: KnowledgeBase) -> None:
    text = (
        "The talks between Armenia and Azerbaijan produced the agreement to be signed at the "
        "White House on 8 August."
    )
    assert "agreement" not in _outcomes(kb, text)


def test_a_signed_first_phase_is_a_deal(kb: KnowledgeBase) -> None:
    text = (
        "The indirect talks between Israel and Hamas in Cairo produced a signed first phase of "
        "the ceasefire on Friday."
    )
    assert "agreement" in _outcomes(kb, text)


def test_the_text_just_made_said_signed_after_the_talks_is_their_deal(kb: KnowledgeBase) -> None:
    told = (
        "Thailand and Cambodia agreed on Friday in Kuala Lumpur to keep their truce, at the "
        "end of a four-day meeting of their border committee."
    )
    signed = (
        " The agreement, set out in a ten-point joint statement, was signed by the two "
        "defence ministers."
    )
    assert "agreement" in _outcomes(kb, told + signed)
    assert "agreement" not in _outcomes(kb, told)
    still_to_sign = " The agreement, set out in a ten-point joint statement, is to be signed later."
    assert "agreement" not in _outcomes(kb, told + still_to_sign)


def test_a_truce_agreed_on_a_day_is_a_deal_and_one_agreed_in_principle_is_not(
    kb: KnowledgeBase,
) -> None:
    made = (
        "The border committee met in Kuala Lumpur on Monday to shore up the ceasefire agreed "
        "on 28 July by Thailand and Cambodia."
    )
    assert "agreement" in _outcomes(kb, made)
    sketched = made.replace("agreed on 28 July", "agreed in principle on 28 July")
    assert "agreement" not in _outcomes(kb, sketched)


def test_the_day_a_sitting_was_announced_jointly_does_not_date_it(kb: KnowledgeBase) -> None:
    text = (
        "Envoys of Armenia and Azerbaijan sat down in Almaty on Saturday. The talks, which "
        "Kazakhstan and the European Union announced jointly late on Thursday, are billed as "
        "a first step."
    )
    assert values(kb, text, Field.START_DATE, MONDAY) == {"2025-08-09"}


def test_a_deadline_set_for_later_talks_dates_no_sitting(kb: KnowledgeBase) -> None:
    text = (
        "DOHA - Kinshasa and the M23 signed a declaration of principles in Doha on Saturday. "
        "Both sides agreed to begin talks on a final deal no later than 8 September and to "
        "sign it by 18 September."
    )
    days = values(kb, text, Field.START_DATE, MONDAY)
    assert days == {"2025-08-09"}
    told = (
        "The third round of talks between Armenia and Azerbaijan in Almaty had ended by "
        "Friday 8 August, officials said."
    )
    assert values(kb, told, Field.START_DATE, MONDAY) == {"2025-08-08"}


def test_a_text_two_named_sides_signed_in_a_city_on_a_day_recalls_that_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "The Doha declaration builds on the peace agreement that Congo and Rwanda signed in "
        "Washington on 27 June."
    )
    mentions = extract_mentions(text, None, MONDAY, kb)
    recalled = [m for m in mentions if m.first(Field.START_DATE) == "2025-06-27"]
    assert [m.first(Field.CITY) for m in recalled] == ["Washington"]


def test_a_text_told_signed_where_and_when_is_the_sitting(kb: KnowledgeBase) -> None:
    text = (
        "GOMA - The document was signed in the Qatari capital on Saturday by envoys of "
        "Kinshasa and of the M23."
    )
    assert values(kb, text, Field.CITY, MONDAY) == {"Doha"}
    assert "agreement" in _outcomes(kb, text)
    # A signing still to come is none.
    later = "GOMA - The M23 will not withdraw until a final agreement is signed, its envoy said."
    assert values(kb, later, Field.CITY, MONDAY) == set()


def test_the_ministers_of_two_named_sides_signed_the_text(kb: KnowledgeBase) -> None:
    text = (
        "The Doha track runs beside the accord that the foreign ministers of Congo and Rwanda "
        "signed in Washington on 27 June."
    )
    mentions = extract_mentions(text, None, MONDAY, kb)
    (recalled,) = [m for m in mentions if m.first(Field.START_DATE) == "2025-06-27"]
    assert recalled.first(Field.CITY) == "Washington"
    assert recalled.first(Field.OUTCOME) == "agreement"


def test_a_text_signed_in_a_city_on_a_day_of_last_month_recalls_that_round(
    kb: KnowledgeBase,
) -> None:
    text = (
        "Kinshasa said the Doha declaration complements the peace agreement signed in "
        "Washington on the 27th of last month between the DRC and Rwanda."
    )
    mentions = extract_mentions(text, None, MONDAY, kb)
    assert [(m.first(Field.CITY), m.first(Field.START_DATE)) for m in mentions] == [
        ("Washington", "2025-07-27")
    ]
