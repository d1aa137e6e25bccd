"""Decode what hides text from a pattern match: base64 runs, URL-encoding and Unicode tag
characters (U+E0000 block, invisible but read as ASCII by some models)."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import unquote

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_PERCENT_RUN = re.compile(r"(?:[^\s%]*%[0-9A-Fa-f]{2})+[^\s%]*")
_TAG_CHARS = re.compile("[\U000e0020-\U000e007e]+")


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


def hidden_texts(text: str) -> list[tuple[str, str]]:
    """Each decoded text with the name of the encoding that hid it."""
    return [
        *(("base64", plain) for plain in base64_runs(text)),
        *(("url-encoding", plain) for plain in percent_runs(text)),
        *(("tag characters", plain) for plain in tag_runs(text)),
    ]
