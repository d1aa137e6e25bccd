"""Reads shared by several endpoint modules: a record by key, or a named 404."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from engine.rest.problems import EntityNotFoundError
from engine.store import Tables

R = TypeVar("R")


def find(table: Mapping[int, R], key: int, noun: str) -> R:
    record = table.get(key)
    if record is None:
        raise EntityNotFoundError(f"{noun} with key '{key}' not found")
    return record


def root_process_instance_key(tables: Tables, process_instance_key: int) -> int:
    """The top of a process instance's call hierarchy (the instance itself without a parent)."""
    key = process_instance_key
    seen = {key}
    while True:
        instance = tables.process_instances.get(key)
        parent = instance.parent_process_instance_key if instance else None
        if parent is None or parent in seen:
            return key
        seen.add(parent)
        key = parent


def instances_with_incidents(tables: Tables) -> set[int]:
    """Process instances that have at least one active incident."""
    return {
        incident.process_instance_key
        for incident in tables.incidents.values()
        if incident.state == "ACTIVE"
    }
