"""``baton``: run the fleet, manage local services, deploy models, start cases."""

from __future__ import annotations

import importlib

import click

# Each area contributes one click command or group from its own module.
_COMMAND_MODULES = (
    "baton_cli.engine",
    "baton_cli.elasticsearch",
    "baton_cli.simulator",
    "baton_cli.deploy",
    "baton_cli.fleet",
    "baton_cli.knowledge",
    "baton_cli.messages",
    "baton_cli.schemas",
    "baton_cli.demo",
    "baton_cli.evaluate",
)


@click.group()
def cli() -> None:
    """Baton: a Camunda 8 worker fleet for people, AI agents and legacy systems."""


def _register() -> None:
    for module_name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register()

if __name__ == "__main__":
    cli()
