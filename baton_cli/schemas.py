"""``baton schemas``: write the case contracts as JSON Schema under docs/schemas/."""

from __future__ import annotations

import click

from contracts.schemas import SCHEMA_DIR, write_schemas


@click.command()
def schemas() -> None:
    """Regenerate docs/schemas/*.json from the pydantic contracts."""
    for path in write_schemas():
        click.echo(path.relative_to(SCHEMA_DIR.parent.parent))


COMMANDS = [schemas]
