"""Requests the gateway refuses before they reach the engine, as Zeebe's gateway does.

They derive from the engine's errors so one status mapping serves both, but they are not
command rejections: their message goes to the client as it is, without Zeebe's
``Command 'X' rejected with code 'Y'`` prefix.
"""

from __future__ import annotations

from engine.errors import InvalidArgumentError, ResourceExhaustedError


class GatewayRequestError(InvalidArgumentError):
    """A malformed request: a field the gateway cannot read or that Baton does not support."""


class InvalidVariablesError(GatewayRequestError):
    """A variables document that is not JSON, or whose root is not an object."""


class VariablesTooLargeError(ResourceExhaustedError):
    """A variables document larger than the engine accepts in one command."""
