"""Decode what hides text from a pattern match: base64 runs, URL-encoding, Unicode tag
characters (U+E0000 block, invisible but read as ASCII by some models), HTML character
references, hex-encoded bytes, letters spaced or dotted apart (``i g n o r e``), and ROT13 or
reversed text where the text names it."""

from __future__ import annotations

import base64
import binascii
import codecs
import html
import re
from collections.abc import Callable
from urllib.parse import unquote

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_PERCENT_RUN = re.compile(r"(?:[^\s%]*%[0-9A-Fa-f]{2})+[^\s%]*")
_TAG_CHARS = re.compile("[\U000e0020-\U000e007e]+")
_CHAR_REFERENCE = re.compile(r"&(#\d{2,7}|#x[0-9a-f]{2,6}|[a-z]{2,8});", re.I)
_HEX_RUN = re.compile(r"(?:\\x[0-9a-f]{2}){8,}|\b(?:[0-9a-f]{2}[ :]?){12,}\b", re.I)
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*]){2,}[^\W\d_](?!\w)")
_REFERENCES = "HTML character references"
_ROT13_NAMED = re.compile(r"\brot-?13\b", re.I)
_REFERENCE_RUN = re.compile(r"(?:&#(?:\d{2,7}|x[0-9a-f]{2,6});){6,}", re.I)
_REVERSAL_NAMED = re.compile(
    r"\b(backwards?|in reverse( order)?|reversed text|right to left|rückwärts|à l'envers|"
    r"al revés|all'indietro|achterstevoren|od tyłu|задом наперёд|справа налево)\b",
    re.I,
)


def _printable(plain: str) -> bool:
    return bool(plain) and sum(ch.isprintable() or ch.isspace() for ch in plain) / len(plain) > 0.9


def base64_runs(text: str) -> list[str]:
    decoded: list[str] = []
    for run in _BASE64_RUN.findall(text):
        padded = run + "=" * (-len(run) % 4)
        try:
            plain = base64.b64decode(padded, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        if _printable(plain):
            decoded.append(plain)
    return decoded


def percent_runs(text: str) -> list[str]:
    return [unquote(run) for run in _PERCENT_RUN.findall(text)]


def tag_runs(text: str) -> list[str]:
    return ["".join(chr(ord(ch) - 0xE0000) for ch in run) for run in _TAG_CHARS.findall(text)]


def character_references(text: str) -> list[str]:
    """The whole text with HTML character references (``&#105;``, ``&lt;``) resolved."""
    return [html.unescape(text)] if _CHAR_REFERENCE.search(text) else []


def character_reference_runs(text: str) -> list[str]:
    """Runs of six or more numeric character references (``&#105;&#103;…``) resolved: text
    spelt in references, where a name like ``&amp;`` is ordinary HTML."""
    return [html.unescape(run) for run in _REFERENCE_RUN.findall(text)]


def hex_runs(text: str) -> list[str]:
    decoded: list[str] = []
    for run in _HEX_RUN.findall(text):
        digits = re.sub(r"\\x|[ :]", "", run)
        try:
            plain = bytes.fromhex(digits).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            continue
        if _printable(plain):
            decoded.append(plain)
    return decoded


def spaced_letters(text: str) -> list[str]:
    """Words written one letter at a time (``i g n o r e  a l l``), joined back and read in
    order as one text."""
    runs = [re.sub(r"[ .\-_*]", "", run) for run in _SPACED_LETTERS.findall(text)]
    return [" ".join(runs)] if runs else []


def rot13(text: str) -> list[str]:
    """The text ROT13-decoded, when it says it is ROT13."""
    return [codecs.decode(text, "rot13")] if _ROT13_NAMED.search(text) else []


def reversed_text(text: str) -> list[str]:
    """The text read backwards, when it says something is written backwards."""
    return [text[::-1]] if _REVERSAL_NAMED.search(text) else []


_RUN_DECODERS: tuple[tuple[re.Pattern[str], Callable[[str], list[str]]], ...] = (
    (_BASE64_RUN, base64_runs),
    (_PERCENT_RUN, percent_runs),
    (_TAG_CHARS, tag_runs),
    (_HEX_RUN, hex_runs),
)
"""The encodings that hide a run inside a text (not the whole text), each with its decoder."""


def mask_encoded_runs(text: str, hides: Callable[[str], bool], mask: str) -> str:
    """``text`` with each base64, URL-encoded, tag-character or hex run replaced by ``mask``
    when ``hides`` holds for what it decodes to; every other character as it was."""
    for pattern, decode in _RUN_DECODERS:

        def masked(run: re.Match[str], decode: Callable[[str], list[str]] = decode) -> str:
            found = run.group()
            if not any(map(hides, decode(found))):
                return found
            return mask + found[len(found.rstrip(" :")) :]  # a hex run takes a separator after it

        text = pattern.sub(masked, text)
    return text


def concealed_runs(text: str, hidden: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each run of text an encoding keeps from a reader, decoded, with the encoding's name:
    ``hidden`` (the :func:`hidden_texts` of ``text``), with character references as runs rather
    than the whole text resolved (a page with ``&amp;`` in it conceals nothing)."""
    return [
        *((name, plain) for name, plain in hidden if name != _REFERENCES),
        *((_REFERENCES, run) for run in character_reference_runs(text)),
    ]


def hidden_texts(text: str) -> list[tuple[str, str]]:
    """Each decoded text with the name of the encoding that hid it."""
    return [
        *(("base64", plain) for plain in base64_runs(text)),
        *(("url-encoding", plain) for plain in percent_runs(text)),
        *(("tag characters", plain) for plain in tag_runs(text)),
        *((_REFERENCES, plain) for plain in character_references(text)),
        *(("hex", plain) for plain in hex_runs(text)),
        *(("spaced letters", plain) for plain in spaced_letters(text)),
        *(("ROT13", plain) for plain in rot13(text)),
        *(("reversed text", plain) for plain in reversed_text(text)),
    ]
