"""``baton message publish``: correlate a message with waiting process instances.

Used, for example, when an onboarding customer uploads missing documents:
``baton message publish onboarding-documents-uploaded --key APP-1 --vars upload.json``.
"""

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
from contracts.onboarding import DocumentsUpload
from contracts.validation import describe_validation_error
from workers import create_channel

# message name → contract its variables must satisfy (other messages: any JSON object)
MESSAGE_CONTRACTS: dict[str, type[BaseModel]] = {
    "onboarding-documents-uploaded": DocumentsUpload,
}
MAX_TTL_SECONDS = 7 * 24 * 3600


def load_message_variables(name: str, vars_file: Path | None) -> dict[str, Any]:
    """Read the variables file (a JSON object) and validate it against the message's contract."""
    if vars_file is None:
        variables: Any = {}
    else:
        try:
            variables = json.loads(vars_file.read_text())
        except FileNotFoundError:
            raise BadInput(f"variables file {vars_file} does not exist") from None
        except IsADirectoryError:
            raise BadInput(f"variables file {vars_file} is a directory") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise BadInput(f"variables file {vars_file} is not JSON: {error}") from None
    if not isinstance(variables, dict):
        raise BadInput(
            f"variables of message {name!r} ({vars_file}) must be a JSON object, "
            f"got {type(variables).__name__}"
        )
    contract = MESSAGE_CONTRACTS.get(name)
    if contract is not None:
        try:
            contract.model_validate(variables)
        except ValidationError as error:
            problems = describe_validation_error(error)
            raise BadInput(f"variables of message {name!r} are invalid — {problems}") from None
    return variables


async def _publish(
    name: str, correlation_key: str, variables: dict[str, Any], ttl_ms: int, message_id: str | None
) -> int:
    channel = create_channel(cli_settings())
    try:
        response = await ZeebeClient(channel).publish_message(
            name=name,
            correlation_key=correlation_key,
            variables=variables,
            time_to_live_in_milliseconds=ttl_ms,
            message_id=message_id,
        )
    finally:
        await channel.close()
    return int(response.key)


def _non_blank(_: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip() or value != value.strip():
        raise click.BadParameter("must be non-empty without leading or trailing spaces")
    return value


@click.group()
def message() -> None:
    """Publish messages that waiting process instances correlate."""


@message.command()
@click.argument("name", callback=_non_blank)
@click.option(
    "--key", "correlation_key", required=True, callback=_non_blank, help="correlation key"
)
@click.option(
    "--vars",
    "vars_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSON object file with the message's variables",
)
@click.option(
    "--ttl",
    "ttl_seconds",
    type=click.IntRange(0, MAX_TTL_SECONDS),
    default=3600,
    show_default=True,
    help="seconds the engine buffers the message if no instance waits yet",
)
@click.option("--message-id", default=None, help="publishing twice with one id delivers once")
def publish(
    name: str,
    correlation_key: str,
    vars_file: Path | None,
    ttl_seconds: int,
    message_id: str | None,
) -> None:
    """Publish message NAME for the instance waiting with --key; print the message key."""
    variables = load_message_variables(name, vars_file)
    key = asyncio.run(_publish(name, correlation_key, variables, ttl_seconds * 1000, message_id))
    click.echo(key)


COMMANDS = [message]
