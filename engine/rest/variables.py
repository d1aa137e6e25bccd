"""Variables: search (values truncated past 8191 characters) and get by key (full value).

Camunda's secondary storage keeps a preview of long values: the first 8191 characters
(``variableSizeThreshold``), flagged ``isTruncated``; ``GET /v2/variables/{key}`` returns the
full value. ``?truncateValues=false`` asks a search for full values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from engine.rest.body import invalid, read_fields
from engine.rest.http import json_response, path_key
from engine.rest.lookups import find, root_process_instance_key
from engine.rest.search import Field, Kind, SearchPage, SearchSpec, search
from engine.rest.wire import key_text
from engine.state import Variable
from engine.store import Tables

if TYPE_CHECKING:
    from engine.runtime import Engine

VARIABLE_SIZE_THRESHOLD = 8191
SORT_FIELDS = frozenset(
    {"name", "processInstanceKey", "scopeKey", "tenantId", "value", "variableKey"}
)


class VariableEndpoints:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/variables/search", self.search, methods=["POST"]),
            Route("/variables/{variableKey}", self.get, methods=["GET"]),
        ]

    async def search(self, request: Request) -> Response:
        truncate = truncate_values(request)
        body = await read_fields(request)
        tables = self._engine.tables
        page = search(tables.variables.values(), body, VARIABLE_SEARCH)
        return json_response(variable_page_json(tables, page, truncate))

    async def get(self, request: Request) -> Response:
        key = path_key(request, "variableKey")
        tables = self._engine.tables
        variable = find(tables.variables, key, "Variable")
        view = variable_json(tables, variable, truncate=False)
        del view["isTruncated"]
        return json_response(view)


def truncate_values(request: Request) -> bool:
    value = request.query_params.get("truncateValues", "true").lower()
    if value not in ("true", "false"):
        raise invalid("truncateValues", value, "true or false")
    return value == "true"


def variable_json(tables: Tables, variable: Variable, *, truncate: bool) -> dict[str, Any]:
    cut = truncate and len(variable.value) > VARIABLE_SIZE_THRESHOLD
    return {
        "value": variable.value[:VARIABLE_SIZE_THRESHOLD] if cut else variable.value,
        "isTruncated": cut,
        "name": variable.name,
        "tenantId": variable.tenant_id,
        "variableKey": key_text(variable.key),
        "scopeKey": key_text(variable.scope_key),
        "processInstanceKey": key_text(variable.process_instance_key),
        "rootProcessInstanceKey": key_text(
            root_process_instance_key(tables, variable.process_instance_key)
        ),
    }


def variable_page_json(
    tables: Tables, page: SearchPage[Variable], truncate: bool
) -> dict[str, Any]:
    return {
        "items": [variable_json(tables, item, truncate=truncate) for item in page.items],
        "page": page.page_json(),
    }


def visible_variable_records(tables: Tables, scope_key: int) -> list[Variable]:
    """Variables visible from a scope: its own, then each enclosing scope's not shadowed."""
    visible: dict[str, Variable] = {}
    key: int | None = scope_key
    seen: set[int] = set()
    while key is not None and key not in seen:
        seen.add(key)
        for name, variable in tables.scope_variables(key).items():
            visible.setdefault(name, variable)
        element = tables.element_instances.get(key)
        key = element.flow_scope_key if element else None
    return list(visible.values())


VARIABLE_SEARCH: SearchSpec[Variable] = SearchSpec(
    fields={
        "name": Field(Kind.STRING, lambda v: v.name),
        "value": Field(Kind.STRING, lambda v: v.value),
        "tenantId": Field(Kind.STRING, lambda v: v.tenant_id),
        "isTruncated": Field(
            Kind.BOOLEAN, lambda v: len(v.value) > VARIABLE_SIZE_THRESHOLD, sortable=False
        ),
        "variableKey": Field(Kind.KEY, lambda v: v.key),
        "scopeKey": Field(Kind.KEY, lambda v: v.scope_key),
        "processInstanceKey": Field(Kind.KEY, lambda v: v.process_instance_key),
    },
    key=lambda v: v.key,
    sort_fields=SORT_FIELDS,
)
