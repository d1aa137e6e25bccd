"""Compiles a lexicon of phrases into regexes that are fast on long texts, and finds which of
several such cues have a phrase in a text.

A lexicon is written as lines of regex alternatives (``ignore|disregard (the )?rules``), one line
per language; spaced scripts are matched at word boundaries, the others (Chinese, Japanese,
Korean, Thai, and Arabic, Hebrew and Indic, whose prefixes and vowel signs defeat ``\\b``)
without them.

Speed: ``re`` tries a pattern at every position of a text, about as slowly as an alternation of
some words costs, and a flat list of a thousand alternatives would be tried at every word of every
text. So :func:`trie` folds each list on its leading letters, and :class:`PhraseFinder` runs one
shared gate that finds the words where some phrase may start (it skips to word starts in C);
each cue is then tried only there. The unspaced patterns start with literal characters, which
``re`` skips to in C, and run only when the text has a letter of their scripts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

# Where a phrase of two parts ("send ... the passwords") may not reach across: a sentence end.
_GAP = r"[^.!?;\n。।؟]"

# Scripts written without spaces, or whose vowel signs ``\b`` takes for word ends (Indic), or
# whose words take prefixes (Arabic, Hebrew): their phrases are matched without ``\b``.
_UNSPACED_SCRIPTS = (
    r"(?=[\u0590-\u06ff\u0750-\u077f\u0900-\u0bff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7af\ufb1d-\ufdff\ufe70-\ufeff])"
)

_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def _structure(fragment: str) -> Iterator[tuple[int, str, int]]:
    """The characters of a regex fragment that shape it — outside escapes and character
    classes — each with its index and the group depth after it."""
    depth, i, in_class = 0, 0, False
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield i, char, depth
        i += 1


def _split(alternatives: str) -> list[str]:
    """The top-level alternatives of a regex fragment (``a|b(c|d)`` gives ``a``, ``b(c|d)``)."""
    parts, start = [], 0
    for i, char, depth in _structure(alternatives):
        if char == "|" and depth == 0:
            parts.append(alternatives[start:i])
            start = i + 1
    parts.append(alternatives[start:])
    return parts


def _closing(fragment: str) -> int:
    """The index of the parenthesis that closes the group ``fragment`` starts with."""
    for i, char, depth in _structure(fragment):
        if char == ")" and depth == 0:
            return i
    raise ValueError(f"unbalanced parentheses in lexicon fragment {fragment!r}")


def expand(alternative: str) -> list[str]:
    """``alternative`` with the groups among its first letters spelt out: ``(a|b)? c`` gives
    ``a c``, ``b c`` and `` c``, so that the gate knows every letter a phrase starts with."""
    i = 0
    while i < len(alternative) and alternative[i] not in _SPECIAL:
        i += 1
    head, tail = alternative[:i], alternative[i:]
    if not tail.startswith("(") or tail[1:3] in ("?<", "?=", "?!"):
        return [alternative]
    end = _closing(tail)
    options = _split(tail[3 if tail.startswith("(?:") else 1 : end])
    after = tail[end + 1 :]
    if after[:1] == "?":
        options, after = [*options, ""], after[1:]
    elif after[:1] in ("*", "+", "{"):
        return [alternative]
    return [each for option in options for each in expand(head + option + after)]


def trie(alternatives: Iterable[str]) -> str:
    """One alternation of ``alternatives``, folded on their leading literal characters so the
    engine compares one character per branch instead of trying every alternative in turn."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in dict.fromkeys(alternatives):
        first = alternative[:1]
        quantified = alternative[1:2] in ("?", "*", "+", "{")
        if first and first not in _SPECIAL and not quantified:
            groups.setdefault(first, []).append(alternative[1:])
        else:
            others.append(alternative)
    folded = [
        first + (rests[0] if len(rests) == 1 and "|" not in rests[0] else f"(?:{trie(rests)})")
        for first, rests in groups.items()
    ]
    return "|".join(folded + others)


def _alternatives(lines: Iterable[str]) -> list[str]:
    return [each for line in lines for alt in _split(line) for each in expand(alt)]


def words(*lines: str) -> str:
    """The alternatives of several lines of a lexicon, as one folded group."""
    return f"(?:{trie(_alternatives(lines))})"


def _literal_start(alternative: str) -> str:
    """The letters every match of ``alternative`` starts with (``e-?mail`` gives ``e``)."""
    start, i = "", 0
    while i < len(alternative):
        char = alternative[i]
        if char == "\\" and alternative[i + 1 : i + 2] == ".":
            char, width = r"\.", 2
        elif char in _SPECIAL:
            break
        else:
            width = 1
        if alternative[i + width : i + width + 1] in ("?", "*", "+", "{"):
            break
        start, i = start + char, i + width
    return start


def either(spaced: tuple[str, ...], unspaced: tuple[str, ...]) -> str:
    """The words of either list, as the second part of a phrase."""
    return rf"(?:\b{words(*spaced)}\b|{_UNSPACED_SCRIPTS}{words(*unspaced)})"


def then(gap: int, *parts: str) -> str:
    """``parts`` one after the other, each within ``gap`` characters of the same sentence."""
    return f"{_GAP}{{0,{gap}}}?".join(["", *parts])


def not_after(negations: str, words: str) -> str:
    """``words``, unless one of ``negations`` comes just before ("do not send")."""
    return "|".join(
        word + "".join(f"(?<!{negation} {word})" for negation in negations.split("|"))
        for word in words.split("|")
    )


def _noncapturing(pattern: str) -> str:
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


Lexicon = list[tuple[tuple[str, ...], str]]  # heads, each with what must follow them


class Cue(NamedTuple):
    spaced: re.Pattern[str]  # tried at the start of a word the gate found
    spaced_starts: tuple[str, ...]  # the letters the spaced phrases start with
    unspaced: re.Pattern[str]
    unspaced_starts: tuple[str, ...]


def _starts(lexicon: Lexicon) -> tuple[str, ...]:
    starts = tuple(_literal_start(alt) for heads, _ in lexicon for alt in _alternatives(heads))
    if not all(starts):
        raise ValueError(f"every phrase must start with a letter: {lexicon!r}")
    return starts


def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(_noncapturing("|".join(f"{words(*heads)}{rest}" for heads, rest in lexicon)))


def compile_cue(spaced: Lexicon, unspaced: Lexicon) -> Cue:
    """A cue of phrases of spaced and of unspaced scripts, each a lexicon of heads (lines of
    alternatives) with what must follow them (``\\b``, or a second part built with :func:`then`)."""
    return Cue(_pattern(spaced), _starts(spaced), _pattern(unspaced), _starts(unspaced))


def cue(spaced: tuple[str, ...], unspaced: tuple[str, ...], *raw: str) -> Cue:
    """A cue of single words or phrases: ``spaced`` ones end at a word boundary, ``raw`` ones
    are spaced patterns used as they are."""
    return compile_cue([(spaced, r"\b"), *(((each,), "") for each in raw)], [(unspaced, "")])


# Where a phrase may start. In spaced scripts: after a character that is not a letter, at the
# letters some phrase starts with (the gate consumes only that character, so starts never
# overlap). Arabic, Hebrew and Indic scripts are spaced too but kept from ``\b`` (prefixed
# articles and conjunctions, vowel signs that are not letters), so their gate lets a prefix
# through; Chinese, Japanese, Korean and Thai phrases may start anywhere. Each start then tries
# only the cues with a phrase of those first letters.
_DELIMITED_SCRIPTS = r"[\u0590-\u06ff\u0750-\u077f\u0900-\u0bff\ufb1d-\ufdff\ufe70-\ufeff]"
_SPACELESS_SCRIPTS = r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"

# The keys of a gate's dispatch cache come from real texts; bound them anyway.
_DISPATCH_LIMIT = 50_000


def _starts_of(cue: Cue, spaced: bool) -> tuple[str, ...]:
    return cue.spaced_starts if spaced else cue.unspaced_starts


def _heads(
    cues: Mapping[str, Cue], width: int, spaced: bool, script: str | None
) -> dict[str, frozenset[str]]:
    heads: dict[str, set[str]] = {}
    for name, cue in cues.items():
        for start in _starts_of(cue, spaced):
            if script is None or re.match(script, start):
                heads.setdefault(start[:width], set()).add(name)
    return {head: frozenset(names) for head, names in heads.items()}


class _Gate(NamedTuple):
    letters: re.Pattern[str] | None  # the gate runs only on a text with one of these
    gate: re.Pattern[str]
    heads: dict[str, frozenset[str]]
    spaced: bool  # whether it finds the starts of spaced phrases or of the others
    after: bool  # the gate consumes what comes before a start, else the start itself
    dispatch: dict[str, frozenset[str]]  # cache: the cues to try at a start's first letters


def _gate(
    cues: Mapping[str, Cue], letters: str | None, before: str, spaced: bool, script: str | None
) -> _Gate:
    heads = _heads(cues, 3, spaced, script)
    starts = sorted({start for cue in cues.values() for start in _starts_of(cue, spaced)})
    starts = [start for start in starts if script is None or re.match(script, start)]
    return _Gate(
        None if letters is None else re.compile(letters),
        re.compile(f"{before}(?={trie(starts)})" if before else trie(starts)),
        heads,
        spaced,
        bool(before),
        {},
    )


class PhraseFinder:
    """Finds which of ``cues`` have a phrase in a text; builds its gates once, and caches per
    gate which cues to try at the first letters of a start."""

    def __init__(self, cues: Mapping[str, Cue]) -> None:
        self._cues = dict(cues)
        self._gates = (
            _gate(self._cues, None, r"[^\w]", True, None),
            _gate(
                self._cues,
                _DELIMITED_SCRIPTS,
                r"[^\w\u0900-\u0bff](?:[وفبلك]?ال|[وفبلك]|[והבלמשכ]{1,2})?",
                False,
                _DELIMITED_SCRIPTS,
            ),
            _gate(self._cues, _SPACELESS_SCRIPTS, "", False, _SPACELESS_SCRIPTS),
        )

    def found(self, text: str) -> set[str]:
        """The names of the cues with a phrase in ``text``."""
        padded = f" {text}"  # so that a phrase at the very start has a non-letter before it
        found: set[str] = set()
        for gate in self._gates:
            self._found_at_gate(padded, gate, found)
        return found

    def _found_at_gate(self, padded: str, gate: _Gate, found: set[str]) -> None:
        """Adds to ``found`` the cues with a phrase at one of the starts ``gate`` finds."""
        if gate.letters is not None and not gate.letters.search(padded):
            return
        for start in gate.gate.finditer(padded):
            at = start.end() if gate.after else start.start()
            key = padded[at : at + 3]
            names = gate.dispatch.get(key)
            if names is None:
                names = frozenset().union(*(gate.heads.get(key[:n], ()) for n in range(1, 4)))
                if len(gate.dispatch) < _DISPATCH_LIMIT:
                    gate.dispatch[key] = names
            for name in names:
                cue = self._cues[name]
                if name not in found and (cue.spaced if gate.spaced else cue.unspaced).match(
                    padded, at
                ):
                    found.add(name)
