"""Mixed scripts inside one word: Latin letters next to Cyrillic, Greek or Armenian ones are a
homoglyph disguise, while a name written wholly in one script is ordinary text."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]{2,}")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _script(letter: str) -> str | None:
    name = unicodedata.name(letter, "")
    return next((script for script in _SCRIPTS if name.startswith(script)), None)


def mixed_script_words(text: str) -> list[str]:
    """Words whose letters come from more than one of the look-alike scripts."""
    mixed: list[str] = []
    for word in _WORD.findall(text):
        scripts = {_script(letter) for letter in word} - {None}
        if len(scripts) > 1:
            mixed.append(word)
    return mixed
