"""The append-only audit log: every entry carries the hash of its case's previous entry.

Entries of a case have ids ``<case>:<seq>``; appending creates the next id with
``op_type=create``, so two writers racing for the same position cannot both win: the loser
re-reads the tail and appends after it. Reads use realtime ``mget``, not search.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from elasticsearch import AsyncElasticsearch

from contextstore.cases import create_once, unavailable_as_technical
from contextstore.indices import IndexNames
from contracts.audit import AuditEntry, ChainedAuditEntry
from contracts.errors import ConcurrentUpdateError

GENESIS_HASH = "0" * 64
_BATCH = 64
MAX_ATTEMPTS = 50


def entry_id(case_id: str, seq: int) -> str:
    return f"{case_id}:{seq:010d}"


@dataclass
class ChainReport:
    """What verification found: the contiguous trail from seq 1 and every problem with it."""

    case_id: str
    entries: int
    problems: list[str] = field(default_factory=list)
    trail: list[ChainedAuditEntry] = field(default_factory=list)
    stored: int = 0

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def exists(self) -> bool:
        """False when the log holds nothing for the case: no such case, not an intact one."""
        return bool(self.trail) or self.stored > 0


def check_chain(case_id: str, entries: list[ChainedAuditEntry], stored_count: int) -> ChainReport:
    """Pure verification: sequence, links and each entry's own hash."""
    report = ChainReport(
        case_id=case_id, entries=len(entries), trail=list(entries), stored=stored_count
    )
    previous = GENESIS_HASH
    for expected_seq, entry in enumerate(entries, start=1):
        if entry.seq != expected_seq:
            report.problems.append(f"entry {expected_seq} claims seq {entry.seq}")
        if entry.case_id != case_id:
            report.problems.append(f"entry {expected_seq} belongs to case {entry.case_id!r}")
        if entry.prev_hash != previous:
            report.problems.append(
                f"entry {expected_seq} does not link to entry {expected_seq - 1} "
                "(previous entry changed or removed)"
            )
        recomputed = ChainedAuditEntry.compute_hash(entry.entry(), entry.seq, entry.prev_hash)
        if recomputed != entry.hash:
            report.problems.append(f"entry {expected_seq} content does not match its hash")
        previous = entry.hash
    if stored_count > len(entries):
        report.problems.append(
            f"{stored_count - len(entries)} entries stored after a gap at seq {len(entries) + 1}"
        )
    return report


class AuditLog:
    def __init__(self, client: AsyncElasticsearch, names: IndexNames) -> None:
        self._client = client
        self._index = names.audit

    async def entries(self, case_id: str) -> list[ChainedAuditEntry]:
        """The contiguous chain from seq 1, read in realtime."""
        found: list[ChainedAuditEntry] = []
        async with unavailable_as_technical(f"reading the audit chain of {case_id}"):
            while True:
                start = len(found) + 1
                ids = [entry_id(case_id, seq) for seq in range(start, start + _BATCH)]
                response = await self._client.mget(index=self._index, ids=ids)
                for doc in response["docs"]:
                    if not doc.get("found"):
                        return found
                    found.append(ChainedAuditEntry.model_validate(doc["_source"]))

    async def append(self, entry: AuditEntry) -> ChainedAuditEntry:
        """Chain ``entry`` after the case's last entry; a repeated idempotency key is a no-op.

        An entry recorded outside a job is keyed by case, action and output.
        """
        record = entry.keyed()
        for _ in range(MAX_ATTEMPTS):
            chain = await self.entries(record.case_id)
            for existing in chain:
                if existing.idempotency_key == record.idempotency_key:
                    return existing
            previous = chain[-1].hash if chain else GENESIS_HASH
            chained = ChainedAuditEntry.chain(record, len(chain) + 1, previous)
            written = await create_once(
                self._client,
                self._index,
                entry_id(record.case_id, chained.seq),
                chained.model_dump(mode="json"),
                what=f"appending audit entry for {record.case_id}",
            )
            if written:
                return chained
        raise ConcurrentUpdateError(
            f"audit chain of {record.case_id} kept growing under {MAX_ATTEMPTS} attempts"
        )

    async def verify_chain(self, case_id: str) -> ChainReport:
        """Counted first, read second: an entry appended while the chain is verified (the case
        still running) is then in the chain read, never a false "stored after a gap"; a real
        gap still leaves entries counted that the contiguous read cannot reach."""
        async with unavailable_as_technical(f"counting audit entries of {case_id}"):
            await self._client.indices.refresh(index=self._index)
            counted = await self._client.count(
                index=self._index, query={"term": {"case_id": case_id}}
            )
        entries = await self.entries(case_id)
        return check_chain(case_id, entries, int(counted["count"]))
