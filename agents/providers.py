"""Chat model by configuration: ``BATON_LLM__PROVIDER`` = offline | openai-compatible |
anthropic | ollama. Constructing a model never calls the network."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import structlog
from langchain_core.language_models import BaseChatModel

from agents.classifier import MODEL_ID
from agents.offline import OfflineChatModel, OfflineHandler
from config import LLMProvider, LLMSettings

log = structlog.get_logger(__name__)

REQUEST_TIMEOUT_S = 60.0
MAX_RETRIES = 2


NO_ROLES: Mapping[str, OfflineHandler] = MappingProxyType({})


def model_label(settings: LLMSettings) -> str:
    """What produced an output, for logs and the case file."""
    if settings.provider is LLMProvider.OFFLINE:
        return MODEL_ID
    return f"{settings.provider.value}:{settings.model}"


def build_chat_model(
    settings: LLMSettings, offline_roles: Mapping[str, OfflineHandler] = NO_ROLES
) -> BaseChatModel:
    """The chat model the settings name; the offline one answers ``offline_roles``. The API key
    is passed through, never logged."""
    key = settings.api_key.get_secret_value() if settings.api_key else None
    base_url = str(settings.base_url) if settings.base_url else None
    model: BaseChatModel
    if settings.provider is LLMProvider.OFFLINE:
        model = OfflineChatModel(roles=offline_roles)
    elif settings.provider is LLMProvider.OPENAI_COMPATIBLE:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        model = ChatOpenAI(
            model=str(settings.model),
            base_url=base_url,
            api_key=SecretStr(key or "not-needed"),
            temperature=settings.temperature,
            timeout=REQUEST_TIMEOUT_S,
            max_retries=MAX_RETRIES,
        )
    elif settings.provider is LLMProvider.ANTHROPIC:
        from langchain_anthropic import ChatAnthropic
        from pydantic import SecretStr

        model = ChatAnthropic(
            model=str(settings.model),
            api_key=SecretStr(key or ""),
            base_url=base_url,
            temperature=settings.temperature,
            timeout=REQUEST_TIMEOUT_S,
            max_retries=MAX_RETRIES,
            stop=None,
        )
    else:
        from langchain_ollama import ChatOllama

        model = ChatOllama(
            model=str(settings.model),
            base_url=base_url,
            temperature=settings.temperature,
        )
    log.info(
        "chat model configured",
        provider=settings.provider.value,
        model=model_label(settings),
        endpoint_host=settings.base_url.host if settings.base_url else None,
    )
    return model
