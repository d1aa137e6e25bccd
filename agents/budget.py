"""Per-case cap on model calls and tokens, so a loop or a chatty prompt cannot run up a bill."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from config import LLMSettings
from contracts.errors import ModelBudgetExceededError


@dataclass
class CaseUsage:
    calls: int = 0
    tokens: int = 0


class ModelBudget:
    """Counts calls and tokens per case id; raises once a case goes over its limit.

    One instance per fleet process. A call is charged before it is made (so the call that would
    exceed the limit never happens); tokens are charged when the reply arrives.
    """

    def __init__(self, max_calls_per_case: int, max_tokens_per_case: int) -> None:
        if max_calls_per_case < 1 or max_tokens_per_case < 1:
            raise ValueError("budget limits must be at least 1")
        self.max_calls = max_calls_per_case
        self.max_tokens = max_tokens_per_case
        self._usage: dict[str, CaseUsage] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: LLMSettings) -> ModelBudget:
        return cls(settings.max_calls_per_case, settings.max_tokens_per_case)

    def usage(self, case_id: str) -> CaseUsage:
        with self._lock:
            current = self._usage.get(case_id, CaseUsage())
            return CaseUsage(current.calls, current.tokens)

    def charge_call(self, case_id: str) -> None:
        with self._lock:
            usage = self._usage.setdefault(case_id, CaseUsage())
            if usage.calls + 1 > self.max_calls:
                raise ModelBudgetExceededError(
                    f"case {case_id} reached its limit of {self.max_calls} model calls",
                    variables={"caseId": case_id, "modelCalls": usage.calls},
                )
            if usage.tokens >= self.max_tokens:
                raise ModelBudgetExceededError(
                    f"case {case_id} already used {usage.tokens} of {self.max_tokens} tokens",
                    variables={"caseId": case_id, "modelTokens": usage.tokens},
                )
            usage.calls += 1

    def charge_tokens(self, case_id: str, tokens: int) -> None:
        with self._lock:
            usage = self._usage.setdefault(case_id, CaseUsage())
            usage.tokens += max(tokens, 0)
            if usage.tokens > self.max_tokens:
                raise ModelBudgetExceededError(
                    f"case {case_id} used {usage.tokens} tokens, over its limit of "
                    f"{self.max_tokens}",
                    variables={"caseId": case_id, "modelTokens": usage.tokens},
                )

    def release(self, case_id: str) -> None:
        """Forget a finished case."""
        with self._lock:
            self._usage.pop(case_id, None)
