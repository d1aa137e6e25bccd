"""The ``/v2`` REST application: Camunda 8.9's Orchestration Cluster API, the subset Baton uses.

Every error is ``application/problem+json``. A path this engine does not serve answers 404
``NOT_FOUND`` naming the method and path (Camunda endpoints not implemented here included), a
known path with another method 405; bad input is 400 naming the field; an engine rejection
keeps its Zeebe rejection type as title; anything else is a bug and answers 500.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount

from engine.errors import EngineError
from engine.pages import DEFAULT_USERS, TasklistUser, page_routes
from engine.rest.cluster import ClusterEndpoints, GatewayAddress
from engine.rest.decisions import DecisionEndpoints
from engine.rest.deployments import DeploymentEndpoints
from engine.rest.element_instances import ElementInstanceEndpoints
from engine.rest.forms import FormEndpoints
from engine.rest.incidents import IncidentEndpoints
from engine.rest.jobs import JobEndpoints
from engine.rest.messages import MessageEndpoints
from engine.rest.problems import (
    RestProblemError,
    engine_error_response,
    problem_response,
    rest_problem_response,
)
from engine.rest.process_definitions import ProcessDefinitionEndpoints
from engine.rest.process_instances import ProcessInstanceEndpoints
from engine.rest.user_tasks import UserTaskEndpoints
from engine.rest.variables import VariableEndpoints

if TYPE_CHECKING:
    from engine.runtime import Engine

log = logging.getLogger(__name__)


class Endpoints(Protocol):
    """One family of endpoints (user tasks, jobs, ...): its routes under ``/v2``."""

    def routes(self) -> list[BaseRoute]: ...


def create_rest_app(
    engine: Engine,
    *,
    gateway_host: str = "127.0.0.1",
    gateway_port: int = 26500,
    tasklist_users: Sequence[TasklistUser] = DEFAULT_USERS,
) -> Starlette:
    """The ``/v2`` API over ``engine`` with the Tasklist and Operate pages beside it.

    The gateway address is what ``/v2/topology`` reports; ``tasklist_users`` who may sign in
    to the local Tasklist.
    """
    endpoints: list[Endpoints] = [
        ClusterEndpoints(engine, GatewayAddress(gateway_host, gateway_port)),
        DeploymentEndpoints(engine),
        ProcessDefinitionEndpoints(engine),
        ProcessInstanceEndpoints(engine),
        ElementInstanceEndpoints(engine),
        UserTaskEndpoints(engine),
        FormEndpoints(engine),
        VariableEndpoints(engine),
        IncidentEndpoints(engine),
        JobEndpoints(engine),
        MessageEndpoints(engine),
        DecisionEndpoints(engine),
    ]
    routes: list[BaseRoute] = [route for family in endpoints for route in family.routes()]
    return Starlette(
        routes=[Mount("/v2", routes=routes), *page_routes(tasklist_users)],
        exception_handlers={
            RestProblemError: _rest_problem,
            EngineError: _engine_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
    )


async def _rest_problem(request: Request, error: Exception) -> Response:
    assert isinstance(error, RestProblemError)
    return rest_problem_response(error, request.url.path)


async def _engine_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, EngineError)
    return engine_error_response(error, request.url.path)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    path = request.url.path
    if error.status_code == 404:
        detail = f"No endpoint {request.method} {path} on this engine"
        return problem_response(404, "NOT_FOUND", detail, path)
    if error.status_code == 405:
        detail = f"Method {request.method} is not allowed on {path}"
        return problem_response(405, "METHOD_NOT_ALLOWED", detail, path)
    return problem_response(error.status_code, "Bad Request", str(error.detail), path)


async def _internal_error(request: Request, error: Exception) -> Response:
    log.exception("REST %s %s failed", request.method, request.url.path)
    detail = f"Unexpected error while processing the request: {type(error).__name__}: {error}"
    return problem_response(500, "INTERNAL_SERVER_ERROR", detail, request.url.path)
