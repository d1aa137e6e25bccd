"""Errors a benchmark run raises; each message says what was wrong and what to do."""

from __future__ import annotations


class BenchmarkError(RuntimeError):
    """A benchmark could not run or produced no usable figure."""


class WorkerOutputError(BenchmarkError):
    """A benchmark worker's output had no well-formed result line."""


class ReferenceWorkerBuildError(BenchmarkError):
    """The Java reference worker could not be fetched, compiled or started."""


class MachineInfoError(BenchmarkError):
    """``/proc`` did not describe the machine in the expected format."""
