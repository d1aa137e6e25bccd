"""``baton eval``: run the labelled case sets through the engine and the fleet; write the HTML
report and JSON summary; with ``--gate``, fail when a figure breaks ``thresholds.yaml``."""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

import click

PROCESS_NAMES = (
    "claims-adjudication",
    "customer-onboarding",
    "content-approval",
    "backoffice-escalation",
)


@click.command(name="eval")
@click.option(
    "--process",
    "processes",
    multiple=True,
    type=click.Choice(PROCESS_NAMES),
    help="only this process (repeatable); default all four",
)
@click.option("--gate-only", is_flag=True, help="only the cases marked for the regression gate")
@click.option(
    "--gate",
    "check_gate",
    is_flag=True,
    help="exit 1 when a figure breaks evaluation/thresholds.yaml",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("build/eval"),
    show_default=True,
    help="folder for report.html and summary.json",
)
@click.option(
    "--external",
    is_flag=True,
    help="use the engine, simulator and fleet already running (BATON_ZEEBE__REST_URL, "
    "BATON_SIMULATOR_URL) instead of starting the run's own",
)
@click.option("--metrics-url", default=None, help="with --external: the fleet's /metrics URL")
@click.option(
    "--case-timeout",
    type=click.FloatRange(min=1),
    default=120.0,
    show_default=True,
    help="seconds one case may take",
)
def evaluate(
    processes: tuple[str, ...],
    gate_only: bool,
    check_gate: bool,
    out: Path,
    external: bool,
    metrics_url: str | None,
    case_timeout: float,
) -> None:
    """Run every labelled case (evaluation/cases) and report accuracy, automation and safety."""
    from evaluation.cases import load_cases
    from evaluation.errors import EvaluationError
    from evaluation.gate import load_thresholds, violations
    from evaluation.harness import Endpoints, run_cases
    from evaluation.report import text_table, write_report

    try:
        cases = load_cases(processes=processes)
        thresholds = load_thresholds()
    except EvaluationError as error:
        raise click.ClickException(str(error)) from None
    if gate_only:
        cases = [c for c in cases if c.gate]
    run_tag = f"{int(time.time()):x}"
    try:
        if external:
            from baton_cli.settings import cli_settings

            settings = cli_settings()
            endpoints = Endpoints(
                str(settings.zeebe.rest_url), str(settings.simulator_url), metrics_url
            )
            cases = [c for c in cases if not c.legacy_data]
            results, summary = asyncio.run(
                run_cases(cases, endpoints, run_tag=run_tag, case_timeout_s=case_timeout)
            )
        else:
            from devservices import elasticsearch
            from evaluation.stack import own_stack

            es = elasticsearch.ensure_running()
            with tempfile.TemporaryDirectory(prefix="baton-eval-") as workdir:
                click.echo(f"starting engine, simulator and fleet in {workdir}", err=True)
                with own_stack(Path(workdir), es.url) as endpoints:
                    results, summary = asyncio.run(
                        run_cases(cases, endpoints, run_tag=run_tag, case_timeout_s=case_timeout)
                    )
    except EvaluationError as error:
        raise click.ClickException(str(error)) from None
    html_path, json_path = write_report(summary, out, f"Baton evaluation: {len(results)} cases")
    click.echo(text_table(summary))
    fleet = summary.get("fleet")
    if fleet:
        click.echo(
            f"guardrail hits {fleet['guardrailHitsTotal']}, model calls {fleet['modelCallsTotal']}"
        )
    click.echo(f"report {html_path}\nsummary {json_path}")
    if check_gate:
        broken = violations(summary, thresholds)
        for line in broken:
            click.echo(f"gate: {line}", err=True)
        if broken:
            sys.exit(1)
        click.echo("gate: every figure within evaluation/thresholds.yaml")


COMMANDS = [evaluate]
