"""Bad values fail `helm template` (so `helm install`) with a message naming what to fix."""

from __future__ import annotations

import pytest

from .conftest import ENGINE_SETS, MINIMAL_SETS, Render, RenderError, of_kind

GROUP = (
    '{"name":"g","jobTypes":["claims.pay"],"replicas":1,'
    '"resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"cpu":"1","memory":"1Gi"}}}'
)


def _refused(render: Render, sets: list[str], set_json: list[str] | None = None) -> str:
    with pytest.raises(RenderError) as refused:
        render(sets=sets, set_json=set_json)
    return str(refused.value)


def test_minimal_values_render(render: Render) -> None:
    assert of_kind(render(sets=MINIMAL_SETS), "Deployment")


def test_replicas_as_text_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "workerGroups[0].replicas=two"])
    assert "at '/workerGroups/0/replicas'" in message
    assert "want integer" in message


def test_missing_zeebe_address_is_refused(render: Render) -> None:
    message = _refused(render, ["elasticsearch.url=http://es:9200"])
    assert "at '/zeebe/address'" in message


def test_zeebe_address_without_port_is_refused(render: Render) -> None:
    message = _refused(render, ["zeebe.address=zeebe-gateway", "elasticsearch.url=http://es:9200"])
    assert "at '/zeebe/address'" in message


@pytest.mark.parametrize(
    ("inline", "path"),
    [
        ("zeebe.oauth.clientSecret=s3cr3t", "/zeebe/oauth/clientSecret"),
        ("llm.apiKey=sk-123", "/llm/apiKey"),
        (
            "elasticsearch.urlWithCredentials=https://u:p@es:9200",
            "/elasticsearch/urlWithCredentials",
        ),
    ],
)
def test_inline_secret_is_refused_unless_allowed(render: Render, inline: str, path: str) -> None:
    message = _refused(render, [*MINIMAL_SETS, inline])
    assert f"at '{path}'" in message


def test_inline_secrets_when_allowed_go_to_a_chart_secret_not_the_configmap(
    render: Render,
) -> None:
    docs = render(
        sets=[
            *MINIMAL_SETS,
            "allowInlineSecrets=true",
            "zeebe.tls=true",
            "zeebe.oauth.enabled=true",
            "zeebe.oauth.authorizationServerUrl=https://login.example.com/oauth/token",
            "zeebe.oauth.clientId=client",
            "zeebe.oauth.clientSecret=s3cr3t",
        ]
    )
    (secret,) = of_kind(docs, "Secret")
    assert secret["stringData"]["zeebe-client-secret"] == "s3cr3t"
    settings = next(
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].endswith("-settings")
    )
    assert "s3cr3t" not in str(settings["data"])
    (container,) = of_kind(docs, "Deployment")[0]["spec"]["template"]["spec"]["containers"]
    ref = next(e for e in container["env"] if e["name"] == "BATON_ZEEBE__OAUTH__CLIENT_SECRET")
    assert ref["valueFrom"]["secretKeyRef"]["name"] == secret["metadata"]["name"]


def test_oauth_without_tls_is_refused(render: Render) -> None:
    message = _refused(
        render,
        [
            *MINIMAL_SETS,
            "zeebe.oauth.enabled=true",
            "zeebe.oauth.authorizationServerUrl=https://login.example.com/oauth/token",
            "zeebe.oauth.existingSecret=zeebe-oauth",
        ],
    )
    assert "at '/zeebe/tls'" in message


def test_oauth_without_a_secret_names_existing_secret(render: Render) -> None:
    message = _refused(
        render,
        [
            *MINIMAL_SETS,
            "zeebe.tls=true",
            "zeebe.oauth.enabled=true",
            "zeebe.oauth.authorizationServerUrl=https://login.example.com/oauth/token",
        ],
    )
    assert "zeebe.oauth.existingSecret" in message


def test_remote_llm_without_model_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "llm.provider=anthropic", "llm.existingSecret=llm"])
    assert "at '/llm/model'" in message or "missing property 'model'" in message


def test_remote_llm_without_api_key_secret_names_existing_secret(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "llm.provider=anthropic", "llm.model=claude"])
    assert "llm.existingSecret" in message


def test_unknown_provider_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "llm.provider=gpt"])
    assert "at '/llm/provider'" in message


def test_missing_elasticsearch_names_the_values_to_set(render: Render) -> None:
    message = _refused(render, ["zeebe.address=zeebe-gateway:26500"])
    assert "elasticsearch.url" in message


def test_misspelt_group_key_is_refused(render: Render) -> None:
    message = _refused(
        render, MINIMAL_SETS, ['workerGroups=[{"name":"g","jobTypes":[],"replica":1}]']
    )
    assert "additional properties 'replica' not allowed" in message


def test_group_without_resources_is_refused(render: Render) -> None:
    message = _refused(
        render, MINIMAL_SETS, ['workerGroups=[{"name":"g","jobTypes":[],"replicas":1}]']
    )
    assert "missing property 'resources'" in message


def test_job_type_outside_family_dot_action_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "workerGroups[0].jobTypes[0]=Pay Claim"])
    assert "at '/workerGroups/0/jobTypes/0'" in message


def test_group_name_that_is_not_a_dns_label_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "workerGroups[0].name=Claims_Group"])
    assert "at '/workerGroups/0/name'" in message


def test_duplicate_group_names_are_refused(render: Render) -> None:
    message = _refused(render, MINIMAL_SETS, [f"workerGroups=[{GROUP},{GROUP}]"])
    assert 'the name "g" is used twice' in message


def test_empty_group_list_is_refused(render: Render) -> None:
    message = _refused(render, MINIMAL_SETS, ["workerGroups=[]"])
    assert "at '/workerGroups'" in message


def test_autoscaling_min_above_max_is_refused(render: Render) -> None:
    message = _refused(
        render,
        [
            *MINIMAL_SETS,
            "autoscaling.enabled=true",
            "autoscaling.minReplicas=5",
            "autoscaling.maxReplicas=2",
        ],
    )
    assert "minReplicas 5 is above maxReplicas 2" in message


def test_extra_setting_outside_baton_prefix_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "extraSettings.ZEEBE_ADDRESS=x"])
    assert "at '/extraSettings'" in message
    assert "'ZEEBE_ADDRESS' not allowed" in message


def test_policy_file_name_must_be_yaml(render: Render) -> None:
    message = _refused(render, MINIMAL_SETS, ['policies={"files":{"claims.txt":"a: 1"}}'])
    assert "at '/policies/files'" in message
    assert "'claims.txt' not allowed" in message


def test_engine_enabled_renders_without_a_zeebe_address(render: Render) -> None:
    assert of_kind(render(sets=ENGINE_SETS), "StatefulSet")


@pytest.mark.parametrize("size", ["-1Gi", "0", "2 Gi", "lots"])
def test_engine_storage_size_that_is_not_a_positive_quantity_is_refused(
    render: Render, size: str
) -> None:
    message = _refused(render, ENGINE_SETS, [f'engine.persistence.size="{size}"'])
    assert "at '/engine/persistence/size'" in message


def test_engine_storage_size_as_a_number_is_refused(render: Render) -> None:
    message = _refused(render, [*ENGINE_SETS, "engine.persistence.size=5"])
    assert "at '/engine/persistence/size'" in message
    assert "want string" in message


def test_unknown_engine_key_is_refused(render: Render) -> None:
    message = _refused(render, [*ENGINE_SETS, "engine.replicas=3"])
    assert "at '/engine'" in message
    assert "additional properties 'replicas' not allowed" in message


def test_engine_storage_class_that_is_not_a_kubernetes_name_is_refused(render: Render) -> None:
    message = _refused(render, [*ENGINE_SETS, "engine.persistence.storageClass=Fast_SSD"])
    assert "at '/engine/persistence/storageClass'" in message


def test_engine_without_resource_limits_is_refused(render: Render) -> None:
    message = _refused(render, [*ENGINE_SETS, "engine.resources.limits=null"])
    assert "at '/engine/resources'" in message
    assert "missing property 'limits'" in message


def test_engine_enabled_as_text_is_refused(render: Render) -> None:
    message = _refused(render, [*MINIMAL_SETS, "engine.enabled=yes"])
    assert "at '/engine/enabled'" in message


def test_tls_to_the_charts_engine_is_refused(render: Render) -> None:
    message = _refused(render, [*ENGINE_SETS, "zeebe.tls=true"])
    assert "speaks plain gRPC" in message
    assert "zeebe.tls: false" in message


def test_worker_group_named_engine_is_refused_beside_the_engine(render: Render) -> None:
    group = GROUP.replace('"name":"g"', '"name":"engine"')
    message = _refused(render, ENGINE_SETS, [f"workerGroups=[{group}]"])
    assert 'the name "engine" is taken' in message
