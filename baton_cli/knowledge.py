"""``baton kb load|search|eval`` and ``baton audit verify``: the context store from a shell."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click
from elasticsearch import AsyncElasticsearch

from baton_cli.problems import EXIT_PROBLEM, CliProblem
from config import load_settings
from contextstore import (
    DEFAULT_PREFIX,
    AuditLog,
    IndexNames,
    KnowledgeBase,
    RetrievalMode,
    connect,
    distinct_docs,
    drop_indices,
    load_queries,
    score,
)
from contracts.audit import ChainedAuditEntry
from contracts.errors import ContextStoreUnavailableError, KnowledgeFormatError

T = TypeVar("T")

EVAL_INDEX_SUFFIX = "kbeval"

_prefix = click.option(
    "--prefix", default=DEFAULT_PREFIX, show_default=True, help="index name prefix"
)


def _run(work: Callable[[AsyncElasticsearch], Awaitable[T]]) -> T:
    """Connect, run ``work``, close; context-store errors become one clear CLI message."""

    async def main() -> T:
        client = await connect(str(load_settings().elasticsearch_url))
        try:
            return await work(client)
        finally:
            await client.close()

    try:
        return asyncio.run(main())
    except (ContextStoreUnavailableError, KnowledgeFormatError) as exc:
        raise click.ClickException(str(exc)) from exc


def _knowledge_base() -> KnowledgeBase:
    try:
        return KnowledgeBase.from_folder(provider=load_settings().embeddings_provider)
    except KnowledgeFormatError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("kb")
def kb() -> None:
    """Knowledge base: load the shipped documents, search them, measure retrieval."""


@kb.command("load")
@_prefix
@click.option("--recreate", is_flag=True, help="drop the knowledge index first")
def load(prefix: str, recreate: bool) -> None:
    """Chunk, embed and index knowledge/docs (idempotent)."""
    base = _knowledge_base()
    result = _run(lambda client: base.load(client, IndexNames(prefix), recreate=recreate))
    click.echo(
        f"indexed {result.chunks} chunks from {result.documents} documents "
        f"into {IndexNames(prefix).knowledge}; removed {result.stale_removed} stale chunks"
    )


@kb.command("search")
@_prefix
@click.option("-k", default=5, show_default=True)
@click.option("--mode", type=click.Choice([m.value for m in RetrievalMode]), default="hybrid")
@click.argument("question")
def search(prefix: str, k: int, mode: str, question: str) -> None:
    """Hybrid search; prints each passage with its citation."""
    base = _knowledge_base()

    async def work(client: AsyncElasticsearch) -> None:
        retriever = base.retriever(client, IndexNames(prefix), mode=RetrievalMode(mode), k=k)
        for document in await retriever.ainvoke(question):
            click.echo(f"{document.metadata['citation']}  (rrf {document.metadata['score']:.4f})")
            click.echo("    " + document.page_content[:300].replace("\n", " "))

    _run(work)


@kb.command("eval")
@_prefix
@click.option("--k", "cutoff", default=5, show_default=True, help="recall cut-off")
def evaluate(prefix: str, cutoff: int) -> None:
    """Print recall@k and MRR for BM25, kNN and hybrid on a freshly built evaluation index.

    The figures are the same run after run on the same code: the index (``<prefix>-kbeval``)
    is rebuilt from scratch each time and merged into one segment, so neither deleted chunks
    nor the segment layout of one bulk load (which decides the kNN graphs) changes a figure.
    Query latency, which varies, goes to stderr. The index is removed at the end.
    """
    base = _knowledge_base()
    try:
        queries = load_queries(known_doc_ids=base.doc_ids)
    except KnowledgeFormatError as exc:
        raise click.ClickException(str(exc)) from exc

    async def work(client: AsyncElasticsearch) -> None:
        names = IndexNames(f"{prefix}-{EVAL_INDEX_SUFFIX}")
        try:
            await base.load(client, names, recreate=True)
            await client.indices.forcemerge(index=names.knowledge, max_num_segments=1)
            await client.indices.refresh(index=names.knowledge)
            click.echo(f"{len(queries)} labelled queries, {len(base.chunks)} chunks, k={cutoff}")
            click.echo(f"{'mode':<8} {'recall@' + str(cutoff):>9} {'MRR':>6}")
            for mode in RetrievalMode:
                retriever = base.retriever(client, names, mode=mode, k=20)
                rankings: list[list[str]] = []
                started = time.perf_counter()
                for query in queries:
                    found = await retriever.ainvoke(query.query)
                    rankings.append(distinct_docs([d.metadata["doc_id"] for d in found]))
                per_query_ms = (time.perf_counter() - started) * 1000 / len(queries)
                result = score(rankings, queries, k=cutoff)
                click.echo(f"{mode.value:<8} {result.recall_at_k:>9.3f} {result.mrr:>6.3f}")
                click.echo(f"{mode.value:<8} {per_query_ms:.1f} ms/query", err=True)
        finally:
            await drop_indices(client, names)

    _run(work)


@click.group("audit")
def audit() -> None:
    """The hash-chained audit log."""


@audit.command("verify")
@_prefix
@click.argument("case_id")
def verify(prefix: str, case_id: str) -> None:
    """Show the audit trail of CASE_ID, people's and agents' steps in order, and recompute its
    chain; exit 1 if any entry was changed or removed, or if the log holds no such case."""
    report = _run(lambda client: AuditLog(client, IndexNames(prefix)).verify_chain(case_id))
    if not report.exists:
        raise CliProblem(
            f"no audit entries for case {case_id} under prefix {prefix!r}: no such case "
            "(check the case id and --prefix)"
        )
    for entry in report.trail:
        click.echo(trail_line(entry))
    if report.intact:
        click.echo(f"audit chain of {case_id}: {report.entries} entries, intact")
        return
    click.echo(f"audit chain of {case_id} is BROKEN ({report.entries} entries):", err=True)
    for problem in report.problems:
        click.echo(f"  - {problem}", err=True)
    raise SystemExit(EXIT_PROBLEM)


def trail_line(entry: ChainedAuditEntry) -> str:
    """One step of the trail: when, who, what, where, why (reasons are already redacted)."""
    reason = f" — {entry.reason}" if entry.reason else ""
    return (
        f"{entry.seq:>4} {entry.at.isoformat(timespec='seconds')} {entry.actor:<20} "
        f"{entry.action:<24} {entry.element_id}{reason}"
    )


COMMANDS = [kb, audit]
