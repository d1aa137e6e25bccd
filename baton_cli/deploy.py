"""``baton deploy`` and ``baton start``: put models on the engine and start cases."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel, ValidationError
from pyzeebe import ZeebeClient

from baton_cli.problems import BadInput
from baton_cli.settings import cli_settings
from contracts.claims import Claim
from contracts.content import Submission
from contracts.escalation import Ticket
from contracts.onboarding import Application
from contracts.validation import describe_validation_error
from workers import create_channel

MODELS_DIR = Path(__file__).resolve().parent.parent / "bpmn"
MODEL_SUFFIXES = (".bpmn", ".dmn", ".form")


# process id → (start variable, contract, field whose value is the business key)
PROCESSES: dict[str, tuple[str, type[BaseModel], str]] = {
    "claims-adjudication": ("claim", Claim, "claimId"),
    "backoffice-escalation": ("ticket", Ticket, "ticketId"),
    "customer-onboarding": ("application", Application, "applicationId"),
    "content-approval": ("submission", Submission, "submissionId"),
}


def model_files(root: Path = MODELS_DIR) -> list[Path]:
    files = sorted(p for p in root.rglob("*") if p.suffix in MODEL_SUFFIXES)
    if not files:
        raise BadInput(f"no .bpmn, .dmn or .form files under {root}")
    return files


def load_case(process_id: str, case_file: Path) -> dict[str, Any]:
    """Read and validate a case file; return the process's start variables."""
    if process_id not in PROCESSES:
        raise BadInput(f"unknown process {process_id!r}; known: {', '.join(sorted(PROCESSES))}")
    variable, contract, key_field = PROCESSES[process_id]
    try:
        raw = json.loads(case_file.read_text())
    except FileNotFoundError:
        raise BadInput(f"case file {case_file} does not exist") from None
    except IsADirectoryError:
        raise BadInput(f"case file {case_file} is a directory; give a .json file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BadInput(f"case file {case_file} is not UTF-8 JSON: {error}") from None
    try:
        case = contract.model_validate(raw)
    except ValidationError as error:
        problems = describe_validation_error(error, variable)
        raise BadInput(f"case file {case_file} is invalid — {problems}") from None
    dumped = case.model_dump(mode="json", by_alias=True, exclude_none=True)
    return {variable: dumped, "businessKey": dumped[key_field]}


async def _deploy(files: list[Path]) -> int:
    channel = create_channel(cli_settings())
    try:
        response = await ZeebeClient(channel).deploy_resource(*[str(f) for f in files])
    finally:
        await channel.close()
    return int(response.key)


async def _start(process_id: str, variables: dict[str, Any]) -> int:
    channel = create_channel(cli_settings())
    try:
        response = await ZeebeClient(channel).run_process(process_id, variables=variables)
    finally:
        await channel.close()
    return int(response.process_instance_key)


@click.command()
@click.option("--dir", "root", type=click.Path(path_type=Path), default=MODELS_DIR)
def deploy(root: Path) -> None:
    """Deploy every BPMN, DMN and form under bpmn/ in one deployment."""
    files = model_files(root)
    click.echo(f"deployment {asyncio.run(_deploy(files))}: {len(files)} resources")
    for file in files:
        click.echo(f"  {file.relative_to(root)}")


@click.command()
@click.argument("process_id")
@click.option("--case", "case_file", required=True, type=click.Path(path_type=Path))
def start(process_id: str, case_file: Path) -> None:
    """Start PROCESS_ID with the case in --case FILE.json; print the process instance key."""
    variables = load_case(process_id, case_file)
    click.echo(asyncio.run(_start(process_id, variables)))


COMMANDS = [deploy, start]
