"""The agent roles claims handlers call (QA, reporter, task agent), each on a per-case context
from the fleet's :class:`~agents.AgentRuntime`, so every call is guarded, timelined and audited.

A call that runs over the case's model budget is held for a person like any other guardrail hit:
the handler gets a result that says so and the process goes on to its human path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from agents import (
    AgentContext,
    AgentRuntime,
    GuardedResult,
    QAInput,
    QAReport,
    Report,
    ReportInput,
    TaskInput,
    TaskOutput,
    TimelineEvent,
    diff_view,
    gather_evidence,
    review,
    work_task,
    write_report,
)
from contracts.common import Citation
from contracts.errors import ModelBudgetExceededError

PROCESS_ID = "claims-adjudication"
KNOWLEDGE_PASSAGES = 3
RETRIEVAL_TIMEOUT_S = 30.0


class CitationRetriever(BaseRetriever):
    """The fleet's async knowledge search as the sync retriever the QA agent's tool calls from
    its worker thread; the search itself runs on the fleet's event loop."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    search: Callable[[str], Coroutine[Any, Any, list[Citation]]]
    loop: asyncio.AbstractEventLoop

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        future = asyncio.run_coroutine_threadsafe(self.search(query), self.loop)
        citations = future.result(RETRIEVAL_TIMEOUT_S)
        return [
            Document(page_content=c.excerpt, metadata={"source": c.source, "title": c.title})
            for c in citations
        ]


def held_result(ctx: AgentContext, error: ModelBudgetExceededError) -> GuardedResult[Any]:
    return GuardedResult[Any](
        output=None,
        needs_human_review=True,
        reasons=[f"budget: {error}"],
        verdicts=[],
        model=ctx.model_label,
    )


@dataclass(frozen=True)
class QualityCheck:
    """The QA agent's report and every evidence source it was given (case facts, passages)."""

    report: QAReport
    evidence_sources: list[str]


@dataclass(frozen=True)
class ClaimsAgents:
    """QA before each review, the task agent's claim letter, the reporter's retrospective."""

    runtime: AgentRuntime
    cite: Callable[[str], Coroutine[Any, Any, list[Citation]]]
    read_timeline: Callable[[str], Awaitable[list[str]]]

    def context(self, case_id: str, known_names: tuple[str, ...] = ()) -> AgentContext:
        return self.runtime.context(case_id, PROCESS_ID, known_names)

    async def check_quality(self, request: QAInput, knowledge_query: str) -> QualityCheck:
        """Knowledge passages join the case facts as evidence, then the QA agent reviews."""
        ctx = self.context(request.case_id)
        retriever = CitationRetriever(search=self.cite, loop=asyncio.get_running_loop())

        def run() -> QualityCheck:
            full = request
            try:
                passages = gather_evidence(ctx, retriever, knowledge_query, KNOWLEDGE_PASSAGES)
                full = request.model_copy(update={"evidence": [*request.evidence, *passages]})
                report = review(ctx, full)
            except ModelBudgetExceededError as error:
                report = QAReport(
                    findings=None,
                    diff=diff_view(full),
                    policy_verdicts=[],
                    needs_human_review=True,
                    reasons=[f"budget: {error}"],
                    model=ctx.model_label,
                )
            sources = list(dict.fromkeys(evidence.source for evidence in full.evidence))
            return QualityCheck(report=report, evidence_sources=sources)

        return await asyncio.to_thread(run)

    async def write_report(self, request: ReportInput) -> GuardedResult[Report]:
        ctx = self.context(request.case_id)

        def run() -> GuardedResult[Report]:
            try:
                return write_report(ctx, request)
            except ModelBudgetExceededError as error:
                return held_result(ctx, error)

        return await asyncio.to_thread(run)

    async def draft_letter(
        self, request: TaskInput, known_names: tuple[str, ...]
    ) -> GuardedResult[TaskOutput]:
        ctx = self.context(request.case_id, known_names)

        def run() -> GuardedResult[TaskOutput]:
            try:
                return work_task(ctx, request)
            except ModelBudgetExceededError as error:
                return held_result(ctx, error)

        return await asyncio.to_thread(run)

    def record(self, case_id: str, kind: str, data: dict[str, Any]) -> None:
        """An entry on the case's timeline (the context store's case file, in the fleet)."""
        self.runtime.timeline.append(TimelineEvent.agent_step(case_id, kind, **data))
