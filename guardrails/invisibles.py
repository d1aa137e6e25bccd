"""Which invisible characters hide something, and which are ordinary writing.

Zero-width, direction-control and tag characters can hide an instruction from a person while a
model still reads it. But Unicode gives several of them everyday jobs, and flagging those would
send every Persian name and every emoji family to a person:

* a zero-width non-joiner or joiner between two letters of a joining script (Persian
  ``می‌خواهم``, Arabic, Indic scripts after a virama) controls how the letters connect;
* a zero-width joiner between two emoji builds one emoji (👩‍💻);
* direction marks and isolates (LRM, RLM, LRI, RLI, FSI, PDI) keep right-to-left names and
  numbers in order, in a text that has right-to-left letters;
* tag characters after a black flag, closed by the cancel tag, spell a subdivision flag (🏴 +
  ``gbsct`` = Scotland).

Anything else (a zero-width space, a bidi override, an embedding, a word joiner, a byte-order
mark inside text, tag characters spelling text, the same marks in a text with no right-to-left
letters) still counts as hidden.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
_JOINERS = "\u200c\u200d"
_DIRECTION_MARKS = "\u200e\u200f\u2066\u2067\u2068\u2069"
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_FLAG_TAGS = re.compile("\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]{2,6}\U000e007f")
_EMOJI_CATEGORIES = ("So", "Sk")
_EMOJI_MODIFIERS = "\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff"


def hidden_characters(text: str) -> list[str]:
    """The invisible characters of ``text`` that do no ordinary job (see the module)."""
    if INVISIBLE.search(text) is None:
        return []
    plain = _FLAG_TAGS.sub("\U0001f3f4", text)
    right_to_left = _RIGHT_TO_LEFT.search(plain) is not None
    hidden: list[str] = []
    for match in INVISIBLE.finditer(plain):
        char, index = match.group(), match.start()
        before = plain[index - 1] if index else ""
        after = plain[index + 1] if index + 1 < len(plain) else ""
        if char in _DIRECTION_MARKS and right_to_left:
            continue
        if char in _JOINERS and (_joins_letters(before, after) or _joins_emoji(before, after)):
            continue
        hidden.append(char)
    return hidden


def _joins_letters(before: str, after: str) -> bool:
    return _letter_or_sign(before) and _letter_or_sign(after)


def _letter_or_sign(char: str) -> bool:
    """A non-ASCII letter, or a vowel sign or virama (Indic scripts put the non-joiner after a
    virama: Telugu ``ఫోన్‌లో``, Hindi ``क्‌ष``)."""
    return (
        bool(char)
        and not char.isascii()
        and (char.isalpha() or unicodedata.category(char) in ("Mn", "Mc"))
    )


def _is_emoji(char: str) -> bool:
    return bool(char) and (
        unicodedata.category(char) in _EMOJI_CATEGORIES or char in _EMOJI_MODIFIERS
    )


def _joins_emoji(before: str, after: str) -> bool:
    return _is_emoji(before) and _is_emoji(after)
