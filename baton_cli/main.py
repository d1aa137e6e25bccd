"""``baton``: run the fleet, manage local services, deploy models, start cases.

Commands are imported only when invoked, so ``baton --help`` stays quick; every foreseeable
failure ends as one line and an exit code from :mod:`baton_cli.problems`.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from baton_cli.problems import CliProblem, translate

# command name → (module, attribute, one-line help shown by ``baton --help``)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": ("baton_cli.knowledge", "audit", "The hash-chained audit log."),
    "demo": ("baton_cli.demo", "demo", "Start one sample case of every process and report."),
    "deploy": ("baton_cli.deploy", "deploy", "Deploy every BPMN, DMN and form under bpmn/."),
    "engine": ("baton_cli.engine", "engine", "The local engine: up, down, status."),
    "es": ("baton_cli.elasticsearch", "es", "Local Elasticsearch: up, down, status."),
    "eval": ("baton_cli.evaluate", "evaluate", "Run the labelled cases and report figures."),
    "kb": ("baton_cli.knowledge", "kb", "Knowledge base: load, search, eval."),
    "message": ("baton_cli.messages", "message", "Publish a message to waiting instances."),
    "run": ("baton_cli.fleet", "run", "Run the worker fleet in the foreground."),
    "schemas": ("baton_cli.schemas", "schemas", "Regenerate docs/schemas/*.json."),
    "simulator": (
        "baton_cli.simulator",
        "simulator",
        "Legacy-systems simulator: up, down, status.",
    ),
    "start": ("baton_cli.deploy", "start", "Start a process with a case file."),
    "stop": ("baton_cli.stop", "stop", "Stop everything Baton started (alias: down)."),
    "down": ("baton_cli.stop", "stop", "Stop everything Baton started (alias of stop)."),
    "up": ("baton_cli.fleet", "up", "Start Elasticsearch, simulator and engine; deploy."),
}


class LazyGroup(click.Group):
    """Imports a command's module only when that command runs; translates foreseeable errors."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{module_name}.{attribute} is not a click command")
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            cause = error.__cause__ or error.__context__
            problem = translate(cause) if isinstance(cause, Exception) else None
            if problem is None or isinstance(error, CliProblem):
                raise
            raise CliProblem(error.format_message(), problem.exit_code) from None
        except (click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as error:
            problem = translate(error)
            if problem is None:
                raise
            raise problem from None


@click.group(cls=LazyGroup)
def cli() -> None:
    """Baton: a Camunda 8 worker fleet for people, AI agents and legacy systems.

    \b
    Exit codes: 0 done, 1 problem found, 2 bad usage or input file, 3 service not running,
    4 invalid setting, 5 a service cannot be reached or started.
    """


if __name__ == "__main__":
    cli()
