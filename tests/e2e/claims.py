"""Claims started for the browser tests, driven to the review task by the real fleet."""

import json
import uuid
from pathlib import Path
from typing import Any

from pyzeebe import ZeebeClient

from baton_cli.deploy import load_case
from tests.engine.camunda_rest import CamundaRest, eventually

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "claims-adjudication"
REVIEW_TASK = "UserTask_ReviewClaim"


async def start_claim(
    zeebe: ZeebeClient, sample: str, tmp_path: Path, **extra: Any
) -> tuple[int, str]:
    """Start a sample with a unique claim id, so reruns never share idempotency keys."""
    case = json.loads((SAMPLES / f"{sample}.json").read_text())
    case["claimId"] = f"{case['claimId']}-{uuid.uuid4().hex[:8]}"
    path = tmp_path / f"{case['claimId']}.json"
    path.write_text(json.dumps(case))
    variables = load_case("claims-adjudication", path) | extra
    started = await zeebe.run_process("claims-adjudication", variables=variables)
    return int(started.process_instance_key), case["claimId"]


async def review_task(rest: CamundaRest, instance_key: int) -> str:
    """The key of the instance's open review task, once the fleet has got it there."""
    tasks = await eventually(
        lambda: rest.open_user_tasks(instance_key, REVIEW_TASK), what="the review task"
    )
    return tasks[0]
