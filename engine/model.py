"""BPMN 2.0 XML with Zeebe extensions → an executable process model, or a named rejection.

Only what the engine executes exactly as Zeebe documents it is accepted; anything else in a
process (an element type, an event definition or a ``zeebe:`` extension it does not support)
rejects the deployment with the element id, its type and the reason — never a silent
difference. Non-executable content (diagram layout, documentation, annotations, lanes) is
ignored, as Zeebe ignores it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace

from engine.feel import FeelSyntaxError, compile_expression
from engine.timespec import TimerSpecError, add_duration, parse_cycle, parse_date

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
ZEEBE = "{http://camunda.org/schema/zeebe/1.0}"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

ELEMENT_TYPES = {
    "startEvent": "START_EVENT",
    "endEvent": "END_EVENT",
    "intermediateCatchEvent": "INTERMEDIATE_CATCH_EVENT",
    "intermediateThrowEvent": "INTERMEDIATE_THROW_EVENT",
    "boundaryEvent": "BOUNDARY_EVENT",
    "serviceTask": "SERVICE_TASK",
    "sendTask": "SEND_TASK",
    "scriptTask": "SCRIPT_TASK",
    "businessRuleTask": "BUSINESS_RULE_TASK",
    "userTask": "USER_TASK",
    "manualTask": "MANUAL_TASK",
    "task": "TASK",
    "receiveTask": "RECEIVE_TASK",
    "exclusiveGateway": "EXCLUSIVE_GATEWAY",
    "parallelGateway": "PARALLEL_GATEWAY",
    "eventBasedGateway": "EVENT_BASED_GATEWAY",
    "inclusiveGateway": "INCLUSIVE_GATEWAY",
    "subProcess": "SUB_PROCESS",
    "adHocSubProcess": "AD_HOC_SUB_PROCESS",
    "callActivity": "CALL_ACTIVITY",
}
IGNORED = {
    "sequenceFlow",
    "documentation",
    "extensionElements",
    "incoming",
    "outgoing",
    "laneSet",
    "textAnnotation",
    "association",
    "dataObject",
    "dataObjectReference",
    "dataStoreReference",
    "group",
    "category",
    "property",
    "dataInputAssociation",
    "dataOutputAssociation",
    "ioSpecification",
    "completionCondition",
}
ACTIVITIES = {
    "SERVICE_TASK",
    "SEND_TASK",
    "SCRIPT_TASK",
    "BUSINESS_RULE_TASK",
    "USER_TASK",
    "MANUAL_TASK",
    "TASK",
    "RECEIVE_TASK",
    "SUB_PROCESS",
    "AD_HOC_SUB_PROCESS",
    "CALL_ACTIVITY",
}
JOB_TASKS = {"SERVICE_TASK", "SEND_TASK", "SCRIPT_TASK", "BUSINESS_RULE_TASK"}
SUPPORTED_ZEEBE = {
    "taskDefinition",
    "taskHeaders",
    "ioMapping",
    "userTask",
    "formDefinition",
    "assignmentDefinition",
    "taskSchedule",
    "priorityDefinition",
    "calledDecision",
    "calledElement",
    "loopCharacteristics",
    "subscription",
    "script",
    "properties",
    "taskListeners",
    "versionTag",
    "adHoc",
}
TASK_LISTENER_EVENTS = {"creating", "assigning", "updating", "completing"}
_AD_HOC_ATTRIBUTES = {"activeElementsCollection", "outputCollection", "outputElement"}
_VARIABLE_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


class ModelError(Exception):
    """One problem in a resource, phrased for the deployment rejection."""

    def __init__(self, element_id: str, element_type: str, reason: str) -> None:
        self.element_id = element_id
        self.element_type = element_type
        self.reason = reason
        super().__init__(f"Element: {element_id} ({element_type})\n    - ERROR: {reason}")


@dataclass(frozen=True, slots=True)
class Expr:
    """A ``zeebe:`` attribute: a static value, or a FEEL expression when it starts with ``=``."""

    text: str
    is_feel: bool


@dataclass(frozen=True, slots=True)
class VariableMapping:
    source: str  # FEEL expression
    target: str  # variable name or dotted path


@dataclass(frozen=True, slots=True)
class TimerSpec:
    kind: str  # duration | date | cycle
    expr: Expr


@dataclass(frozen=True, slots=True)
class MultiInstanceSpec:
    sequential: bool
    input_collection: str
    input_element: str | None
    output_collection: str | None
    output_element: str | None
    completion_condition: str | None


@dataclass(frozen=True, slots=True)
class TaskListenerSpec:
    event_type: str
    job_type: Expr
    retries: Expr


@dataclass(frozen=True, slots=True)
class UserTaskSpec:
    assignee: Expr | None
    candidate_groups: Expr | None
    candidate_users: Expr | None
    due_date: Expr | None
    follow_up_date: Expr | None
    priority: Expr | None
    form_id: str | None
    external_reference: Expr | None
    listeners: tuple[TaskListenerSpec, ...]


@dataclass(frozen=True, slots=True)
class AdHocElement:
    """One activatable inner element, as the ``adHocSubProcessElements`` variable lists it."""

    element_id: str
    element_name: str
    documentation: str
    properties: dict[str, str]


@dataclass(frozen=True, slots=True)
class AdHocSpec:
    """``bpmn:adHocSubProcess`` with its ``zeebe:adHoc`` extension (Camunda 8.8)."""

    active_elements: str | None
    completion_condition: str | None
    cancel_remaining: bool
    output_collection: str | None
    output_element: str | None
    elements: tuple[AdHocElement, ...]


@dataclass(slots=True)
class FlowElement:
    id: str
    type: str
    name: str | None
    scope_id: str  # the process id or the id of the enclosing sub-process
    incoming: list[str] = field(default_factory=list)
    outgoing: list[str] = field(default_factory=list)
    inputs: list[VariableMapping] = field(default_factory=list)
    outputs: list[VariableMapping] = field(default_factory=list)
    has_output_mappings: bool = False
    job_type: Expr | None = None
    job_retries: Expr | None = None
    headers: dict[str, str] = field(default_factory=dict)
    user_task: UserTaskSpec | None = None
    decision_id: Expr | None = None
    result_variable: str | None = None
    script: str | None = None
    called_process_id: Expr | None = None
    propagate_child: bool = True
    propagate_parent: bool = True
    default_flow: str | None = None
    event: str = "none"  # none | message | timer | error | signal | terminate
    message_name: Expr | None = None
    correlation_key: str | None = None
    timer: TimerSpec | None = None
    error_code: str | None = None  # None on a catch: catches every error
    signal_name: Expr | None = None
    attached_to: str | None = None
    interrupting: bool = True
    boundaries: list[str] = field(default_factory=list)
    loop: MultiInstanceSpec | None = None
    start_id: str | None = None  # a sub-process's none start event
    ad_hoc: AdHocSpec | None = None


@dataclass(frozen=True, slots=True)
class SequenceFlow:
    id: str
    source: str
    target: str
    condition: str | None


@dataclass(slots=True)
class ProcessModel:
    id: str
    name: str | None
    version_tag: str | None
    elements: dict[str, FlowElement]
    flows: dict[str, SequenceFlow]
    none_start_id: str | None
    message_starts: list[str]
    timer_starts: list[str]
    signal_starts: list[str]
    form_ids: set[str]

    def outgoing(self, element_id: str) -> list[SequenceFlow]:
        return [self.flows[f] for f in self.elements[element_id].outgoing]


@dataclass(frozen=True, slots=True)
class _Definitions:
    messages: dict[str, str | None]
    correlation_keys: dict[str, str]
    errors: dict[str, str | None]
    signals: dict[str, str | None]


def parse_bpmn(content: bytes, resource_name: str) -> list[ProcessModel]:
    """Every executable process in one BPMN file; raises ``ModelError`` for the first problem."""
    root = _parse_xml(content, resource_name)
    if root.tag != f"{BPMN}definitions":
        raise ModelError(resource_name, "definitions", "Expected a BPMN 'definitions' root element")
    definitions = _Definitions(
        messages=_named(root, "message"),
        correlation_keys=_correlation_keys(root),
        errors=_error_codes(root),
        signals=_named(root, "signal"),
    )
    processes = [p for p in root.findall(f"{BPMN}process") if p.get("isExecutable") != "false"]
    if not processes:
        raise ModelError(
            resource_name, "definitions", "Expected at least one executable process, found none"
        )
    return [_Process(p, definitions).build() for p in processes]


def _parse_xml(content: bytes, resource_name: str) -> ET.Element:
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
        raise ModelError(resource_name, "definitions", "DTDs and entities are not accepted")
    try:
        return ET.fromstring(content)
    except ET.ParseError as error:
        raise ModelError(resource_name, "definitions", f"Malformed XML: {error}") from None


def _named(root: ET.Element, tag: str) -> dict[str, str | None]:
    return {e.get("id", ""): e.get("name") for e in root.findall(f"{BPMN}{tag}")}


def _correlation_keys(root: ET.Element) -> dict[str, str]:
    """``zeebe:subscription`` lives on the root-level ``bpmn:message`` in Zeebe models."""
    keys = {}
    for message in root.findall(f"{BPMN}message"):
        subscription = message.find(f"{BPMN}extensionElements/{ZEEBE}subscription")
        if subscription is not None and subscription.get("correlationKey"):
            keys[message.get("id", "")] = subscription.get("correlationKey", "")
    return keys


def _error_codes(root: ET.Element) -> dict[str, str | None]:
    return {e.get("id", ""): e.get("errorCode") for e in root.findall(f"{BPMN}error")}


def _local(tag: str) -> tuple[str, str]:
    namespace, _, name = tag[1:].partition("}")
    return namespace, name


def _expr(value: str | None, element_id: str, element_type: str, what: str) -> Expr | None:
    if value is None or value == "":
        return None
    if value.startswith("="):
        source = value[1:].strip()
        _check_feel(source, element_id, element_type, what)
        return Expr(source, True)
    return Expr(value, False)


def _check_feel(source: str, element_id: str, element_type: str, what: str) -> None:
    try:
        compile_expression(source)
    except FeelSyntaxError as error:
        raise ModelError(
            element_id, element_type, f"Expected a valid FEEL expression for {what}: {error}"
        ) from None


def _feel_source(value: str) -> str:
    return value[1:].strip() if value.startswith("=") else value.strip()


class _Process:
    def __init__(self, element: ET.Element, definitions: _Definitions) -> None:
        self.xml = element
        self.definitions = definitions
        self.elements: dict[str, FlowElement] = {}
        self.flows: dict[str, SequenceFlow] = {}
        self.form_ids: set[str] = set()
        self.process_id = element.get("id", "")

    def build(self) -> ProcessModel:
        if not self.process_id:
            raise ModelError("process", "PROCESS", "Expected the process to have an id")
        self._scope(self.xml, self.process_id)
        self._link()
        top = [e for e in self.elements.values() if e.scope_id == self.process_id]
        starts = [e for e in top if e.type == "START_EVENT"]
        none_starts = [e for e in starts if e.event == "none"]
        if not starts:
            raise ModelError(
                self.process_id, "PROCESS", "Must have at least one start event, found none"
            )
        if len(none_starts) > 1:
            raise ModelError(self.process_id, "PROCESS", "Must have at most one none start event")
        version_tag = None
        for ext in self._zeebe(self.xml, self.process_id, "PROCESS"):
            if _local(ext.tag)[1] == "versionTag":
                version_tag = ext.get("value")
        return ProcessModel(
            id=self.process_id,
            name=self.xml.get("name"),
            version_tag=version_tag,
            elements=self.elements,
            flows=self.flows,
            none_start_id=none_starts[0].id if none_starts else None,
            message_starts=[e.id for e in starts if e.event == "message"],
            timer_starts=[e.id for e in starts if e.event == "timer"],
            signal_starts=[e.id for e in starts if e.event == "signal"],
            form_ids=self.form_ids,
        )

    def _scope(self, container: ET.Element, scope_id: str) -> None:
        for child in container:
            namespace, tag = _local(child.tag)
            if namespace != BPMN[1:-1]:
                continue
            if tag == "sequenceFlow":
                self._flow(child)
            elif tag in IGNORED:
                continue
            elif tag in ELEMENT_TYPES:
                self._element(child, tag, scope_id)
            else:
                raise ModelError(
                    child.get("id", tag),
                    tag,
                    f"The element type '{tag}' is not supported by Baton's local engine",
                )

    def _flow(self, xml: ET.Element) -> None:
        flow_id = xml.get("id", "")
        condition_xml = xml.find(f"{BPMN}conditionExpression")
        condition = None
        if condition_xml is not None and (condition_xml.text or "").strip():
            condition = _feel_source(condition_xml.text or "")
            _check_feel(condition, flow_id, "SEQUENCE_FLOW", "the condition")
        self.flows[flow_id] = SequenceFlow(
            flow_id, xml.get("sourceRef", ""), xml.get("targetRef", ""), condition
        )

    def _element(self, xml: ET.Element, tag: str, scope_id: str) -> None:
        element_id = xml.get("id", "")
        kind = ELEMENT_TYPES[tag]
        if not element_id:
            raise ModelError(tag, kind, "Expected the element to have an id")
        element = FlowElement(element_id, kind, xml.get("name"), scope_id)
        self.elements[element_id] = element
        extensions = self._zeebe(xml, element_id, kind)
        self._mappings(element, extensions)
        self._loop(element, xml, extensions)
        if kind in {
            "START_EVENT",
            "END_EVENT",
            "INTERMEDIATE_CATCH_EVENT",
            "INTERMEDIATE_THROW_EVENT",
            "BOUNDARY_EVENT",
        }:
            self._event(element, xml, extensions)
        elif kind in JOB_TASKS:
            self._job_task(element, extensions)
        elif kind == "USER_TASK":
            self._user_task(element, extensions)
        elif kind == "RECEIVE_TASK":
            element.event = "message"
            self._message(element, xml.get("messageRef"), extensions)
        elif kind == "CALL_ACTIVITY":
            self._call_activity(element, extensions)
        elif kind == "SUB_PROCESS":
            self._sub_process(element, xml)
        elif kind == "AD_HOC_SUB_PROCESS":
            self._ad_hoc(element, xml, extensions)
        elif kind in {"EXCLUSIVE_GATEWAY", "INCLUSIVE_GATEWAY"}:
            element.default_flow = xml.get("default")

    def _zeebe(self, xml: ET.Element, element_id: str, kind: str) -> list[ET.Element]:
        holder = xml.find(f"{BPMN}extensionElements")
        if holder is None:
            return []
        found = []
        for ext in holder:
            namespace, tag = _local(ext.tag)
            if namespace != ZEEBE[1:-1]:
                continue
            if tag not in SUPPORTED_ZEEBE:
                raise ModelError(
                    element_id,
                    kind,
                    f"The extension 'zeebe:{tag}' is not supported by Baton's local engine",
                )
            found.append(ext)
        return found

    @staticmethod
    def _find(extensions: list[ET.Element], tag: str) -> ET.Element | None:
        for ext in extensions:
            if _local(ext.tag)[1] == tag:
                return ext
        return None

    def _mappings(self, element: FlowElement, extensions: list[ET.Element]) -> None:
        io = self._find(extensions, "ioMapping")
        if io is None:
            return
        for mapping in io:
            direction = _local(mapping.tag)[1]
            source = _feel_source(mapping.get("source", "") or "null")
            target = mapping.get("target", "")
            if not _VARIABLE_PATH.match(target):
                raise ModelError(
                    element.id,
                    element.type,
                    f"Expected the mapping target '{target}' to be a variable name or path",
                )
            _check_feel(source, element.id, element.type, f"the {direction} mapping '{target}'")
            (element.inputs if direction == "input" else element.outputs).append(
                VariableMapping(source, target)
            )
        element.has_output_mappings = bool(element.outputs)

    def _loop(self, element: FlowElement, xml: ET.Element, extensions: list[ET.Element]) -> None:
        if xml.find(f"{BPMN}standardLoopCharacteristics") is not None:
            raise ModelError(
                element.id, element.type, "Standard loops are not supported; use multi-instance"
            )
        loop_xml = xml.find(f"{BPMN}multiInstanceLoopCharacteristics")
        if loop_xml is None:
            return
        if element.type not in ACTIVITIES:
            raise ModelError(element.id, element.type, "Only activities can be multi-instance")
        spec = None
        holder = loop_xml.find(f"{BPMN}extensionElements")
        if holder is not None:
            spec = holder.find(f"{ZEEBE}loopCharacteristics")
        if spec is None:
            spec = self._find(extensions, "loopCharacteristics")
        if spec is None or not spec.get("inputCollection"):
            raise ModelError(
                element.id,
                element.type,
                "Expected a multi-instance activity to define zeebe:loopCharacteristics "
                "inputCollection",
            )
        completion_xml = loop_xml.find(f"{BPMN}completionCondition")
        completion = None
        if completion_xml is not None and (completion_xml.text or "").strip():
            completion = _feel_source(completion_xml.text or "")
        parts = {
            "input collection": _feel_source(spec.get("inputCollection", "")),
            "output element": _feel_source(spec.get("outputElement", ""))
            if spec.get("outputElement")
            else None,
            "completion condition": completion,
        }
        for what, source in parts.items():
            if source is not None:
                _check_feel(source, element.id, element.type, f"the {what}")
        element.loop = MultiInstanceSpec(
            sequential=loop_xml.get("isSequential") == "true",
            input_collection=parts["input collection"] or "",
            input_element=spec.get("inputElement") or None,
            output_collection=spec.get("outputCollection") or None,
            output_element=parts["output element"],
            completion_condition=completion,
        )

    def _job_task(self, element: FlowElement, extensions: list[ET.Element]) -> None:
        definition = self._find(extensions, "taskDefinition")
        if element.type == "BUSINESS_RULE_TASK":
            called = self._find(extensions, "calledDecision")
            if called is not None:
                element.decision_id = _expr(
                    called.get("decisionId"), element.id, element.type, "the decision id"
                )
                element.result_variable = called.get("resultVariable")
                if element.decision_id is None or not element.result_variable:
                    raise ModelError(
                        element.id,
                        element.type,
                        "Expected zeebe:calledDecision to have a decisionId and resultVariable",
                    )
                return
        if element.type == "SCRIPT_TASK":
            script = self._find(extensions, "script")
            if script is not None:
                expression = script.get("expression", "")
                element.script = _feel_source(expression)
                _check_feel(element.script, element.id, element.type, "the script")
                element.result_variable = script.get("resultVariable")
                if not element.result_variable:
                    raise ModelError(
                        element.id, element.type, "Expected zeebe:script to have a resultVariable"
                    )
                return
        if definition is None or not definition.get("type"):
            raise ModelError(
                element.id, element.type, "Must have exactly one 'zeebe:taskDefinition' with a type"
            )
        self._task_definition(element, definition, extensions)

    def _task_definition(
        self, element: FlowElement, definition: ET.Element, extensions: list[ET.Element]
    ) -> None:
        element.job_type = _expr(definition.get("type"), element.id, element.type, "the job type")
        element.job_retries = _expr(
            definition.get("retries", "3"), element.id, element.type, "the job retries"
        )
        headers = self._find(extensions, "taskHeaders")
        if headers is not None:
            element.headers = {h.get("key", ""): h.get("value", "") for h in headers}

    def _user_task(self, element: FlowElement, extensions: list[ET.Element]) -> None:
        if self._find(extensions, "userTask") is None:
            definition = self._find(extensions, "taskDefinition")
            element.job_type = Expr("io.camunda.zeebe:userTask", False)
            element.job_retries = Expr("1", False)
            if definition is not None:
                self._task_definition(element, definition, extensions)
        headers = self._find(extensions, "taskHeaders")
        if headers is not None:
            element.headers = {h.get("key", ""): h.get("value", "") for h in headers}
        assignment = self._find(extensions, "assignmentDefinition")
        schedule = self._find(extensions, "taskSchedule")
        priority = self._find(extensions, "priorityDefinition")
        form = self._find(extensions, "formDefinition")
        listeners_xml = self._find(extensions, "taskListeners")

        def attr(holder: ET.Element | None, name: str) -> Expr | None:
            if holder is None:
                return None
            return _expr(holder.get(name), element.id, element.type, f"the {name}")

        form_id = None
        external = None
        if form is not None:
            if form.get("formKey"):
                raise ModelError(
                    element.id,
                    element.type,
                    "Embedded forms (formKey) are not supported; link a deployed form by formId",
                )
            form_id = form.get("formId")
            external = attr(form, "externalReference")
            if form_id:
                self.form_ids.add(form_id)
        listeners = []
        if listeners_xml is not None:
            for listener in listeners_xml:
                event_type = listener.get("eventType", "")
                if event_type not in TASK_LISTENER_EVENTS:
                    raise ModelError(
                        element.id,
                        element.type,
                        f"Task listener event type '{event_type}' is not one of "
                        f"{sorted(TASK_LISTENER_EVENTS)}",
                    )
                job_type = _expr(listener.get("type"), element.id, element.type, "listener type")
                if job_type is None:
                    raise ModelError(element.id, element.type, "Task listener without a type")
                retries = _expr(
                    listener.get("retries", "3"), element.id, element.type, "listener retries"
                )
                listeners.append(
                    TaskListenerSpec(event_type, job_type, retries or Expr("3", False))
                )
        if listeners and element.job_type is not None:
            raise ModelError(
                element.id, element.type, "Task listeners need a Camunda user task (zeebe:userTask)"
            )
        element.user_task = UserTaskSpec(
            assignee=attr(assignment, "assignee"),
            candidate_groups=attr(assignment, "candidateGroups"),
            candidate_users=attr(assignment, "candidateUsers"),
            due_date=attr(schedule, "dueDate"),
            follow_up_date=attr(schedule, "followUpDate"),
            priority=attr(priority, "priority"),
            form_id=form_id,
            external_reference=external,
            listeners=tuple(listeners),
        )

    def _call_activity(self, element: FlowElement, extensions: list[ET.Element]) -> None:
        called = self._find(extensions, "calledElement")
        if called is None or not called.get("processId"):
            raise ModelError(
                element.id, element.type, "Must have a 'zeebe:calledElement' with a processId"
            )
        if called.get("bindingType", "latest") != "latest":
            raise ModelError(
                element.id, element.type, "Only the 'latest' binding type is supported"
            )
        element.called_process_id = _expr(
            called.get("processId"), element.id, element.type, "the called process id"
        )
        element.propagate_child = called.get("propagateAllChildVariables", "true") != "false"
        element.propagate_parent = called.get("propagateAllParentVariables", "true") != "false"

    def _sub_process(self, element: FlowElement, xml: ET.Element) -> None:
        if xml.get("triggeredByEvent") == "true":
            raise ModelError(
                element.id,
                element.type,
                "Event sub-processes are not supported by Baton's local engine",
            )
        self._scope(xml, element.id)
        children = [e for e in self.elements.values() if e.scope_id == element.id]
        starts = [e for e in children if e.type == "START_EVENT"]
        if len(starts) != 1 or starts[0].event != "none":
            raise ModelError(element.id, element.type, "Must have exactly one none start event")
        element.start_id = starts[0].id

    def _ad_hoc(self, element: FlowElement, xml: ET.Element, extensions: list[ET.Element]) -> None:
        """Camunda 8.8 ad-hoc sub-process: driven by ``activeElementsCollection`` and
        ``completionCondition``, or by a job worker when it has a ``zeebe:taskDefinition``."""
        if xml.get("ordering", "Parallel") != "Parallel":
            raise ModelError(element.id, element.type, "Only parallel ordering is supported")
        settings = self._find(extensions, "adHoc")
        attributes = dict(settings.attrib) if settings is not None else {}
        unknown = sorted(set(attributes) - _AD_HOC_ATTRIBUTES)
        if unknown:
            raise ModelError(
                element.id, element.type, f"Unsupported zeebe:adHoc attribute(s): {unknown}"
            )
        active = _optional_feel(
            attributes.get("activeElementsCollection"), element, "the active elements collection"
        )
        output_element = _optional_feel(
            attributes.get("outputElement"), element, "the output element"
        )
        output_collection = attributes.get("outputCollection") or None
        if (output_collection is None) != (output_element is None):
            raise ModelError(
                element.id,
                element.type,
                "Expected both outputCollection and outputElement, or neither",
            )
        if output_collection is not None and not output_collection.isidentifier():
            raise ModelError(
                element.id,
                element.type,
                f"Expected outputCollection '{output_collection}' to be a variable name",
            )
        condition_xml = xml.find(f"{BPMN}completionCondition")
        condition = None
        if condition_xml is not None and (condition_xml.text or "").strip():
            condition = _optional_feel(condition_xml.text, element, "the completion condition")
        definition = self._find(extensions, "taskDefinition")
        if definition is not None:
            if not definition.get("type"):
                raise ModelError(
                    element.id, element.type, "Expected zeebe:taskDefinition to have a type"
                )
            if active is not None or condition is not None:
                raise ModelError(
                    element.id,
                    element.type,
                    "A job worker drives this ad-hoc sub-process; activeElementsCollection and "
                    "completionCondition are not supported with zeebe:taskDefinition",
                )
            self._task_definition(element, definition, extensions)
        self._scope(xml, element.id)
        inner = [e for e in self.elements.values() if e.scope_id == element.id]
        for child in inner:
            if child.type in {"START_EVENT", "END_EVENT"}:
                raise ModelError(
                    child.id, child.type, "An ad-hoc sub-process must not have start or end events"
                )
        if not any(child.type in ACTIVITIES for child in inner):
            raise ModelError(element.id, element.type, "Must have at least one activity")
        described = []
        for child_xml in xml:
            described_element = self.elements.get(child_xml.get("id", ""))
            if (
                described_element is None
                or described_element.scope_id != element.id
                or described_element.type == "BOUNDARY_EVENT"
            ):
                continue
            docs = child_xml.find(f"{BPMN}documentation")
            described.append(
                AdHocElement(
                    element_id=described_element.id,
                    element_name=described_element.name or "",
                    documentation=(docs.text or "").strip() if docs is not None else "",
                    properties=_zeebe_properties(child_xml),
                )
            )
        element.ad_hoc = AdHocSpec(
            active_elements=active,
            completion_condition=condition,
            cancel_remaining=xml.get("cancelRemainingInstances", "true") != "false",
            output_collection=output_collection,
            output_element=output_element,
            elements=tuple(described),
        )

    def _event(self, element: FlowElement, xml: ET.Element, extensions: list[ET.Element]) -> None:
        definitions = [
            child
            for child in xml
            if _local(child.tag)[0] == BPMN[1:-1] and _local(child.tag)[1].endswith("Definition")
        ]
        if len(definitions) > 1:
            raise ModelError(element.id, element.type, "Multiple event definitions not supported")
        if element.type == "BOUNDARY_EVENT":
            element.attached_to = xml.get("attachedToRef")
            element.interrupting = xml.get("cancelActivity", "true") != "false"
        if element.type == "START_EVENT":
            element.interrupting = xml.get("isInterrupting", "true") != "false"
        if not definitions:
            if element.type in {"BOUNDARY_EVENT", "INTERMEDIATE_CATCH_EVENT"}:
                raise ModelError(element.id, element.type, "Must have an event definition")
            return
        definition = definitions[0]
        kind = _local(definition.tag)[1].removesuffix("EventDefinition")
        allowed = {
            "START_EVENT": {"message", "timer", "signal"},
            "END_EVENT": {"error", "terminate"},
            "INTERMEDIATE_CATCH_EVENT": {"message", "timer", "signal"},
            "INTERMEDIATE_THROW_EVENT": set(),
            "BOUNDARY_EVENT": {"message", "timer", "error", "signal"},
        }[element.type]
        if kind not in allowed:
            raise ModelError(
                element.id,
                element.type,
                f"Event definition '{kind}' is not supported on a {element.type} by Baton's "
                "local engine",
            )
        element.event = kind
        if kind == "message":
            self._message(element, definition.get("messageRef"), extensions)
        elif kind == "timer":
            self._timer(element, definition)
        elif kind == "error":
            ref = definition.get("errorRef")
            if ref:
                if ref not in self.definitions.errors:
                    raise ModelError(element.id, element.type, f"Unknown error reference '{ref}'")
                element.error_code = self.definitions.errors[ref]
            if element.type == "END_EVENT" and not element.error_code:
                raise ModelError(
                    element.id, element.type, "An error end event must reference an error code"
                )
        elif kind == "signal":
            ref = definition.get("signalRef")
            name = self.definitions.signals.get(ref or "")
            if not name:
                raise ModelError(element.id, element.type, "Must reference a signal with a name")
            element.signal_name = _expr(name, element.id, element.type, "the signal name")

    def _message(self, element: FlowElement, ref: str | None, extensions: list[ET.Element]) -> None:
        name = self.definitions.messages.get(ref or "")
        if not name:
            raise ModelError(element.id, element.type, "Must reference a message with a name")
        element.message_name = _expr(name, element.id, element.type, "the message name")
        subscription = self._find(extensions, "subscription")
        if element.type == "START_EVENT" and element.scope_id == self.process_id:
            return
        key = subscription.get("correlationKey") if subscription is not None else None
        key = key or self.definitions.correlation_keys.get(ref or "")
        if not key:
            raise ModelError(
                element.id,
                element.type,
                "Must have a 'zeebe:subscription' with a correlationKey",
            )
        element.correlation_key = _feel_source(key)
        _check_feel(element.correlation_key, element.id, element.type, "the correlation key")

    def _timer(self, element: FlowElement, definition: ET.Element) -> None:
        for kind in ("timeDuration", "timeDate", "timeCycle"):
            found = definition.find(f"{BPMN}{kind}")
            if found is not None and (found.text or "").strip():
                spec_kind = {"timeDuration": "duration", "timeDate": "date", "timeCycle": "cycle"}
                expr = _expr((found.text or "").strip(), element.id, element.type, "the timer")
                assert expr is not None
                if not expr.is_feel:
                    _check_static_timer(spec_kind[kind], expr.text, element)
                element.timer = TimerSpec(spec_kind[kind], expr)
                return
        raise ModelError(element.id, element.type, "Must have a timer duration, date or cycle")

    def _link(self) -> None:
        for flow in self.flows.values():
            for end in (flow.source, flow.target):
                if end not in self.elements:
                    raise ModelError(
                        flow.id, "SEQUENCE_FLOW", f"References unknown element '{end}'"
                    )
            self.elements[flow.source].outgoing.append(flow.id)
            self.elements[flow.target].incoming.append(flow.id)
        for element in self.elements.values():
            self._check_element(element)

    def _check_element(self, element: FlowElement) -> None:
        if element.ad_hoc is not None:
            startable = tuple(
                e for e in element.ad_hoc.elements if not self.elements[e.element_id].incoming
            )
            element.ad_hoc = replace(element.ad_hoc, elements=startable)
        if element.type == "BOUNDARY_EVENT":
            host = self.elements.get(element.attached_to or "")
            if host is None or host.type not in ACTIVITIES:
                raise ModelError(
                    element.id, element.type, "Must be attached to an activity in the same scope"
                )
            host.boundaries.append(element.id)
            if element.incoming:
                raise ModelError(element.id, element.type, "A boundary event has no incoming flow")
        if element.type == "START_EVENT" and element.incoming:
            raise ModelError(element.id, element.type, "A start event has no incoming flow")
        if element.type == "END_EVENT" and element.outgoing:
            raise ModelError(element.id, element.type, "An end event has no outgoing flow")
        gateway = element.type in {"EXCLUSIVE_GATEWAY", "INCLUSIVE_GATEWAY"}
        for flow_id in element.outgoing:
            flow = self.flows[flow_id]
            if flow.condition is not None and not gateway:
                raise ModelError(
                    flow.id,
                    "SEQUENCE_FLOW",
                    "Conditions are only supported on flows out of exclusive or inclusive gateways",
                )
            unconditional = flow.condition is None and flow.id != element.default_flow
            if gateway and unconditional and len(element.outgoing) > 1:
                raise ModelError(
                    flow.id,
                    "SEQUENCE_FLOW",
                    "A flow out of a gateway needs a condition unless it is the default",
                )
        if element.type == "INCLUSIVE_GATEWAY" and len(element.incoming) > 1:
            raise ModelError(
                element.id, element.type, "Joining inclusive gateways are not supported"
            )
        if element.type == "EVENT_BASED_GATEWAY":
            for flow_id in element.outgoing:
                target = self.elements[self.flows[flow_id].target]
                if target.type != "INTERMEDIATE_CATCH_EVENT" and target.type != "RECEIVE_TASK":
                    raise ModelError(
                        element.id,
                        element.type,
                        "An event-based gateway must lead to intermediate catch events",
                    )
            if len(element.outgoing) < 2:
                raise ModelError(
                    element.id,
                    element.type,
                    "An event-based gateway needs two or more outgoing flows",
                )


def _optional_feel(value: str | None, element: FlowElement, what: str) -> str | None:
    if value is None or not value.strip():
        return None
    source = _feel_source(value)
    _check_feel(source, element.id, element.type, what)
    return source


def _zeebe_properties(xml: ET.Element) -> dict[str, str]:
    """``zeebe:properties`` of an inner element, for the job worker to read."""
    holder = xml.find(f"{BPMN}extensionElements/{ZEEBE}properties")
    if holder is None:
        return {}
    return {p.get("name", ""): p.get("value", "") for p in holder if p.get("name")}


def _check_static_timer(kind: str, text: str, element: FlowElement) -> None:
    """A literal timer value must parse now, not fail on the first instance."""
    try:
        if kind == "duration":
            add_duration(0, text)
        elif kind == "date":
            parse_date(text)
        else:
            parse_cycle(text)
    except TimerSpecError as error:
        raise ModelError(element.id, element.type, str(error)) from None
