"""Foreseeable failures of any ``baton`` command as one line and a documented exit code.

Exit codes (README "Exit codes"): 0 done; 1 the command ran and found a problem (a check
failed, an audit chain is broken, a case does not exist); 2 bad usage or a bad input file;
3 a status command found the service not running; 4 an invalid setting; 5 a service Baton
needs (engine, Elasticsearch, simulator) cannot be reached or started.
"""

from __future__ import annotations

import os
import tarfile

import click
import httpx

EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2
EXIT_NOT_RUNNING = 3
EXIT_BAD_SETTING = 4
EXIT_UNREACHABLE = 5

ENGINE_HINT = "start one with `baton engine up` (or `make run`), or set BATON_ZEEBE__ADDRESS"


class CliProblem(click.ClickException):
    """A one-line message with its exit code; click prints ``Error: <message>``."""

    def __init__(self, message: str, exit_code: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it per class


def gateway_address() -> str:
    """The gateway the command was aimed at, read without failing on a bad setting."""
    return os.environ.get("BATON_ZEEBE__ADDRESS", "127.0.0.1:26500")


def translate(error: Exception) -> CliProblem | None:
    """The user-facing form of a foreseeable error, or None for a bug (which keeps its trace)."""
    from contracts.errors import (
        ContextStoreUnavailableError,
        KnowledgeFormatError,
        PolicyConfigError,
        PolicyFileError,
        SettingsError,
    )
    from devservices import DevServiceError

    if isinstance(error, SettingsError | PolicyConfigError | PolicyFileError):
        return CliProblem(str(error), EXIT_BAD_SETTING)
    if isinstance(error, DevServiceError):
        return CliProblem(str(error), _devservice_exit_code(str(error)))
    if isinstance(error, ContextStoreUnavailableError):
        return CliProblem(f"{error}; start it with `baton es up`", EXIT_UNREACHABLE)
    if isinstance(error, KnowledgeFormatError):
        return CliProblem(str(error), EXIT_BAD_INPUT)
    if _is_gateway_unavailable(error):
        return CliProblem(
            f"cannot reach the Zeebe gateway at {gateway_address()}; {ENGINE_HINT}",
            EXIT_UNREACHABLE,
        )
    if isinstance(error, httpx.TransportError):
        return CliProblem(
            f"cannot reach {_requested_host(error)} ({error.__class__.__name__}); "
            "start the stack with `make run` or `baton up`",
            EXIT_UNREACHABLE,
        )
    if isinstance(error, tarfile.TarError):
        return CliProblem(
            f"an archive could not be read ({str(error).splitlines()[0]}); "
            "check BATON_CAMUNDA_DIST names a camunda-zeebe .tar.gz",
            EXIT_BAD_INPUT,
        )
    if isinstance(error, UnicodeDecodeError):
        return CliProblem(f"a file is not UTF-8 text: {error}", EXIT_BAD_INPUT)
    if isinstance(error, IsADirectoryError | NotADirectoryError | FileNotFoundError):
        return CliProblem(f"{error.strerror}: {error.filename}", EXIT_BAD_INPUT)
    if isinstance(error, PermissionError):
        return CliProblem(f"permission denied: {error.filename}", EXIT_BAD_INPUT)
    return None


def _requested_host(error: httpx.TransportError) -> str:
    try:
        url = error.request.url
    except RuntimeError:
        return "a service"
    return f"{url.scheme}://{url.netloc.decode()}"


def _devservice_exit_code(message: str) -> int:
    return EXIT_BAD_SETTING if message.startswith("BATON_") else EXIT_UNREACHABLE


def _is_gateway_unavailable(error: Exception) -> bool:
    from grpc.aio import AioRpcError
    from pyzeebe.errors import ZeebeGatewayUnavailableError, ZeebeInternalError

    return isinstance(error, ZeebeGatewayUnavailableError | ZeebeInternalError | AioRpcError)


class BadInput(CliProblem):
    """A file or argument the command cannot use (exit 2, like click's usage errors)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_BAD_INPUT)
