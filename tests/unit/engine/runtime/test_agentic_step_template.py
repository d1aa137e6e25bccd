"""The Modeler template for Baton's agentic step yields a process the engine runs.

Its bindings are applied the way Camunda Modeler writes them (task definition, task headers,
``zeebe:adHoc`` attributes, output mapping), around two tools and a hand-over user task.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from engine.api import JobResult
from engine.runtime import Engine
from tests.unit.engine.bpmn_text import flow, process, service_task

TEMPLATE = Path(__file__).parents[4] / "bpmn" / "element-templates" / "baton-agentic-step.json"


def extensions(properties: list[dict[str, Any]]) -> str:
    """The extension elements the Modeler writes for the template's default values."""
    definition: dict[str, str] = {}
    headers: list[str] = []
    ad_hoc: dict[str, str] = {}
    outputs: list[str] = []
    for prop in properties:
        binding, value = prop["binding"], str(prop.get("value", ""))
        kind = binding["type"]
        if kind == "zeebe:taskDefinition":
            definition[binding["property"]] = value
        elif kind == "zeebe:taskHeader":
            headers.append(f'<zeebe:header key="{binding["key"]}" value={quoteattr(value)}/>')
        elif kind == "zeebe:adHoc":
            ad_hoc[binding["property"]] = value
        elif kind == "zeebe:output":
            outputs.append(
                f'<zeebe:output source={quoteattr(binding["source"])} target="{value}"/>'
            )
        else:
            raise AssertionError(f"binding {kind} is not applied by this test")
    attrs = " ".join(f"{name}={quoteattr(value)}" for name, value in definition.items())
    ad_hoc_attrs = " ".join(f"{name}={quoteattr(value)}" for name, value in ad_hoc.items())
    return (
        f"<zeebe:taskDefinition {attrs}/><zeebe:taskHeaders>{''.join(headers)}</zeebe:taskHeaders>"
        f"<zeebe:adHoc {ad_hoc_attrs}/><zeebe:ioMapping>{''.join(outputs)}</zeebe:ioMapping>"
    )


async def test_the_template_step_runs_one_tool_and_hands_results_to_the_process(
    engine: Engine,
) -> None:
    template = json.loads(TEMPLATE.read_text())
    assert template["elementType"]["value"] == "bpmn:AdHocSubProcess"
    step = (
        '<bpmn:adHocSubProcess id="investigate">'
        f"<bpmn:extensionElements>{extensions(template['properties'])}</bpmn:extensionElements>"
        + service_task("lookup-policy", "claims.lookup-policy")
        + '<bpmn:userTask id="ask-adjuster"><bpmn:extensionElements><zeebe:userTask/>'
        "</bpmn:extensionElements></bpmn:userTask></bpmn:adHocSubProcess>"
    )
    body = (
        '<bpmn:startEvent id="start"/>'
        + step
        + '<bpmn:endEvent id="end"/>'
        + flow("f1", "start", "investigate")
        + flow("f2", "investigate", "end")
    )
    await engine.deploy([("step.bpmn", process("claim-step", body))])
    instance = await engine.create_process_instance(bpmn_process_id="claim-step")
    [plan] = await engine.activate_jobs("claims.plan-investigation", "w", 60_000, 1, None, -1)
    assert plan.custom_headers["maxIterations"] == "6"
    assert plan.custom_headers["handOverElement"] == "ask-adjuster"
    call = {"id": "call-1", "elementId": "lookup-policy"}
    await engine.complete_job(
        plan.key,
        {},
        JobResult(
            activate_elements=[{"elementId": "lookup-policy", "variables": {"toolCall": call}}]
        ),
    )
    [tool] = await engine.activate_jobs("claims.lookup-policy", "w", 60_000, 1, None, -1)
    await engine.complete_job(tool.key, {"toolResult": {"covered": True}})
    [again] = await engine.activate_jobs("claims.plan-investigation", "w", 60_000, 1, None, -1)
    expected = [{"id": "call-1", "elementId": "lookup-policy", "result": {"covered": True}}]
    assert again.variables["toolResults"] == expected
    await engine.complete_job(again.key, {}, JobResult(is_completion_condition_fulfilled=True))
    assert engine.tables.process_instances[instance.key].state == "COMPLETED"
    assert engine.visible_variables(instance.key)["investigationResults"] == expected
