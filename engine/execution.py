"""How process instances move: Zeebe's BPMN semantics, one element instance at a time.

An element instance is activated (input mappings, then its behaviour), waits if it must (a
job, a user task, a message, a timer), then completes (output mappings or variable
propagation) and takes its outgoing sequence flows; a scope completes when nothing is left
active in it. A failure a person can fix (a FEEL error, no gateway condition true, a job out of
retries, an uncaught error) becomes an incident, and resolving it re-runs the failed step.
All of this happens synchronously inside one command; the runtime persists the result.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine import ad_hoc, dmn
from engine.feel import FeelError, compile_expression, to_json
from engine.model import FlowElement, ProcessModel
from engine.state import (
    AD_HOC_INNER,
    ElementInstance,
    Incident,
    Job,
    MessageSubscription,
    ProcessDefinition,
    ProcessInstance,
    SignalSubscription,
    Timer,
    UserTask,
)
from engine.store import Store
from engine.timespec import TimerSpecError, add_duration, parse_cycle, parse_date
from engine.variables import Scopes

WAIT_TASKS = {"SERVICE_TASK", "SEND_TASK", "SCRIPT_TASK", "BUSINESS_RULE_TASK", "USER_TASK"}
FINISHED = {"COMPLETED", "TERMINATED"}


class StepFailureError(Exception):
    """A step that cannot go on; becomes an incident of ``error_type``."""

    def __init__(self, error_type: str, message: str) -> None:
        self.error_type = error_type
        super().__init__(message)


@dataclass(slots=True)
class Catch:
    """Where a thrown error lands: a boundary event on ``host`` or nowhere."""

    host: ElementInstance
    element: FlowElement


class Executor:
    """BPMN semantics over the store; the runtime calls it inside commands."""

    def __init__(
        self,
        store: Store,
        models: dict[int, ProcessModel],
        drgs: dict[int, dmn.DecisionRequirementsGraph],
        now_ms: Callable[[], int],
    ) -> None:
        self.store = store
        self.tables = store.tables
        self.models = models
        self.drgs = drgs
        self.now_ms = now_ms
        self.scopes = Scopes(store)
        self._agenda: deque[Callable[[], None]] = deque()
        self.new_jobs: list[Job] = []
        self.finished_instances: list[int] = []
        self.new_timers: list[Timer] = []
        self.job_deadlines: list[Job] = []
        self.user_task_events: list[tuple[int, str]] = []
        self.new_subscriptions: list[MessageSubscription] = []

    # ---- agenda -------------------------------------------------------------------------

    def run(self) -> None:
        while self._agenda:
            self._agenda.popleft()()

    def _later(self, step: Callable[[], None]) -> None:
        self._agenda.append(step)

    # ---- helpers --------------------------------------------------------------------------

    def model_of(self, instance: ElementInstance) -> ProcessModel:
        return self.models[instance.process_definition_key]

    def element_of(self, instance: ElementInstance) -> FlowElement:
        return self.model_of(instance).elements[instance.element_id]

    def save(self, kind: str, record: Any) -> None:
        self.store.put(kind, record)

    def evaluate(self, source: str, scope_key: int, *, what: str = "expression") -> Any:
        variables = self.scopes.visible(scope_key)
        try:
            value = compile_expression(source).evaluate(variables)
        except FeelError as error:
            raise StepFailureError(
                "EXTRACT_VALUE_ERROR",
                f"Expected to evaluate {what} '{source}', but failed: {error}",
            ) from None
        return to_json(value)

    def evaluate_attr(self, expr: Any, scope_key: int, what: str) -> Any:
        if expr is None:
            return None
        if not expr.is_feel:
            return expr.text
        return self.evaluate(expr.text, scope_key, what=what)

    def raise_incident(
        self,
        instance: ElementInstance,
        error_type: str,
        message: str,
        *,
        retry: str,
        job_key: int | None = None,
    ) -> Incident:
        incident = Incident(
            key=self.store.new_key(),
            error_type=error_type,
            error_message=message,
            process_instance_key=instance.process_instance_key,
            process_definition_key=instance.process_definition_key,
            bpmn_process_id=instance.bpmn_process_id,
            element_instance_key=instance.key,
            element_id=instance.element_id,
            creation_time=self.now_ms(),
            job_key=job_key,
            retry=retry,
            tenant_id=instance.tenant_id,
        )
        self.save("incident", incident)
        instance.incident_key = incident.key
        self.save("element_instance", instance)
        return incident

    def _guard(self, instance: ElementInstance, retry: str, step: Callable[[], None]) -> None:
        """Run a step; a ``StepFailureError`` becomes an incident that re-runs it when resolved."""
        try:
            step()
        except StepFailureError as failure:
            self.raise_incident(instance, failure.error_type, str(failure), retry=retry)

    # ---- process instances ------------------------------------------------------------------

    def create_process_instance(
        self,
        definition: ProcessDefinition,
        variables: dict[str, Any],
        *,
        start_element_ids: list[str] | None = None,
        start_event_id: str | None = None,
        parent: ElementInstance | None = None,
    ) -> ProcessInstance:
        model = self.models[definition.key]
        key = self.store.new_key()
        now = self.now_ms()
        instance = ProcessInstance(
            key=key,
            process_definition_key=definition.key,
            bpmn_process_id=definition.bpmn_process_id,
            version=definition.version,
            state="ACTIVE",
            start_date=now,
            parent_process_instance_key=parent.process_instance_key if parent else None,
            parent_element_instance_key=parent.key if parent else None,
            tenant_id=definition.tenant_id,
        )
        self.save("process_instance", instance)
        root = ElementInstance(
            key=key,
            process_instance_key=key,
            process_definition_key=definition.key,
            bpmn_process_id=definition.bpmn_process_id,
            element_id=definition.bpmn_process_id,
            element_type="PROCESS",
            flow_scope_key=None,
            state="ACTIVATED",
            start_date=now,
            tenant_id=definition.tenant_id,
        )
        self.save("element_instance", root)
        self.scopes.merge_local(key, variables)
        if start_element_ids:
            for element_id in start_element_ids:
                self.activate(root, element_id)
        else:
            start = start_event_id or model.none_start_id
            if start is None:
                raise ValueError("no none start event")
            self.activate(root, start)
        return instance

    def _complete_process(self, root: ElementInstance) -> None:
        root.state = "COMPLETED"
        root.end_date = self.now_ms()
        self.save("element_instance", root)
        instance = self.tables.process_instances[root.key]
        instance.state = "COMPLETED"
        instance.end_date = root.end_date
        self.save("process_instance", instance)
        self.finished_instances.append(instance.key)
        if instance.parent_element_instance_key is not None:
            self._child_completed(instance)

    def cancel_process_instance(self, instance: ProcessInstance) -> None:
        root = self.tables.element_instances[instance.key]
        self.terminate(root)
        instance.state = "TERMINATED"
        instance.end_date = self.now_ms()
        self.save("process_instance", instance)
        self.finished_instances.append(instance.key)

    # ---- activation -----------------------------------------------------------------------

    def activate(
        self,
        scope: ElementInstance,
        element_id: str,
        *,
        local: dict[str, Any] | None = None,
        inner_of_body: bool = False,
        loop_counter: int | None = None,
        triggered: bool = False,
    ) -> ElementInstance:
        model = self.model_of(scope)
        element = model.elements[element_id]
        is_body = element.loop is not None and not inner_of_body
        instance = ElementInstance(
            key=self.store.new_key(),
            process_instance_key=scope.process_instance_key,
            process_definition_key=scope.process_definition_key,
            bpmn_process_id=scope.bpmn_process_id,
            element_id=element_id,
            element_type="MULTI_INSTANCE_BODY" if is_body else element.type,
            flow_scope_key=scope.key,
            state="ACTIVATING",
            start_date=self.now_ms(),
            loop_counter=loop_counter,
            triggered=triggered,
            tenant_id=scope.tenant_id,
        )
        self.save("element_instance", instance)
        scope.active_children += 1
        self.save("element_instance", scope)
        if local:
            self.scopes.merge_local(instance.key, local)
        self._later(lambda: self.run_activation(instance))
        return instance

    def run_activation(self, instance: ElementInstance) -> None:
        if instance.state != "ACTIVATING":
            return
        self._guard(instance, "ACTIVATE", lambda: self._activate_behaviour(instance))

    def _apply_inputs(self, instance: ElementInstance, element: FlowElement) -> None:
        for mapping in element.inputs:
            value = self.evaluate(mapping.source, instance.key, what="input mapping")
            self.scopes.set_path(instance.key, mapping.target, value, propagate=False)

    def _activate_behaviour(self, instance: ElementInstance) -> None:
        element = self.element_of(instance)
        if instance.element_type == "MULTI_INSTANCE_BODY":
            self._activate_body(instance, element)
            return
        self._apply_inputs(instance, element)
        kind = element.type
        if instance.triggered:
            self._mark_active(instance, element)
            self.complete(instance)
            return
        if kind in {"SERVICE_TASK", "SEND_TASK", "SCRIPT_TASK", "BUSINESS_RULE_TASK"}:
            if element.decision_id is not None:
                self._evaluate_called_decision(instance, element)
            elif element.script is not None:
                self._run_script(instance, element)
            else:
                self._mark_active(instance, element)
                self.create_job(instance, element)
            return
        if kind == "USER_TASK":
            if element.job_type is not None:
                self._mark_active(instance, element)
                self.create_job(instance, element)
            else:
                self._create_user_task(instance, element)
            return
        if kind == "CALL_ACTIVITY":
            self._call(instance, element)
            return
        if kind == "AD_HOC_SUB_PROCESS":
            ad_hoc.activate(self, instance, element)
            return
        if kind == "SUB_PROCESS":
            self._mark_active(instance, element)
            assert element.start_id is not None
            self.activate(instance, element.start_id)
            return
        if kind in {"INTERMEDIATE_CATCH_EVENT", "RECEIVE_TASK"}:
            self._mark_active(instance, element)
            self._open_catch(instance, element, instance)
            return
        if kind == "EVENT_BASED_GATEWAY":
            self._open_event_gateway(instance, element)
            return
        if kind == "END_EVENT" and element.event == "error":
            self._mark_active(instance, element)
            assert element.error_code is not None
            self.throw_error(instance, element.error_code, "", {})
            return
        self._mark_active(instance, element)
        self.complete(instance)

    def _mark_active(self, instance: ElementInstance, element: FlowElement) -> None:
        instance.state = "ACTIVATED"
        self.save("element_instance", instance)
        if element.boundaries and element.loop is None:
            self.open_boundaries(instance, element)

    def open_boundaries(self, host: ElementInstance, element: FlowElement) -> None:
        model = self.model_of(host)
        for boundary_id in element.boundaries:
            boundary = model.elements[boundary_id]
            if boundary.event != "error":
                self._open_catch(host, boundary, host)

    # ---- subscriptions (timers, messages, signals) -----------------------------------------

    def _open_catch(
        self, owner: ElementInstance, event: FlowElement, context: ElementInstance
    ) -> None:
        """Subscribe ``owner`` to the event ``event`` (its own, a boundary's, a gateway's)."""
        if event.event == "timer":
            assert event.timer is not None
            self._schedule_timer(owner, event, context)
        elif event.event == "message":
            name = str(self.evaluate_attr(event.message_name, context.key, "the message name"))
            assert event.correlation_key is not None
            key = self.evaluate(event.correlation_key, context.key, what="correlation key")
            if isinstance(key, bool) or not isinstance(key, str | int | float):
                raise StepFailureError(
                    "EXTRACT_VALUE_ERROR",
                    f"Failed to extract the correlation key for '{event.correlation_key}': The "
                    "value must be either a string or a number, but was "
                    f"{_feel_type(key)}.",
                )
            subscription = MessageSubscription(
                key=self.store.new_key(),
                element_instance_key=owner.key,
                process_instance_key=owner.process_instance_key,
                bpmn_process_id=owner.bpmn_process_id,
                message_name=name,
                correlation_key=_correlation_text(key),
                target_element_id=event.id,
                interrupting=event.interrupting,
                tenant_id=owner.tenant_id,
            )
            self.save("message_subscription", subscription)
            self.new_subscriptions.append(subscription)
        elif event.event == "signal":
            name = str(self.evaluate_attr(event.signal_name, context.key, "the signal name"))
            self.save(
                "signal_subscription",
                SignalSubscription(
                    key=self.store.new_key(),
                    signal_name=name,
                    target_element_id=event.id,
                    process_definition_key=owner.process_definition_key,
                    element_instance_key=owner.key,
                    process_instance_key=owner.process_instance_key,
                    interrupting=event.interrupting,
                    tenant_id=owner.tenant_id,
                ),
            )

    def _schedule_timer(
        self, owner: ElementInstance, event: FlowElement, context: ElementInstance
    ) -> None:
        assert event.timer is not None
        value = self.evaluate_attr(event.timer.expr, context.key, "the timer")
        now = self.now_ms()
        try:
            if event.timer.kind == "duration":
                due, repetitions, interval = add_duration(now, _duration_text(value)), 1, None
            elif event.timer.kind == "date":
                due, repetitions, interval = parse_date(str(value)), 1, None
            else:
                cycle = parse_cycle(str(value))
                start = cycle.start_ms if cycle.start_ms is not None else now
                due = add_duration(start, cycle.interval) if cycle.start_ms is None else start
                repetitions, interval = cycle.repetitions, cycle.interval
        except TimerSpecError as error:
            raise StepFailureError(
                "EXTRACT_VALUE_ERROR", f"Invalid timer on '{event.id}': {error}"
            ) from None
        timer = Timer(
            key=self.store.new_key(),
            process_definition_key=owner.process_definition_key,
            target_element_id=event.id,
            due_date=due,
            repetitions=repetitions,
            interval=interval,
            element_instance_key=owner.key,
            process_instance_key=owner.process_instance_key,
            tenant_id=owner.tenant_id,
        )
        self.save("timer", timer)
        self.new_timers.append(timer)

    def close_subscriptions(self, owner_key: int) -> None:
        """Close every timer and subscription owned by an element instance."""
        for timer in self.tables.owned(owner_key, "timer"):
            timer.state = "CANCELED"
            self.store.delete("timer", timer)
        for sub in self.tables.owned(owner_key, "message_subscription"):
            sub.state = "DELETED"
            self.store.delete("message_subscription", sub)
        for signal in self.tables.owned(owner_key, "signal_subscription"):
            self.store.delete("signal_subscription", signal)

    def _open_event_gateway(self, instance: ElementInstance, element: FlowElement) -> None:
        model = self.model_of(instance)
        instance.state = "ACTIVATED"
        self.save("element_instance", instance)
        for flow in model.outgoing(element.id):
            self._open_catch(instance, model.elements[flow.target], instance)

    def trigger_event(
        self, owner: ElementInstance, target_id: str, variables: dict[str, Any], interrupting: bool
    ) -> None:
        """A timer, message or signal for ``owner`` arrived: continue where the model says."""
        if owner.element_type == "EVENT_BASED_GATEWAY":
            self.close_subscriptions(owner.key)
            scope = self.tables.element_instances[owner.flow_scope_key or owner.key]
            self._finish(owner, "COMPLETED")
            self.activate(scope, target_id, local=variables, triggered=True)
            self._after_child_done(scope)
            return
        if owner.element_id == target_id:
            self.close_subscriptions(owner.key)
            self.scopes.merge_local(owner.key, variables)
            self.complete(owner)
            return
        scope = self.tables.element_instances[owner.flow_scope_key or owner.key]
        if interrupting:
            self.terminate(owner)
        self.activate(scope, target_id, local=variables, triggered=True)

    # ---- waiting work: jobs, user tasks, decisions, scripts, call activities ------------------

    def create_job(
        self,
        instance: ElementInstance,
        element: FlowElement,
        *,
        job_type: str | None = None,
        retries: int | None = None,
        kind: str = "BPMN_ELEMENT",
        listener_event: str | None = None,
        user_task: UserTask | None = None,
        headers: dict[str, str] | None = None,
    ) -> Job:
        if job_type is None:
            job_type = str(self.evaluate_attr(element.job_type, instance.key, "the job type"))
        if retries is None:
            raw = self.evaluate_attr(element.job_retries, instance.key, "the job retries")
            try:
                retries = int(raw)
            except (TypeError, ValueError):
                raise StepFailureError(
                    "EXTRACT_VALUE_ERROR", f"Expected retries to be a number, but was '{raw}'"
                ) from None
        model = self.model_of(instance)
        definition = self.tables.process_definitions[instance.process_definition_key]
        job = Job(
            key=self.store.new_key(),
            type=job_type,
            kind=kind,
            state="ACTIVATABLE",
            retries=retries,
            process_instance_key=instance.process_instance_key,
            element_instance_key=instance.key,
            element_id=instance.element_id,
            bpmn_process_id=model.id,
            process_definition_key=instance.process_definition_key,
            process_definition_version=definition.version,
            custom_headers=headers if headers is not None else dict(element.headers),
            creation_time=self.now_ms(),
            listener_event_type=listener_event,
            user_task_key=user_task.key if user_task else None,
            tenant_id=instance.tenant_id,
        )
        self.save("job", job)
        if kind == "BPMN_ELEMENT":
            instance.job_key = job.key
            self.save("element_instance", instance)
        self.new_jobs.append(job)
        return job

    def _evaluate_called_decision(self, instance: ElementInstance, element: FlowElement) -> None:
        decision_id = str(self.evaluate_attr(element.decision_id, instance.key, "decision id"))
        found = self.latest_decision(decision_id)
        if found is None:
            raise StepFailureError(
                "CALLED_DECISION_ERROR",
                f"Expected to evaluate decision '{decision_id}', but no decision found for id "
                f"'{decision_id}'",
            )
        drg = self.drgs[found.decision_requirements_key]
        try:
            result = dmn.evaluate_decision(drg, decision_id, self.scopes.visible(instance.key))
        except dmn.DmnError as error:
            raise StepFailureError(
                "DECISION_EVALUATION_ERROR",
                f"Expected to evaluate decision '{decision_id}', but {error}",
            ) from None
        self._set_result(instance, element, result.output)
        self._mark_active(instance, element)
        self.complete(instance)

    def latest_decision(self, decision_id: str) -> Any:
        best = None
        for decision in self.tables.decision_definitions.values():
            if decision.decision_id == decision_id and (
                best is None or decision.version > best.version
            ):
                best = decision
        return best

    def _set_result(self, instance: ElementInstance, element: FlowElement, value: Any) -> None:
        """The result variable: local when output mappings follow, else on the flow scope."""
        assert element.result_variable is not None
        target = (
            instance.key
            if element.has_output_mappings
            else (instance.flow_scope_key or instance.key)
        )
        self.scopes.set_local(target, element.result_variable, value)

    def _run_script(self, instance: ElementInstance, element: FlowElement) -> None:
        assert element.script is not None
        value = self.evaluate(element.script, instance.key, what="script")
        self._set_result(instance, element, value)
        self._mark_active(instance, element)
        self.complete(instance)

    def _call(self, instance: ElementInstance, element: FlowElement) -> None:
        process_id = str(
            self.evaluate_attr(element.called_process_id, instance.key, "the called process id")
        )
        definition = self.latest_process(process_id)
        if definition is None:
            raise StepFailureError(
                "CALLED_ELEMENT_ERROR",
                f"Expected process with BPMN process id '{process_id}' to be deployed, but not "
                "found.",
            )
        if self.models[definition.key].none_start_id is None:
            raise StepFailureError(
                "CALLED_ELEMENT_ERROR",
                f"Expected process with BPMN process id '{process_id}' to have a none start "
                "event, but not found.",
            )
        variables = (
            self.scopes.visible(instance.key)
            if element.propagate_parent
            else self.scopes.local(instance.key)
        )
        self._mark_active(instance, element)
        child = self.create_process_instance(definition, variables, parent=instance)
        instance.called_process_instance_key = child.key
        self.save("element_instance", instance)

    def latest_process(self, process_id: str) -> ProcessDefinition | None:
        best = None
        for definition in self.tables.process_definitions.values():
            if definition.bpmn_process_id == process_id and (
                best is None or definition.version > best.version
            ):
                best = definition
        return best

    def _child_completed(self, child: ProcessInstance) -> None:
        assert child.parent_element_instance_key is not None
        caller = self.tables.element_instances.get(child.parent_element_instance_key)
        if caller is None or caller.state != "ACTIVATED":
            return
        element = self.element_of(caller)
        variables = self.scopes.local(child.key)
        if element.has_output_mappings:
            self.scopes.merge_local(caller.key, variables)
        elif element.propagate_child:
            self.scopes.merge(caller.key, variables)
        self.complete(caller)

    def _create_user_task(self, instance: ElementInstance, element: FlowElement) -> None:
        spec = element.user_task
        assert spec is not None
        key = instance.key

        def text(value: Any, what: str) -> str | None:
            if value is None:
                return None
            if not isinstance(value, str):
                raise StepFailureError(
                    "EXTRACT_VALUE_ERROR",
                    f"Expected result of the expression for {what} to be 'STRING', but was "
                    f"'{_feel_type(value)}'.",
                )
            return value

        def names(value: Any, what: str) -> list[str]:
            if value is None:
                return []
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return list(value)
            raise StepFailureError(
                "EXTRACT_VALUE_ERROR",
                f"Expected result of the expression for {what} to be 'ARRAY' of strings, but "
                f"was '{_feel_type(value)}'.",
            )

        assignee = text(self.evaluate_attr(spec.assignee, key, "assignee"), "assignee")
        groups = names(
            self.evaluate_attr(spec.candidate_groups, key, "candidate groups"), "candidateGroups"
        )
        users = names(
            self.evaluate_attr(spec.candidate_users, key, "candidate users"), "candidateUsers"
        )
        due = text(self.evaluate_attr(spec.due_date, key, "due date"), "dueDate")
        follow = text(
            self.evaluate_attr(spec.follow_up_date, key, "follow-up date"), "followUpDate"
        )
        for value, what in ((due, "dueDate"), (follow, "followUpDate")):
            if value:
                try:
                    parse_date(value)
                except TimerSpecError:
                    raise StepFailureError(
                        "EXTRACT_VALUE_ERROR",
                        f"Expected result of the expression for {what} to be a valid date-time "
                        f"string, but was '{value}'.",
                    ) from None
        priority_raw = self.evaluate_attr(spec.priority, key, "priority")
        priority = 50
        if priority_raw is not None:
            try:
                priority = int(priority_raw)
            except (TypeError, ValueError):
                priority = -1
            if not 0 <= priority <= 100:
                raise StepFailureError(
                    "EXTRACT_VALUE_ERROR",
                    f"Expected priority to be a number between 0 and 100, but was "
                    f"'{priority_raw}'.",
                )
        form_key = None
        if spec.form_id:
            form = self.latest_form(spec.form_id)
            if form is None:
                raise StepFailureError(
                    "FORM_NOT_FOUND",
                    f"Expected to find a form with id '{spec.form_id}', but no form with this id "
                    "is found, at least a form with this id should be available. To resolve the "
                    "Incident please deploy a form with the same id",
                )
            form_key = form.key
        external = self.evaluate_attr(spec.external_reference, key, "external form reference")
        definition = self.tables.process_definitions[instance.process_definition_key]
        task = UserTask(
            key=self.store.new_key(),
            element_instance_key=instance.key,
            process_instance_key=instance.process_instance_key,
            process_definition_key=instance.process_definition_key,
            process_definition_version=definition.version,
            bpmn_process_id=instance.bpmn_process_id,
            element_id=instance.element_id,
            name=element.name,
            state="CREATED",
            creation_date=self.now_ms(),
            assignee=assignee or None,
            candidate_groups=groups,
            candidate_users=users,
            due_date=due,
            follow_up_date=follow,
            priority=priority,
            form_key=form_key,
            external_form_reference=str(external) if external is not None else None,
            custom_headers=dict(element.headers),
            tenant_id=instance.tenant_id,
        )
        self.save("user_task", task)
        instance.user_task_key = task.key
        self._mark_active(instance, element)
        listeners = [x for x in spec.listeners if x.event_type == "creating"]
        if task.assignee:
            listeners += [x for x in spec.listeners if x.event_type == "assigning"]
        if listeners:
            task.state = "CREATING"
            task.pending = {"action": "create", "event": "creating"}
            task.pending_listeners = [
                {
                    "type": x.job_type.text,
                    "retries": x.retries.text,
                    "event": x.event_type,
                    "feel": x.job_type.is_feel,
                }
                for x in listeners
            ]
            self.save("user_task", task)
            self.next_listener(task)
        else:
            self.user_task_events.append((task.key, "CREATED"))

    def latest_form(self, form_id: str) -> Any:
        best = None
        for form in self.tables.form_definitions.values():
            if form.form_id == form_id and (best is None or form.version > best.version):
                best = form
        return best

    def next_listener(self, task: UserTask) -> None:
        """Create the job of the next task listener, or finish the pending operation."""
        instance = self.tables.element_instances[task.element_instance_key]
        if not task.pending_listeners:
            self.finish_user_task_operation(task)
            return
        listener = task.pending_listeners[0]
        job_type = listener["type"]
        if listener.get("feel"):
            job_type = str(self.evaluate(job_type, instance.key, what="listener type"))
        try:
            retries = int(listener["retries"])
        except ValueError:
            retries = 3
        headers = user_task_headers(task)
        self.create_job(
            instance,
            self.element_of(instance),
            job_type=job_type,
            retries=retries,
            kind="TASK_LISTENER",
            listener_event=str(listener["event"]).upper(),
            user_task=task,
            headers=headers,
        )

    def finish_user_task_operation(self, task: UserTask) -> None:
        pending = task.pending or {}
        action = pending.get("action")
        task.pending = None
        task.pending_listeners = []
        if action == "complete":
            self._complete_user_task_now(task, pending.get("variables") or {})
            return
        if action in {"assign", "unassign"}:
            task.assignee = pending.get("assignee") or None
        if action == "update":
            for name, value in (pending.get("changes") or {}).items():
                setattr(task, name, value)
        task.state = "CREATED"
        self.save("user_task", task)
        self.user_task_events.append((task.key, "CREATED"))

    def _complete_user_task_now(self, task: UserTask, variables: dict[str, Any]) -> None:
        instance = self.tables.element_instances[task.element_instance_key]
        task.state = "COMPLETED"
        task.completion_date = self.now_ms()
        self.save("user_task", task)
        self.user_task_events.append((task.key, "COMPLETED"))
        self.apply_completion_variables(instance, variables)
        self.complete(instance)

    def apply_completion_variables(
        self, instance: ElementInstance, variables: dict[str, Any]
    ) -> None:
        """Job or user task completion: local when output mappings follow, else propagated."""
        if not variables:
            return
        if self.element_of(instance).has_output_mappings:
            self.scopes.merge_local(instance.key, variables)
        else:
            self.scopes.merge(instance.key, variables)

    # ---- multi-instance -----------------------------------------------------------------------

    def _activate_body(self, body: ElementInstance, element: FlowElement) -> None:
        loop = element.loop
        assert loop is not None
        items = self.evaluate(loop.input_collection, body.key, what="input collection")
        if not isinstance(items, list):
            raise StepFailureError(
                "EXTRACT_VALUE_ERROR",
                f"Expected result of the expression '{loop.input_collection}' to be 'ARRAY', "
                f"but was '{_feel_type(items)}'.",
            )
        body.mi_items = items
        body.state = "ACTIVATED"
        self.save("element_instance", body)
        if loop.output_collection:
            self.scopes.set_local(body.key, loop.output_collection, [None] * len(items))
        self.open_boundaries(body, element)
        if not items:
            self.complete(body)
            return
        count = 1 if loop.sequential else len(items)
        for _ in range(count):
            self._next_inner(body, element)

    def _next_inner(self, body: ElementInstance, element: FlowElement) -> None:
        loop = element.loop
        assert loop is not None and body.mi_items is not None
        index = body.mi_next
        body.mi_next += 1
        self.save("element_instance", body)
        local: dict[str, Any] = {"loopCounter": index + 1}
        if loop.input_element:
            local[loop.input_element] = body.mi_items[index]
        output = loop.output_element
        if output and output.isidentifier() and output != loop.input_element:
            local[output] = None
        self.activate(body, element.id, local=local, inner_of_body=True, loop_counter=index + 1)

    def _inner_completed(self, body: ElementInstance, inner: ElementInstance) -> None:
        element = self.element_of(body)
        loop = element.loop
        assert loop is not None and body.mi_items is not None
        if loop.output_collection and loop.output_element and inner.loop_counter is not None:
            value = self.evaluate(loop.output_element, inner.key, what="output element")
            collection = self.scopes.local(body.key).get(loop.output_collection)
            collection = list(collection) if isinstance(collection, list) else []
            index = inner.loop_counter - 1
            if index < len(collection):
                collection[index] = value
            self.scopes.set_local(body.key, loop.output_collection, collection)
        body.mi_completed += 1
        self.save("element_instance", body)
        if loop.completion_condition:
            self.scopes.merge_local(
                body.key,
                {
                    "numberOfInstances": len(body.mi_items),
                    "numberOfCompletedInstances": body.mi_completed,
                    "numberOfActiveInstances": body.active_children,
                },
            )
            done = self.evaluate(loop.completion_condition, body.key, what="completion condition")
            if done is True:
                for child_key in list(self.tables.children.get(body.key, ())):
                    child = self.tables.element_instances[child_key]
                    if child.state not in FINISHED:
                        self.terminate(child)
                self.complete(body)
                return
            if done is not False:
                raise StepFailureError(
                    "EXTRACT_VALUE_ERROR",
                    f"Expected result of the expression '{loop.completion_condition}' to be "
                    f"'BOOLEAN', but was '{_feel_type(done)}'.",
                )
        if body.mi_next < len(body.mi_items) and loop.sequential:
            self._next_inner(body, element)
            return
        if body.active_children == 0 and body.mi_next >= len(body.mi_items):
            self.complete(body)

    # ---- completion -----------------------------------------------------------------------

    def complete(self, instance: ElementInstance) -> None:
        instance.state = "COMPLETING"
        self.save("element_instance", instance)
        self._guard(instance, "COMPLETE", lambda: self.run_completion(instance))

    def run_completion(self, instance: ElementInstance) -> None:
        if instance.state != "COMPLETING":
            return
        element = self.element_of(instance)
        if instance.element_type == AD_HOC_INNER:
            adhoc = self.tables.element_instances[instance.flow_scope_key or instance.key]
            self._finish(instance, "COMPLETED")
            ad_hoc.flow_completed(self, adhoc, instance)
            return
        if instance.element_type == "AD_HOC_SUB_PROCESS":
            ad_hoc.cancel_open_jobs(self, instance)
            self._apply_outputs(instance, element)
            collection = ad_hoc.spec_of(element).output_collection
            if collection:
                value = self.scopes.local(instance.key).get(collection)
                self.scopes.merge(instance.flow_scope_key or instance.key, {collection: value})
        elif instance.element_type == "MULTI_INSTANCE_BODY":
            loop = element.loop
            assert loop is not None
            if loop.output_collection:
                value = self.scopes.local(instance.key).get(loop.output_collection)
                scope_key = instance.flow_scope_key or instance.key
                self.scopes.merge(scope_key, {loop.output_collection: value})
        else:
            self._apply_outputs(instance, element)
        self.close_subscriptions(instance.key)
        self._leave(instance, element)

    def _apply_outputs(self, instance: ElementInstance, element: FlowElement) -> None:
        scope_key = instance.flow_scope_key or instance.key
        if element.outputs:
            results = [
                (m.target, self.evaluate(m.source, instance.key, what="output mapping"))
                for m in element.outputs
            ]
            for target, value in results:
                self.scopes.set_path(scope_key, target, value, propagate=True)
        elif element.type in {
            "INTERMEDIATE_CATCH_EVENT",
            "BOUNDARY_EVENT",
            "START_EVENT",
            "RECEIVE_TASK",
        }:
            local = self.scopes.local(instance.key)
            if local:
                self.scopes.merge(scope_key, local)

    def _leave(self, instance: ElementInstance, element: FlowElement) -> None:
        scope = self.tables.element_instances.get(instance.flow_scope_key or -1)
        if scope is None:
            return
        if instance.element_type == "PROCESS":
            return
        if scope.element_type == "MULTI_INSTANCE_BODY":
            self._finish(instance, "COMPLETED")
            self._inner_completed(scope, instance)
            return
        model = self.model_of(instance)
        flows = model.outgoing(element.id)
        if instance.element_type != "MULTI_INSTANCE_BODY" and element.type in {
            "EXCLUSIVE_GATEWAY",
            "INCLUSIVE_GATEWAY",
        }:
            flows = self._choose_flows(instance, element)
        self._finish(instance, "COMPLETED")
        if element.type == "END_EVENT" and element.event == "terminate":
            for child_key in list(self.tables.children.get(scope.key, ())):
                child = self.tables.element_instances[child_key]
                if child.state not in FINISHED:
                    self.terminate(child)
            scope.joins = {}
        for flow in flows:
            self._take(scope, flow.id, flow.target)
        self._after_child_done(scope)

    def _choose_flows(self, instance: ElementInstance, element: FlowElement) -> list[Any]:
        model = self.model_of(instance)
        outgoing = model.outgoing(element.id)
        if len(outgoing) == 1 and outgoing[0].condition is None:
            return outgoing
        chosen = []
        for flow in outgoing:
            if flow.condition is None:
                continue
            value = self.evaluate(flow.condition, instance.key, what="condition")
            if value is not True and value is not False:
                raise StepFailureError(
                    "CONDITION_ERROR",
                    f"Expected result of the expression '{flow.condition}' to be 'BOOLEAN', but "
                    f"was '{_feel_type(value)}'.",
                )
            if value:
                chosen.append(flow)
                if element.type == "EXCLUSIVE_GATEWAY":
                    break
        if not chosen and element.default_flow:
            chosen = [model.flows[element.default_flow]]
        if not chosen:
            raise StepFailureError(
                "CONDITION_ERROR",
                "Expected at least one condition to evaluate to true, or to have a default flow",
            )
        return chosen

    def _take(self, scope: ElementInstance, flow_id: str, target_id: str) -> None:
        model = self.model_of(scope)
        target = model.elements[target_id]
        if target.type == "PARALLEL_GATEWAY" and len(target.incoming) > 1:
            arrived = scope.joins.setdefault(target_id, [])
            arrived.append(flow_id)
            if all(f in arrived for f in target.incoming):
                for f in target.incoming:
                    arrived.remove(f)
                if not arrived:
                    del scope.joins[target_id]
                self.save("element_instance", scope)
                self.activate(scope, target_id)
            else:
                self.save("element_instance", scope)
            return
        self.activate(scope, target_id)

    def _finish(self, instance: ElementInstance, state: str) -> None:
        instance.state = state
        instance.end_date = self.now_ms()
        self.save("element_instance", instance)
        scope = self.tables.element_instances.get(instance.flow_scope_key or -1)
        if scope is not None:
            scope.active_children -= 1
            self.save("element_instance", scope)

    def _after_child_done(self, scope: ElementInstance) -> None:
        if scope.state != "ACTIVATED" or scope.active_children > 0 or scope.joins:
            return
        if scope.element_type == "PROCESS":
            self.close_subscriptions(scope.key)
            self._complete_process(scope)
        elif scope.element_type in {"SUB_PROCESS", AD_HOC_INNER}:
            self.complete(scope)

    # ---- termination -------------------------------------------------------------------------

    def terminate(self, instance: ElementInstance) -> None:
        """Terminate an element instance and everything below it, releasing what it holds."""
        if instance.state in FINISHED:
            return
        for child_key in list(self.tables.children.get(instance.key, ())):
            child = self.tables.element_instances[child_key]
            if child.state not in FINISHED:
                self.terminate(child)
        self.close_subscriptions(instance.key)
        if instance.job_key is not None:
            job = self.tables.jobs.get(instance.job_key)
            if job is not None and job.state not in {"COMPLETED", "CANCELED", "ERROR_THROWN"}:
                job.state = "CANCELED"
                self.save("job", job)
        for job in self.tables.owned(instance.key, "job"):
            if job.state in {
                "ACTIVATABLE",
                "ACTIVATED",
                "FAILED",
            }:
                job.state = "CANCELED"
                self.save("job", job)
        if instance.user_task_key is not None:
            task = self.tables.user_tasks.get(instance.user_task_key)
            if task is not None and task.state not in {"COMPLETED", "CANCELED"}:
                task.state = "CANCELED"
                task.pending = None
                task.pending_listeners = []
                self.save("user_task", task)
                self.user_task_events.append((task.key, "CANCELED"))
        if instance.called_process_instance_key is not None:
            called = self.tables.process_instances.get(instance.called_process_instance_key)
            if called is not None and called.state == "ACTIVE":
                self.cancel_process_instance(called)
        for incident in self.tables.owned(instance.key, "incident"):
            if incident.state == "ACTIVE":
                incident.state = "RESOLVED"
                self.save("incident", incident)
        instance.incident_key = None
        if instance.element_type == "PROCESS":
            instance.state = "TERMINATED"
            instance.end_date = self.now_ms()
            self.save("element_instance", instance)
            return
        self._finish(instance, "TERMINATED")

    # ---- errors ---------------------------------------------------------------------------

    def find_catch(self, source: ElementInstance, code: str) -> Catch | None:
        current: ElementInstance | None = source
        while current is not None:
            if current.element_type == "PROCESS":
                instance = self.tables.process_instances[current.key]
                parent_key = instance.parent_element_instance_key
                current = self.tables.element_instances.get(parent_key) if parent_key else None
                continue
            element = self.element_of(current)
            attachable = current.element_type != AD_HOC_INNER and (
                element.loop is None or current.element_type == "MULTI_INSTANCE_BODY"
            )
            if attachable and element.boundaries:
                model = self.model_of(current)
                candidates = [
                    model.elements[b]
                    for b in element.boundaries
                    if model.elements[b].event == "error"
                ]
                exact = [c for c in candidates if c.error_code == code]
                catch_all = [c for c in candidates if c.error_code is None]
                if exact or catch_all:
                    return Catch(current, (exact or catch_all)[0])
            current = self.tables.element_instances.get(current.flow_scope_key or -1)
        return None

    def throw_error(
        self, source: ElementInstance, code: str, message: str, variables: dict[str, Any]
    ) -> bool:
        """Route an error to its catch event; ``False`` (and an incident) when none catches it."""
        catch = self.find_catch(source, code)
        if catch is None:
            detail = f" with message '{message}'" if message else ""
            self.raise_incident(
                source,
                "UNHANDLED_ERROR_EVENT",
                f"Expected to throw an error event with the code '{code}'{detail}, but it was "
                "not caught. No error events are available in the scope.",
                retry="ACTIVATE" if source.job_key is None else "JOB",
                job_key=source.job_key,
            )
            return False
        scope = self.tables.element_instances[catch.host.flow_scope_key or catch.host.key]
        self.terminate(catch.host)
        self.activate(scope, catch.element.id, local=variables or None)
        return True


def user_task_headers(task: UserTask) -> dict[str, str]:
    """The ``io.camunda.zeebe:*`` headers Zeebe puts on a task listener's job.

    During an assignment the task record already carries the assignee being assigned, so an
    ``assigning`` listener sees who is taking the task.
    """
    headers = {
        "io.camunda.zeebe:userTaskKey": str(task.key),
        "io.camunda.zeebe:priority": str(task.priority),
    }
    pending = task.pending or {}
    assignee = pending.get("assignee") if pending.get("action") == "assign" else task.assignee
    if assignee:
        headers["io.camunda.zeebe:assignee"] = str(assignee)
    if task.candidate_groups:
        headers["io.camunda.zeebe:candidateGroups"] = json.dumps(task.candidate_groups)
    if task.candidate_users:
        headers["io.camunda.zeebe:candidateUsers"] = json.dumps(task.candidate_users)
    if task.due_date:
        headers["io.camunda.zeebe:dueDate"] = task.due_date
    if task.follow_up_date:
        headers["io.camunda.zeebe:followUpDate"] = task.follow_up_date
    if task.form_key is not None:
        headers["io.camunda.zeebe:formKey"] = str(task.form_key)
    if task.pending and task.pending.get("action"):
        label = task.pending.get("label") or task.pending["action"]
        headers["io.camunda.zeebe:action"] = str(label)
    return headers


def _feel_type(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int | float):
        return "NUMBER"
    if isinstance(value, str):
        return "STRING"
    if isinstance(value, list):
        return "ARRAY"
    return "OBJECT"


def _correlation_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _duration_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise TimerSpecError(f"'{value}' is not an ISO 8601 duration")
