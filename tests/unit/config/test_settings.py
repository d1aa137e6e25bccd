import shutil
from pathlib import Path

import pytest

from config import (
    DEFAULT_POLICIES_DIR,
    ClaimsPolicy,
    LLMProvider,
    Settings,
    load_policies,
    load_policy,
    load_settings,
)
from contracts.errors import PolicyConfigError, PolicyFileError, SettingsError


def test_defaults_target_the_local_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.zeebe.address == "127.0.0.1:26500"
    assert not settings.zeebe.tls
    assert settings.llm.provider is LLMProvider.OFFLINE
    assert settings.fleet.shutdown_timeout_s > 0


def test_nested_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATON_ZEEBE__ADDRESS", "zeebe.example:443")
    monkeypatch.setenv("BATON_ZEEBE__TLS", "true")
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__CLIENT_ID", "baton")
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__CLIENT_SECRET", "s3cr3t-value")
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__AUTHORIZATION_SERVER_URL", "https://login.example/t")
    monkeypatch.setenv("BATON_FLEET__JOB_TYPES", '["claims.pay"]')
    settings = load_settings()
    assert settings.zeebe.oauth is not None
    assert settings.fleet.job_types == ["claims.pay"]
    assert "s3cr3t-value" not in repr(settings)


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("BATON_ZEEBE__ADDRESS", "no-port", "BATON_ZEEBE__ADDRESS"),
        ("BATON_METRICS_PORT", "70000", "BATON_METRICS_PORT"),
        ("BATON_METRICS_PORT", "nine", "BATON_METRICS_PORT"),
        ("BATON_LLM__PROVIDER", "gpt", "BATON_LLM__PROVIDER"),
        ("BATON_FLEET__SHUTDOWN_TIMEOUT_S", "-1", "BATON_FLEET__SHUTDOWN_TIMEOUT_S"),
        ("BATON_ELASTICSEARCH_URL", "not a url", "BATON_ELASTICSEARCH_URL"),
    ],
)
def test_invalid_setting_fails_fast_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, named: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=named):
        load_settings()


def test_remote_llm_without_model_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATON_LLM__PROVIDER", "anthropic")
    with pytest.raises(SettingsError, match="needs a model name"):
        load_settings()


def test_oauth_without_tls_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__CLIENT_ID", "baton")
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__CLIENT_SECRET", "x")
    monkeypatch.setenv("BATON_ZEEBE__OAUTH__AUTHORIZATION_SERVER_URL", "https://login.example/t")
    with pytest.raises(SettingsError, match="only sent over TLS"):
        load_settings()


def test_malformed_policy_file_names_the_field(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "claims.yaml"  # type: ignore[operator]
    path.write_text("autoApproval: {maxFraudScore: -5}\n")
    with pytest.raises(PolicyFileError, match=r"autoApproval\.maxFraudScore"):
        load_policy(ClaimsPolicy, path)
    path.write_text("autoApproval: [unclosed\n")
    with pytest.raises(PolicyFileError, match="not valid YAML"):
        load_policy(ClaimsPolicy, path)


def test_policies_dir_setting_moves_every_policy_guardrails_included(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(DEFAULT_POLICIES_DIR, tmp_path, dirs_exist_ok=True)
    guardrails = tmp_path / "guardrails.yaml"
    guardrails.write_text(guardrails.read_text().replace("version: 1", "version: 2", 1))
    monkeypatch.setenv("BATON_POLICIES_DIR", str(tmp_path))
    settings = Settings()
    assert settings.policies_dir == tmp_path
    with pytest.raises(PolicyConfigError, match=str(guardrails)):
        load_policies(settings.policies_dir)
