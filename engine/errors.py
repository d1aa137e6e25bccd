"""Rejections the engine gives a command, named after Zeebe's rejection types.

Zeebe rejects a command with a type (``NOT_FOUND``, ``INVALID_ARGUMENT``, ``INVALID_STATE``,
``ALREADY_EXISTS``, ...) that the gateway maps to a gRPC status and the REST API to an HTTP
status; each class carries both so the two front ends answer as Camunda's do.
"""

from __future__ import annotations

from typing import ClassVar


class EngineError(Exception):
    """Base of every error a caller of the engine may catch."""

    rejection: ClassVar[str] = "PROCESSING_ERROR"
    grpc_status: ClassVar[str] = "INTERNAL"
    http_status: ClassVar[int] = 500
    title: ClassVar[str] = "INTERNAL_SERVER_ERROR"


class NotFoundError(EngineError):
    rejection = "NOT_FOUND"
    grpc_status = "NOT_FOUND"
    http_status = 404
    title = "NOT_FOUND"


class InvalidArgumentError(EngineError):
    rejection = "INVALID_ARGUMENT"
    grpc_status = "INVALID_ARGUMENT"
    http_status = 400
    title = "INVALID_ARGUMENT"


class InvalidStateError(EngineError):
    """Zeebe's ``INVALID_STATE``: the entity exists but cannot take this command now."""

    rejection = "INVALID_STATE"
    grpc_status = "FAILED_PRECONDITION"
    http_status = 409
    title = "INVALID_STATE"


class AlreadyExistsError(EngineError):
    rejection = "ALREADY_EXISTS"
    grpc_status = "ALREADY_EXISTS"
    http_status = 409
    title = "ALREADY_EXISTS"


class ResourceExhaustedError(EngineError):
    rejection = "EXCEEDED_BATCH_RECORD_SIZE"
    grpc_status = "RESOURCE_EXHAUSTED"
    http_status = 413
    title = "RESOURCE_EXHAUSTED"


class DeadlineExceededError(EngineError):
    rejection = "DEADLINE_EXCEEDED"
    grpc_status = "DEADLINE_EXCEEDED"
    http_status = 504
    title = "DEADLINE_EXCEEDED"


class DeploymentRejectedError(InvalidArgumentError):
    """A resource failed validation; the message lists each problem with its element."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(problems)
        super().__init__(
            f"Expected to deploy new resources, but encountered the following errors:\n{listing}"
        )


def rejected(command: str, error: EngineError) -> str:
    """Zeebe's rejection message shape: ``Command 'X' rejected with code 'Y': reason``."""
    return f"Command '{command}' rejected with code '{error.rejection}': {error}"
