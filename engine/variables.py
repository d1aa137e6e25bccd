"""Variable scopes as Zeebe documents them (Concepts → Variables).

The process instance is the root scope; every element instance is a scope below its flow
scope. *Local* variables are set on one scope. *Merging a document* propagates each variable
from a scope upward: it updates the first scope that already has the variable, otherwise it is
created on the root scope — or, inside an ad-hoc sub-process, on the activation's inner
instance (Camunda 8.8: variables of activated elements stay local to each activation).
"""

from __future__ import annotations

import json
from typing import Any

from engine.state import AD_HOC_INNER, Variable
from engine.store import Store


class Scopes:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.tables = store.tables

    def chain(self, scope_key: int) -> list[int]:
        """The scope and its ancestors, innermost first."""
        keys = []
        current: int | None = scope_key
        instances = self.tables.element_instances
        while current is not None:
            keys.append(current)
            instance = instances.get(current)
            current = instance.flow_scope_key if instance is not None else None
        return keys

    def visible(self, scope_key: int, names: list[str] | None = None) -> dict[str, Any]:
        """Every variable visible from a scope, decoded; inner scopes shadow outer ones."""
        result: dict[str, Any] = {}
        wanted = set(names) if names else None
        for key in self.chain(scope_key):
            for name, variable in self.tables.scope_variables(key).items():
                if name in result or (wanted is not None and name not in wanted):
                    continue
                result[name] = json.loads(variable.value)
        return result

    def local(self, scope_key: int) -> dict[str, Any]:
        return {n: json.loads(v.value) for n, v in self.tables.scope_variables(scope_key).items()}

    def set_local(self, scope_key: int, name: str, value: Any) -> None:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
        existing = self.tables.scope_variables(scope_key).get(name)
        if existing is not None:
            if existing.value != text:
                existing.value = text
                self.store.put("variable", existing)
            return
        root = self.chain(scope_key)[-1]
        instance = self.tables.element_instances.get(root)
        self.store.put(
            "variable",
            Variable(
                key=self.store.new_key(),
                scope_key=scope_key,
                process_instance_key=instance.process_instance_key if instance else root,
                name=name,
                value=text,
                tenant_id=instance.tenant_id if instance else "<default>",
            ),
        )

    def merge_local(self, scope_key: int, document: dict[str, Any]) -> None:
        for name, value in document.items():
            self.set_local(scope_key, name, value)

    def merge(self, scope_key: int, document: dict[str, Any]) -> None:
        """Propagate each variable upward: update where it exists, else create on the root."""
        chain = self.chain(scope_key)
        for index, key in enumerate(chain):
            instance = self.tables.element_instances.get(key)
            if instance is not None and instance.element_type == AD_HOC_INNER:
                chain = chain[: index + 1]  # an ad-hoc activation keeps its variables local
                break
        for name, value in document.items():
            target = chain[-1]
            for key in chain:
                if name in self.tables.scope_variables(key):
                    target = key
                    break
            self.set_local(target, name, value)

    def set_path(self, scope_key: int, target: str, value: Any, *, propagate: bool) -> None:
        """Write a mapping target (``a`` or ``a.b.c``), creating nested contexts as needed."""
        name, *path = target.split(".")
        if path:
            current = self.visible(scope_key, [name]).get(name)
            container: dict[str, Any] = dict(current) if isinstance(current, dict) else {}
            node = container
            for part in path[:-1]:
                child = node.get(part)
                node[part] = dict(child) if isinstance(child, dict) else {}
                node = node[part]
            node[path[-1]] = value
            value = container
        if propagate:
            self.merge(scope_key, {name: value})
        else:
            self.set_local(scope_key, name, value)
