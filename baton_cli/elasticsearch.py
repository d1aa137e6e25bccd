"""``baton es up|down|status``: the local Elasticsearch node."""

from __future__ import annotations

import click

from baton_cli.problems import EXIT_NOT_RUNNING
from devservices import DevServiceError
from devservices import elasticsearch as es_service


@click.group("es")
def es() -> None:
    """Local single-node Elasticsearch (context store)."""


@es.command("up")
def up() -> None:
    """Fetch (once) and start Elasticsearch, or reuse the running node."""
    try:
        handle = es_service.ensure_running()
    except DevServiceError as exc:
        raise click.ClickException(str(exc)) from exc
    if handle.started_here:
        click.echo(f"Elasticsearch started at {handle.url} in {handle.startup_s:.1f}s")
    else:
        click.echo(f"Elasticsearch already running at {handle.url}")
    _print_status()


@es.command("down")
def down() -> None:
    """Stop the node Baton started (by its pid file)."""
    click.echo(
        "Elasticsearch stopped" if es_service.stop_running() else "Elasticsearch not running"
    )


@es.command("status")
def status() -> None:
    """Print URL, pid, version and resident memory; exit 3 when not running."""
    if not _print_status():
        raise SystemExit(EXIT_NOT_RUNNING)


def _print_status() -> bool:
    current = es_service.status()
    if current is None:
        click.echo(
            f"Elasticsearch not answering at {es_service.base_url()}; start it with `baton es up`"
        )
        return False
    rss = f"{current.rss_mib:.0f} MiB" if current.rss_mib is not None else "unknown"
    click.echo(f"url={current.url} pid={current.pid} version={current.version} rss={rss}")
    return True


COMMANDS = [es]
