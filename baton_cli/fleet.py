"""``baton run`` (the fleet) and ``baton up`` (every local service the fleet needs)."""

from __future__ import annotations

import sys

import click

from baton_cli.settings import cli_settings
from devservices import DevServiceError, elasticsearch, engine, simulator

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def is_local_gateway(address: str) -> bool:
    """A loopback address on the local engine's gRPC port means "start the local engine"."""
    host, _, port = address.rpartition(":")
    return host.strip("[]") in LOOPBACK and port.isdigit() and int(port) == engine.port("grpc")


@click.command()
def run() -> None:
    """Run the worker fleet in the foreground (same as ``python -m workers``)."""
    from workers.__main__ import main

    cli_settings()

    sys.exit(main())


@click.command()
@click.option("--deploy/--no-deploy", default=True, help="deploy bpmn/ after the engine is up")
@click.pass_context
def up(ctx: click.Context, deploy: bool) -> None:
    """Start Elasticsearch, the simulator and the local engine; deploy every model.

    The local engine is Baton's own (``engine/``) unless ``BATON_ENGINE=camunda``.

    When ``BATON_ZEEBE__ADDRESS`` names another gateway (SaaS, a Helm install), that engine is
    used as it is and no local one is started.
    """
    settings = cli_settings()
    running: list[str] = []
    try:
        es = elasticsearch.ensure_running()
        click.echo(f"Elasticsearch  {es.url}")
        running.append("Elasticsearch")
        sim = simulator.ensure_running()
        click.echo(f"Simulator      {sim.url}")
        running.append("the simulator")
        if is_local_gateway(settings.zeebe.address):
            eng = engine.ensure_running()
            running.append("the engine")
            click.echo(f"Engine         {eng.name} (pid {eng.pid})")
            click.echo(f"Zeebe gateway  {eng.gateway_address}")
            click.echo(f"REST API       {eng.rest_url}/v2")
            click.echo(f"Tasklist       {eng.tasklist_url}")
            click.echo(f"Operate        {eng.operate_url}")
        else:
            click.echo(f"Zeebe gateway  {settings.zeebe.address} (external, not started here)")
            click.echo(f"REST API       {settings.zeebe.rest_url}")
    except DevServiceError as error:
        if running:
            click.echo(
                f"left running: {', '.join(running)}; `baton down` (or `make stop`) stops them",
                err=True,
            )
        raise click.ClickException(str(error)) from None
    if deploy:
        from baton_cli.deploy import deploy as deploy_command

        ctx.invoke(deploy_command)


COMMANDS = [run, up]
