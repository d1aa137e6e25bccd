"""Claims started for the browser tests, driven to the review task by the real fleet."""

from pathlib import Path
from typing import Any

from pyzeebe import ZeebeClient

from tests.e2e.tasks import task_key
from tests.engine.camunda_rest import CamundaRest
from tests.engine.cases import sample_case, start_case

PROCESS = "claims-adjudication"
REVIEW_TASK = "UserTask_ReviewClaim"


async def start_claim(
    zeebe: ZeebeClient, sample: str, tmp_path: Path, **extra: Any
) -> tuple[int, str]:
    """Start a sample with a unique claim id, so reruns never share idempotency keys."""
    case = sample_case(PROCESS, sample)
    return await start_case(zeebe, PROCESS, case, tmp_path, **extra), str(case["claimId"])


async def review_task(rest: CamundaRest, instance_key: int) -> str:
    """The key of the instance's open review task, once the fleet has got it there."""
    return await task_key(rest, instance_key, REVIEW_TASK)
