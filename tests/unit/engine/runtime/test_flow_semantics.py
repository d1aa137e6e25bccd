"""Gateways, boundary events, multi-instance and incidents on the engine core."""

from __future__ import annotations

import pytest

from engine.errors import DeploymentRejectedError
from engine.runtime import Engine
from tests.unit.engine.bpmn_text import flow, process, service_task


def _gateway_model() -> bytes:
    return process(
        "route",
        '<bpmn:startEvent id="s"/>'
        '<bpmn:exclusiveGateway id="gw" default="f-low"/>'
        + service_task("high", "high")
        + service_task("low", "low")
        + '<bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>'
        + flow("f1", "s", "gw")
        + flow("f-high", "gw", "high", "=amount &gt; 100")
        + flow("f-low", "gw", "low")
        + flow("f3", "high", "e1")
        + flow("f4", "low", "e2"),
    )


async def test_exclusive_gateway_takes_the_first_true_condition_else_the_default(
    engine: Engine,
) -> None:
    await engine.deploy([("route.bpmn", _gateway_model())])
    await engine.create_process_instance(bpmn_process_id="route", variables={"amount": 500})
    await engine.create_process_instance(bpmn_process_id="route", variables={"amount": 5})
    assert len(await engine.activate_jobs("high", "w", 1000, 5, None, -1)) == 1
    assert len(await engine.activate_jobs("low", "w", 1000, 5, None, -1)) == 1


async def test_a_condition_that_is_not_boolean_raises_an_incident_and_resolving_retries(
    engine: Engine,
) -> None:
    await engine.deploy([("route.bpmn", _gateway_model())])
    instance = await engine.create_process_instance(
        bpmn_process_id="route", variables={"amount": "lots"}
    )
    [incident] = list(engine.tables.incidents.values())
    assert incident.error_type == "CONDITION_ERROR"
    assert incident.element_id == "gw"
    await engine.set_variables(instance.key, {"amount": 1000}, local=False)
    await engine.resolve_incident(incident.key)
    assert len(await engine.activate_jobs("high", "w", 1000, 5, None, -1)) == 1


async def test_parallel_gateway_joins_both_branches_before_going_on(engine: Engine) -> None:
    model = process(
        "fork",
        '<bpmn:startEvent id="s"/><bpmn:parallelGateway id="split"/>'
        + service_task("a", "a")
        + service_task("b", "b")
        + '<bpmn:parallelGateway id="join"/>'
        + service_task("after", "after")
        + '<bpmn:endEvent id="e"/>'
        + flow("f1", "s", "split")
        + flow("f2", "split", "a")
        + flow("f3", "split", "b")
        + flow("f4", "a", "join")
        + flow("f5", "b", "join")
        + flow("f6", "join", "after")
        + flow("f7", "after", "e"),
    )
    await engine.deploy([("fork.bpmn", model)])
    await engine.create_process_instance(bpmn_process_id="fork")
    [a] = await engine.activate_jobs("a", "w", 1000, 1, None, -1)
    await engine.complete_job(a.key, {})
    assert await engine.activate_jobs("after", "w", 1000, 1, None, -1) == []
    [b] = await engine.activate_jobs("b", "w", 1000, 1, None, -1)
    await engine.complete_job(b.key, {})
    assert len(await engine.activate_jobs("after", "w", 1000, 1, None, -1)) == 1


def _error_model(catch: bool) -> bytes:
    boundary = (
        '<bpmn:boundaryEvent id="caught" attachedToRef="check"><bpmn:extensionElements>'
        '<zeebe:ioMapping><zeebe:output source="=reason" target="denial"/></zeebe:ioMapping>'
        '</bpmn:extensionElements><bpmn:errorEventDefinition errorRef="err"/>'
        '</bpmn:boundaryEvent><bpmn:endEvent id="denied"/>' + flow("f3", "caught", "denied")
        if catch
        else ""
    )
    return process(
        "errors",
        '<bpmn:startEvent id="s"/>'
        + service_task("check", "check")
        + '<bpmn:endEvent id="e"/>'
        + boundary
        + flow("f1", "s", "check")
        + flow("f2", "check", "e"),
        '<bpmn:error id="err" errorCode="NOT_COVERED"/>',
    )


async def test_a_thrown_error_is_caught_by_the_boundary_with_its_variables(
    engine: Engine,
) -> None:
    await engine.deploy([("errors.bpmn", _error_model(catch=True))])
    instance = await engine.create_process_instance(bpmn_process_id="errors")
    [job] = await engine.activate_jobs("check", "w", 1000, 1, None, -1)
    await engine.throw_error(job.key, "NOT_COVERED", "lapsed", {"reason": "policy lapsed"})
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key) == {"denial": "policy lapsed"}


async def test_an_uncaught_error_raises_an_incident_naming_the_code(engine: Engine) -> None:
    await engine.deploy([("errors.bpmn", _error_model(catch=False))])
    await engine.create_process_instance(bpmn_process_id="errors")
    [job] = await engine.activate_jobs("check", "w", 1000, 1, None, -1)
    await engine.throw_error(job.key, "NOT_COVERED", "lapsed", None)
    [incident] = list(engine.tables.incidents.values())
    assert incident.error_type == "UNHANDLED_ERROR_EVENT"
    assert "'NOT_COVERED'" in incident.error_message


async def test_a_non_interrupting_timer_fires_when_the_clock_moves_past_it(
    engine: Engine,
) -> None:
    model = process(
        "sla",
        '<bpmn:startEvent id="s"/>'
        + service_task("slow", "slow")
        + '<bpmn:boundaryEvent id="late" attachedToRef="slow" cancelActivity="false">'
        '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">'
        "=sla</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"
        + service_task("escalate", "escalate")
        + '<bpmn:endEvent id="e1"/><bpmn:endEvent id="e2"/>'
        + flow("f1", "s", "slow")
        + flow("f2", "slow", "e1")
        + flow("f3", "late", "escalate")
        + flow("f4", "escalate", "e2"),
    )
    await engine.deploy([("sla.bpmn", model)])
    await engine.create_process_instance(bpmn_process_id="sla", variables={"sla": "PT1H"})
    engine._run_due()
    assert await engine.activate_jobs("escalate", "w", 1000, 1, None, -1) == []
    engine.clock.pin(engine.clock.now_ms() + 3_600_001)
    engine._run_due()
    assert len(await engine.activate_jobs("escalate", "w", 1000, 1, None, -1)) == 1
    assert len(await engine.activate_jobs("slow", "w", 1000, 1, None, -1)) == 1


async def test_parallel_multi_instance_collects_outputs_in_input_order(engine: Engine) -> None:
    loop = (
        "<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>"
        '<zeebe:loopCharacteristics inputCollection="=reviewers" inputElement="reviewer" '
        'outputCollection="reviews" outputElement="={who: reviewer, ok: verdict}"/>'
        "</bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>"
    )
    model = process(
        "mi",
        '<bpmn:startEvent id="s"/><bpmn:serviceTask id="review"><bpmn:extensionElements>'
        '<zeebe:taskDefinition type="review"/><zeebe:ioMapping>'
        '<zeebe:input source="=null" target="verdict"/></zeebe:ioMapping>'
        f"</bpmn:extensionElements>{loop}</bpmn:serviceTask>"
        '<bpmn:endEvent id="e"/>' + flow("f1", "s", "review") + flow("f2", "review", "e"),
    )
    await engine.deploy([("mi.bpmn", model)])
    instance = await engine.create_process_instance(
        bpmn_process_id="mi", variables={"reviewers": ["ann", "bob"]}
    )
    jobs = await engine.activate_jobs("review", "w", 1000, 5, None, -1)
    assert sorted(j.variables["reviewer"] for j in jobs) == ["ann", "bob"]
    for job in reversed(jobs):
        await engine.complete_job(job.key, {"verdict": job.variables["reviewer"] == "ann"})
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key)["reviews"] == [
        {"who": "ann", "ok": True},
        {"who": "bob", "ok": False},
    ]


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (b"<not-xml", "Malformed XML"),
        (
            process("p", '<bpmn:startEvent id="s"/><bpmn:complexGateway id="cg"/>'),
            "'complexGateway' is not supported",
        ),
        (
            process(
                "p",
                '<bpmn:startEvent id="s"/>'
                + service_task("t", "x", "")
                + flow("f", "s", "t", "=x = 1"),
            ),
            "Conditions are only supported",
        ),
        (
            process(
                "p",
                '<bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g"/><bpmn:endEvent id="e"/>'
                + flow("f1", "s", "g")
                + flow("f2", "g", "e", "=a &gt;&gt; 1"),
            ),
            "valid FEEL expression",
        ),
    ],
)
async def test_unsupported_or_broken_models_are_rejected_at_deploy_naming_the_problem(
    engine: Engine, document: bytes, reason: str
) -> None:
    with pytest.raises(DeploymentRejectedError, match=reason):
        await engine.deploy([("bad.bpmn", document)])
    assert engine.tables.process_definitions == {}
