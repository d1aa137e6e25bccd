"""``baton simulator up|down|status``: the local legacy-systems simulator."""

from __future__ import annotations

from pathlib import Path

import click

from baton_cli.problems import EXIT_NOT_RUNNING
from devservices import DevServiceError
from devservices import simulator as service


@click.group()
def simulator() -> None:
    """The local stand-in for policy admin, payments and notifications."""


@simulator.command()
@click.option("--port", default=service.DEFAULT_PORT, show_default=True, type=int)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="data folder to serve instead of the seeded one (see docs/simulator.md)",
)
@click.option(
    "--state",
    "state_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="ledger folder [default: <cache>/simulator-state]",
)
def up(port: int, data_dir: Path | None, state_dir: Path | None) -> None:
    """Start the simulator (or reuse the running one) and wait until it answers."""
    try:
        handle = service.ensure_running(port, data_dir=data_dir, state_dir=state_dir)
    except DevServiceError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(handle.describe())


@simulator.command()
def down() -> None:
    """Stop the simulator Baton started."""
    click.echo("simulator stopped" if service.stop() else "simulator was not running")


@simulator.command()
def status() -> None:
    """Say whether the simulator runs and answers; exit 3 when it does not."""
    handle = service.status()
    if handle is None:
        click.echo("simulator is not running; start it with `baton simulator up`")
        raise SystemExit(EXIT_NOT_RUNNING)
    answers = service.healthy(handle.url)
    health = "healthy" if answers else "NOT answering"
    click.echo(f"simulator pid {handle.pid} at {handle.url}: {health}")
    if not answers:
        raise SystemExit(EXIT_NOT_RUNNING)


COMMANDS = [simulator]
