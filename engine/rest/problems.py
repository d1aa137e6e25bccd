"""RFC 9457 problem details, as Camunda's REST API answers every error.

Camunda sends ``application/problem+json`` with ``type`` ``about:blank``, a ``title`` naming the
rejection (``NOT_FOUND``, ``INVALID_ARGUMENT``, ``INVALID_STATE``...), the HTTP ``status``, a
``detail`` saying what was wrong and the request path as ``instance``.
"""

from __future__ import annotations

import json

from starlette.responses import Response

from engine.errors import EngineError

PROBLEM_MEDIA_TYPE = "application/problem+json"


class RestProblemError(Exception):
    """A request the REST API answers with a problem instead of a result."""

    status: int = 400
    title: str = "INVALID_ARGUMENT"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidRequestError(RestProblemError):
    """The request is malformed: bad JSON, a wrong type, a missing or unknown field."""


class UnreadableBodyError(InvalidRequestError):
    """The body is not JSON at all; Camunda's (Spring's) title for this is ``Bad Request``."""

    title = "Bad Request"


class RouteNotFoundError(RestProblemError):
    """No endpoint of this engine matches the method and path."""

    status = 404
    title = "NOT_FOUND"


class EntityNotFoundError(RestProblemError):
    """A read (GET by key, a form, an XML) found nothing under the key it was given."""

    status = 404
    title = "NOT_FOUND"


def problem_response(status: int, title: str, detail: str, instance: str) -> Response:
    body = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    return Response(json.dumps(body), status_code=status, media_type=PROBLEM_MEDIA_TYPE)


def rest_problem_response(problem: RestProblemError, instance: str) -> Response:
    return problem_response(problem.status, problem.title, problem.detail, instance)


def engine_error_response(error: EngineError, instance: str) -> Response:
    """An engine rejection keeps its Zeebe rejection type as title and its HTTP status."""
    return problem_response(error.http_status, error.title, str(error), instance)
