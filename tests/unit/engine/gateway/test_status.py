import grpc
import pytest

from engine.errors import (
    AlreadyExistsError,
    DeadlineExceededError,
    DeploymentRejectedError,
    EngineError,
    InvalidArgumentError,
    InvalidStateError,
    NotFoundError,
    ResourceExhaustedError,
)
from engine.gateway.errors import GatewayRequestError, InvalidVariablesError
from engine.gateway.status import COMMAND_OF_RPC, status_code, status_details
from engine.gateway.variables import parse_variables


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NotFoundError("x"), grpc.StatusCode.NOT_FOUND),
        (InvalidArgumentError("x"), grpc.StatusCode.INVALID_ARGUMENT),
        (InvalidStateError("x"), grpc.StatusCode.FAILED_PRECONDITION),
        (AlreadyExistsError("x"), grpc.StatusCode.ALREADY_EXISTS),
        (ResourceExhaustedError("x"), grpc.StatusCode.RESOURCE_EXHAUSTED),
        (DeadlineExceededError("x"), grpc.StatusCode.DEADLINE_EXCEEDED),
        (DeploymentRejectedError(["bad"]), grpc.StatusCode.INVALID_ARGUMENT),
        (EngineError("x"), grpc.StatusCode.INTERNAL),
        (GatewayRequestError("x"), grpc.StatusCode.INVALID_ARGUMENT),
    ],
)
def test_each_engine_error_maps_to_its_grpc_status(
    error: EngineError, code: grpc.StatusCode
) -> None:
    assert status_code(error) is code


def test_an_unknown_status_name_maps_to_internal() -> None:
    class OddError(EngineError):
        grpc_status = "NO_SUCH_STATUS"

    assert status_code(OddError("x")) is grpc.StatusCode.INTERNAL


def test_rejection_is_worded_as_zeebe_words_it() -> None:
    error = NotFoundError("Expected to complete job with key '1', but no such job was found")
    assert status_details("CompleteJob", error) == (
        "Command 'COMPLETE' rejected with code 'NOT_FOUND': "
        "Expected to complete job with key '1', but no such job was found"
    )


@pytest.mark.parametrize(
    ("rpc", "command"),
    [
        ("CreateProcessInstance", "CREATE"),
        ("CreateProcessInstanceWithResult", "CREATE_WITH_AWAITING_RESULT"),
        ("UpdateJobTimeout", "UPDATE_TIMEOUT"),
        ("SetVariables", "UPDATE"),
        ("PublishMessage", "PUBLISH"),
    ],
)
def test_rejections_name_the_zeebe_intent_of_the_rpc(rpc: str, command: str) -> None:
    assert status_details(rpc, InvalidStateError("why")).startswith(
        f"Command '{command}' rejected with code 'INVALID_STATE': "
    )


def test_oversized_variables_are_a_rejection_with_zeebes_batch_size_code() -> None:
    with pytest.raises(ResourceExhaustedError) as raised:
        parse_variables('{"a": "long"}', max_bytes=4)
    assert status_details("CompleteJob", raised.value).startswith(
        "Command 'COMPLETE' rejected with code 'EXCEEDED_BATCH_RECORD_SIZE': "
    )


@pytest.mark.parametrize(
    "error", [InvalidVariablesError("Invalid JSON value: {"), DeadlineExceededError("timed out")]
)
def test_validation_errors_and_timeouts_keep_their_own_message(error: EngineError) -> None:
    assert status_details("CreateProcessInstance", error) == str(error)


def test_every_served_rpc_names_a_command() -> None:
    served = {
        "ActivateJobs",
        "BroadcastSignal",
        "CancelProcessInstance",
        "CompleteJob",
        "CreateProcessInstance",
        "CreateProcessInstanceWithResult",
        "DeployResource",
        "EvaluateDecision",
        "FailJob",
        "PublishMessage",
        "ResolveIncident",
        "SetVariables",
        "StreamActivatedJobs",
        "ThrowError",
        "UpdateJobRetries",
        "UpdateJobTimeout",
    }
    assert set(COMMAND_OF_RPC) == served
