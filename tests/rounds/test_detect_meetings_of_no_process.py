"""Talk of a meeting that nothing in the article seats, places or ties to someone of a
peace process ("The group will meet again on 1 March" in a story on oil output) is no round.

Every text here is written for the test; none is taken from an evaluation article.
"""

from __future__ import annotations

from datetime import UTC, datetime

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.extract import extract_mentions

SUNDAY = datetime(2026, 2, 1, 18, 0, tzinfo=UTC)


def test_a_cartel_meeting_again_is_no_round(kb: KnowledgeBase) -> None:
    text = (
        "Oil producers led by Saudi Arabia and Russia agreed on Sunday to hold output steady "
        "in March, citing weak demand and the war in Ukraine.\n\n"
        "The group will meet again on 1 March. Brent rose 1% in early trading."
    )
    assert extract_mentions(text, "Oil producers hold output steady", SUNDAY, kb) == []


def test_envoys_of_the_process_meeting_again_are_a_round(kb: KnowledgeBase) -> None:
    # Negative case: the same words, told by someone of the process.
    text = "The envoys on the war in Ukraine will meet again on 1 March, Marco Rubio said."
    assert extract_mentions(text, None, SUNDAY, kb) != []
