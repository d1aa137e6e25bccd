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

from guardrails.encodings import hidden_texts, mask_encoded_runs
from guardrails.json_strings import json_strings, map_json_strings
from guardrails.verdict import Action, Verdict

RULE_INSTRUCTIONS = "output.instructions_leak"
RULE_LINK = "output.unseen_link"
RULE_SECRET = "output.secret"
LEAK_WORDS = 8
"""An output repeating this many consecutive words of the instructions repeats the instructions:
eight words in the same order are a quotation, not a coincidence of wording."""

_WORD = re.compile(r"\w+")
_PII_TOKEN = r"<PII:[A-Z_]+:\d+>"
_URL_CHARS = rf"(?:[^\s\"'<>()\[\]{{}}]|{_PII_TOKEN})"
"""A redacted value inside a link is part of it: ``?card=<PII:CARD:1>`` is the data leaving."""
_URL = re.compile(
    rf"(?i)\b(?:https?|ftp)://{_URL_CHARS}+"
    rf"|\bwww\.{_URL_CHARS}+"
    rf"|\b(?:[a-z0-9-]+\.)+[a-z]{{2,}}/{_URL_CHARS}*"  # a bare host with a path
)
_DOTLESS_HOST = re.compile(r"(?i)\b(?:https?|ftp)://(?!localhost\b)[\w-]+(?![\w.-]*\.[\w-])")
"""A link whose host has no dot is a link cut in two (the rest in another field)."""
_DEFANGED_CHARS = rf"(?:[^\s\"'<>]|{_PII_TOKEN})"
_DEFANGED = re.compile(
    rf"(?i)\bhxxps?://{_DEFANGED_CHARS}+"
    rf"|\b[\w-]+(?:(?:\[\.\]|\(\.\)|\{{\.\}})[\w-]+)+{_DEFANGED_CHARS}*"
)
"""Written so it is not clickable, so meant to be rebuilt: held unless copied as the input has it
(a customer reporting a phishing link)."""
_ALWAYS_A_LINK = re.compile(
    r"(?i)\bjavascript:\S|\bdata:[a-z]+/[\w.+-]+[;,]|\bmailto:[^\s?]+\?"
    r"|\bh\s+t\s+t\s+p\s*s?\s*:\s*/\s*/"
)
"""A script or data URI, a mail link that fills in the message, a link spelled out letter by
letter: never a copy of what a case says."""
_EMAIL = re.compile(r"(?i)\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
_SPELLED_EMAIL = re.compile(
    r"(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[\w-]+"
    r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*[a-z]{2,}\b"
)
_SECRETS: dict[str, re.Pattern[str]] = {
    "private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "cloud access key": re.compile(
        r"\b(?:AKIA|ASIA)(?:\s?[0-9A-Z]){16}\b|(?i:\bAccountKey=[A-Za-z0-9+/]{20,})"
    ),
    "API key": re.compile(
        r"\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"
        r"|\bAIza[0-9A-Za-z_-]{30,}|\bSG\.[\w-]{16,}\.[\w-]{16,}"
    ),
    "repository token": re.compile(
        r"\bgh[pousr]_[A-Za-z0-9]{30,}|\bglpat-[\w-]{20,}|\bnpm_[A-Za-z0-9]{30,}"
    ),
    "chat token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "vault token": re.compile(r"\bhv[sbr]\.[\w-]{20,}"),
    "signed token": re.compile(r"\beyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}"),
    "bearer token": re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{20,}=*"),
    "password in a connection string": re.compile(
        r"(?i)\b[a-z][a-z0-9+.-]*://[^\s:/@\"']+:[^\s@/\"']+@"
    ),
    "password or key assignment": re.compile(
        r"(?i)(?:\b|_)(?:password|passwd|pwd|secret|api[_-]?key|account[_-]?key|"
        r"client[_-]?secret|access[_-]?token|auth[_-]?token)\s*[:=]\s*(?!<PII:)[^\s\"',;]{6,}"
        r"|\bpassword\s+(?:is\s+)?(?=\S*\d)(?=\S*[a-z])[^\s\"',;]{8,}"
    ),
    "token or key value": re.compile(r"(?i)\b(?:token|secret|key)\s*[:=]?\s+[0-9a-f]{32,}\b"),
}
_CONTENT_WORD = 5
"""Words this long carry an instruction's content (``summarise``, ``priority``, ``escalate``)."""
PARAPHRASE_WORDS = 10
PARAPHRASE_SHARE = 0.4
"""An output (one string, or all its strings together: a restatement split into a list) that
uses at least :data:`PARAPHRASE_WORDS` of the instructions' content words, and at least this
share of them, restates the instructions in other words. Ordinary replies use a few: a review
names the facts it checked, not how it was told to check them."""


def _words(text: str) -> list[str]:
    """The words of ``text``, links and addresses left out: a portal link the instructions give
    is words enough to look like a quotation of them when a letter cites it."""
    return _WORD.findall(_EMAIL.sub(" ", _URL.sub(" ", text)).casefold())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + LEAK_WORDS]) for i in range(len(words) - LEAK_WORDS + 1)}


def _content(words: list[str]) -> set[str]:
    return {word for word in words if len(word) >= _CONTENT_WORD and not word.isdigit()}


class _Instructions:
    """What an output is compared with: the instructions' word runs and content words."""

    def __init__(self, instructions: str) -> None:
        words = _words(instructions)
        self.shingles = _shingles(words)
        self.content = _content(words)

    def repeated_in(self, text: str) -> str | None:
        """Why ``text`` repeats the instructions, or None."""
        words = _words(text)
        if self.shingles & _shingles(words):
            return f"repeats {LEAK_WORDS}+ words of the agent's instructions in a row"
        shared = len(self.content & _content(words))
        if shared >= PARAPHRASE_WORDS and shared >= PARAPHRASE_SHARE * len(self.content):
            return f"uses {shared} of the {len(self.content)} content words of its instructions"
        return None


def _mentions(given: str, name: str) -> bool:
    """Whether ``name`` (a link or address) stands in ``given`` on its own, not as the tail of a
    longer word (``evil.example`` is not given by ``notevil.example``)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", given) is not None


def _unseen_links(text: str, given: str) -> list[str]:
    """The kinds of link or address in ``text`` that are not in ``given`` as they are. A link
    must be copied whole: the same host with something appended (``?d=<the customer's e-mail>``)
    is how data leaves, even when the host itself came in with the case. An e-mail address
    counts as given when it is, or its domain is (a company address next to the company's
    portal). A defanged link is held unless copied as given; a link cut in two, a script or data
    URI, a mail link that fills in the message and a spelled-out address never are copies."""
    found: list[str] = []
    for match in _URL.finditer(text):
        if not _mentions(given, match.group(0).rstrip(".,;:!?").casefold()):
            found.append("link")
    for match in _DEFANGED.finditer(text):
        if not _mentions(given, match.group(0).rstrip(".,;:!?").casefold()):
            found.append("link")
    if _DOTLESS_HOST.search(text) or _ALWAYS_A_LINK.search(text):
        found.append("link")
    for match in _EMAIL.finditer(text):
        if not _mentions(given, match.group(1).casefold()):
            found.append("e-mail address")
    if _SPELLED_EMAIL.search(text):
        found.append("e-mail address")
    return found


SECRET_MASK = "<SECRET>"


def mask_secrets(value: Any) -> Any:
    """``value`` (a decoded JSON value) with every credential in its strings replaced by
    :data:`SECRET_MASK`: what the audit keeps of an output that was withheld for one. A
    credential in plain sight is masked where it stands, an encoded run (base64, hex, …) that
    decodes to one is masked whole, and a string that still hides one in another view (ROT13,
    reversed, spaced letters) becomes the mask entirely."""
    return map_json_strings(value, lambda _path, text: _masked(text))


def _has_secret(text: str) -> bool:
    return any(pattern.search(text) for pattern in _SECRETS.values())


def _masked(text: str) -> str:
    for pattern in _SECRETS.values():
        text = pattern.sub(SECRET_MASK, text)
    text = mask_encoded_runs(text, _has_secret, SECRET_MASK)
    if any(_has_secret(plain) for _, plain in hidden_texts(text)):
        return SECRET_MASK
    return text


def output_leak_verdicts(output: Any, *, instructions: str, inputs: str) -> list[Verdict]:
    """Findings in every string of ``output`` (a decoded JSON value of any shape), and in what
    an encoding hides in it (:func:`~guardrails.encodings.hidden_texts`): the ``instructions``
    the agent was given repeated (:data:`LEAK_WORDS` words in a row) or restated
    (:data:`PARAPHRASE_WORDS`), a link or e-mail address not in ``inputs`` (what the agent was
    sent) nor in its instructions, a credential. An empty list when the output is clean."""
    compared = _Instructions(instructions)
    given = f"{inputs}\n{instructions}".casefold()
    texts = list(json_strings(output, root="output"))
    verdicts = [
        Verdict(action=action, rule=rule, reason=f"{path}: {why}")
        for path, text in texts
        for action, rule, why in _findings(text, compared, given)
    ]
    restated = compared.repeated_in(" ".join(text for _, text in texts))
    if restated and not any(v.rule == RULE_INSTRUCTIONS for v in verdicts):
        verdicts.append(
            Verdict(action=Action.ESCALATE, rule=RULE_INSTRUCTIONS, reason=f"output: {restated}")
        )
    return verdicts


def _findings(text: str, compared: _Instructions, given: str) -> Iterator[tuple[Action, str, str]]:
    views = [text, *(plain for _, plain in hidden_texts(text))]
    repeated = next(filter(None, map(compared.repeated_in, views)), None)
    if repeated:
        yield Action.ESCALATE, RULE_INSTRUCTIONS, repeated
    unseen = sorted({kind for view in views for kind in _unseen_links(view, given)})
    if unseen:
        yield Action.ESCALATE, RULE_LINK, f"{', '.join(unseen)} not in the agent's input"
    kinds = sorted(
        {kind for kind, pattern in _SECRETS.items() for view in views if pattern.search(view)}
    )
    if kinds:
        yield Action.BLOCK, RULE_SECRET, f"looks like a credential ({', '.join(kinds)})"
