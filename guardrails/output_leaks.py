"""What an agent wrote, checked for the harm a missed injection does: repeating its own
instructions (a system-prompt leak), pointing at a link or address it was never given (the usual
way to send data out: a markdown image or a "send it to" address), or writing out a credential.

The input screen (:mod:`guardrails.injection`) catches most injections but not all of them (its
recall on text written by others is about 0.7, see ``docs/benchmarks.md``). These checks do not
try to recognise the injection; they look for its effect in the output, whatever language or
encoding the instruction came in. A leak or an unseen link holds the case for a person
(``escalate``); a credential withholds the output (``block``). Reasons name the field and the
kind of finding, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from guardrails.verdict import Action, Verdict

RULE_INSTRUCTIONS = "output.instructions_leak"
RULE_LINK = "output.unseen_link"
RULE_SECRET = "output.secret"
LEAK_WORDS = 8
"""An output repeating this many consecutive words of the instructions repeats the instructions:
eight words in the same order are a quotation, not a coincidence of wording."""

_WORD = re.compile(r"\w+")
_URL_CHARS = r"[^\s\"'<>()\[\]{}]"
_URL = re.compile(
    rf"(?i)\b(?:https?|ftp)://{_URL_CHARS}+"
    rf"|\bwww\.{_URL_CHARS}+"
    rf"|\b(?:[a-z0-9-]+\.)+[a-z]{{2,}}/{_URL_CHARS}*"  # a bare host with a path
)
_ALWAYS_A_LINK = re.compile(
    r"(?i)\bhxxps?://"  # defanged: written so it is not clickable, so it was meant to be rebuilt
    r"|\b[\w-]+(?:\[\.\]|\(\.\)|\{\.\})[\w-]+"
    r"|\bjavascript:\S|\bdata:[a-z]+/[\w.+-]+[;,]"
)
_EMAIL = re.compile(r"(?i)\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
_SPELLED_EMAIL = re.compile(
    r"(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[\w-]+"
    r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*[a-z]{2,}\b"
)
_SECRETS: dict[str, re.Pattern[str]] = {
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "cloud access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "API key": re.compile(r"\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}"),
    "repository token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    "chat token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "signed token": re.compile(r"\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}"),
    "bearer token": re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{20,}=*"),
    "password or key assignment": re.compile(
        r"(?i)\b(?:password|passwd|pwd|api[_-]?key|client[_-]?secret|access[_-]?token)"
        r"\s*[:=]\s*(?!<PII:)[^\s\"',;]{6,}"
    ),
}


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path or "output", value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + LEAK_WORDS]) for i in range(len(words) - LEAK_WORDS + 1)}


def _mentions(given: str, name: str) -> bool:
    """Whether ``name`` (a link or address) stands in ``given`` on its own, not as the tail of a
    longer word (``evil.example`` is not given by ``notevil.example``)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", given) is not None


def _unseen_links(text: str, given: str) -> list[str]:
    """The kinds of link or address in ``text`` that are not in ``given`` as they are. A link
    must be copied whole: the same host with something appended (``?d=<the customer's e-mail>``)
    is how data leaves, even when the host itself came in with the case. A defanged link
    (``hxxp://``, ``evil[.]example``), a script or data URI and a spelled-out address
    (``name [at] host [dot] com``) are never copies."""
    found: list[str] = []
    for match in _URL.finditer(text):
        if not _mentions(given, match.group(0).rstrip(".,;:!?").casefold()):
            found.append("link")
    if _ALWAYS_A_LINK.search(text):
        found.append("link")
    for match in _EMAIL.finditer(text):
        if not _mentions(given, match.group(0).casefold()):
            found.append("e-mail address")
    if _SPELLED_EMAIL.search(text):
        found.append("e-mail address")
    return found


SECRET_MASK = "<SECRET>"


def mask_secrets(value: Any) -> Any:
    """``value`` (a decoded JSON value) with every credential-shaped run in its strings replaced
    by :data:`SECRET_MASK`: what the audit keeps of an output that was withheld for one."""
    if isinstance(value, str):
        for pattern in _SECRETS.values():
            value = pattern.sub(SECRET_MASK, value)
        return value
    if isinstance(value, dict):
        return {key: mask_secrets(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [mask_secrets(item) for item in value]
    return value


def output_leak_verdicts(output: Any, *, instructions: str, inputs: str) -> list[Verdict]:
    """Findings in every string of ``output`` (a decoded JSON value of any shape): the
    ``instructions`` the agent was given repeated (:data:`LEAK_WORDS` words in a row), a link or
    e-mail address that appears neither in ``inputs`` (what the agent was sent) nor in its
    instructions, a credential. An empty list when the output is clean."""
    shingles = _shingles(_words(instructions))
    given = f"{inputs}\n{instructions}".casefold()
    return [
        Verdict(action=action, rule=rule, reason=f"{path}: {why}")
        for path, text in _strings(output, "")
        for action, rule, why in _findings(text, shingles, given)
    ]


def _findings(
    text: str, shingles: set[tuple[str, ...]], given: str
) -> Iterator[tuple[Action, str, str]]:
    if shingles & _shingles(_words(text)):
        yield (
            Action.ESCALATE,
            RULE_INSTRUCTIONS,
            f"repeats {LEAK_WORDS}+ words of the agent's instructions",
        )
    unseen = _unseen_links(text, given)
    if unseen:
        yield (
            Action.ESCALATE,
            RULE_LINK,
            f"{', '.join(sorted(set(unseen)))} not in the agent's input",
        )
    kinds = sorted(kind for kind, pattern in _SECRETS.items() if pattern.search(text))
    if kinds:
        yield Action.BLOCK, RULE_SECRET, f"looks like a credential ({', '.join(kinds)})"
