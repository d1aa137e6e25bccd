"""``python -m simulator --host 127.0.0.1 --port 8099 --data DIR --state DIR [--faults]``."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import click
import structlog
import uvicorn

from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR, DataFolderError
from simulator.state import StateFileError


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    structlog.configure(
        processors=[
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.JSONRenderer(),
        ],
        logger_factory=structlog.PrintLoggerFactory(),
    )


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8099, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--data",
    "data_dir",
    default=DEFAULT_DATA_DIR,
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder with the systems' data files (see docs/simulator.md)",
)
@click.option(
    "--state",
    "state_dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="folder for the ledger of executed requests [default: a new temp folder]",
)
@click.option("--faults", is_flag=True, help="enable POST /_faults (tests only)")
def main(host: str, port: int, data_dir: Path, state_dir: Path | None, faults: bool) -> None:
    """Serve the simulated legacy systems (claims, onboarding, content, escalation)."""
    _configure_logging()
    state = state_dir or Path(tempfile.mkdtemp(prefix="baton-simulator-"))
    try:
        app = create_app(data_dir, state, faults=faults)
    except (DataFolderError, StateFileError) as exc:
        raise click.ClickException(str(exc)) from None
    structlog.get_logger("simulator").info(
        "simulator.starting", host=host, port=port, data=str(data_dir), state=str(state)
    )
    uvicorn.run(app, host=host, port=port, access_log=False, log_level="warning")


if __name__ == "__main__":
    main()
