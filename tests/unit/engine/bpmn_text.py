"""Small BPMN documents for engine tests, written out in full so each test reads on its own."""

from __future__ import annotations

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs" '
    'targetNamespace="http://baton.example/test">\n'
)


def process(process_id: str, body: str, extra: str = "") -> bytes:
    """A one-process definitions document; ``extra`` holds root-level messages and errors."""
    return (
        f'{HEAD}{extra}<bpmn:process id="{process_id}" isExecutable="true">\n{body}\n'
        "</bpmn:process>\n</bpmn:definitions>\n"
    ).encode()


def flow(flow_id: str, source: str, target: str, condition: str | None = None) -> str:
    if condition is None:
        return f'<bpmn:sequenceFlow id="{flow_id}" sourceRef="{source}" targetRef="{target}"/>'
    return (
        f'<bpmn:sequenceFlow id="{flow_id}" sourceRef="{source}" targetRef="{target}">'
        f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{condition}'
        "</bpmn:conditionExpression></bpmn:sequenceFlow>"
    )


def service_task(task_id: str, job_type: str, extensions: str = "", retries: int = 3) -> str:
    return (
        f'<bpmn:serviceTask id="{task_id}"><bpmn:extensionElements>'
        f'<zeebe:taskDefinition type="{job_type}" retries="{retries}"/>{extensions}'
        "</bpmn:extensionElements></bpmn:serviceTask>"
    )


def one_task(process_id: str = "one-task", job_type: str = "work") -> bytes:
    """start → one service task → end."""
    return process(
        process_id,
        '<bpmn:startEvent id="start"/>'
        + service_task("task", job_type)
        + '<bpmn:endEvent id="end"/>'
        + flow("f1", "start", "task")
        + flow("f2", "task", "end"),
    )
