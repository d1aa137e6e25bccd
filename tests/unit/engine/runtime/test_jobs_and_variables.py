"""Jobs and variables on the engine core, without the gateway: Zeebe's documented semantics."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.errors import (
    AlreadyExistsError,
    InvalidArgumentError,
    InvalidStateError,
    NotFoundError,
    ResourceExhaustedError,
)
from engine.runtime import Engine, EngineConfig
from tests.unit.engine.bpmn_text import flow, one_task, process, service_task


async def test_job_variables_propagate_to_the_process_and_the_instance_completes(
    engine: Engine,
) -> None:
    await engine.deploy([("one.bpmn", one_task())])
    instance = await engine.create_process_instance(
        bpmn_process_id="one-task", variables={"order": 7}
    )
    jobs = await engine.activate_jobs("work", "w", 60_000, 10, None, -1)
    assert [j.variables for j in jobs] == [{"order": 7}]
    await engine.complete_job(jobs[0].key, {"result": "done"})
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key) == {"order": 7, "result": "done"}


async def test_a_second_completion_of_the_same_job_is_not_found(engine: Engine) -> None:
    await engine.deploy([("one.bpmn", one_task())])
    await engine.create_process_instance(bpmn_process_id="one-task")
    [job] = await engine.activate_jobs("work", "w", 60_000, 1, None, -1)
    await engine.complete_job(job.key, {})
    with pytest.raises(NotFoundError, match="no such job was found"):
        await engine.complete_job(job.key, {})


async def test_a_timed_out_job_is_activatable_again_without_using_a_retry(engine: Engine) -> None:
    await engine.deploy([("one.bpmn", one_task())])
    await engine.create_process_instance(bpmn_process_id="one-task")
    [job] = await engine.activate_jobs("work", "w", 1_000, 1, None, -1)
    assert await engine.activate_jobs("work", "w", 1_000, 1, None, -1) == []
    engine.clock.pin(engine.clock.now_ms() + 5_000)
    engine._run_due()
    [again] = await engine.activate_jobs("work", "w2", 1_000, 1, None, -1)
    assert again.key == job.key and again.retries == job.retries and again.worker == "w2"


async def test_failing_with_retries_and_backoff_then_no_retries_raises_an_incident(
    engine: Engine,
) -> None:
    await engine.deploy([("one.bpmn", one_task())])
    instance = await engine.create_process_instance(bpmn_process_id="one-task")
    [job] = await engine.activate_jobs("work", "w", 60_000, 1, None, -1)
    await engine.fail_job(job.key, 2, "boom", 10_000, None)
    assert await engine.activate_jobs("work", "w", 60_000, 1, None, -1) == []
    engine.clock.pin(engine.clock.now_ms() + 11_000)
    engine._run_due()
    [retried] = await engine.activate_jobs("work", "w", 60_000, 1, None, -1)
    assert retried.retries == 2
    await engine.fail_job(job.key, 0, "payments down", 0, None)
    [incident] = [i for i in engine.tables.incidents.values() if i.state == "ACTIVE"]
    assert incident.error_type == "JOB_NO_RETRIES"
    assert incident.error_message == "payments down"
    assert incident.process_instance_key == instance.key
    with pytest.raises(InvalidStateError, match="no retries"):
        await engine.resolve_incident(incident.key)
    await engine.update_job_retries(job.key, 1)
    await engine.resolve_incident(incident.key)
    [resumed] = await engine.activate_jobs("work", "w", 60_000, 1, None, -1)
    await engine.complete_job(resumed.key, {})
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"


async def test_output_mappings_write_the_flow_scope_and_suppress_propagation(
    engine: Engine,
) -> None:
    mapping = (
        '<zeebe:ioMapping><zeebe:input source="=order.id" target="orderId"/>'
        '<zeebe:output source="=paid and orderId = 7" target="payment.ok"/></zeebe:ioMapping>'
    )
    model = process(
        "mapped",
        '<bpmn:startEvent id="s"/>'
        + service_task("pay", "pay", mapping)
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "pay")
        + flow("f2", "pay", "e"),
    )
    await engine.deploy([("mapped.bpmn", model)])
    instance = await engine.create_process_instance(
        bpmn_process_id="mapped", variables={"order": {"id": 7}}
    )
    [job] = await engine.activate_jobs("pay", "w", 60_000, 1, None, -1)
    assert job.variables["orderId"] == 7
    await engine.complete_job(job.key, {"paid": True, "receipt": "r-1"})
    assert engine.visible_variables(instance.key) == {"order": {"id": 7}, "payment": {"ok": True}}


async def test_bad_variables_are_rejected_with_a_named_error(engine: Engine) -> None:
    await engine.deploy([("one.bpmn", one_task())])
    with pytest.raises(InvalidArgumentError, match="JSON object"):
        await engine.create_process_instance(bpmn_process_id="one-task", variables=[1])  # type: ignore[arg-type]
    with pytest.raises(ResourceExhaustedError):
        await engine.create_process_instance(
            bpmn_process_id="one-task", variables={"big": "x" * (5 * 1024 * 1024)}
        )
    with pytest.raises(NotFoundError, match="process ID 'missing'"):
        await engine.create_process_instance(bpmn_process_id="missing")


async def test_messages_are_buffered_for_their_ttl_and_deduplicated_by_id(engine: Engine) -> None:
    extra = '<bpmn:message id="m" name="docs-received"/>'
    model = process(
        "waits",
        '<bpmn:startEvent id="s"/>'
        '<bpmn:intermediateCatchEvent id="wait"><bpmn:extensionElements>'
        '<zeebe:subscription correlationKey="=caseId"/></bpmn:extensionElements>'
        '<bpmn:messageEventDefinition messageRef="m"/></bpmn:intermediateCatchEvent>'
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "wait") + flow("f2", "wait", "e"),
        extra,
    )
    await engine.deploy([("waits.bpmn", model)])
    await engine.publish_message("docs-received", "c-1", 60_000, "msg-1", {"docs": 2})
    with pytest.raises(AlreadyExistsError):
        await engine.publish_message("docs-received", "c-1", 60_000, "msg-1", {})
    instance = await engine.create_process_instance(
        bpmn_process_id="waits", variables={"caseId": "c-1"}
    )
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key)["docs"] == 2


async def test_state_survives_a_restart(tmp_path: Path) -> None:
    first = await Engine.open(EngineConfig(data_dir=tmp_path))
    await first.deploy([("one.bpmn", one_task())])
    instance = await first.create_process_instance(bpmn_process_id="one-task")
    first.store._db.close()  # as a killed process would: no orderly close
    second = await Engine.open(EngineConfig(data_dir=tmp_path))
    try:
        [job] = await second.activate_jobs("work", "w", 60_000, 1, None, -1)
        await second.complete_job(job.key, {})
        assert second.tables.process_instances[instance.key].state == "COMPLETED"
    finally:
        await second.close()
