"""A process that exists for one matter (Conflict.standing_topics: the US-Iran talks for the
nuclear file) gives that topic to each of its rounds, said or not; a conflict without one
gives none beyond what the text says."""

from __future__ import annotations

from negotrack.knowledge import KnowledgeBase
from negotrack.rounds.model import Field
from tests.mentions import report


def test_a_round_of_the_nuclear_talks_is_about_the_nuclear_file(kb: KnowledgeBase) -> None:
    text = "Iranian and American negotiators met in Muscat on Tuesday, Omani officials said."
    assert "nuclear" in report(kb, text).values(Field.TOPIC)


def test_a_conflict_without_a_standing_topic_gets_none(kb: KnowledgeBase) -> None:
    text = "Armenian and Azerbaijani foreign ministers met in Tbilisi on Tuesday."
    assert report(kb, text).values(Field.TOPIC) == []


def test_the_standing_topic_is_not_doubled(kb: KnowledgeBase) -> None:
    text = "Iranian and American negotiators met in Muscat on Tuesday to discuss enrichment."
    assert report(kb, text).values(Field.TOPIC).count("nuclear") == 1


def test_the_knowledge_base_reads_standing_topics(kb: KnowledgeBase) -> None:
    assert kb.conflict("iran").standing_topics == ("nuclear",)
