"""``baton engine up|down|status``: the local engine (Baton's own unless BATON_ENGINE=camunda)."""

from __future__ import annotations

import click

from baton_cli.problems import EXIT_NOT_RUNNING
from devservices import DevServiceError
from devservices import engine as service
from devservices.process import resident_memory_mib


@click.group()
def engine() -> None:
    """The local Zeebe-compatible engine: gRPC gateway, REST API, Tasklist and Operate."""


@engine.command()
def up() -> None:
    """Start the engine (or reuse the running one) and wait until it is ready."""
    try:
        handle = service.ensure_running()
    except DevServiceError as error:
        raise click.ClickException(str(error)) from None
    how = f"started in {handle.startup_s:.1f}s" if handle.startup_s else "already running"
    rss = resident_memory_mib(handle.pid)
    click.echo(
        f"{handle.name} {how} (pid {handle.pid}, RSS {rss or 0:.0f} MiB)\n"
        f"  gRPC gateway {handle.gateway_address}\n  REST API     {handle.rest_url}/v2\n"
        f"  Tasklist     {handle.tasklist_url}\n  Operate      {handle.operate_url}"
    )


@engine.command()
def down() -> None:
    """Stop the engine started by ``baton engine up``."""
    try:
        stopped = service.stop()
    except DevServiceError as error:
        raise click.ClickException(str(error)) from None
    click.echo("engine stopped" if stopped else "engine was not running")


@engine.command()
def status() -> None:
    """Say whether the local engine runs (exit 3 when it does not)."""
    try:
        handle = service.status()
    except DevServiceError as error:
        raise click.ClickException(str(error)) from None
    if handle is None:
        click.echo("engine not running; start it with `baton engine up`")
        raise SystemExit(EXIT_NOT_RUNNING)
    rss = resident_memory_mib(handle.pid)
    click.echo(f"engine running (pid {handle.pid}, RSS {rss or 0:.0f} MiB) at {handle.rest_url}")


COMMANDS = [engine]
