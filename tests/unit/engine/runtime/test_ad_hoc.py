"""Ad-hoc sub-processes (Camunda 8.8): activation, the job-worker loop, completion, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from engine.api import JobResult
from engine.errors import InvalidArgumentError, NotFoundError
from engine.runtime import Engine, EngineConfig
from tests.unit.engine.bpmn_text import flow, process, service_task

TOOLS = (
    service_task("lookup", "tool.lookup")
    + '<bpmn:serviceTask id="search" name="Search knowledge"><bpmn:documentation>Find passages'
    "</bpmn:documentation><bpmn:extensionElements>"
    '<zeebe:taskDefinition type="tool.search"/>'
    '<zeebe:properties><zeebe:property name="cost" value="2"/></zeebe:properties>'
    "</bpmn:extensionElements></bpmn:serviceTask>"
    '<bpmn:userTask id="ask"><bpmn:extensionElements><zeebe:userTask/></bpmn:extensionElements>'
    "</bpmn:userTask>"
)


def ad_hoc_process(
    attributes: str = "", adhoc: str = "", inner: str = TOOLS, after: str = ""
) -> bytes:
    body = (
        '<bpmn:startEvent id="start"/>'
        f'<bpmn:adHocSubProcess id="step" {attributes}>'
        f"<bpmn:extensionElements>{adhoc}</bpmn:extensionElements>{inner}"
        "</bpmn:adHocSubProcess>"
        '<bpmn:endEvent id="end"/>'
        + flow("f1", "start", "step")
        + flow("f2", "step", "end")
        + after
    )
    return process("agentic", body)


WORKER = (
    '<zeebe:taskDefinition type="planner"/>'
    '<zeebe:adHoc outputCollection="results" outputElement="={tool: toolName, value: answer}"/>'
)


async def start(engine: Engine, bpmn: bytes, variables: dict[str, Any] | None = None) -> int:
    await engine.deploy([("agentic.bpmn", bpmn)])
    instance = await engine.create_process_instance(bpmn_process_id="agentic", variables=variables)
    return instance.key


async def one(engine: Engine, job_type: str) -> Any:
    jobs = await engine.activate_jobs(job_type, "w", 60_000, 10, None, -1)
    assert len(jobs) == 1, jobs
    return jobs[0]


def state(engine: Engine, key: int) -> str:
    return engine.tables.process_instances[key].state


async def test_active_elements_collection_activates_on_entry_and_completes_when_all_done(
    engine: Engine,
) -> None:
    key = await start(
        engine,
        ad_hoc_process(adhoc='<zeebe:adHoc activeElementsCollection="=tools"/>'),
        {"tools": ["lookup", "search"]},
    )
    lookup = await one(engine, "tool.lookup")
    search = await one(engine, "tool.search")
    await engine.complete_job(lookup.key, {"found": 1})
    assert state(engine, key) == "ACTIVE"
    await engine.complete_job(search.key, {})
    assert state(engine, key) == "COMPLETED"
    assert "found" not in engine.visible_variables(key)  # activations keep their variables


async def test_an_id_outside_the_sub_process_in_the_collection_raises_an_incident(
    engine: Engine,
) -> None:
    key = await start(
        engine,
        ad_hoc_process(adhoc='<zeebe:adHoc activeElementsCollection="=tools"/>'),
        {"tools": ["nope"]},
    )
    incidents = [i for i in engine.tables.incidents.values() if i.process_instance_key == key]
    assert [i.error_type for i in incidents] == ["EXTRACT_VALUE_ERROR"]
    assert "'nope'" in incidents[0].error_message


async def test_completion_condition_cancels_remaining_instances(engine: Engine) -> None:
    key = await start(
        engine,
        ad_hoc_process(
            adhoc='<zeebe:adHoc activeElementsCollection="=[&quot;lookup&quot;,'
            '&quot;search&quot;]"/>',
            inner=TOOLS + '<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=enough'
            "</bpmn:completionCondition>",
        ),
        {"enough": True},
    )
    lookup = await one(engine, "tool.lookup")
    await engine.complete_job(lookup.key, {})
    assert state(engine, key) == "COMPLETED"
    assert await engine.activate_jobs("tool.search", "w", 60_000, 10, None, -1) == []


async def test_worker_loop_sees_results_and_completes_after_several_iterations(
    engine: Engine,
) -> None:
    key = await start(engine, ad_hoc_process(adhoc=WORKER), {"case": "C-1"})
    first = await one(engine, "planner")
    assert first.kind == "AD_HOC_SUB_PROCESS"
    elements = first.variables["adHocSubProcessElements"]
    assert [e["elementId"] for e in elements] == ["lookup", "search", "ask"]
    assert elements[1] == {
        "elementId": "search",
        "elementName": "Search knowledge",
        "documentation": "Find passages",
        "properties": {"cost": "2"},
        "parameters": [],
    }
    assert (elements[0]["elementName"], elements[0]["documentation"]) == ("", "")
    assert first.variables["results"] == []
    await engine.complete_job(
        first.key,
        {"plan": 1},
        JobResult(activate_elements=[{"elementId": "lookup", "variables": {"toolName": "lookup"}}]),
    )
    lookup = await one(engine, "tool.lookup")
    assert lookup.variables["toolName"] == "lookup"
    await engine.complete_job(lookup.key, {"answer": 42})
    second = await one(engine, "planner")
    assert second.variables["results"] == [{"tool": "lookup", "value": 42}]
    await engine.complete_job(
        second.key,
        {},
        JobResult(activate_elements=[{"elementId": "search", "variables": {"toolName": "search"}}]),
    )
    await engine.complete_job((await one(engine, "tool.search")).key, {"answer": "p"})
    third = await one(engine, "planner")
    assert [r["tool"] for r in third.variables["results"]] == ["lookup", "search"]
    await engine.complete_job(third.key, {}, JobResult(is_completion_condition_fulfilled=True))
    assert state(engine, key) == "COMPLETED"
    assert engine.visible_variables(key)["results"][1] == {"tool": "search", "value": "p"}
    assert engine.visible_variables(key)["plan"] == 1


async def test_worker_can_ask_a_person_and_cancel_what_still_runs(engine: Engine) -> None:
    key = await start(engine, ad_hoc_process(adhoc=WORKER))
    plan = await one(engine, "planner")
    await engine.complete_job(
        plan.key,
        {},
        JobResult(
            activate_elements=[
                {"elementId": "ask", "variables": {"toolName": "ask"}},
                {"elementId": "lookup", "variables": {"toolName": "lookup"}},
            ]
        ),
    )
    [task] = [t for t in engine.tables.user_tasks.values() if t.state == "CREATED"]
    await engine.complete_user_task(task.key, {"answer": "yes"})
    again = await one(engine, "planner")
    assert again.variables["results"] == [{"tool": "ask", "value": "yes"}]
    await engine.complete_job(
        again.key,
        {},
        JobResult(is_completion_condition_fulfilled=True, is_cancel_remaining_instances=True),
    )
    assert state(engine, key) == "COMPLETED"
    assert await engine.activate_jobs("tool.lookup", "w", 60_000, 10, None, -1) == []


async def test_without_cancel_the_sub_process_waits_for_running_flows(engine: Engine) -> None:
    key = await start(engine, ad_hoc_process(adhoc=WORKER))
    plan = await one(engine, "planner")
    await engine.complete_job(
        plan.key,
        {},
        JobResult(
            activate_elements=[
                {"elementId": "lookup", "variables": {"toolName": "a"}},
                {"elementId": "search", "variables": {"toolName": "b"}},
            ]
        ),
    )
    await engine.complete_job((await one(engine, "tool.lookup")).key, {"answer": 1})
    decide = await one(engine, "planner")
    await engine.complete_job(decide.key, {}, JobResult(is_completion_condition_fulfilled=True))
    assert state(engine, key) == "ACTIVE"
    await engine.complete_job((await one(engine, "tool.search")).key, {"answer": 2})
    assert state(engine, key) == "COMPLETED"
    assert len(engine.visible_variables(key)["results"]) == 2


async def test_a_planner_job_replaced_by_a_newer_one_is_not_found(engine: Engine) -> None:
    await start(engine, ad_hoc_process(adhoc=WORKER))
    plan = await one(engine, "planner")
    both = [
        {"elementId": "lookup", "variables": {"toolName": "a"}},
        {"elementId": "search", "variables": {"toolName": "b"}},
    ]
    await engine.complete_job(plan.key, {}, JobResult(activate_elements=both))
    await engine.complete_job((await one(engine, "tool.lookup")).key, {"answer": 1})
    stale = await one(engine, "planner")
    await engine.complete_job((await one(engine, "tool.search")).key, {"answer": 2})
    with pytest.raises(NotFoundError):
        await engine.complete_job(stale.key, {}, JobResult(is_completion_condition_fulfilled=True))
    fresh = await one(engine, "planner")
    assert len(fresh.variables["results"]) == 2


async def test_an_error_inside_is_caught_by_a_boundary_on_the_sub_process(engine: Engine) -> None:
    boundary = (
        '<bpmn:boundaryEvent id="failed" attachedToRef="step">'
        '<bpmn:errorEventDefinition/></bpmn:boundaryEvent><bpmn:endEvent id="handover"/>'
        + flow("f3", "failed", "handover")
    )
    key = await start(engine, ad_hoc_process(adhoc=WORKER, after=boundary))
    plan = await one(engine, "planner")
    await engine.complete_job(
        plan.key, {}, JobResult(activate_elements=[{"elementId": "lookup", "variables": {}}])
    )
    lookup = await one(engine, "tool.lookup")
    await engine.throw_error(lookup.key, "LEGACY_DOWN", "down", None)
    assert state(engine, key) == "COMPLETED"
    done = {e.element_id for e in engine.tables.element_instances.values()}
    assert "handover" in done and "end" not in done


async def test_unknown_element_is_refused_naming_it(engine: Engine) -> None:
    await start(engine, ad_hoc_process(adhoc=WORKER))
    plan = await one(engine, "planner")
    result = JobResult(activate_elements=[{"elementId": "ghost", "variables": {}}])
    with pytest.raises(InvalidArgumentError, match="'ghost'"):
        await engine.complete_job(plan.key, {}, result)


async def test_activating_and_fulfilling_at_once_is_refused(engine: Engine) -> None:
    await start(engine, ad_hoc_process(adhoc=WORKER))
    plan = await one(engine, "planner")
    result = JobResult(
        activate_elements=[{"elementId": "lookup", "variables": {}}],
        is_completion_condition_fulfilled=True,
    )
    with pytest.raises(InvalidArgumentError, match="did both"):
        await engine.complete_job(plan.key, {}, result)


async def test_an_ad_hoc_result_on_a_service_task_job_is_refused(engine: Engine) -> None:
    await start(
        engine,
        ad_hoc_process(adhoc='<zeebe:adHoc activeElementsCollection="=[&quot;lookup&quot;]"/>'),
    )
    lookup = await one(engine, "tool.lookup")
    with pytest.raises(InvalidArgumentError, match="kind 'BPMN_ELEMENT'"):
        await engine.complete_job(lookup.key, {}, JobResult(is_completion_condition_fulfilled=True))


@pytest.mark.parametrize(
    ("attributes", "adhoc", "inner", "reason"),
    [
        ("", '<zeebe:adHoc activeElements="=x"/>', TOOLS, "Unsupported zeebe:adHoc attribute"),
        ('ordering="Sequential"', "", TOOLS, "Only parallel ordering"),
        ("", "", '<bpmn:startEvent id="s"/>' + TOOLS, "must not have start or end events"),
        ("", "", "", "at least one activity"),
        ("", '<zeebe:adHoc outputCollection="r"/>', TOOLS, "both outputCollection"),
        (
            "",
            '<zeebe:taskDefinition type="p"/><zeebe:adHoc activeElementsCollection="=x"/>',
            TOOLS,
            "job worker drives",
        ),
    ],
)
async def test_unsupported_models_are_rejected_at_deploy(
    engine: Engine, attributes: str, adhoc: str, inner: str, reason: str
) -> None:
    with pytest.raises(InvalidArgumentError, match=reason):
        await engine.deploy([("agentic.bpmn", ad_hoc_process(attributes, adhoc, inner))])


async def test_the_worker_loop_survives_a_restart(tmp_path: Path) -> None:
    data = tmp_path / "durable"
    first = await Engine.open(EngineConfig(data_dir=data))
    key = await start(first, ad_hoc_process(adhoc=WORKER))
    plan = await one(first, "planner")
    await first.complete_job(
        plan.key,
        {},
        JobResult(activate_elements=[{"elementId": "lookup", "variables": {"toolName": "x"}}]),
    )
    await first.close()
    second = await Engine.open(EngineConfig(data_dir=data))
    try:
        await second.complete_job((await one(second, "tool.lookup")).key, {"answer": 5})
        again = await one(second, "planner")
        assert again.variables["results"] == [{"tool": "x", "value": 5}]
        await second.complete_job(again.key, {}, JobResult(is_completion_condition_fulfilled=True))
        assert state(second, key) == "COMPLETED"
    finally:
        await second.close()
