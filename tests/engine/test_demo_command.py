"""``baton demo`` on the session's engine: one case of every process, people acting through the
REST API or leaving their tasks open, and one clear line when the engine or a sample is wrong."""

import asyncio
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from contextstore import drop_prefix
from devservices.engine_handle import EngineHandle
from tests.engine.camunda_rest import CamundaRest
from tests.engine.engine_process import free_port

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = (
    "claims-adjudication",
    "customer-onboarding",
    "content-approval",
    "backoffice-escalation",
)
# A guard against a hung demo, not a speed check.
HANG_GUARD_S = 900


def run_demo(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "baton_cli.main", "demo", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_index_prefix(services: dict[str, str]) -> Iterator[str]:
    """The demo fleets' index prefix; their indices are removed after the module."""
    prefix = f"demo-test-{uuid.uuid4().hex[:8]}"
    yield prefix
    asyncio.run(drop_prefix(services["elasticsearch"], prefix))


def stack_env(engine_handle: EngineHandle, services: dict[str, str], prefix: str) -> dict[str, str]:
    return {
        "BATON_ZEEBE__ADDRESS": engine_handle.gateway_address,
        "BATON_ZEEBE__REST_URL": engine_handle.rest_url,
        "BATON_ELASTICSEARCH_URL": services["elasticsearch"],
        "BATON_ELASTICSEARCH_INDEX_PREFIX": prefix,
        "BATON_SIMULATOR_URL": services["simulator"],
        "BATON_METRICS_PORT": str(free_port()),
        "BATON_FLEET__RETRY_BACKOFF_MS": "1000",
    }


def cases(output: str) -> dict[str, str]:
    """Each case's block of the report, by process id."""
    blocks = re.split(r"\n(?=[a-z-]+  \S+  \(instance )", output[output.index(PROCESSES[0]) :])
    return {block.split()[0]: block for block in blocks}


def instance_key(block: str) -> int:
    found = re.search(r"\(instance (\d+),", block)
    assert found, block
    return int(found.group(1))


async def test_every_process_runs_to_its_end_with_people_acting(
    engine_handle: EngineHandle,
    services: dict[str, str],
    rest: CamundaRest,
    demo_index_prefix: str,
) -> None:
    done = run_demo(stack_env(engine_handle, services, demo_index_prefix))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Fleet          starting for the demo" in done.stdout
    report = cases(done.stdout)
    assert sorted(report) == sorted(PROCESSES)
    for process_id, block in report.items():
        assert "  state      COMPLETED\n" in block, block
        assert "  incidents  none" in block, block
        assert "  open tasks none" in block, block
        assert await rest.process_state(instance_key(block)) == "COMPLETED", process_id
    claims = report["claims-adjudication"]
    assert "decision: outcome=approved, payout=18250.0" in claims
    assert "hana.handler completed UserTask_ReviewClaim" in claims
    assert "UserTask_ReviewClaim → Gateway_NeedsSenior" in claims
    assert "onboarding: status=activated" in report["customer-onboarding"]
    assert "  people     none" in report["customer-onboarding"]
    content = report["content-approval"]
    assert "approval: status=published" in content
    assert "content-editor.reviewer completed UserTask_Review" in content
    reviews = "Task_DecideReviewers → Task_QAReview → UserTask_Review x3 → Task_TallyReviews"
    assert reviews in content
    assert "Task_RecordPublished → Task_ReportPublished → End_Published" in content
    escalation = report["backoffice-escalation"]
    assert "resolution: status=resolved, firstContactResolution=True" in escalation
    ticket_id = re.search(r"backoffice-escalation  (\S+)", escalation)
    assert ticket_id
    assert await rest.variable(instance_key(escalation), "businessKey") == ticket_id.group(1)


@pytest.mark.usefixtures("fleet")
async def test_without_people_the_tasks_stay_open_with_their_tasklist_links(
    engine_handle: EngineHandle,
    services: dict[str, str],
    rest: CamundaRest,
    demo_index_prefix: str,
) -> None:
    done = run_demo(
        stack_env(engine_handle, services, demo_index_prefix),
        "--no-people",
        "--no-start-missing",
        "--no-deploy",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "starting for the demo" not in done.stdout
    report = cases(done.stdout)
    assert "  state      COMPLETED\n" in report["customer-onboarding"]
    waiting = {
        "claims-adjudication": "UserTask_ReviewClaim",
        "content-approval": "UserTask_Review",
        "backoffice-escalation": "UserTask_ResolveTicket",
    }
    for process_id, element_id in waiting.items():
        block = report[process_id]
        assert "  state      ACTIVE, waiting for people in Tasklist" in block, block
        assert "  people     none" in block, block
        links = re.findall(rf"- {element_id} \(.+\) (\S+/tasklist/(\d+))", block)
        assert links, block
        open_keys = {
            task["userTaskKey"] for task in await rest.user_tasks(instance_key(block), element_id)
        }
        for link, task_key in links:
            assert link.startswith(f"{engine_handle.rest_url}/tasklist/")
            assert task_key in open_keys


def test_unreachable_engine_is_one_line_naming_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    done = run_demo(
        {"BATON_ZEEBE__ADDRESS": "127.0.0.1:1", "BATON_ZEEBE__REST_URL": url},
        "--no-start-missing",
    )
    assert done.returncode == 5, "exit 5: a service cannot be reached (README, exit codes)"
    assert done.stderr.startswith(f"Error: cannot reach the engine's REST API at {url}")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_malformed_rest_url_names_the_setting() -> None:
    done = run_demo({"BATON_ZEEBE__REST_URL": "engine:8080/v2"}, "--no-start-missing")
    assert done.returncode == 4, "exit 4: an invalid setting (README, exit codes)"
    assert done.stderr.startswith("Error: Invalid Baton settings — BATON_ZEEBE__REST_URL")
    assert "Traceback" not in done.stderr


def test_a_url_that_is_not_the_engine_is_refused_with_its_answer(
    services: dict[str, str],
) -> None:
    done = run_demo(
        {"BATON_ZEEBE__ADDRESS": "127.0.0.1:1", "BATON_ZEEBE__REST_URL": services["simulator"]},
        "--no-start-missing",
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"Error: GET {services['simulator']}/v2/topology answered 404")
    assert done.stderr.count("\n") == 1


def _samples_with_claim(tmp_path: Path, text: str) -> Path:
    for process_id in PROCESSES:
        source = ROOT / "samples" / process_id
        (tmp_path / process_id).mkdir()
        for sample in source.glob("*.json"):
            (tmp_path / process_id / sample.name).write_text(sample.read_text())
    (tmp_path / "claims-adjudication" / "review-large-fire.json").write_text(text)
    return tmp_path


def test_a_sample_that_is_not_json_is_named(tmp_path: Path) -> None:
    samples = _samples_with_claim(tmp_path, "{not json")
    done = run_demo({}, "--no-start-missing", "--samples", str(samples))
    assert done.returncode == 1
    assert done.stderr.startswith("Error: sample case ")
    assert "review-large-fire.json is not JSON" in done.stderr


def test_a_sample_that_breaks_the_contract_names_the_field(tmp_path: Path) -> None:
    claim = json.loads((ROOT / "samples/claims-adjudication/review-large-fire.json").read_text())
    claim["amount"]["value"] = "a lot"
    samples = _samples_with_claim(tmp_path, json.dumps(claim))
    done = run_demo({}, "--no-start-missing", "--samples", str(samples))
    assert done.returncode == 1
    assert "review-large-fire.json is invalid — amount.value" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_sample_without_its_business_key_is_named(tmp_path: Path) -> None:
    samples = _samples_with_claim(tmp_path, json.dumps({"policyNumber": "HOME-100001"}))
    done = run_demo({}, "--no-start-missing", "--samples", str(samples))
    assert done.returncode == 1
    assert "needs a text field 'claimId'" in done.stderr
