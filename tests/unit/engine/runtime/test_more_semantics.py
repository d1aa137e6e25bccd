"""Call activities, event-based gateways, decisions, user tasks, sub-processes and start events."""

from __future__ import annotations

import asyncio

import pytest

from engine.api import JobResult
from engine.errors import InvalidStateError, NotFoundError
from engine.runtime import Engine
from tests.unit.engine.bpmn_text import flow, process, service_task

ROUTING_DMN = b"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d"
  namespace="http://baton.example/dmn">
  <decision id="tier" name="Tier">
    <decisionTable id="t" hitPolicy="FIRST">
      <input id="i1" label="Amount"><inputExpression id="e1" typeRef="number">
        <text>amount</text></inputExpression></input>
      <output id="o1" name="tier" typeRef="string"/>
      <rule id="r1"><inputEntry id="a1"><text>&gt; 1000</text></inputEntry>
        <outputEntry id="b1"><text>"gold"</text></outputEntry></rule>
      <rule id="r2"><inputEntry id="a2"><text>-</text></inputEntry>
        <outputEntry id="b2"><text>"basic"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>
"""


def _user_task(task_id: str, extensions: str) -> str:
    return (
        f'<bpmn:userTask id="{task_id}" name="Review"><bpmn:extensionElements>'
        f"<zeebe:userTask/>{extensions}</bpmn:extensionElements></bpmn:userTask>"
    )


async def _open_task(engine: Engine, process_instance_key: int) -> int:
    [task] = [
        t
        for t in engine.tables.user_tasks.values()
        if t.process_instance_key == process_instance_key and t.state == "CREATED"
    ]
    return task.key


async def test_a_call_activity_passes_variables_both_ways(engine: Engine) -> None:
    child = process(
        "child",
        '<bpmn:startEvent id="s"/>'
        + service_task("work", "child-work")
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "work")
        + flow("f2", "work", "e"),
    )
    parent = process(
        "parent",
        '<bpmn:startEvent id="s"/><bpmn:callActivity id="call"><bpmn:extensionElements>'
        '<zeebe:calledElement processId="child"/></bpmn:extensionElements></bpmn:callActivity>'
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "call") + flow("f2", "call", "e"),
    )
    await engine.deploy([("child.bpmn", child), ("parent.bpmn", parent)])
    instance = await engine.create_process_instance(
        bpmn_process_id="parent", variables={"input": 1}
    )
    [job] = await engine.activate_jobs("child-work", "w", 1000, 1, None, -1)
    assert job.variables == {"input": 1}
    assert job.bpmn_process_id == "child"
    with pytest.raises(InvalidStateError, match="Cancel the root process instance"):
        await engine.cancel_process_instance(job.process_instance_key)
    await engine.complete_job(job.key, {"output": 2})
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key) == {"input": 1, "output": 2}


async def test_an_event_based_gateway_takes_the_first_event_and_drops_the_other(
    engine: Engine,
) -> None:
    model = process(
        "race",
        '<bpmn:startEvent id="s"/><bpmn:eventBasedGateway id="gw"/>'
        '<bpmn:intermediateCatchEvent id="msg"><bpmn:messageEventDefinition messageRef="m"/>'
        "</bpmn:intermediateCatchEvent>"
        '<bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition>'
        '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration>'
        "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
        '<bpmn:endEvent id="got"/><bpmn:endEvent id="timed-out"/>'
        + flow("f1", "s", "gw")
        + flow("f2", "gw", "msg")
        + flow("f3", "gw", "late")
        + flow("f4", "msg", "got")
        + flow("f5", "late", "timed-out"),
        '<bpmn:message id="m" name="answer"><bpmn:extensionElements>'
        '<zeebe:subscription correlationKey="=id"/></bpmn:extensionElements></bpmn:message>',
    )
    await engine.deploy([("race.bpmn", model)])
    answered = await engine.create_process_instance(bpmn_process_id="race", variables={"id": "a"})
    silent = await engine.create_process_instance(bpmn_process_id="race", variables={"id": "b"})
    await engine.publish_message("answer", "a", 0, None, {"reply": "yes"})
    engine.clock.pin(engine.clock.now_ms() + 3_600_001)
    engine._run_due()
    ended = {
        i.element_id
        for i in engine.tables.element_instances.values()
        if i.element_type == "END_EVENT"
    }
    assert ended == {"got", "timed-out"}
    assert engine.visible_variables(answered.key)["reply"] == "yes"
    assert engine.tables.process_instances[silent.key].state == "COMPLETED"
    assert not engine.tables.timers and not engine.tables.message_subscriptions


async def test_a_business_rule_task_stores_the_decision_result(engine: Engine) -> None:
    model = process(
        "rules",
        '<bpmn:startEvent id="s"/><bpmn:businessRuleTask id="decide"><bpmn:extensionElements>'
        '<zeebe:calledDecision decisionId="tier" resultVariable="tier"/>'
        "</bpmn:extensionElements></bpmn:businessRuleTask>"
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "decide") + flow("f2", "decide", "e"),
    )
    await engine.deploy([("rules.bpmn", model), ("tier.dmn", ROUTING_DMN)])
    gold = await engine.create_process_instance(bpmn_process_id="rules", variables={"amount": 5000})
    basic = await engine.create_process_instance(bpmn_process_id="rules", variables={"amount": 10})
    assert engine.visible_variables(gold.key)["tier"] == "gold"
    assert engine.visible_variables(basic.key)["tier"] == "basic"


async def test_a_missing_decision_is_an_incident_resolved_after_deploying_it(
    engine: Engine,
) -> None:
    model = process(
        "rules",
        '<bpmn:startEvent id="s"/><bpmn:businessRuleTask id="decide"><bpmn:extensionElements>'
        '<zeebe:calledDecision decisionId="tier" resultVariable="tier"/>'
        "</bpmn:extensionElements></bpmn:businessRuleTask>"
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "decide") + flow("f2", "decide", "e"),
    )
    await engine.deploy([("rules.bpmn", model)])
    instance = await engine.create_process_instance(
        bpmn_process_id="rules", variables={"amount": 1}
    )
    [incident] = list(engine.tables.incidents.values())
    assert incident.error_type == "CALLED_DECISION_ERROR"
    await engine.deploy([("tier.dmn", ROUTING_DMN)])
    await engine.resolve_incident(incident.key)
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"


async def test_a_user_task_takes_its_assignment_and_form_from_the_model(engine: Engine) -> None:
    form = b'{"id": "review-form", "components": [], "schemaVersion": 18, "type": "default"}'
    extensions = (
        '<zeebe:formDefinition formId="review-form"/>'
        '<zeebe:assignmentDefinition assignee="=owner" candidateGroups="handlers, seniors"/>'
        '<zeebe:taskSchedule dueDate="=due"/><zeebe:priorityDefinition priority="=80"/>'
        '<zeebe:ioMapping><zeebe:output source="=approved" target="review.approved"/>'
        "</zeebe:ioMapping>"
    )
    model = process(
        "review",
        '<bpmn:startEvent id="s"/>'
        + _user_task("task", extensions)
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "task")
        + flow("f2", "task", "e"),
    )
    await engine.deploy([("review.bpmn", model), ("review.form", form)])
    instance = await engine.create_process_instance(
        bpmn_process_id="review",
        variables={"owner": "ann", "due": "2026-12-01T10:00:00Z"},
    )
    task = engine.tables.user_tasks[await _open_task(engine, instance.key)]
    assert task.assignee == "ann"
    assert task.candidate_groups == ["handlers", "seniors"]
    assert task.priority == 80
    assert task.due_date == "2026-12-01T10:00:00Z"
    assert task.form_key is not None
    await engine.unassign_user_task(task.key)
    assert task.assignee is None
    await engine.assign_user_task(task.key, "bob")
    with pytest.raises(InvalidStateError, match="already assigned"):
        await engine.assign_user_task(task.key, "eve", allow_override=False)
    await engine.complete_user_task(task.key, {"approved": True, "note": "fine"})
    assert task.state == "COMPLETED"
    with pytest.raises(NotFoundError):
        await engine.complete_user_task(task.key, {})
    assert engine.visible_variables(instance.key) == {
        "owner": "ann",
        "due": "2026-12-01T10:00:00Z",
        "review": {"approved": True},
    }


async def test_a_form_that_is_not_deployed_raises_an_incident(engine: Engine) -> None:
    model = process(
        "review",
        '<bpmn:startEvent id="s"/>'
        + _user_task("task", '<zeebe:formDefinition formId="nowhere"/>')
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "task")
        + flow("f2", "task", "e"),
    )
    await engine.deploy([("review.bpmn", model)])
    await engine.create_process_instance(bpmn_process_id="review")
    [incident] = list(engine.tables.incidents.values())
    assert incident.error_type == "FORM_NOT_FOUND"


async def test_a_completing_listener_can_deny_then_allow_the_completion(engine: Engine) -> None:
    listeners = (
        '<zeebe:taskListeners><zeebe:taskListener eventType="completing" type="audit-done"/>'
        "</zeebe:taskListeners>"
    )
    model = process(
        "listened",
        '<bpmn:startEvent id="s"/>'
        + _user_task("task", listeners)
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "task")
        + flow("f2", "task", "e"),
    )
    await engine.deploy([("listened.bpmn", model)])
    instance = await engine.create_process_instance(bpmn_process_id="listened")
    task_key = await _open_task(engine, instance.key)

    async def listener(result: JobResult) -> None:
        [job] = await engine.activate_jobs("audit-done", "w", 1000, 1, None, 5_000)
        assert job.kind == "TASK_LISTENER"
        assert job.listener_event_type == "COMPLETING"
        assert job.custom_headers["io.camunda.zeebe:userTaskKey"] == str(task_key)
        await engine.complete_job(job.key, None, result)

    denied = asyncio.create_task(engine.complete_user_task(task_key, {"ok": 1}))
    await listener(JobResult(denied=True, denied_reason="missing evidence"))
    with pytest.raises(InvalidStateError, match=r"denied by Task Listener.*missing evidence"):
        await denied
    assert engine.tables.user_tasks[task_key].state == "CREATED"
    allowed = asyncio.create_task(engine.complete_user_task(task_key, {"ok": 2}))
    await listener(JobResult())
    await allowed
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key) == {"ok": 2}


async def test_an_error_end_event_in_a_sub_process_is_caught_on_its_boundary(
    engine: Engine,
) -> None:
    model = process(
        "nested",
        '<bpmn:startEvent id="s"/><bpmn:subProcess id="sub">'
        '<bpmn:startEvent id="ss"/><bpmn:endEvent id="fail">'
        '<bpmn:errorEventDefinition errorRef="err"/></bpmn:endEvent>'
        + flow("sf", "ss", "fail")
        + "</bpmn:subProcess>"
        '<bpmn:boundaryEvent id="caught" attachedToRef="sub">'
        "<bpmn:errorEventDefinition/></bpmn:boundaryEvent>"
        '<bpmn:endEvent id="normal"/><bpmn:endEvent id="handled"/>'
        + flow("f1", "s", "sub")
        + flow("f2", "sub", "normal")
        + flow("f3", "caught", "handled"),
        '<bpmn:error id="err" errorCode="BROKEN"/>',
    )
    await engine.deploy([("nested.bpmn", model)])
    instance = await engine.create_process_instance(bpmn_process_id="nested")
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    ended = {
        i.element_id: i.state
        for i in engine.tables.element_instances.values()
        if i.process_instance_key == instance.key
    }
    assert ended["handled"] == "COMPLETED" and ended["sub"] == "TERMINATED"
    assert "normal" not in ended


async def test_an_interrupting_timer_on_a_sub_process_cancels_its_jobs(engine: Engine) -> None:
    model = process(
        "deadline",
        '<bpmn:startEvent id="s"/><bpmn:subProcess id="sub"><bpmn:startEvent id="ss"/>'
        + service_task("slow", "slow")
        + '<bpmn:endEvent id="se"/>'
        + flow("sf1", "ss", "slow")
        + flow("sf2", "slow", "se")
        + "</bpmn:subProcess>"
        '<bpmn:boundaryEvent id="expired" attachedToRef="sub"><bpmn:timerEventDefinition>'
        '<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT10M</bpmn:timeDuration>'
        "</bpmn:timerEventDefinition></bpmn:boundaryEvent>"
        '<bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>'
        + flow("f1", "s", "sub")
        + flow("f2", "sub", "e1")
        + flow("f3", "expired", "e2"),
    )
    await engine.deploy([("deadline.bpmn", model)])
    instance = await engine.create_process_instance(bpmn_process_id="deadline")
    [job] = await engine.activate_jobs("slow", "w", 3_600_000, 1, None, -1)
    engine.clock.pin(engine.clock.now_ms() + 600_001)
    engine._run_due()
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    with pytest.raises(NotFoundError):
        await engine.complete_job(job.key, {})


async def test_sequential_multi_instance_stops_at_its_completion_condition(
    engine: Engine,
) -> None:
    loop = (
        '<bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:extensionElements>'
        '<zeebe:loopCharacteristics inputCollection="=[1,2,3,4]" inputElement="n"/>'
        "</bpmn:extensionElements><bpmn:completionCondition>"
        "=numberOfCompletedInstances &gt;= 2</bpmn:completionCondition>"
        "</bpmn:multiInstanceLoopCharacteristics>"
    )
    model = process(
        "seq",
        '<bpmn:startEvent id="s"/><bpmn:serviceTask id="t"><bpmn:extensionElements>'
        f'<zeebe:taskDefinition type="seq"/></bpmn:extensionElements>{loop}</bpmn:serviceTask>'
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "t") + flow("f2", "t", "e"),
    )
    await engine.deploy([("seq.bpmn", model)])
    instance = await engine.create_process_instance(bpmn_process_id="seq")
    seen = []
    for _ in range(2):
        [job] = await engine.activate_jobs("seq", "w", 1000, 5, None, -1)
        seen.append(job.variables["n"])
        await engine.complete_job(job.key, {})
    assert seen == [1, 2]
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"


async def test_signals_and_messages_start_instances(engine: Engine) -> None:
    by_signal = process(
        "on-signal",
        '<bpmn:startEvent id="s"><bpmn:signalEventDefinition signalRef="sig"/></bpmn:startEvent>'
        + service_task("t", "signalled")
        + flow("f1", "s", "t"),
        '<bpmn:signal id="sig" name="go"/>',
    )
    by_message = process(
        "on-message",
        '<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m"/>'
        "</bpmn:startEvent>" + service_task("t", "messaged") + flow("f1", "s", "t"),
        '<bpmn:message id="m" name="new-case"/>',
    )
    await engine.deploy([("sig.bpmn", by_signal), ("msg.bpmn", by_message)])
    await engine.broadcast_signal("go", {"from": "signal"})
    await engine.publish_message("new-case", "", 0, None, {"from": "message"})
    [signalled] = await engine.activate_jobs("signalled", "w", 1000, 5, None, -1)
    [messaged] = await engine.activate_jobs("messaged", "w", 1000, 5, None, -1)
    assert signalled.variables == {"from": "signal"}
    assert messaged.variables == {"from": "message"}


async def test_a_timer_cycle_start_event_creates_an_instance_each_time_it_falls_due(
    engine: Engine,
) -> None:
    model = process(
        "nightly",
        '<bpmn:startEvent id="s"><bpmn:timerEventDefinition>'
        '<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R2/PT1H</bpmn:timeCycle>'
        "</bpmn:timerEventDefinition></bpmn:startEvent>"
        + service_task("t", "nightly")
        + flow("f1", "s", "t"),
    )
    await engine.deploy([("nightly.bpmn", model)])
    for _ in range(3):
        engine.clock.pin(engine.clock.now_ms() + 3_600_001)
        engine._run_due()
    assert len(engine.tables.process_instances) == 2
