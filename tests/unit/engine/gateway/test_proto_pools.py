"""pyzeebe bundles Camunda 8.6 stubs for the same ``gateway_protocol`` names as ours."""

from google.protobuf import descriptor_pool  # type: ignore[import-untyped]
from pyzeebe.proto import gateway_pb2 as pyzeebe_pb2

from engine.gateway.proto import gateway_pb2, gateway_pb2_grpc


def test_our_stubs_and_pyzeebes_import_in_one_process() -> None:
    assert gateway_pb2.ActivateJobsRequest.DESCRIPTOR.full_name == (
        pyzeebe_pb2.ActivateJobsRequest.DESCRIPTOR.full_name
    )
    assert gateway_pb2.DESCRIPTOR.pool is not descriptor_pool.Default()


def test_service_keeps_zeebes_full_name() -> None:
    assert gateway_pb2.DESCRIPTOR.services_by_name["Gateway"].full_name == (
        "gateway_protocol.Gateway"
    )


def test_service_stubs_use_our_messages() -> None:
    assert gateway_pb2 in vars(gateway_pb2_grpc).values()


def test_messages_are_wire_compatible_with_pyzeebes() -> None:
    ours = gateway_pb2.CreateProcessInstanceRequest(
        bpmnProcessId="order", version=-1, variables='{"a":1}'
    )
    theirs = pyzeebe_pb2.CreateProcessInstanceRequest.FromString(ours.SerializeToString())
    assert (theirs.bpmnProcessId, theirs.version, theirs.variables) == ("order", -1, '{"a":1}')
