"""Go-betweens named as a list before the verb of a relative clause ("a meeting which Macron,
Scholz and Michel were to mediate between Aliyev and Pashinyan"): each of the list is at the
errand, and the two the errand runs between lead their sides.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import values

PUBLISHED = datetime(2023, 9, 20, 9, 0, tzinfo=UTC)
TITLE = "Armenia and Azerbaijan leaders to meet in Europe"


def _values(kb: KnowledgeBase, text: str, fld: Field) -> set[str]:
    return values(kb, text, fld, PUBLISHED, TITLE)


def test_each_of_a_list_that_was_to_mediate(kb: KnowledgeBase) -> None:
    text = (
        "Armenia and Azerbaijan are to hold a meeting in Granada on 5 October, which French "
        "President Emmanuel Macron and German Chancellor Olaf Scholz were to mediate between "
        "Aliyev and Pashinyan."
    )
    assert {"France", "Germany"} <= _values(kb, text, Field.MEDIATOR)
    assert {"Ilham Aliyev", "Nikol Pashinyan"} <= _values(kb, text, Field.HEAD)


def test_a_list_that_was_to_attend_mediates_nothing(kb: KnowledgeBase) -> None:
    # Negative case: attending is no errand between the sides.
    text = (
        "Armenia and Azerbaijan are to hold a meeting in Granada on 5 October, which French "
        "President Emmanuel Macron and German Chancellor Olaf Scholz were to attend."
    )
    assert not {"France", "Germany"} & _values(kb, text, Field.MEDIATOR)
