"""PII detection and reversible redaction, before any text reaches a model or a log.

Checksums keep false positives down: IBANs must pass ISO 13616 mod-97, card numbers Luhn, German
tax ids ISO 7064 mod 11,10. Tokens look like ``<PII:EMAIL:1>``; the :class:`PIIVault` maps each
token back to its value so the case file (never the model) can restore the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from guardrails.verdict import Action, Verdict

RULE_ID = "pii.redact"


class PIIKind(StrEnum):
    EMAIL = "EMAIL"
    IBAN = "IBAN"
    CARD = "CARD"
    SSN = "SSN"
    NINO = "NINO"
    STEUER_ID = "STEUER_ID"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    NAME = "NAME"


@dataclass(frozen=True)
class PIISpan:
    kind: PIIKind
    start: int
    end: int
    value: str


def iban_is_valid(candidate: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to numbers, mod 97 == 1."""
    compact = re.sub(r"\s", "", candidate).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(digits) % 97 == 1


def luhn_is_valid(candidate: str) -> bool:
    digits = [int(ch) for ch in candidate if ch.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def steuer_id_is_valid(candidate: str) -> bool:
    """German Steuer-IdNr: 11 digits, no leading zero, ISO 7064 MOD 11,10 check digit."""
    digits = [int(ch) for ch in candidate if ch.isdigit()]
    if len(digits) != 11 or digits[0] == 0:
        return False
    product = 10
    for digit in digits[:10]:
        total = (digit + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == digits[10]


_SEP = r"[\s.\-]"
_STREET_SUFFIX = (
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|"
    r"Close|Court|Ct\.?|Place|Pl\.?|Terrace|Crescent|Gardens|Square|Sq\.?)"
)
_CAP = r"[A-Z][a-zA-Z'\-]+"

_PATTERNS: list[tuple[PIIKind, re.Pattern[str], Callable[[str], bool] | None]] = [
    (PIIKind.EMAIL, re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"), None),
    (
        PIIKind.IBAN,
        re.compile(
            r"\b[A-Z]{2}\d{2}(?:(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?|[A-Z0-9]{11,30})\b"
        ),
        iban_is_valid,
    ),
    (PIIKind.CARD, re.compile(rf"(?<![\d\w])[2-6](?:{_SEP}?\d){{12,18}}(?![\d\w])"), luhn_is_valid),
    (
        PIIKind.SSN,
        re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b"),
        None,
    ),
    (
        PIIKind.NINO,
        re.compile(
            r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
        ),
        None,
    ),
    (PIIKind.STEUER_ID, re.compile(r"\b[1-9]\d(?: ?\d{3}){3}\b"), steuer_id_is_valid),
    (
        PIIKind.PHONE,
        re.compile(
            r"(?<![\w\-+])(?:\+\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?\d{1,4}(?:[ .\-]?\d{2,4}){1,4}"
            r"|\(\d{2,5}\)[ .\-]?\d{3,4}[ .\-]?\d{3,4}"
            r"|0\d{2,4}[ .\-/]?\d{3,4}[ .\-]?\d{2,4}"
            r"|\d{3}[.\-]\d{3}[.\-]\d{4})(?![\w\-])"
        ),
        lambda value: 7 <= sum(ch.isdigit() for ch in value) <= 15,
    ),
    (
        PIIKind.ADDRESS,
        re.compile(
            rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{0,3}}{_STREET_SUFFIX}(?![a-z])"
            r"|\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|weg|gasse|platz|allee|ring)\s+\d{1,4}[a-z]?\b"
        ),
        None,
    ),
    (
        PIIKind.NAME,
        re.compile(
            rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau)\.?|[Mm]y name is|Name:|[Ss]igned,?) "
            rf"(?P<v>{_CAP}(?: {_CAP})?)"
        ),
        None,
    ),
]


def find_pii(text: str, known_names: Iterable[str] = ()) -> list[PIISpan]:
    """Every PII span in ``text``, non-overlapping, in text order.

    Kinds are tried in a fixed priority (checksummed ids before phones) so a card number is not
    also reported as a phone. ``known_names`` (e.g. the claimant's name from the case) are
    matched as whole words, each part of two or more letters separately too.
    """
    spans: list[PIISpan] = []
    taken: list[tuple[int, int]] = []

    def add(kind: PIIKind, start: int, end: int) -> None:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            return
        taken.append((start, end))
        spans.append(PIISpan(kind, start, end, text[start:end]))

    for kind, pattern, validator in _PATTERNS:
        for match in pattern.finditer(text):
            group = "v" if "v" in pattern.groupindex else 0
            value = match.group(group).rstrip(" .-")
            if validator is None or validator(value):
                add(kind, match.start(group), match.start(group) + len(value))
            elif kind is PIIKind.IBAN:
                # An IBAN-shaped string with a bad checksum is not PII, and its digits must not
                # be re-read as a card or tax id either.
                taken.append((match.start(group), match.start(group) + len(value)))

    names = sorted(
        {part for name in known_names for part in [name, *name.split()] if len(part) >= 2},
        key=len,
        reverse=True,
    )
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            add(PIIKind.NAME, match.start(), match.end())
    return sorted(spans, key=lambda span: span.start)


@dataclass
class PIIVault:
    """Token ↔ value map for one case. Kept in the case file, never sent to a model."""

    tokens: dict[str, str] = field(default_factory=dict)
    _by_value: dict[tuple[PIIKind, str], str] = field(default_factory=dict, repr=False)
    _counters: dict[PIIKind, int] = field(default_factory=dict, repr=False)

    def token_for(self, kind: PIIKind, value: str) -> str:
        key = (kind, value)
        if key not in self._by_value:
            self._counters[kind] = self._counters.get(kind, 0) + 1
            token = f"<PII:{kind.value}:{self._counters[kind]}>"
            self._by_value[key] = token
            self.tokens[token] = value
        return self._by_value[key]

    def restore(self, text: str) -> str:
        """Replace every known token in ``text`` by its original value."""
        return re.sub(r"<PII:[A-Z_]+:\d+>", lambda m: self.tokens.get(m.group(0), m.group(0)), text)


def tokenise_pii(text: str, vault: PIIVault | None = None, known_names: Iterable[str] = ()) -> str:
    """``text`` with its PII replaced by ``<PII:KIND:n>`` tokens (unchanged when it has none),
    as it may stand in a process variable. Pass one ``vault`` to give the same value the same
    token across several texts; without one, each call numbers its tokens afresh."""
    verdict = redact_pii(text, vault if vault is not None else PIIVault(), known_names)
    return verdict.redacted_text if verdict.redacted_text is not None else text


def redact_pii(text: str, vault: PIIVault, known_names: Iterable[str] = ()) -> Verdict:
    """``redact`` with tokenised text when PII is found (the vault learns the tokens), else allow.

    The reason lists kinds and counts only, never values, so it is safe to log.
    """
    spans = find_pii(text, known_names)
    if not spans:
        return Verdict.allow(RULE_ID, "no PII found")
    pieces: list[str] = []
    cursor = 0
    counts: dict[str, int] = {}
    for span in spans:
        pieces.append(text[cursor : span.start])
        pieces.append(vault.token_for(span.kind, span.value))
        cursor = span.end
        counts[span.kind.value] = counts.get(span.kind.value, 0) + 1
    pieces.append(text[cursor:])
    summary = ", ".join(f"{kind} x{n}" for kind, n in sorted(counts.items()))
    return Verdict(
        action=Action.REDACT,
        rule=RULE_ID,
        reason=f"redacted {summary}",
        redacted_text="".join(pieces),
    )
