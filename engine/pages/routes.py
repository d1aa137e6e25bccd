"""Routes of the Tasklist and Operate pages: static HTML/JS on the REST port, beside ``/v2``.

The pages read and change everything through the public ``/v2`` API from the browser, so they
work against a Camunda cluster's API too. The one non-``/v2`` data route,
``/tasklist/local-users``, is page infrastructure: who may sign in locally.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from engine.pages.users import TasklistUser

PAGES_DIR = Path(__file__).resolve().parent
STATIC_DIR = PAGES_DIR / "static"
VENDOR_DIR = PAGES_DIR / "vendor"
VENDOR_FILES = (
    "bpmn-navigated-viewer.js",
    "diagram-js.css",
    "bpmn-js.css",
    "form-viewer.umd.js",
    "form-js.css",
    "flatpickr-light.css",
)
"""What ``scripts/copy-page-assets.sh`` copies from ``node_modules`` (bpmn-js and form-js)."""
ASSETS_COMMAND = "make page-assets"

_MISSING_ASSETS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Page assets missing</title></head>
<body><main role="alert">
<h1>The Tasklist and Operate pages need their browser assets</h1>
<p>These files are missing from <code>{folder}</code>: {missing}.</p>
<p>Run <code>{command}</code> in the Baton checkout (it copies bpmn-js and form-js from
<code>node_modules</code>), then reload this page.</p>
</main></body></html>
"""


def page_routes(users: Sequence[TasklistUser], vendor_dir: Path = VENDOR_DIR) -> list[BaseRoute]:
    """``/tasklist``, ``/tasklist/{userTaskKey}``, ``/operate/...`` and their assets."""

    def page(name: str) -> Callable[[Request], Awaitable[Response]]:
        async def serve(request: Request) -> Response:
            missing = [item for item in VENDOR_FILES if not (vendor_dir / item).is_file()]
            if missing:
                body = _MISSING_ASSETS.format(
                    folder=vendor_dir, missing=", ".join(missing), command=ASSETS_COMMAND
                )
                return HTMLResponse(body, status_code=503)
            return FileResponse(STATIC_DIR / name, headers={"Cache-Control": "no-cache"})

        return serve

    async def local_users(request: Request) -> Response:
        return JSONResponse({"users": [user.to_json() for user in users]})

    tasklist = page("tasklist.html")
    operate = page("operate.html")
    return [
        Route("/tasklist", tasklist, methods=["GET"]),
        Route("/tasklist/local-users", local_users, methods=["GET"]),
        Route("/tasklist/{userTaskKey}", tasklist, methods=["GET"]),
        Route("/operate", operate, methods=["GET"]),
        Route("/operate/{view:path}", operate, methods=["GET"]),
        Mount("/pages/static", StaticFiles(directory=STATIC_DIR)),
        Mount("/pages/vendor", StaticFiles(directory=vendor_dir, check_dir=False)),
    ]
