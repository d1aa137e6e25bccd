"""Case contracts (the variables a process starts and ends with) and Baton's error classes.

Contract names repeat across processes (``Triage``, ``Review``), so the public surface is the
modules: ``contracts.claims``, ``contracts.onboarding``, ``contracts.content``,
``contracts.escalation``, ``contracts.common`` and ``contracts.errors``.
"""

from contracts import claims, common, content, errors, escalation, onboarding

__all__ = ["claims", "common", "content", "errors", "escalation", "onboarding"]
