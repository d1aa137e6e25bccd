"""``baton audit verify`` exits 0 on an intact chain and 1 on a tampered one."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from click.testing import CliRunner

from baton_cli.knowledge import audit as audit_group
from contextstore import AuditLog, IndexNames, connect, entry_id
from contracts.audit import AuditEntry

pytestmark = pytest.mark.integration


def _write_chain_and_maybe_tamper(url: str, names: IndexNames, case_id: str, tamper: bool) -> None:
    async def run() -> None:
        client = await connect(url)
        try:
            audit = AuditLog(client, names)
            for step in ("decide", "approve"):
                await audit.append(
                    AuditEntry(
                        case_id=case_id,
                        actor="user:handler-7",
                        action=step,
                        element_id=step,
                        idempotency_key=f"{case_id}:{step}",
                        inputs_hash="abc",
                        reason="within authority",
                    )
                )
            if tamper:
                await client.update(
                    index=names.audit, id=entry_id(case_id, 1), doc={"actor": "user:someone-else"}
                )
        finally:
            await client.close()

    asyncio.run(run())


@pytest.mark.parametrize(("tamper", "exit_code"), [(False, 0), (True, 1)])
def test_audit_verify_command_reports_chain_state(
    elasticsearch_url: str,
    index_names: IndexNames,
    monkeypatch: pytest.MonkeyPatch,
    tamper: bool,
    exit_code: int,
) -> None:
    case_id = f"CLM-{uuid.uuid4().hex[:8]}"
    _write_chain_and_maybe_tamper(elasticsearch_url, index_names, case_id, tamper)
    monkeypatch.setenv("BATON_ELASTICSEARCH_URL", elasticsearch_url)

    result = CliRunner().invoke(audit_group, ["verify", "--prefix", index_names.prefix, case_id])

    assert result.exit_code == exit_code, result.output
    assert ("BROKEN" in result.output) is tamper
