# ruff: noqa: RUF001  (full-width CJK punctuation ends sentences)
"""Split a text into the pieces the learned injection model scores one by one.

An injection is often one sentence inside a long legitimate letter, document or ticket; scored
as a whole, its words are diluted by the rest. Scoring each window of two adjacent sentences and
flagging on the highest score keeps that one sentence visible (and an instruction split across
two). A long text is scored by windows only, not by single sentences as well: every piece scored
is one more chance for a benign document's sentence to trip the model.
Texts without spaces between words (Chinese, Japanese, Thai) are measured in characters
instead of words.
"""

from __future__ import annotations

import re
from itertools import pairwise

# Sentence ends (Latin, CJK, Devanagari, Arabic), line breaks, and the edges of markup comments
# and bracketed notes, which often fence an instruction off from the text around it.
_BOUNDARY = re.compile(
    r"(?<=[.!?;])\s+|(?<=[。！？；।؟])|\n+|(?=<!--|\[\[|\{\")|(?<=-->)|(?<=\]\])"
)
_SPACELESS = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
WHOLE_TEXT_WORDS = 60
SPACELESS_CHARS_PER_WORD = 2


def word_count(text: str) -> int:
    """Words separated by spaces, with every two characters of a spaceless script counted as
    one word."""
    return len(text.split()) + len(_SPACELESS.findall(text)) // SPACELESS_CHARS_PER_WORD


def sentences(text: str) -> list[str]:
    """The text's sentences, lines and fenced notes, stripped, in order."""
    return [piece.strip() for piece in _BOUNDARY.split(text) if piece and piece.strip()]


def segments(text: str) -> list[str]:
    """The pieces to score: each window of two adjacent sentences (the sentence itself when
    there is only one); for a short text, whose few sentences add few chances of a false alarm,
    also each sentence on its own and the whole text."""
    units = sentences(text)
    pieces = [f"{a} {b}" for a, b in pairwise(units)] or units
    if len(units) <= 1 or word_count(text) <= WHOLE_TEXT_WORDS:
        pieces += [*units, text.strip()]
    return list(dict.fromkeys(piece for piece in pieces if piece))


MIN_WORDS = 4
"""Fewer words than this carry too few features for the learned model, which scores such a text
near its prior: a bare value (``approved``, ``active``) is left to the rules."""


def reads(text: str) -> bool:
    """Whether ``text`` has words enough for the learned model to score (:data:`MIN_WORDS`)."""
    return word_count(text) >= MIN_WORDS
