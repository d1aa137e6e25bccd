"""Fakes for unit tests of plumbing only; never proof that a BPMN process works."""

from .zeebe_gateway import (
    Failure,
    FakeZeebeGateway,
    Incident,
    JobState,
    ThrownError,
)

__all__ = ["Failure", "FakeZeebeGateway", "Incident", "JobState", "ThrownError"]
