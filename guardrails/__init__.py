"""Pure checks on text and agent outputs. Each check returns a :class:`~guardrails.verdict.Verdict`;
none does I/O, so the agents decide what to record and where to route."""

from guardrails.verdict import Action, Verdict, strictest

__all__ = ["Action", "Verdict", "strictest"]
