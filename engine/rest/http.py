"""Small request/response helpers shared by every endpoint module."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from engine.rest.body import parse_key


def json_response(payload: Any, status: int = 200) -> Response:
    return Response(
        json.dumps(payload, ensure_ascii=False), status_code=status, media_type="application/json"
    )


def no_content() -> Response:
    return Response(status_code=204)


def path_key(request: Request, name: str) -> int:
    """A key from the URL path (``/user-tasks/{userTaskKey}``), rejected with 400 unless numeric."""
    return parse_key(request.path_params[name], name)
