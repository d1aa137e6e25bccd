"""Business errors raised by the agent layer; each ``code`` is the BPMN error the model catches."""

from __future__ import annotations

from contracts.errors import BusinessError


class ModelBudgetExceededError(BusinessError):
    """A case used more model calls or tokens than ``BATON_LLM__MAX_*_PER_CASE`` allow."""

    code = "MODEL_BUDGET_EXCEEDED"


class GuardrailBlockedError(BusinessError):
    """A guardrail blocked an agent's input or output; a person must look at the case."""

    code = "GUARDRAIL_BLOCKED"
