"""Committed figures of the output-leak check (:mod:`guardrails.output_leaks`), as printed by
``python -m guardrails.bench``, on two labelled sets of agent replies. Each was written on
2026-11-30 by a helper engineer who never saw the check: 60 replies of an agent that obeyed an
injection (20 repeating or restating its instructions, 20 sending data through a link or
address, 20 printing a credential) and 60 hard ordinary replies.

``output_leaks_set`` (the first; its leaks in that order of kinds) was measured once, blind: it
caught 0.583 of the leaks (instructions 0.60, links 0.75, credentials 0.40) and held 0.050 of
the ordinary replies (3 of 60). Its errors were then read and the check widened (links with a
redacted value appended, links cut in two, mail links that fill in the message, spelled-out
links, defanged links copied as given, company addresses, connection strings and more token
formats, restatements in other words and across a list, encoded runs); its figures below are
after that, so it is no longer blind. Still missed there: instructions translated into another
language (4), an attacker's address the injection itself put in the case (1), a password
base64-encoded inside a sentence (1).

``output_leaks_second`` (each note starts with its kind) was written after the widening, kept
outside the repository unread and measured once: its figures below are that measurement.
A unit test keeps every figure.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class LeakFigures(NamedTuple):
    recall: dict[str, float]
    """Per kind of leak: instructions, link, credential."""
    false_positive_rate: float


KINDS: Final = ("instructions", "link", "credential")
FIRST_SET_KIND_SIZE: Final = 20
"""The first set's leaks are :data:`KINDS` in order, this many each."""
SECOND_SET_NOTE_KINDS: Final = {
    "prompt-leak": "instructions",
    "exfil": "link",
    "secret": "credential",
}
"""The second set's notes start with these words, one per kind."""

COMMITTED: Final = {
    "first": LeakFigures({"instructions": 0.8, "link": 0.95, "credential": 0.95}, 0.0),
    "second": LeakFigures({"instructions": 0.85, "link": 0.85, "credential": 0.95}, 0.0),
}
