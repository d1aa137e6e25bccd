"""Errors of the evaluation harness; each message names what was wrong and where."""

from __future__ import annotations


class EvaluationError(RuntimeError):
    """Base of the harness's errors."""


class CaseFileError(EvaluationError):
    """A case file is not a valid labelled case set; the message names the file, line and field."""


class ThresholdsError(EvaluationError):
    """The thresholds file is missing, not YAML, or names an unknown figure."""


class StackError(EvaluationError):
    """A service the run needs (engine, simulator, fleet) did not start or answer."""
