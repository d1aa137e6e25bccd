"""Element names for element-instance views, read from each deployed BPMN once and cached."""

from __future__ import annotations

from engine.model import ModelError, parse_bpmn
from engine.store import Tables


class ElementNames:
    """``elementName`` as Camunda reports it: the BPMN ``name``, or the element id without one."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self._names: dict[int, dict[str, str]] = {}

    def name(self, process_definition_key: int, element_id: str) -> str:
        names = self._names.get(process_definition_key)
        if names is None:
            names = self._read(process_definition_key)
            self._names[process_definition_key] = names
        return names.get(element_id) or element_id

    def _read(self, process_definition_key: int) -> dict[str, str]:
        definition = self._tables.process_definitions.get(process_definition_key)
        resource = self._tables.resources.get(definition.resource_key) if definition else None
        if definition is None or resource is None:
            return {}
        try:
            models = parse_bpmn(resource.content.encode(), resource.name)
        except ModelError:
            return {}
        names: dict[str, str] = {}
        for model in models:
            if model.id == definition.bpmn_process_id:
                names = {e.id: e.name for e in model.elements.values() if e.name}
                if model.name:
                    names[model.id] = model.name
        return names
