"""Structured payloads hidden in free text: a JSON object, an XML tag or ``key: value`` lines
that look like an agent's own output (a decision, a score, a chat-message role).

A customer's description or a CRM note has no reason to carry a fake decision; a model may take
one for its own earlier answer. Runs on text already folded by ``injection.normalise``.
"""

from __future__ import annotations

import json
import re

_STEERING_KEY = (
    r"decision|outcome|verdict|payout|fraud_?score|risk_?score|confidence|"
    r"needs_?human_?review|reviewed_?by|auto_?approve"
)
_OBJECT = re.compile(r"[{\[][^{}\[\]]{0,400}[}\]]")
_KEY_IN_OBJECT = re.compile(
    rf"[\"']?\b({_STEERING_KEY})\b[\"']?\s*[:=]"
    r"|[\"']?role[\"']?\s*:\s*[\"']?(system|assistant|developer)\b"
    r"|[\"']?(action|status)[\"']?\s*:\s*[\"']?(approve|approved|pay|paid|clear|compliant)\b"
)
_TAG = re.compile(rf"<\s*/?\s*({_STEERING_KEY}|approval)\b[^>]*>")
_KEY_LINE = re.compile(rf"(?:^|[\s;,])({_STEERING_KEY})\s*[:=]\s*[\"']?[\w.]+")


def has_structured_payload(folded: str) -> bool:
    """True when the folded text embeds an object, tag or ``key: value`` pairs with the keys of
    an agent's decision (two or more bare pairs; one is enough inside braces or a tag)."""
    if any(_KEY_IN_OBJECT.search(span) for span in _OBJECT.findall(folded)):
        return True
    if _TAG.search(folded):
        return True
    return len({match.group(1) for match in _KEY_LINE.finditer(folded)}) >= 2


def outside_payloads(folded: str) -> str:
    """The folded text without its objects and tags: the prose a payload sits in, if any."""
    return _TAG.sub(" ", _OBJECT.sub(" ", folded))


def as_received(answer: object) -> object:
    """A tool answer as the fleet screens it: a client parses a JSON answer, so its keys are
    the record's fields and only its string values are screened (with their path), while an
    answer in any other shape is one text (and a structured sample stays as it is)."""
    if not isinstance(answer, str):
        return answer
    stripped = answer.strip()
    if stripped.startswith(("{", "[")):
        try:
            parsed: object = json.loads(stripped)
        except ValueError:
            return answer
        if isinstance(parsed, dict | list):
            return parsed
    return answer
