"""Baton's settings: one pydantic-settings tree, read from ``BATON_*`` environment variables.

Nested fields use ``__``: ``BATON_ZEEBE__ADDRESS``, ``BATON_ZEEBE__OAUTH__CLIENT_ID``.
Invalid values fail fast with one message naming the variable (see :func:`load_settings`).
"""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import (
    AnyHttpUrl,
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings import SettingsError as PydanticSettingsError

from config.policy_files import DEFAULT_POLICIES_DIR
from contracts.errors import SettingsError
from contracts.validation import Location, describe_validation_error

ENV_PREFIX = "BATON_"
ENV_NESTED_DELIMITER = "__"

Port = Annotated[int, Field(ge=1, le=65535)]


class ZeebeOAuth(BaseModel):
    """OAuth client credentials for Camunda SaaS or self-managed with Identity."""

    client_id: str
    client_secret: SecretStr
    authorization_server_url: AnyHttpUrl
    audience: str = "zeebe-api"
    scope: str | None = None


class ZeebeSettings(BaseModel):
    address: str = Field(
        default="127.0.0.1:26500", description="host:port of the Zeebe gRPC gateway"
    )
    tls: bool = Field(default=False, description="use TLS (Camunda SaaS / ingress)")
    oauth: ZeebeOAuth | None = None
    rest_url: AnyHttpUrl = Field(
        default=AnyHttpUrl("http://127.0.0.1:8080"),
        description="Orchestration Cluster REST API base URL (without /v2)",
    )

    @field_validator("address")
    @classmethod
    def _address_has_port(cls, address: str) -> str:
        host, sep, port = address.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"address must be host:port, got {address!r}")
        return address

    @model_validator(mode="after")
    def _oauth_needs_tls(self) -> ZeebeSettings:
        if self.oauth is not None and not self.tls:
            raise ValueError("oauth client credentials are only sent over TLS; set tls=true")
        return self


class LLMProvider(StrEnum):
    OFFLINE = "offline"
    OPENAI_COMPATIBLE = "openai-compatible"
    ANTHROPIC = "anthropic"
    OLLAMA = "ollama"


class LLMSettings(BaseModel):
    provider: LLMProvider = LLMProvider.OFFLINE
    model: str | None = Field(default=None, description="model name for remote providers")
    base_url: AnyHttpUrl | None = Field(default=None, description="endpoint for remote providers")
    api_key: SecretStr | None = None
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_calls_per_case: int = Field(default=20, ge=1)
    max_tokens_per_case: int = Field(default=50_000, ge=1)

    @model_validator(mode="after")
    def _remote_needs_model(self) -> LLMSettings:
        if self.provider is not LLMProvider.OFFLINE and not self.model:
            raise ValueError(f"provider {self.provider.value!r} needs a model name")
        return self


class FleetSettings(BaseModel):
    job_types: list[str] = Field(
        default_factory=list,
        description="job types this process serves (empty = all); one worker group per list",
    )
    max_jobs_to_activate: int = Field(default=32, ge=1, le=1000)
    max_running_jobs: int = Field(default=32, ge=1, le=1000)
    job_timeout_ms: int = Field(default=60_000, ge=1_000)
    poll_interval_s: float = Field(default=0.1, gt=0)
    request_timeout_ms: int = Field(default=10_000, ge=0)
    stream_enabled: bool = Field(default=False, description="use Zeebe job streaming")
    shutdown_timeout_s: float = Field(default=30.0, gt=0)
    retry_backoff_ms: int = Field(default=5_000, ge=1, description="backoff on a failed job")
    reconnect_max_backoff_s: float = Field(default=30.0, gt=0)


class LegacySystems(BaseModel):
    """Each legacy system's base URL (``BATON_SYSTEMS__<SYSTEM>_URL``); one left unset is
    reached at ``BATON_SIMULATOR_URL``, so one variable still points every system at the
    simulator."""

    policy_admin_url: AnyHttpUrl | None = None
    payments_url: AnyHttpUrl | None = None
    notifications_url: AnyHttpUrl | None = None
    kyc_url: AnyHttpUrl | None = None
    core_banking_url: AnyHttpUrl | None = None
    cms_url: AnyHttpUrl | None = None
    crm_url: AnyHttpUrl | None = None
    ticketing_url: AnyHttpUrl | None = None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=ENV_NESTED_DELIMITER,
        extra="ignore",
        validate_default=True,
    )

    zeebe: ZeebeSettings = Field(default_factory=ZeebeSettings)
    elasticsearch_url: AnyHttpUrl = AnyHttpUrl("http://127.0.0.1:9200")
    simulator_url: AnyHttpUrl = AnyHttpUrl("http://127.0.0.1:8099")
    systems: LegacySystems = Field(default_factory=LegacySystems)
    policies_dir: Path = Field(
        default=DEFAULT_POLICIES_DIR,
        description="folder of the YAML policies (claims, onboarding, content, guardrails, ...)",
    )
    llm: LLMSettings = Field(default_factory=LLMSettings)
    fleet: FleetSettings = Field(default_factory=FleetSettings)
    metrics_host: str = "0.0.0.0"
    metrics_port: Port = 9464
    log_level: str = Field(default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")
    http_timeout_s: float = Field(default=5.0, gt=0)
    http_retries: int = Field(default=3, ge=0, le=10)
    embeddings_provider: str = Field(
        default="lsa",
        description="knowledge embeddings: lsa (offline), ollama:<model>, openai:<model>, "
        "or package.module:Class",
    )
    elasticsearch_index_prefix: str = Field(
        default="baton",
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="prefix of the context store's indices (cases, case-events, knowledge, audit)",
    )


def system_url(settings: Settings, system: str) -> str:
    """Base URL of ``system`` (a :class:`LegacySystems` key such as ``policy_admin``), without
    a trailing slash: its own setting, else the simulator's."""
    url = getattr(settings.systems, f"{system}_url") or settings.simulator_url
    return str(url).rstrip("/")


def system_url_variable(system: str) -> str:
    """The environment variable that sets ``system``'s base URL."""
    return f"{ENV_PREFIX}SYSTEMS{ENV_NESTED_DELIMITER}{system.upper()}_URL"


def _env_name(loc: Location) -> str:
    return ENV_PREFIX + ENV_NESTED_DELIMITER.join(str(part).upper() for part in loc)


def load_settings() -> Settings:
    """Read settings from the environment, or raise :class:`SettingsError` naming the variable."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = describe_validation_error(exc, name=_env_name)
        raise SettingsError(f"Invalid Baton settings — {problems}") from None
    except PydanticSettingsError as exc:
        raise SettingsError(_unparsable_message(str(exc))) from None


def _unparsable_message(message: str) -> str:
    """pydantic-settings names only the top-level field when a list or object value is not
    JSON; name the environment variables that feed it instead."""
    match = re.search(r'field "([^"]+)"', message)
    field = match.group(1).upper() if match else ""
    prefix = ENV_PREFIX + field
    names = sorted(n for n in os.environ if field and n.upper().startswith(prefix))
    where = ", ".join(names) if names else f"{prefix}*"
    return (
        f"Invalid Baton settings — {where}: lists and objects are written as JSON, "
        """e.g. BATON_FLEET__JOB_TYPES='["claims.pay"]'"""
    )
