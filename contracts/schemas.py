"""Publish every case contract as JSON Schema (``docs/schemas/``), so other systems can
validate what they send Baton and what Baton returns. ``baton schemas`` writes them; a test
keeps the committed files in step with the models."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from pathlib import Path

import contracts
from contracts.common import Contract

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "docs" / "schemas"


def contract_classes() -> dict[str, type[Contract]]:
    """Every Contract subclass defined in a ``contracts.*`` module, keyed ``module.Class``."""
    found: dict[str, type[Contract]] = {}
    for info in pkgutil.iter_modules(contracts.__path__):
        module = importlib.import_module(f"contracts.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Contract)
                and cls is not Contract
                and cls.__module__ == module.__name__
            ):
                found[f"{info.name}.{name}"] = cls
    return dict(sorted(found.items()))


def render_schemas() -> dict[str, str]:
    """File name → JSON text, for the wire format (camelCase aliases)."""
    return {
        f"{name}.json": json.dumps(
            cls.model_json_schema(by_alias=True, mode="validation"), indent=2, sort_keys=True
        )
        + "\n"
        for name, cls in contract_classes().items()
    }


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    rendered = render_schemas()
    for stale in directory.glob("*.json"):
        if stale.name not in rendered:
            stale.unlink()
    written = []
    for name, text in rendered.items():
        path = directory / name
        path.write_text(text)
        written.append(path)
    return written
