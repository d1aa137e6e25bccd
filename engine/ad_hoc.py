"""Ad-hoc sub-processes as Camunda 8.8 documents them (BPMN → Ad-hoc sub-processes).

Each activated inner element runs inside its own *inner instance* (an element instance of
type ``AD_HOC_SUB_PROCESS_INNER_INSTANCE`` below the ad-hoc sub-process) that holds the
activation's variables; variables its elements write stay there. When an inner flow completes,
``outputElement`` is appended to ``outputCollection``. Without a job worker the sub-process
activates ``activeElementsCollection`` on entry and completes on ``completionCondition`` (or
when every activated flow is done); with a ``zeebe:taskDefinition`` a job of kind
``AD_HOC_SUB_PROCESS`` decides instead, and a new job replaces the open one whenever a flow
completes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from engine.model import AdHocSpec, FlowElement
from engine.state import AD_HOC_INNER, ElementInstance

if TYPE_CHECKING:
    from engine.execution import Executor

ELEMENTS_VARIABLE = "adHocSubProcessElements"
JOB_KIND = "AD_HOC_SUB_PROCESS"
_OPEN_JOB_STATES = {"ACTIVATABLE", "ACTIVATED", "FAILED"}
_FINISHED = {"COMPLETED", "TERMINATED"}


class AdHocResultError(ValueError):
    """A job result that cannot drive this ad-hoc sub-process (unknown element, both flags)."""


def spec_of(element: FlowElement) -> AdHocSpec:
    assert element.ad_hoc is not None
    return element.ad_hoc


def activatable_ids(element: FlowElement) -> list[str]:
    return [e.element_id for e in spec_of(element).elements]


def describe_elements(element: FlowElement) -> list[dict[str, Any]]:
    """The ``adHocSubProcessElements`` value; ``parameters`` stays empty (no ``fromAi``)."""
    return [
        {
            "elementId": e.element_id,
            "elementName": e.element_name,
            "documentation": e.documentation,
            "properties": dict(e.properties),
            "parameters": [],
        }
        for e in spec_of(element).elements
    ]


def activate(ex: Executor, instance: ElementInstance, element: FlowElement) -> None:
    """Entering the sub-process: expose its elements, then hand over to a job or the model."""
    spec = spec_of(element)
    chosen: list[str] = []
    if element.job_type is None and spec.active_elements is not None:
        chosen = _active_elements(ex, instance, element, spec.active_elements)
    ex.scopes.set_local(instance.key, ELEMENTS_VARIABLE, describe_elements(element))
    if spec.output_collection:
        ex.scopes.set_local(instance.key, spec.output_collection, [])
    instance.state = "ACTIVATED"
    ex.save("element_instance", instance)
    if element.boundaries:
        ex.open_boundaries(instance, element)
    if element.job_type is not None:
        ex.create_job(instance, element, kind=JOB_KIND)
        return
    for element_id in chosen:
        activate_element(ex, instance, element_id, {})


def _active_elements(
    ex: Executor, instance: ElementInstance, element: FlowElement, source: str
) -> list[str]:
    from engine.execution import StepFailureError

    value = ex.evaluate(source, instance.key, what="active elements collection")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise StepFailureError(
            "EXTRACT_VALUE_ERROR",
            f"Expected result of the expression '{source}' to be a list of strings, but was "
            f"'{value!r}'.",
        )
    known = activatable_ids(element)
    unknown = [v for v in value if v not in known]
    if unknown:
        raise StepFailureError(
            "EXTRACT_VALUE_ERROR",
            f"Expected the active elements {unknown} to be activatable elements of the ad-hoc "
            f"sub-process '{element.id}' ({known}), but they are not.",
        )
    return list(value)


def activate_element(
    ex: Executor, adhoc: ElementInstance, element_id: str, variables: dict[str, Any]
) -> None:
    """One activation: an inner instance holding ``variables``, with the element inside it."""
    inner = ElementInstance(
        key=ex.store.new_key(),
        process_instance_key=adhoc.process_instance_key,
        process_definition_key=adhoc.process_definition_key,
        bpmn_process_id=adhoc.bpmn_process_id,
        element_id=adhoc.element_id,
        element_type=AD_HOC_INNER,
        flow_scope_key=adhoc.key,
        state="ACTIVATED",
        start_date=ex.now_ms(),
        tenant_id=adhoc.tenant_id,
    )
    ex.save("element_instance", inner)
    adhoc.active_children += 1
    ex.save("element_instance", adhoc)
    if variables:
        ex.scopes.merge_local(inner.key, variables)
    ex.activate(inner, element_id)


def flow_completed(ex: Executor, adhoc: ElementInstance, inner: ElementInstance) -> None:
    """An inner flow is done: collect its output, then complete or ask again."""
    from engine.execution import StepFailureError

    element = ex.element_of(adhoc)
    spec = spec_of(element)
    if spec.output_collection and spec.output_element:
        value = ex.evaluate(spec.output_element, inner.key, what="output element")
        collected = ex.scopes.local(adhoc.key).get(spec.output_collection)
        items = list(collected) if isinstance(collected, list) else []
        ex.scopes.set_local(adhoc.key, spec.output_collection, [*items, value])
    if adhoc.state != "ACTIVATED":
        return
    if element.job_type is not None:
        if adhoc.ad_hoc_completing:
            if adhoc.active_children == 0:
                ex.complete(adhoc)
            return
        cancel_open_jobs(ex, adhoc)
        ex.create_job(adhoc, element, kind=JOB_KIND)
        return
    if spec.completion_condition is not None:
        done = ex.evaluate(spec.completion_condition, adhoc.key, what="completion condition")
        if done is not True and done is not False:
            raise StepFailureError(
                "EXTRACT_VALUE_ERROR",
                f"Expected result of the expression '{spec.completion_condition}' to be "
                f"'BOOLEAN', but was '{done!r}'.",
            )
        if done:
            finish(ex, adhoc, cancel_remaining=spec.cancel_remaining)
            return
    if adhoc.active_children == 0:
        ex.complete(adhoc)


def finish(ex: Executor, adhoc: ElementInstance, *, cancel_remaining: bool) -> None:
    """The completion condition holds: complete now, or once the running flows are done."""
    if cancel_remaining:
        for child_key in list(ex.tables.children.get(adhoc.key, ())):
            child = ex.tables.element_instances[child_key]
            if child.state not in _FINISHED:
                ex.terminate(child)
    if adhoc.active_children == 0:
        ex.complete(adhoc)
        return
    adhoc.ad_hoc_completing = True
    ex.save("element_instance", adhoc)


def cancel_open_jobs(ex: Executor, adhoc: ElementInstance) -> None:
    """Only one worker job is open at a time; a new one replaces it."""
    for job in ex.tables.owned(adhoc.key, "job"):
        if job.kind == JOB_KIND and job.state in _OPEN_JOB_STATES:
            job.state = "CANCELED"
            ex.save("job", job)


def check_result(
    element: FlowElement, activate_ids: list[str], *, fulfilled: bool, job_key: int
) -> None:
    """Refuse a result the sub-process cannot follow, naming what is wrong."""
    known = activatable_ids(element)
    for element_id in activate_ids:
        if element_id not in known:
            raise AdHocResultError(
                f"Expected to activate element '{element_id}' in ad-hoc sub-process "
                f"'{element.id}' of job '{job_key}', but it is not an activatable element "
                f"({known})"
            )
    if fulfilled and activate_ids:
        raise AdHocResultError(
            f"Expected job '{job_key}' either to activate elements or to fulfill the completion "
            "condition of the ad-hoc sub-process, but it did both"
        )


def job_completed(
    ex: Executor,
    adhoc: ElementInstance,
    activate_elements: list[dict[str, Any]],
    *,
    fulfilled: bool,
    cancel_remaining: bool,
) -> None:
    """The worker decided: activate the chosen elements, or complete the sub-process."""
    if adhoc.state != "ACTIVATED":
        return
    if fulfilled:
        finish(ex, adhoc, cancel_remaining=cancel_remaining)
        return
    for request in activate_elements:
        activate_element(ex, adhoc, str(request["elementId"]), dict(request.get("variables") or {}))
