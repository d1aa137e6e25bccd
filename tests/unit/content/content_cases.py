"""Submissions and in-memory stand-ins for the CMS and notifications, for the content tests."""

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from pyzeebe import Job

from agents import AgentRuntime
from agents.protocols import InMemoryAudit, InMemoryTimeline
from config import ContentPolicy, content_policy
from contracts.common import Citation
from contracts.content import ContentChecks, EarlierPublication, Publication, Submission
from contracts.errors import LegacySystemUnavailableError
from guardrails import load_guardrail_policies
from tests.unit.handler_helpers import make_job, offline_runtime
from workers.agentic_step import planner_on_runtime
from workers.content.agent_roles import ContentAgents
from workers.content.handlers import ContentDependencies, PublicationOrder
from workers.content.rules import check_content
from workers.notices import Notice

CLEAN_BODY = (
    "Our home insurance covers burst pipes, storm damage and theft.\n"
    "Read the policy document to see what is included, then get a quote online."
)


def submission_payload(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "submissionId": "SUB-2001",
        "author": {"name": "Priya Shah", "email": "priya.shah@baton.example"},
        "channel": "web",
        "audience": "homeowners",
        "product": "home-insurance",
        "title": "Cover for the unexpected",
        "body": CLEAN_BODY,
        "claimsMade": [],
        "assets": [],
    }
    payload.update(overrides)
    return payload


def submission(**overrides: Any) -> Submission:
    return Submission.model_validate(submission_payload(**overrides))


POLICY_PASSAGE = Citation(
    source="content-policy#claims",
    title="Content policy",
    excerpt="Financial promotions must be fair, clear and not misleading; no guarantees.",
)

EARLIER = [
    EarlierPublication(
        publication_id="PUB-OLD1",
        submission_id="SUB-1001",
        channel="web",
        title="Home insurance cover for storm damage",
        url="https://cms.example/web/storm",
        published_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    ),
    EarlierPublication(
        publication_id="PUB-OLD2",
        submission_id="SUB-1002",
        channel="email",
        title="Travel card spring offer",
        url="https://cms.example/email/travel",
        published_at=datetime(2026, 4, 1, 9, 0, tzinfo=UTC),
    ),
]


def job(element_id: str) -> Job:
    return make_job(element_id, job_type="content.x", process_id="content-approval")


@dataclass
class FakeContentSystems:
    policy: ContentPolicy = field(default_factory=content_policy)
    publications: dict[str, Publication] = field(default_factory=dict)
    publish_calls: int = 0
    notices: dict[str, Notice] = field(default_factory=dict)
    cms_down: bool = False
    knowledge_down: bool = False
    job_results: dict[int, dict[str, Any]] = field(default_factory=dict)
    timeline: InMemoryTimeline = field(default_factory=InMemoryTimeline)
    audit: InMemoryAudit = field(default_factory=InMemoryAudit)
    runtime: AgentRuntime | None = None
    """The agent runtime; defaults to the offline one writing to ``timeline`` and ``audit``."""

    async def retrieve(self, query: str) -> list[Citation]:
        if self.knowledge_down:
            raise ConnectionError("knowledge base did not answer (test)")
        return [POLICY_PASSAGE]

    async def check(self, case: Submission) -> ContentChecks:
        return check_content(case, self.policy, load_guardrail_policies())

    async def publish(self, order: PublicationOrder, key: str) -> Publication:
        self.publish_calls += 1
        if self.cms_down:
            raise LegacySystemUnavailableError("cms did not answer (test)")
        if key not in self.publications:
            number = len(self.publications) + 1
            self.publications[key] = Publication(
                publication_id=f"PUB-{number}",
                url=f"https://cms.example/{order.channel}/{order.submission_id}",
                published_at=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
            )
        return self.publications[key]

    async def notify(self, notice: Notice, key: str) -> str:
        self.notices.setdefault(key, notice)
        return f"N-{key}"

    async def earlier_publications(self) -> list[EarlierPublication]:
        if self.cms_down:
            raise LegacySystemUnavailableError("cms did not answer (test)")
        return list(EARLIER)

    async def complete_with_result(self, job_key: int, result: dict[str, Any]) -> None:
        self.job_results[job_key] = result

    def dependencies(self) -> ContentDependencies:
        runtime = self.runtime or replace(
            offline_runtime(), timeline=self.timeline, audit=self.audit
        )
        return ContentDependencies(
            check=self.check,
            publish=self.publish,
            notify=self.notify,
            policy=self.policy,
            agents=ContentAgents(runtime=runtime, retrieve=self.retrieve),
            retrieve=self.retrieve,
            publications=self.earlier_publications,
            plan_fact_check=planner_on_runtime(runtime),
            complete_with_result=self.complete_with_result,
        )
