"""One markdown table set for a ``make bench`` run: printed to the terminal and written into
``docs/benchmarks.md`` between markers, so other sections of that page are left alone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.claims_e2e import ClaimsFigures
from benchmarks.detection_scores import Scores
from benchmarks.guardrails_bench import GuardrailFigures, injection_set_table
from benchmarks.machine import Machine
from benchmarks.stats import Latency
from benchmarks.worker_protocol import WorkerResult
from guardrails.pii import PIIKind

SECTION_START = "<!-- bench-suite:start (written by `make bench`; edits here are overwritten) -->"
SECTION_END = "<!-- bench-suite:end -->"
OVERHEAD_GOAL_P99_MS = 10.0
RATIO_GOAL = 0.9


@dataclass(frozen=True)
class SuiteResults:
    machine: Machine
    load_before: float
    command: str
    workers: Sequence[WorkerResult]
    claims: ClaimsFigures | None
    guardrails: GuardrailFigures | None


def _ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _latency(latency: Latency | None) -> str:
    return "n/a" if latency is None else f"{latency.p50_ms:.2f} / {latency.p99_ms:.2f}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "missed"


def worker_pairs(results: Sequence[WorkerResult]) -> list[tuple[WorkerResult, WorkerResult]]:
    """(reference, Baton) for every (mode, delay) both workers ran."""
    by_key = {(r.mode, r.delay_ms, r.worker.startswith("baton")): r for r in results}
    return [
        (java, by_key[(mode, delay, True)])
        for (mode, delay, is_baton), java in by_key.items()
        if not is_baton and (mode, delay, True) in by_key
    ]


def throughput_table(results: Sequence[WorkerResult]) -> list[str]:
    lines = [
        "| mode | delay | concurrency | jobs | Java client jobs/s | Baton jobs/s | Baton / Java "
        "| goal | Baton received→start p50/p99 ms | Baton end→CompleteJob p50/p99 ms |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for java, baton in worker_pairs(results):
        ratio = baton.jobs_per_s / java.jobs_per_s
        goal_ok = ratio >= RATIO_GOAL
        if baton.delay_ms:
            ceiling = baton.concurrency / (baton.delay_ms / 1000)
            goal_ok = goal_ok and baton.jobs_per_s >= RATIO_GOAL * ceiling
        lines.append(
            f"| {baton.mode} | {baton.delay_ms} ms | {baton.concurrency} | {baton.jobs} "
            f"| {java.jobs_per_s:.1f} | {baton.jobs_per_s:.1f} | {ratio:.2f} "
            f"| {_verdict(goal_ok)} | {_latency(baton.received_to_start)} "
            f"| {_latency(baton.end_to_sent)} |"
        )
    return lines


def overhead_summary(results: Sequence[WorkerResult]) -> list[str]:
    lines = []
    for result in results:
        if result.received_to_start is None or result.end_to_sent is None:
            continue
        worst = max(result.received_to_start.p99_ms, result.end_to_sent.p99_ms)
        lines.append(
            f"- Baton overhead, {result.mode} {result.delay_ms} ms: worst p99 {worst:.2f} ms "
            f"(goal ≤ {OVERHEAD_GOAL_P99_MS:.0f} ms: {_verdict(worst <= OVERHEAD_GOAL_P99_MS)})"
        )
    return lines


def claims_table(claims: ClaimsFigures) -> list[str]:
    return [
        "| instances | in flight | instances/s | cycle p50 ms | cycle p99 ms | warm-up s |",
        "|---|---|---|---|---|---|",
        f"| {claims.instances} | {claims.in_flight} | {claims.instances_per_s:.2f} "
        f"| {claims.cycle.p50_ms:.0f} | {claims.cycle.p99_ms:.0f} | {claims.warm_up_s:.1f} |",
    ]


def _scores_cells(scores: Scores) -> str:
    return f"{_ratio(scores.precision)} | {_ratio(scores.recall)}"


def guardrails_table(figures: GuardrailFigures) -> list[str]:
    both = [kind.value for kind in PIIKind if kind not in (PIIKind.NAME, PIIKind.ADDRESS)]
    every = [kind.value for kind in PIIKind]
    baton, presidio = figures.baton_pii, figures.presidio_pii
    lines = [
        f"{figures.texts} texts, {figures.kilobytes:.1f} KB, {figures.gold_spans} labelled PII "
        f"spans (guardrails/bench corpora); Presidio {figures.presidio_version}, blank spaCy "
        "`en`, pattern recognizers only.",
        "",
        "| check | Baton ms/KB | Presidio ms/KB | Baton precision | Baton recall "
        "| Presidio precision | Presidio recall |",
        "|---|---|---|---|---|---|---|",
        f"| PII, all kinds | {baton.ms_per_kb:.2f} | {presidio.ms_per_kb:.2f} "
        f"| {_scores_cells(baton.total(every))} | {_scores_cells(presidio.total(every))} |",
        f"| PII, kinds Presidio has patterns for | | "
        f"| {_scores_cells(baton.total(both))} | {_scores_cells(presidio.total(both))} |",
    ]
    for kind in every:
        lines.append(
            f"| PII {kind} | | | {_scores_cells(baton.total([kind]))} "
            f"| {_scores_cells(presidio.total([kind]))} |"
        )
    lines.append(
        f"| prompt injection | {figures.injection_ms_per_kb:.2f} | no detector "
        f"| {_scores_cells(figures.injection)} | n/a | n/a |"
    )
    return [*lines, "", *injection_set_table(figures)]


def render(results: SuiteResults) -> str:
    lines = [
        "## Side by side (`make bench`)",
        "",
        f"Measured {results.machine.date} on {results.machine.cpus} CPUs "
        f"({results.machine.cpu_model}), {results.machine.ram_gib:.1f} GiB RAM; one-minute load "
        f"average {results.load_before:.2f} when the run started. Command: `{results.command}`.",
    ]
    if results.workers:
        lines += [
            "",
            "### Job worker: Camunda Java client 8.9.0 vs Baton's fleet (same engine)",
            "",
            *throughput_table(results.workers),
            "",
            *overhead_summary(results.workers),
        ]
    if results.claims is not None:
        lines += ["", "### Claims automated path, end to end", "", *claims_table(results.claims)]
    if results.guardrails is not None:
        lines += [
            "",
            "### Guardrails: Baton vs Microsoft Presidio",
            "",
            *guardrails_table(results.guardrails),
        ]
    return "\n".join(lines) + "\n"


def write_section(page: Path, body: str) -> None:
    """Replace the suite's section of ``page`` (or append it), keeping everything else."""
    block = f"{SECTION_START}\n{body}{SECTION_END}\n"
    text = page.read_text() if page.exists() else "# Benchmarks\n"
    start, end = text.find(SECTION_START), text.find(SECTION_END)
    if (start == -1) != (end == -1) or end < start:
        raise ValueError(f"{page} has one bench-suite marker without the other; fix it by hand")
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + block
    else:
        text = text[:start] + block + text[end + len(SECTION_END) :].lstrip("\n")
    page.write_text(text)
