"""What every RPC shares: engine errors become the RPC's status, bugs become INTERNAL.

Two decorators, one for unary and one for server-streaming RPCs, so each RPC method reads as
request in, engine command, response out.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from functools import wraps
from typing import Any, NoReturn, TypeVar

import grpc

from engine.errors import EngineError
from engine.gateway.status import status_code, status_details

logger = logging.getLogger(__name__)

Request = TypeVar("Request")
Response = TypeVar("Response")
UnaryMethod = Callable[[Any, Request, Any], Awaitable[Response]]
StreamMethod = Callable[[Any, Request, Any], AsyncGenerator[Response, None]]


async def abort(context: Any, code: grpc.StatusCode, details: str) -> NoReturn:
    """End the RPC with a status; grpc.aio's ``abort`` raises, which the signature records."""
    await context.abort(code, details)
    raise AssertionError("grpc.aio ServicerContext.abort returned instead of raising")


async def unimplemented(context: Any, rpc: str) -> NoReturn:
    await abort(
        context,
        grpc.StatusCode.UNIMPLEMENTED,
        f"Baton's local engine does not implement {rpc}; see docs/engine.md",
    )


async def _abort_for(rpc: str, context: Any, error: Exception) -> NoReturn:
    if isinstance(error, EngineError):
        await abort(context, status_code(error), status_details(rpc, error))
    logger.error("%s failed inside the engine", rpc, exc_info=error)
    await abort(
        context,
        grpc.StatusCode.INTERNAL,
        f"Unexpected error while processing {rpc}: {type(error).__name__}: {error}",
    )


def unary(
    rpc: str,
) -> Callable[[UnaryMethod[Request, Response]], UnaryMethod[Request, Response]]:
    def decorate(method: UnaryMethod[Request, Response]) -> UnaryMethod[Request, Response]:
        @wraps(method)
        async def handle(self: Any, request: Request, context: Any) -> Response:
            try:
                return await method(self, request, context)
            except grpc.aio.AbortError:
                raise
            except Exception as error:
                await _abort_for(rpc, context, error)

        return handle

    return decorate


def streaming(
    rpc: str,
) -> Callable[[StreamMethod[Request, Response]], StreamMethod[Request, Response]]:
    def decorate(method: StreamMethod[Request, Response]) -> StreamMethod[Request, Response]:
        @wraps(method)
        async def handle(
            self: Any, request: Request, context: Any
        ) -> AsyncGenerator[Response, None]:
            try:
                async with aclosing(method(self, request, context)) as responses:
                    async for response in responses:
                        yield response
            except grpc.aio.AbortError:
                raise
            except Exception as error:
                await _abort_for(rpc, context, error)

        return handle

    return decorate
