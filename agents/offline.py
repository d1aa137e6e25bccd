"""The offline model: a LangChain chat model that needs no network and no downloaded weights.

It is honest about what it is. Each agent role has a deterministic handler, passed in as
``roles`` (``agents.offline_roles.offline_roles()``) (the TF-IDF +
logistic-regression classifier, extraction rules, extractive summaries); the model reads the role
from the system prompt and the JSON payload from the last human message, and replies with JSON
in the same shape a remote model is asked for. Token counts are whitespace word counts, reported
as such.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import structlog
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import Field

from agents.classifier import MODEL_ID

log = structlog.get_logger(__name__)

ROLE_PREFIX = "baton-agent-role:"
OfflineHandler = Callable[[dict[str, Any]], dict[str, Any]]


def _text(message: BaseMessage) -> str:
    return message.content if isinstance(message.content, str) else json.dumps(message.content)


class OfflineChatModel(BaseChatModel):
    """Deterministic stand-in for an LLM, behind the same chat-model interface."""

    model_name: str = MODEL_ID
    roles: Mapping[str, OfflineHandler] = Field(default_factory=dict)
    """The deterministic handler of each agent role, by role name."""

    @property
    def _llm_type(self) -> str:
        return "baton-offline"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name}

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        system = next((m for m in messages if isinstance(m, SystemMessage)), None)
        human = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
        if system is None or human is None:
            raise ValueError("the offline model needs a system message and a human message")
        first_line = _text(system).splitlines()[0] if _text(system) else ""
        if not first_line.startswith(ROLE_PREFIX):
            raise ValueError(f"system prompt must start with '{ROLE_PREFIX} <role>'")
        role = first_line.removeprefix(ROLE_PREFIX).strip()
        try:
            payload = json.loads(_text(human))
        except json.JSONDecodeError as exc:
            raise ValueError(f"offline model expects a JSON payload: {exc}") from None
        if not isinstance(payload, dict):
            raise ValueError("offline model expects a JSON object payload")
        if role not in self.roles:
            raise ValueError(f"the offline model has no handler for agent role {role!r}")
        reply = json.dumps(self.roles[role](payload), default=str)
        prompt_words = sum(len(_text(m).split()) for m in messages)
        log.info("offline model answered", model=self.model_name, role=role)
        message = AIMessage(
            content=reply,
            response_metadata={"model_name": self.model_name, "token_count": "words"},
            usage_metadata={
                "input_tokens": prompt_words,
                "output_tokens": len(reply.split()),
                "total_tokens": prompt_words + len(reply.split()),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])
