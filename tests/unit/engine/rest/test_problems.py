"""Every bad request gets a problem+json answer naming what was wrong; the app keeps serving."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from engine.rest import create_management_app, create_rest_app
from tests.unit.engine.rest.fake_engine import FakeEngine, as_engine


@pytest.fixture
def fake() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def client(fake: FakeEngine) -> Iterator[TestClient]:
    app = create_rest_app(as_engine(fake), gateway_host="engine.local", gateway_port=26500)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def assert_problem(response: Any, status: int, title: str, *named: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == "about:blank"
    assert problem["title"] == title
    assert problem["status"] == status
    assert problem["instance"] == response.request.url.path
    for text in named:
        assert text in problem["detail"]


def assert_still_serving(client: TestClient) -> None:
    assert client.get("/v2/topology").status_code == 200


def test_unknown_route_is_a_not_found_problem(client: TestClient) -> None:
    assert_problem(client.get("/v2/no-such-thing"), 404, "NOT_FOUND", "GET /v2/no-such-thing")
    assert_problem(client.get("/elsewhere"), 404, "NOT_FOUND")
    assert_still_serving(client)


def test_known_path_with_another_method_is_405(client: TestClient) -> None:
    assert_problem(client.delete("/v2/topology"), 405, "METHOD_NOT_ALLOWED", "DELETE")


def test_malformed_json_is_a_bad_request(client: TestClient) -> None:
    response = client.post("/v2/process-instances", content=b'{"processDefinitionId": ')
    assert_problem(response, 400, "Bad Request", "not valid JSON")
    assert_still_serving(client)


def test_a_body_that_is_not_an_object_is_refused(client: TestClient) -> None:
    response = client.post("/v2/process-instances", json=["p"])
    assert_problem(response, 400, "INVALID_ARGUMENT", "JSON object")


@pytest.mark.parametrize(
    ("method", "path", "body", "named"),
    [
        ("POST", "/v2/process-instances", {"processDefinitionId": "p", "colour": 1}, "colour"),
        (
            "POST",
            "/v2/process-instances",
            {"processDefinitionId": "p", "variables": [1]},
            "variables",
        ),
        (
            "POST",
            "/v2/process-instances",
            {"processDefinitionId": "p", "variables": "x"},
            "variables",
        ),
        ("POST", "/v2/process-instances", {"processDefinitionKey": "abc"}, "processDefinitionKey"),
        ("POST", "/v2/process-instances", {"processDefinitionId": 7}, "processDefinitionId"),
        ("POST", "/v2/process-instances", {}, "processDefinitionId"),
        (
            "POST",
            "/v2/process-instances",
            {"processDefinitionId": "p", "processDefinitionKey": "1"},
            "Only one of",
        ),
        ("POST", "/v2/process-instances", {"processDefinitionId": "p", "tags": ["a"]}, "tags"),
        (
            "POST",
            "/v2/process-instances",
            {"processDefinitionId": "p", "startInstructions": [{"id": "x"}]},
            "startInstructions[0]",
        ),
        (
            "POST",
            "/v2/process-instances",
            {"processDefinitionId": "p", "awaitCompletion": "yes"},
            "awaitCompletion",
        ),
        ("POST", "/v2/process-instances/search", {"filter": {"state": "OPEN"}}, "filter.state"),
        ("POST", "/v2/process-instances/1/cancellation", {"reason": "x"}, "reason"),
        ("POST", "/v2/process-definitions/search", {"filter": {"version": "1"}}, "filter.version"),
        ("POST", "/v2/user-tasks/search", {"filter": {"candidateGroup": 3}}, "candidateGroup"),
        ("POST", "/v2/user-tasks/search", {"sort": [{"field": "assignee"}]}, "assignee"),
        ("POST", "/v2/user-tasks/1/assignment", {}, "assignee"),
        (
            "POST",
            "/v2/user-tasks/1/assignment",
            {"assignee": "a", "allowOverride": 1},
            "allowOverride",
        ),
        ("POST", "/v2/user-tasks/1/completion", {"variables": [1]}, "variables"),
        ("POST", "/v2/user-tasks/1/completion", {"variable": {}}, "variable"),
        ("PATCH", "/v2/user-tasks/1", {}, "No update data provided"),
        ("PATCH", "/v2/user-tasks/1", {"changeset": {"priority": 101}}, "changeset.priority"),
        ("PATCH", "/v2/user-tasks/1", {"changeset": {"dueDate": "soon"}}, "changeset.dueDate"),
        ("PATCH", "/v2/user-tasks/1", {"changeset": {"owner": "x"}}, "changeset.owner"),
        ("PATCH", "/v2/user-tasks/1", {"changeset": []}, "changeset"),
        ("POST", "/v2/user-tasks/1/variables/search", {"filter": {"value": "1"}}, "filter.value"),
        ("POST", "/v2/variables/search", {"filter": {"scopeKey": "x"}}, "filter.scopeKey"),
        ("POST", "/v2/incidents/search", {"filter": {"errorType": "BAD"}}, "filter.errorType"),
        ("POST", "/v2/incidents/1/resolution", {"retries": 1}, "retries"),
        ("POST", "/v2/jobs/activation", {"type": "t", "timeout": 1000}, "maxJobsToActivate"),
        (
            "POST",
            "/v2/jobs/activation",
            {"type": "t", "timeout": 0, "maxJobsToActivate": 1},
            "timeout",
        ),
        (
            "POST",
            "/v2/jobs/activation",
            {"type": "t", "timeout": 1, "maxJobsToActivate": 1, "withLease": True},
            "withLease",
        ),
        ("POST", "/v2/jobs/1/completion", {"variables": 5}, "variables"),
        ("POST", "/v2/jobs/1/completion", {"result": {"type": "other"}}, "result.type"),
        ("POST", "/v2/jobs/1/failure", {"retries": -1}, "retries"),
        ("POST", "/v2/jobs/1/failure", {"retryBackOff": "1s"}, "retryBackOff"),
        ("POST", "/v2/jobs/1/error", {"errorMessage": "x"}, "errorCode"),
        ("PATCH", "/v2/jobs/1", {"changeset": {}}, "retries, timeout"),
        ("PATCH", "/v2/jobs/1", {}, "changeset"),
        ("PATCH", "/v2/jobs/1", {"changeset": {"retries": "3"}}, "changeset.retries"),
        ("POST", "/v2/jobs/search", {"filter": {"state": "ACTIVATED"}}, "filter.state"),
        ("POST", "/v2/element-instances/search", {"filter": {"type": "TASKY"}}, "filter.type"),
        ("PUT", "/v2/element-instances/1/variables", {}, "variables"),
        ("PUT", "/v2/element-instances/1/variables", {"variables": [1]}, "variables"),
        ("POST", "/v2/messages/publication", {"correlationKey": "k"}, "name"),
        ("POST", "/v2/messages/publication", {"name": "m", "timeToLive": -1}, "timeToLive"),
        ("POST", "/v2/messages/correlation", {"name": "m", "variables": 1}, "variables"),
        ("POST", "/v2/signals/broadcast", {"name": "s"}, "signalName"),
        ("POST", "/v2/decision-definitions/evaluation", {}, "decisionDefinitionId"),
        (
            "POST",
            "/v2/decision-definitions/evaluation",
            {"decisionDefinitionId": "d", "variables": []},
            "variables",
        ),
        ("POST", "/v2/decision-definitions/search", {"filter": {"isLatestVersion": 1}}, "isLatest"),
        ("PUT", "/v2/clock", {"timestamp": "now"}, "timestamp"),
        ("PUT", "/v2/clock", {}, "timestamp"),
        ("PUT", "/v2/clock", {"timestamp": -5}, "timestamp"),
    ],
)
def test_malformed_bodies_are_400_naming_the_field(
    client: TestClient, method: str, path: str, body: Any, named: str
) -> None:
    response = client.request(method, path, json=body)
    assert_problem(response, 400, "INVALID_ARGUMENT", named)
    assert_still_serving(client)


@pytest.mark.parametrize(
    "path",
    [
        "/v2/process-instances/abc",
        "/v2/process-definitions/1x/xml",
        "/v2/user-tasks/-1",
        "/v2/variables/0",
        "/v2/incidents/99999999999999999999",
        "/v2/element-instances/key",
        "/v2/forms/one",
    ],
)
def test_a_key_in_the_path_that_is_not_a_key_is_400(client: TestClient, path: str) -> None:
    assert_problem(client.get(path), 400, "INVALID_ARGUMENT", "key")


@pytest.mark.parametrize(
    ("path", "noun"),
    [
        ("/v2/process-instances/5", "Process instance"),
        ("/v2/process-definitions/5", "Process definition"),
        ("/v2/process-definitions/5/xml", "Process definition"),
        ("/v2/process-definitions/5/form", "Process definition"),
        ("/v2/user-tasks/5", "User task"),
        ("/v2/user-tasks/5/form", "User task"),
        ("/v2/variables/5", "Variable"),
        ("/v2/incidents/5", "Incident"),
        ("/v2/element-instances/5", "Element instance"),
        ("/v2/forms/5", "Form"),
    ],
)
def test_an_unknown_key_is_a_not_found_problem(client: TestClient, path: str, noun: str) -> None:
    assert_problem(client.get(path), 404, "NOT_FOUND", f"{noun} with key '5' not found")


def test_engine_rejections_keep_their_rejection_type_and_status(client: TestClient) -> None:
    completion = client.post("/v2/user-tasks/7/completion", json={})
    assert_problem(completion, 404, "NOT_FOUND", "user task '7' does not exist")
    assignment = client.post("/v2/user-tasks/7/assignment", json={"assignee": "ann"})
    assert_problem(assignment, 409, "INVALID_STATE", "being completed")
    assert_still_serving(client)


def test_an_engine_bug_is_a_500_problem_and_the_app_keeps_serving(client: TestClient) -> None:
    response = client.post("/v2/process-instances/7/cancellation")
    assert_problem(response, 500, "INTERNAL_SERVER_ERROR", "bug in the engine")
    assert_still_serving(client)


def test_unassign_reaches_the_engine_and_answers_204(client: TestClient, fake: FakeEngine) -> None:
    assert client.delete("/v2/user-tasks/12/assignee").status_code == 204
    assert fake.commands == [("unassign_user_task", (12,))]


def test_truncate_values_must_be_a_boolean(client: TestClient) -> None:
    response = client.post("/v2/variables/search?truncateValues=maybe", json={})
    assert_problem(response, 400, "INVALID_ARGUMENT", "truncateValues")


@pytest.mark.parametrize(
    ("headers", "content", "named"),
    [
        ({"content-type": "application/json"}, b"{}", "multipart/form-data"),
        ({}, b"", "multipart/form-data"),
    ],
)
def test_a_deployment_that_is_not_multipart_is_refused(
    client: TestClient, headers: dict[str, str], content: bytes, named: str
) -> None:
    response = client.post("/v2/deployments", headers=headers, content=content)
    assert_problem(response, 400, "INVALID_ARGUMENT", named)


def test_a_deployment_without_resources_or_with_unknown_fields_is_refused(
    client: TestClient,
) -> None:
    empty = client.post("/v2/deployments", data={"tenantId": "t"}, files={"x": ("", b"")})
    assert_problem(empty, 400, "INVALID_ARGUMENT", "form field 'x'")
    no_resources = client.post("/v2/deployments", data={"tenantId": "t"}, files={})
    assert_problem(no_resources, 400, "INVALID_ARGUMENT")
    assert_still_serving(client)


def test_topology_reports_one_healthy_broker_at_the_gateway_address(client: TestClient) -> None:
    topology = client.get("/v2/topology").json()
    assert topology["gatewayVersion"] == "8.9.0"
    assert topology["clusterSize"] == topology["partitionsCount"] == 1
    (broker,) = topology["brokers"]
    assert (broker["host"], broker["port"]) == ("engine.local", 26500)
    assert broker["partitions"] == [
        {"partitionId": 1, "role": "leader", "health": "healthy", "state": "active"}
    ]


def test_clock_pins_and_resets(client: TestClient, fake: FakeEngine) -> None:
    assert client.put("/v2/clock", json={"timestamp": 1_700_000_000_000}).status_code == 204
    assert fake.clock.now_ms() == 1_700_000_000_000
    assert client.post("/v2/clock/reset").status_code == 204
    assert not fake.clock.pinned


def test_management_health_follows_readiness_and_serves_metrics(fake: FakeEngine) -> None:
    with TestClient(create_management_app(as_engine(fake))) as management:
        for path in ("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"):
            down = management.get(path)
            assert (down.status_code, down.json()) == (503, {"status": "DOWN"})
        fake.ready = True
        for path in ("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"):
            up = management.get(path)
            assert (up.status_code, up.json()) == (200, {"status": "UP"})
        metrics = management.get("/actuator/prometheus")
        assert metrics.status_code == 200
        assert metrics.headers["content-type"].startswith("text/plain")
        assert "zeebe_fake_total 1.0" in metrics.text
