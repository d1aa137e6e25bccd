"""``baton stop`` / ``baton down``: stop every service Baton started (engine, simulator, ES).

Only processes recorded in Baton's pid files (under ``BATON_CACHE_DIR``) are stopped; a node or
engine somebody else runs is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from baton_cli.problems import EXIT_PROBLEM, CliProblem
from devservices import DevServiceError


def _stoppers() -> list[tuple[str, Callable[[], bool]]]:
    from devservices import elasticsearch, engine, simulator

    return [
        ("engine", engine.stop),
        ("simulator", simulator.stop),
        ("Elasticsearch", elasticsearch.stop_running),
    ]


@click.command()
def stop() -> None:
    """Stop the engine, the simulator and Elasticsearch if Baton started them."""
    failed: list[str] = []
    for name, stop_service in _stoppers():
        try:
            stopped = stop_service()
        except DevServiceError as error:
            failed.append(f"{name}: {error}")
            continue
        click.echo(f"{name:<14}{'stopped' if stopped else 'was not running'}")
    if failed:
        raise CliProblem("could not stop " + "; ".join(failed), EXIT_PROBLEM)
