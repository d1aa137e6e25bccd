"""Prompt-injection and jailbreak detection on case text and attached documents.

Text is normalised before matching (NFKC, homoglyphs folded to Latin, zero-width and bidi
characters removed, leetspeak folded) so look-alike spellings do not slip through; base64 runs
are decoded and scanned too. Invisible characters are a finding by themselves: a claim
description has no business carrying them.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

from guardrails.verdict import Action, Verdict

RULE_PREFIX = "injection"

_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\U000e0000-\U000e007f]"
)
# Cyrillic, Greek and Armenian letters that render like Latin ones, and the Latin they mimic.
_HOMOGLYPHS = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u0261\u04bb\u04cf\u0578\u03bd\u03bf\u03b1\u03b5\u03b9\u03ba\u03c4\u03c1\u03c5\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406",
    "aeopcyxijsdghlnvoaeiktpuabekmhopctxi",
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "override",
        re.compile(
            r"\b(ignore|disregard|forget|override|bypass)\s+((all|any|the|your|of|my|these)\s+)*"
            r"((previous|prior|above|earlier|preceding|system|original|safety|other)\s+)?"
            r"(instructions?|prompts?|rules|directions|guidelines|guardrails|policies)\b"
        ),
    ),
    (
        "new_instructions",
        re.compile(
            r"\b(new|updated|real|actual) (system )?instructions?\s*:"
            r"|\bfrom now on,? (you|the assistant|the model)\b"
            r"|\byour (new|real|true) (task|role|goal|instructions?) (is|are)\b"
        ),
    ),
    (
        "jailbreak",
        re.compile(
            r"\b(jailbreak|jailbroken|developer mode|do anything now|dan mode)\b"
            r"|\byou are (now |no longer )(an? )?"
            r"(unrestricted|unfiltered|uncensored|evil|free|dan)\b"
            r"|\b(pretend|imagine|roleplay|role-play|act) (that )?(you are|to be|as) (an? )?"
            r"(ai|assistant|model|system|admin|administrator|unrestricted|unfiltered|different|"
            r"claims? (manager|adjuster|handler)|developer|root)\b"
            r"|\bwithout (any )?(restrictions|filters|limitations|guardrails)\b"
        ),
    ),
    (
        "exfiltration",
        re.compile(
            r"\b(reveal|show|print|repeat|output|display|leak|tell me|give me|dump)\b.{0,25}"
            r"\b(system prompt|initial prompt|hidden prompt|your (instructions|prompt|rules)|"
            r"the (instructions|prompt) (you were|above)|api key|credentials)\b"
            r"|\bwhat (is|are|were) your (system prompt|instructions|initial instructions)\b"
        ),
    ),
    (
        "decision_steering",
        re.compile(
            r"\b(note|message|instruction) (to|for) (the )?(ai|assistant|model|llm|bot|agent|"
            r"automated (system|reviewer))\b"
            r"|\b(ai|assistant|model|llm|bot|agent)\s*[,:]\s*"
            r"(you must|approve|pay|mark|set|classify)\b"
            r"|\b(set|change|mark) (the )?(decision|outcome|payout|fraud score|risk score|priority)"
            r" (to|as) "
            r"|\b(auto-?approve|approve) (this|the|my) claim "
            r"(automatically|without (review|checks?))"
        ),
    ),
    (
        "chat_markup",
        re.compile(
            r"<\|im_(start|end)\|>|\[/?inst\]|<</?sys>>|<\s*/?\s*system\s*>|^#{2,} ?system\b", re.M
        ),
    ),
]


def normalise(text: str) -> str:
    """Fold the tricks used to hide instructions from a pattern match."""
    folded = unicodedata.normalize("NFKC", text)
    folded = _INVISIBLE.sub("", folded).translate(_HOMOGLYPHS).lower()
    return re.sub(r"\s+", " ", folded)


def _decoded_runs(text: str) -> list[str]:
    decoded: list[str] = []
    for run in _BASE64_RUN.findall(text):
        padded = run + "=" * (-len(run) % 4)
        try:
            raw = base64.b64decode(padded, validate=True)
            plain = raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        if plain and sum(ch.isprintable() or ch.isspace() for ch in plain) / len(plain) > 0.9:
            decoded.append(plain)
    return decoded


def _match(text: str) -> list[str]:
    plain = normalise(text)
    leet = plain.translate(_LEET)
    return [rule for rule, pattern in _RULES if pattern.search(plain) or pattern.search(leet)]


def detect_injection(text: str, *, source: str = "text") -> list[Verdict]:
    """One verdict per rule that fired (``escalate``), or a single ``allow``.

    ``source`` names where the text came from (``description``, ``document:invoice.pdf``) and
    appears in the reason so the reviewer knows where to look.
    """
    verdicts: list[Verdict] = [
        Verdict(
            action=Action.ESCALATE,
            rule=f"{RULE_PREFIX}.{rule}",
            reason=f"{source}: matches {rule.replace('_', ' ')} pattern",
        )
        for rule in _match(text)
    ]
    for plain in _decoded_runs(text):
        if _match(plain):
            verdicts.append(
                Verdict(
                    action=Action.ESCALATE,
                    rule=f"{RULE_PREFIX}.encoded",
                    reason=f"{source}: base64-encoded text carries instructions",
                )
            )
            break
    if _INVISIBLE.search(text):
        verdicts.append(
            Verdict(
                action=Action.ESCALATE,
                rule=f"{RULE_PREFIX}.hidden_characters",
                reason=f"{source}: contains invisible or direction-control characters",
            )
        )
    return verdicts or [Verdict.allow(f"{RULE_PREFIX}.none", f"{source}: no injection pattern")]
