"""The chart renders every worker group locked down, probed and drained, for both targets."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from config import load_policies, load_settings

from .conftest import ENGINE_SETS, EXAMPLES, MINIMAL_SETS, REPO, Render, Tools, of_kind, one_of_kind

SECRET_ENV = {
    "BATON_ZEEBE__OAUTH__CLIENT_ID",
    "BATON_ZEEBE__OAUTH__CLIENT_SECRET",
    "BATON_ELASTICSEARCH_URL",
    "BATON_LLM__API_KEY",
}


def _example_values(path: Path) -> dict[str, Any]:
    values: dict[str, Any] = yaml.safe_load(path.read_text())
    return values


def _renders(render: Render) -> list[tuple[str, list[dict[str, Any]]]]:
    out = [(p.name, render([p])) for p in EXAMPLES]
    out.append(("defaults", render(sets=MINIMAL_SETS)))
    out.append(("engine", render(sets=ENGINE_SETS)))
    return out


@pytest.fixture(scope="module")
def rendered(render: Render) -> list[tuple[str, list[dict[str, Any]]]]:
    return _renders(render)


def _settings_data(docs: list[dict[str, Any]]) -> dict[str, str]:
    configmaps = [
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].endswith("-settings")
    ]
    assert len(configmaps) == 1
    data: dict[str, str] = configmaps[0]["data"]
    return data


def test_both_targets_have_an_example() -> None:
    assert {p.name for p in EXAMPLES} >= {"values-saas.yaml", "values-self-managed.yaml"}


def test_every_workload_is_locked_down(rendered: list[tuple[str, list[dict[str, Any]]]]) -> None:
    for name, docs in rendered:
        workloads = of_kind(docs, "Deployment") + of_kind(docs, "StatefulSet")
        assert workloads, name
        for workload in workloads:
            pod = workload["spec"]["template"]["spec"]
            where = f"{name}/{workload['kind']}/{workload['metadata']['name']}"
            assert pod["securityContext"]["runAsNonRoot"] is True, where
            assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, where
            assert pod["automountServiceAccountToken"] is False, where
            for container in pod["containers"]:
                sc = container["securityContext"]
                assert sc["runAsNonRoot"] is True, where
                assert sc["readOnlyRootFilesystem"] is True, where
                assert sc["allowPrivilegeEscalation"] is False, where
                assert sc["capabilities"]["drop"] == ["ALL"], where
                assert sc["seccompProfile"] == {"type": "RuntimeDefault"}, where
                mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
                assert mounts["tmp"] == "/tmp", where
            volumes = {v["name"]: v for v in pod["volumes"]}
            assert "emptyDir" in volumes["tmp"], where


def test_every_deployment_probes_health_endpoints_on_the_metrics_port(
    rendered: list[tuple[str, list[dict[str, Any]]]],
) -> None:
    for name, docs in rendered:
        port = int(_settings_data(docs)["BATON_METRICS_PORT"])
        for deployment in of_kind(docs, "Deployment"):
            (container,) = deployment["spec"]["template"]["spec"]["containers"]
            assert {p["name"]: p["containerPort"] for p in container["ports"]} == {"metrics": port}
            paths = {
                probe: container[probe]["httpGet"]["path"]
                for probe in ("livenessProbe", "readinessProbe", "startupProbe")
            }
            assert paths == {
                "livenessProbe": "/healthz",
                "readinessProbe": "/readyz",
                "startupProbe": "/healthz",
            }, name
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                assert container[probe]["httpGet"]["port"] == "metrics", name


def test_grace_period_outlasts_the_fleet_shutdown_bound(
    rendered: list[tuple[str, list[dict[str, Any]]]],
) -> None:
    for name, docs in rendered:
        bound = float(_settings_data(docs)["BATON_FLEET__SHUTDOWN_TIMEOUT_S"])
        for deployment in of_kind(docs, "Deployment"):
            grace = deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
            assert grace > bound, f"{name}: grace {grace}s <= shutdown bound {bound}s"


def test_every_workload_sets_cpu_and_memory_requests_and_limits(
    rendered: list[tuple[str, list[dict[str, Any]]]],
) -> None:
    for name, docs in rendered:
        for workload in of_kind(docs, "Deployment") + of_kind(docs, "StatefulSet"):
            (container,) = workload["spec"]["template"]["spec"]["containers"]
            for kind in ("requests", "limits"):
                assert set(container["resources"][kind]) >= {"cpu", "memory"}, name


def test_one_deployment_and_pdb_per_worker_group_with_its_job_types(render: Render) -> None:
    for path in EXAMPLES:
        groups = _example_values(path)["workerGroups"]
        docs = render([path])
        deployments = {d["metadata"]["name"]: d for d in of_kind(docs, "Deployment")}
        pdbs = {d["metadata"]["name"] for d in of_kind(docs, "PodDisruptionBudget")}
        assert set(deployments) == {f"baton-{g['name']}" for g in groups}, path.name
        assert pdbs == set(deployments), path.name
        for group in groups:
            (container,) = deployments[f"baton-{group['name']}"]["spec"]["template"]["spec"][
                "containers"
            ]
            env = {e["name"]: e.get("value") for e in container["env"]}
            assert json.loads(env["BATON_FLEET__JOB_TYPES"]) == group["jobTypes"]


def test_autoscaled_groups_get_a_cpu_hpa_and_leave_replicas_to_it(render: Render) -> None:
    docs = render(
        sets=MINIMAL_SETS,
        set_json=[
            'workerGroups=[{"name":"busy","jobTypes":["claims.pay"],"replicas":2,'
            '"resources":{"requests":{"cpu":"100m","memory":"128Mi"},'
            '"limits":{"cpu":"1","memory":"1Gi"}},"autoscaling":{"enabled":true,"maxReplicas":9}},'
            '{"name":"calm","jobTypes":[],"replicas":3,'
            '"resources":{"requests":{"cpu":"100m","memory":"128Mi"},'
            '"limits":{"cpu":"1","memory":"1Gi"}}}]'
        ],
    )
    hpa = one_of_kind(docs, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"]["name"] == "baton-busy"
    assert hpa["spec"]["maxReplicas"] == 9
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    replicas = {
        d["metadata"]["name"]: d["spec"].get("replicas") for d in of_kind(docs, "Deployment")
    }
    assert replicas == {"baton-busy": None, "baton-calm": 3}


def test_a_group_can_switch_off_chart_wide_autoscaling(render: Render) -> None:
    docs = render(
        sets=[
            *MINIMAL_SETS,
            "autoscaling.enabled=true",
            "workerGroups[0].autoscaling.enabled=false",
        ],
        set_json=[
            'workerGroups=[{"name":"pinned","jobTypes":[],"replicas":1,'
            '"resources":{"requests":{"cpu":"100m","memory":"128Mi"},'
            '"limits":{"cpu":"1","memory":"1Gi"}},"autoscaling":{"enabled":false}}]'
        ],
    )
    assert of_kind(docs, "HorizontalPodAutoscaler") == []
    assert one_of_kind(docs, "Deployment")["spec"]["replicas"] == 1


def test_credentials_come_only_from_secret_references(
    rendered: list[tuple[str, list[dict[str, Any]]]],
) -> None:
    for name, docs in rendered:
        assert of_kind(docs, "Secret") == [], name
        settings = _settings_data(docs)
        assert not (SECRET_ENV - {"BATON_ELASTICSEARCH_URL"}) & set(settings), name
        assert "@" not in settings.get("BATON_ELASTICSEARCH_URL", ""), name
        for deployment in of_kind(docs, "Deployment"):
            (container,) = deployment["spec"]["template"]["spec"]["containers"]
            for env in container["env"]:
                if env["name"] in SECRET_ENV:
                    assert "secretKeyRef" in env["valueFrom"], f"{name}: {env['name']}"


def test_saas_example_reads_oauth_elasticsearch_and_llm_from_existing_secrets(
    render: Render,
) -> None:
    docs = render([p for p in EXAMPLES if p.name == "values-saas.yaml"])
    (container, *_) = of_kind(docs, "Deployment")[0]["spec"]["template"]["spec"]["containers"]
    refs = {
        e["name"]: (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
        for e in container["env"]
        if "valueFrom" in e
    }
    assert refs == {
        "BATON_ZEEBE__OAUTH__CLIENT_ID": ("baton-zeebe-oauth", "client-id"),
        "BATON_ZEEBE__OAUTH__CLIENT_SECRET": ("baton-zeebe-oauth", "client-secret"),
        "BATON_ELASTICSEARCH_URL": ("baton-elasticsearch", "url"),
        "BATON_LLM__API_KEY": ("baton-llm", "api-key"),
    }


def test_rendered_settings_are_accepted_by_the_fleet(
    rendered: list[tuple[str, list[dict[str, Any]]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ConfigMap plus stand-ins for the Secret values must load into config.settings."""
    stand_ins = {
        "BATON_ZEEBE__OAUTH__CLIENT_ID": "client",
        "BATON_ZEEBE__OAUTH__CLIENT_SECRET": "secret",
        "BATON_ELASTICSEARCH_URL": "https://user:pass@es.example.com:9243",
        "BATON_LLM__API_KEY": "key",
    }
    for name, docs in rendered:
        for deployment in of_kind(docs, "Deployment"):
            with monkeypatch.context() as patch:
                for var in [v for v in os.environ if v.startswith("BATON_")]:
                    patch.delenv(var)
                for key, value in _settings_data(docs).items():
                    patch.setenv(key, value)
                (container,) = deployment["spec"]["template"]["spec"]["containers"]
                for env in container["env"]:
                    patch.setenv(env["name"], env.get("value") or stand_ins[env["name"]])
                settings = load_settings()
                expected = _settings_data(docs)["BATON_ZEEBE__ADDRESS"]
                assert settings.zeebe.address == expected, name


IMAGE_POLICIES = "/app/config/policies"


def _policy_folder_as_the_pod_sees_it(docs: list[dict[str, Any]], folder: Path) -> Path:
    """The image's config/policies with each mounted ConfigMap file laid over its namesake; or,
    when BATON_POLICIES_DIR is set, the mounted ConfigMap's files alone."""
    (container,) = of_kind(docs, "Deployment")[0]["spec"]["template"]["spec"]["containers"]
    configmap = next(
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].endswith("-policies")
    )
    if "BATON_POLICIES_DIR" in _settings_data(docs):
        folder.mkdir()
        for name, content in configmap["data"].items():
            (folder / name).write_text(content)
        return folder
    shutil.copytree(REPO / "config" / "policies", folder)
    for mount in container["volumeMounts"]:
        if mount["name"] == "policies":
            assert mount["mountPath"] == f"{IMAGE_POLICIES}/{mount['subPath']}"
            (folder / mount["subPath"]).write_text(configmap["data"][mount["subPath"]])
    return folder


def test_self_managed_policies_overlay_the_images_and_every_policy_loads(
    render: Render, tmp_path: Path
) -> None:
    docs = render([p for p in EXAMPLES if p.name == "values-self-managed.yaml"])
    folder = _policy_folder_as_the_pod_sees_it(docs, tmp_path / "policies")
    policies = load_policies(folder)
    assert policies.claims.auto_approval.allowed_complexity == ["simple"]
    assert policies.guardrails.payout_limits, "guardrails.yaml keeps the image's limits"
    assert "BATON_POLICIES_DIR" not in _settings_data(docs)


def test_an_existing_policies_configmap_replaces_the_whole_folder(render: Render) -> None:
    docs = render(
        [p for p in EXAMPLES if p.name == "values-self-managed.yaml"],
        ["policies.existingConfigMap=site-policies"],
    )
    (container,) = of_kind(docs, "Deployment")[0]["spec"]["template"]["spec"]["containers"]
    mounts = [m for m in container["volumeMounts"] if m["name"] == "policies"]
    assert mounts == [{"name": "policies", "mountPath": "/etc/baton/policies", "readOnly": True}]
    assert _settings_data(docs)["BATON_POLICIES_DIR"] == "/etc/baton/policies"


def test_network_policy_admits_only_the_metrics_port_and_named_egress(
    rendered: list[tuple[str, list[dict[str, Any]]]],
) -> None:
    for name, docs in rendered:
        (policy,) = [p for p in of_kind(docs, "NetworkPolicy") if p["metadata"]["name"] == "baton"]
        assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
        (ingress,) = policy["spec"]["ingress"]
        assert ingress["ports"] == [{"port": "metrics", "protocol": "TCP"}], name
        egress_ports = [p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]]
        assert 53 in egress_ports, name
        for rule in policy["spec"]["egress"]:
            assert rule.get("ports"), f"{name}: an egress rule without ports opens every port"


def test_service_monitor_scrapes_the_metrics_service_port(render: Render) -> None:
    docs = render([p for p in EXAMPLES if p.name == "values-saas.yaml"])
    monitor = one_of_kind(docs, "ServiceMonitor")
    service = one_of_kind(docs, "Service")
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["path"] == "/metrics"
    assert endpoint["port"] in {p["name"] for p in service["spec"]["ports"]}
    assert (
        monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    )
    assert service["spec"]["selector"].items() <= (
        of_kind(docs, "Deployment")[0]["spec"]["template"]["metadata"]["labels"].items()
    )


def _kube_validate(tools: Tools, manifests: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(tools.kube_validate),
            "--kube-version",
            tools.kube_version,
            "--skip",
            "ServiceMonitor",
            "-",
        ],
        input=manifests,
        capture_output=True,
        text=True,
        check=False,
    )


def test_kube_validate_accepts_every_example(render: Render, tools: Tools) -> None:
    for path in EXAMPLES:
        done = _kube_validate(tools, yaml.safe_dump_all(render([path])))
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Invalid: 0," in done.stdout, path.name


def test_kube_validate_rejects_an_unknown_deployment_field(render: Render, tools: Tools) -> None:
    docs = render(sets=MINIMAL_SETS)
    one_of_kind(docs, "Deployment")["spec"]["replica"] = 2
    done = _kube_validate(tools, yaml.safe_dump_all(docs))
    assert done.returncode == 1
    assert "Additional properties are not allowed ('replica' was unexpected)" in done.stdout


def test_kube_validate_rejects_an_unknown_container_field(render: Render, tools: Tools) -> None:
    docs = render(sets=MINIMAL_SETS)
    deployment = one_of_kind(docs, "Deployment")
    deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolcy"] = "Always"
    done = _kube_validate(tools, yaml.safe_dump_all(docs))
    assert done.returncode == 1
    assert "'imagePullPolcy' was unexpected" in done.stdout


def test_kube_validate_rejects_a_kind_without_a_schema(tools: Tools) -> None:
    done = _kube_validate(tools, "apiVersion: v1\nkind: ConfigMapp\nmetadata: {name: x}\n")
    assert done.returncode == 1
    assert "Couldn't find schema for kind ConfigMapp" in done.stdout


@pytest.mark.parametrize(
    ("manifests", "message"),
    [
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n", "cannot read manifests"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, name: b}\n", "duplicate key"),
        ("kind: ConfigMap\nmetadata: {name: a}\n", "needs string fields apiVersion and kind"),
        ("- just\n- a list\n", "needs string fields apiVersion and kind"),
    ],
)
def test_kube_validate_rejects_malformed_manifests(
    tools: Tools, manifests: str, message: str
) -> None:
    done = _kube_validate(tools, manifests)
    assert done.returncode == 1
    assert message in done.stdout
