"""engine.enabled runs Baton's own engine as a one-replica StatefulSet the fleet talks to."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import ENGINE_SETS, EXAMPLES, MINIMAL_SETS, Render, of_kind, one_of_kind

DEMO = next(p for p in EXAMPLES if p.name == "values-demo-engine.yaml")
ENGINE_PORTS = {"grpc": 26500, "rest": 8080, "management": 9600}


def _settings(docs: list[dict[str, Any]]) -> dict[str, str]:
    (configmap,) = [
        d for d in of_kind(docs, "ConfigMap") if d["metadata"]["name"].endswith("-settings")
    ]
    data: dict[str, str] = configmap["data"]
    return data


def _engine_container(docs: list[dict[str, Any]]) -> dict[str, Any]:
    containers: list[dict[str, Any]] = one_of_kind(docs, "StatefulSet")["spec"]["template"]["spec"][
        "containers"
    ]
    (container,) = containers
    return container


@pytest.fixture(scope="module")
def engine_docs(render: Render) -> list[dict[str, Any]]:
    return render(sets=ENGINE_SETS)


def test_engine_is_off_by_default(render: Render) -> None:
    docs = render(sets=MINIMAL_SETS)
    assert of_kind(docs, "StatefulSet") == []
    assert [s["metadata"]["name"] for s in of_kind(docs, "Service")] == ["baton-metrics"]


def test_engine_runs_the_fleet_image_as_one_replica_on_all_interfaces(
    engine_docs: list[dict[str, Any]],
) -> None:
    statefulset = one_of_kind(engine_docs, "StatefulSet")
    assert statefulset["spec"]["replicas"] == 1
    container = _engine_container(engine_docs)
    (fleet, *_) = of_kind(engine_docs, "Deployment")
    assert container["image"] == fleet["spec"]["template"]["spec"]["containers"][0]["image"]
    assert container["command"] == ["python", "-m", "engine"]
    assert container["args"] == [
        "--data-dir=/data",
        "--host=0.0.0.0",
        "--grpc-port=26500",
        "--rest-port=8080",
        "--management-port=9600",
    ]
    assert {p["name"]: p["containerPort"] for p in container["ports"]} == ENGINE_PORTS


def test_engine_data_lives_on_a_claim_of_the_configured_size_and_class(render: Render) -> None:
    docs = render(
        sets=[*ENGINE_SETS, "engine.persistence.size=7Gi", "engine.persistence.storageClass=ssd"]
    )
    statefulset = one_of_kind(docs, "StatefulSet")
    (claim,) = statefulset["spec"]["volumeClaimTemplates"]
    assert claim["spec"]["resources"]["requests"]["storage"] == "7Gi"
    assert claim["spec"]["storageClassName"] == "ssd"
    assert claim["spec"]["accessModes"] == ["ReadWriteOnce"]
    mounts = {m["name"]: m["mountPath"] for m in _engine_container(docs)["volumeMounts"]}
    assert mounts[claim["metadata"]["name"]] == "/data"
    pod = statefulset["spec"]["template"]["spec"]
    assert pod["securityContext"]["fsGroup"] == pod["securityContext"]["runAsUser"]


def test_an_empty_storage_class_leaves_the_cluster_default(
    engine_docs: list[dict[str, Any]],
) -> None:
    (claim,) = one_of_kind(engine_docs, "StatefulSet")["spec"]["volumeClaimTemplates"]
    assert "storageClassName" not in claim["spec"]


def test_engine_probes_its_health_groups_on_the_management_port(
    engine_docs: list[dict[str, Any]],
) -> None:
    container = _engine_container(engine_docs)
    probes = {
        probe: (container[probe]["httpGet"]["path"], container[probe]["httpGet"]["port"])
        for probe in ("livenessProbe", "readinessProbe", "startupProbe")
    }
    assert probes == {
        "livenessProbe": ("/actuator/health/liveness", "management"),
        "readinessProbe": ("/actuator/health/readiness", "management"),
        "startupProbe": ("/actuator/health/liveness", "management"),
    }


def test_engine_service_selects_only_the_engine_pod_on_its_three_ports(
    engine_docs: list[dict[str, Any]],
) -> None:
    service = next(
        s for s in of_kind(engine_docs, "Service") if s["metadata"]["name"] == "baton-engine"
    )
    statefulset = one_of_kind(engine_docs, "StatefulSet")
    assert statefulset["spec"]["serviceName"] == "baton-engine"
    engine_labels = statefulset["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= engine_labels.items()
    for deployment in of_kind(engine_docs, "Deployment"):
        fleet_labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert not service["spec"]["selector"].items() <= fleet_labels.items()
    ports = {p["name"]: (p["port"], p["targetPort"]) for p in service["spec"]["ports"]}
    assert ports == {name: (port, name) for name, port in ENGINE_PORTS.items()}


def test_fleet_defaults_to_the_engine_service(engine_docs: list[dict[str, Any]]) -> None:
    settings = _settings(engine_docs)
    assert settings["BATON_ZEEBE__ADDRESS"] == "baton-engine.baton.svc:26500"
    assert settings["BATON_ZEEBE__REST_URL"] == "http://baton-engine.baton.svc:8080"
    assert settings["BATON_ZEEBE__TLS"] == "false"


def test_gateway_values_the_user_set_win_over_the_engine_service(render: Render) -> None:
    docs = render(
        sets=[
            *ENGINE_SETS,
            "zeebe.address=gateway.camunda:26500",
            "zeebe.restUrl=http://gateway.camunda:8080",
        ]
    )
    settings = _settings(docs)
    assert settings["BATON_ZEEBE__ADDRESS"] == "gateway.camunda:26500"
    assert settings["BATON_ZEEBE__REST_URL"] == "http://gateway.camunda:8080"


def test_network_policies_keep_fleet_and_engine_apart_and_let_the_fleet_call_the_engine(
    engine_docs: list[dict[str, Any]],
) -> None:
    policies = {p["metadata"]["name"]: p["spec"] for p in of_kind(engine_docs, "NetworkPolicy")}
    fleet, engine = policies["baton"], policies["baton-engine"]
    assert fleet["podSelector"]["matchExpressions"] == [
        {"key": "app.kubernetes.io/component", "operator": "NotIn", "values": ["engine"]}
    ]
    assert engine["podSelector"]["matchLabels"]["app.kubernetes.io/component"] == "engine"
    (ingress,) = engine["ingress"]
    assert {p["port"] for p in ingress["ports"]} == set(ENGINE_PORTS)
    (egress,) = engine["egress"]
    assert {p["port"] for p in egress["ports"]} == {53}
    to_engine = [
        rule
        for rule in fleet["egress"]
        if any(
            peer.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/component")
            == "engine"
            for peer in rule.get("to", [])
        )
    ]
    (rule,) = to_engine
    assert {p["port"] for p in rule["ports"]} == {26500, 8080}


def test_demo_example_runs_the_engine_and_points_the_fleet_at_it(render: Render) -> None:
    docs = render([DEMO])
    assert one_of_kind(docs, "StatefulSet")["metadata"]["name"] == "baton-engine"
    assert _settings(docs)["BATON_ZEEBE__ADDRESS"] == "baton-engine.baton.svc:26500"
