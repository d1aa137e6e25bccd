"""``baton run`` (the fleet) and ``baton up`` (every local service the fleet needs)."""

from __future__ import annotations

import sys

import click

from devservices import elasticsearch, engine, simulator
from devservices.errors import DevServiceError


@click.command()
def run() -> None:
    """Run the worker fleet in the foreground (same as ``python -m workers``)."""
    from workers.__main__ import main

    sys.exit(main())


@click.command()
@click.option("--deploy/--no-deploy", default=True, help="deploy bpmn/ after the engine is up")
@click.pass_context
def up(ctx: click.Context, deploy: bool) -> None:
    """Start Elasticsearch, the simulator and the engine; deploy every model."""
    try:
        es = elasticsearch.ensure_running()
        click.echo(f"Elasticsearch  {es.url}")
        sim = simulator.ensure_running()
        click.echo(f"Simulator      {sim.url}")
        eng = engine.ensure_running()
    except DevServiceError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Zeebe gateway  {eng.gateway_address}")
    click.echo(f"Tasklist       {eng.tasklist_url}")
    click.echo(f"Operate        {eng.operate_url}")
    if deploy:
        from baton_cli.models import deploy as deploy_command

        ctx.invoke(deploy_command)


COMMANDS = [run, up]
