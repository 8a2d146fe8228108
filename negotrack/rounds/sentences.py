"""Cut an article's main text into clean sentences, dropping page furniture.

Main-content extraction still leaves lines that are not part of the story: section labels
("WORLD"), reading times, photo credits, "Related ..." teasers and lists of other headlines.
Those lines are short and lack sentence punctuation, which is what gives them away; a
story's own paragraphs end with a full stop, a question mark or a closing quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "article_sentences", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    paragraph: int  # index of the paragraph in the cleaned article; -1 for the title
    title: bool = False
    # The last headline-like line above the sentence ("Doha: the rebels", "March 2022"): an
    # explainer's section label, which may say where or when what follows took place.
    heading: str | None = None


_BOILERPLATE = re.compile(
    r"^(?:related|recommended|read\s+(?:more|also)|see\s+also|source\s*:|tags\b|explore\b|"
    r"advertisement|share\b|subscribe|sign\s+up|follow\s+us|more\s+from|watch\b|listen\b|"
    r"photo\s*:|image\s*:|copyright|©)",
    re.IGNORECASE,
)
# A photo credit after a caption: "... in Geneva, Feb 17, 2026. / Reuters"
_CREDIT = re.compile(r"\s*(?:/|\|)\s*[^\W\d_][\w .&-]{0,40}$")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_HEADLINE_MAX_WORDS = 20

# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    {
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "no",
        "vs",
        "etc",
        "approx",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
    }
)
# Words that open a new sentence even after an abbreviation such as "U.S.".
_OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "but", "on", "this", "that"}
)
_BREAK = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[^\W_a-z])")
_LAST_WORD = re.compile(r"([^\W\d_](?:[\w.]*[^\W\d_])?)\.?[.!?…]*[\"'”’»)\]]*\s*$")
_FIRST_WORD = re.compile(r"[\"'“‘«(\[]?(\w+)")


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _keeps_going(before: str, after: str) -> bool:
    """True when the full stop at the end of ``before`` does not end a sentence."""
    word_match = _LAST_WORD.search(before)
    if word_match is None:
        return False
    word = word_match.group(1)
    first = _FIRST_WORD.match(after)
    opener = first is not None and first.group(1).casefold() in _OPENERS
    if word.casefold() in _ABBREVIATIONS and before.rstrip().endswith("."):
        return True
    # Initials and dotted abbreviations: "J. D. Vance", "U.S. envoy"
    if len(word) == 1 and word.isupper():
        return True
    return "." in word and not opener


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order."""
    sentences: list[str] = []
    begin = 0
    for found in _BREAK.finditer(paragraph):
        before = paragraph[begin : found.end()]
        after = paragraph[found.end() :]
        if _keeps_going(before, after):
            continue
        piece = before.strip()
        if piece:
            sentences.append(piece)
        begin = found.end()
    rest = paragraph[begin:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_furniture(line: str) -> bool:
    if _BOILERPLATE.match(line):
        return True
    words = line.split()
    return len(words) <= _HEADLINE_MAX_WORDS and not _TERMINAL.search(line)


def article_sentences(text: str, title: str | None) -> list[Sentence]:
    """The title (if any) then the sentences of every story paragraph of ``text``.

    Lines repeating the title are dropped, as are headline-like lines: links to other
    stories would otherwise pass for news about other rounds.
    """
    result: list[Sentence] = []
    title_key = ""
    if title and title.strip():
        clean_title = " ".join(title.split())
        title_key = _normal(clean_title)
        result.append(Sentence(clean_title, -1, title=True))
    paragraph = 0
    heading: str | None = None
    for raw in text.splitlines():
        line = _CREDIT.sub("", " ".join(raw.split())) if "/" in raw or "|" in raw else raw
        line = " ".join(line.split())
        if not line or _normal(line) == title_key:
            continue
        if _is_furniture(line):
            if not _BOILERPLATE.match(line):
                heading = line
            continue
        result.extend(Sentence(s, paragraph, heading=heading) for s in split_sentences(line))
        paragraph += 1
    return result
