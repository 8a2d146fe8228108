"""The knowledge base: conflicts, places, actors, people and the vocabulary of negotiations."""

from negotrack.knowledge.loader import KnowledgeBase, default_knowledge, load_knowledge
from negotrack.knowledge.matcher import Match
from negotrack.knowledge.model import Actor, Conflict, Person, Place, Vocabulary

__all__ = [
    "Actor",
    "Conflict",
    "KnowledgeBase",
    "Match",
    "Person",
    "Place",
    "Vocabulary",
    "default_knowledge",
    "load_knowledge",
]
