"""How an engine error becomes a gRPC status and message, in Zeebe's wording.

A command the engine rejects answers with the rejection's status and Zeebe's message shape
``Command 'COMPLETE' rejected with code 'NOT_FOUND': <reason>``, where the command is the Zeebe
intent the RPC writes (``CREATE`` for CreateProcessInstance, ``UPDATE`` for SetVariables, ...).
Gateway-side validation and timeouts are not rejections and keep their own message.
"""

from __future__ import annotations

import grpc

from engine.errors import DeadlineExceededError, EngineError, rejected
from engine.gateway.errors import GatewayRequestError

COMMAND_OF_RPC: dict[str, str] = {
    "ActivateJobs": "ACTIVATE",
    "BroadcastSignal": "BROADCAST",
    "CancelProcessInstance": "CANCEL",
    "CompleteJob": "COMPLETE",
    "CreateProcessInstance": "CREATE",
    "CreateProcessInstanceWithResult": "CREATE_WITH_AWAITING_RESULT",
    "DeployResource": "CREATE",
    "EvaluateDecision": "EVALUATE",
    "FailJob": "FAIL",
    "PublishMessage": "PUBLISH",
    "ResolveIncident": "RESOLVE",
    "SetVariables": "UPDATE",
    "StreamActivatedJobs": "ACTIVATE",
    "ThrowError": "THROW_ERROR",
    "UpdateJobRetries": "UPDATE_RETRIES",
    "UpdateJobTimeout": "UPDATE_TIMEOUT",
}
"""The Zeebe intent each served RPC writes, as named in its rejection messages."""


def status_code(error: EngineError) -> grpc.StatusCode:
    """The gRPC status named by the error's ``grpc_status``; INTERNAL for an unknown name."""
    code = grpc.StatusCode.__members__.get(error.grpc_status)
    return code if code is not None else grpc.StatusCode.INTERNAL


def status_details(rpc: str, error: EngineError) -> str:
    """The status message: Zeebe's rejection wording, or the error's own for non-rejections."""
    if isinstance(error, GatewayRequestError | DeadlineExceededError):
        return str(error)
    return rejected(COMMAND_OF_RPC[rpc], error)
