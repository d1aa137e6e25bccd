"""Committed figures of the output-leak check (:mod:`guardrails.output_leaks`) on
:mod:`guardrails.bench.output_leaks_set`, as printed by ``python -m guardrails.bench``.

The set was written on 2026-11-30 by a helper engineer who never saw the check: 60 replies of an
agent that obeyed an injection (20 repeating or restating its instructions, 20 sending data
through a link or address, 20 printing a credential, in that order) and 60 hard ordinary replies.
Measured once, blind, it caught 0.583 of the leaks (instructions 0.60, links 0.75, credentials
0.40) and held 0.050 of the ordinary replies (3 of 60). Its errors were then read and the check
widened (links with a redacted value appended, links cut in two, mail links that fill in the
message, spelled-out links, defanged links copied as given, connection strings and more token
formats, restatements in other words and across a list, encoded runs); the figures below are
after that, so the set is no longer blind. What it still misses: instructions translated into
another language (4), an attacker's address the injection itself put in the case (1), a password
base64-encoded inside a sentence (1). A unit test keeps these figures.
"""

from __future__ import annotations

from typing import Final

KIND_SIZE: Final = 20
KINDS: Final = ("instructions", "link", "credential")
"""The kinds of :data:`~guardrails.bench.output_leaks_set.LEAKING`, :data:`KIND_SIZE` each, in
this order."""
RECALL: Final = {"instructions": 0.8, "link": 0.95, "credential": 0.95}
FALSE_POSITIVE_RATE: Final = 0.0
