"""The one rule for keying side effects, so a job Zeebe delivers twice has its effect once."""

from pyzeebe import Job


def side_effect_key(process_id: str, business_key: str, job: Job, *suffix: str) -> str:
    """``<process>:<business key>:<BPMN element>[:<suffix>...]`` — stable across redeliveries
    of the same job; a suffix separates effects one element repeats on purpose (loop rounds)."""
    return ":".join([process_id, business_key, job.element_id, *suffix])
