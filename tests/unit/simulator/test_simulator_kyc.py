"""KYC endpoints and rules: identity verdicts against the registry, fuzzy sanctions screening."""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from simulator.data import load_data
from simulator.kyc import name_similarity, name_tokens, screen
from simulator.models import SanctionsFile, SanctionsScreeningRequest

PASSPORT = {"kind": "passport", "name": "passport.pdf", "text": "Name: Anna Schmidt"}


def identity_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "applicantId": "APP-1",
        "name": "Anna Schmidt",
        "dateOfBirth": "1985-03-14",
        "country": "DE",
        "documents": [PASSPORT],
    }
    body.update(overrides)
    return body


def check(client: TestClient, **overrides: Any) -> dict[str, Any]:
    response = client.post("/kyc/identity-checks", json=identity_body(**overrides))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_identity_with_matching_record_and_passport_is_verified(client: TestClient) -> None:
    result = check(client)
    assert result["status"] == "verified"
    assert result["reasons"] == ["name-and-date-of-birth-match-record", "identity-document-present"]
    assert result["checkId"].startswith("IDC-")


def test_name_match_ignores_case_accents_and_order(client: TestClient) -> None:
    result = check(
        client,
        name="MULLER, thomas",
        dateOfBirth="1969-04-25",
        documents=[{"kind": "ID", "name": "id.jpg", "text": "Name: Thomas Müller"}],
    )
    assert result["status"] == "verified"


def test_same_request_gets_the_same_check_id(client: TestClient) -> None:
    assert check(client)["checkId"] == check(client)["checkId"]
    assert check(client)["checkId"] != check(client, applicantId="APP-2")["checkId"]


@pytest.mark.parametrize(
    ("overrides", "reasons"),
    [
        ({"documents": [{"kind": "utility-bill", "name": "bill.pdf"}]}, ["no-identity-document"]),
        ({"dateOfBirth": None}, ["date-of-birth-missing", "no-matching-identity-record"]),
        (
            {"name": "Anna Schmitz", "documents": []},
            ["no-matching-identity-record", "no-identity-document"],
        ),
        ({"dateOfBirth": "1985-03-15"}, ["no-matching-identity-record"]),
        ({"country": "AT"}, ["country-differs-from-record"]),
    ],
)
def test_incomplete_evidence_is_inconclusive(
    client: TestClient, overrides: dict[str, Any], reasons: list[str]
) -> None:
    if "dateOfBirth" in overrides and overrides["dateOfBirth"] is None:
        body = identity_body()
        del body["dateOfBirth"]
        result = client.post("/kyc/identity-checks", json=body).json()
    else:
        result = check(client, **overrides)
    assert result["status"] == "inconclusive"
    assert result["reasons"] == reasons


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"name": "Peter Hoffmann", "dateOfBirth": "1974-08-08"}, "identity-record-flagged-fraud"),
        ({"name": "Greta Wagner", "dateOfBirth": "1940-02-14"}, "identity-record-deceased"),
        ({"nationalId": "DE-000"}, "national-id-differs-from-record"),
        (
            {"documents": [{"kind": "id", "name": "id.jpg", "text": "Name: Anna Schmitz"}]},
            "document-name-differs: id.jpg",
        ),
        (
            {"documents": [{"kind": "passport", "name": "p.pdf", "text": "DOB 1986-03-14"}]},
            "document-date-of-birth-differs: p.pdf",
        ),
        (
            {"documents": [{"kind": "id", "name": "id.jpg", "text": "ID number: DE-X99"}]},
            "document-national-id-differs: id.jpg",
        ),
    ],
)
def test_fraud_death_or_contradicting_documents_fail(
    client: TestClient, overrides: dict[str, Any], reason: str
) -> None:
    result = check(client, **overrides)
    assert result["status"] == "failed"
    assert reason in result["reasons"]


def test_document_agreeing_with_the_record_still_verifies(client: TestClient) -> None:
    text = "Name: Anna Schmidt\nDate of birth: 1985-03-14\nNational ID: DE-L01X00T47"
    result = check(
        client,
        nationalId="DEL01X00T47",
        documents=[{"kind": "id", "name": "id.jpg", "text": text}],
    )
    assert result["status"] == "verified"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Anna", "country": "DE"}, "applicantId"),
        ({"applicantId": "A", "name": "Anna", "country": "Germany"}, "country"),
        ({"applicantId": "A", "name": "Anna", "country": "DE", "documents": [{}]}, "documents[0]"),
        ({"applicantId": "A", "name": "Anna", "country": "DE", "dateOfBirth": "14.03."}, "date"),
    ],
)
def test_malformed_identity_check_is_a_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/kyc/identity-checks", json=body)
    assert response.status_code == 422
    assert response.json()["error"] == "invalid-request"
    assert field in response.json()["message"]


def screen_via(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/kyc/sanctions-screenings", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_exact_listed_name_is_matched(client: TestClient) -> None:
    result = screen_via(client, name="Viktor Andreyevich Kovalenko")
    assert result["matched"] is True
    assert result["hits"][0] == {
        "listEntryId": "EU-0001",
        "listedName": "Viktor Andreyevich Kovalenko",
        "list": "EU-CFSP",
        "score": 1.0,
    }


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Wiktor Kowalenko", "EU-0001"),
        ("kovalenko, viktor", "EU-0001"),
        ("Muhammed Al-Rashidy", "EU-0002"),
        ("Helena Smirnowa", "UK-0006"),
        ("Sergei Kusnetsow", "OFAC-0010"),
    ],
)
def test_transliterations_and_typos_are_matched(client: TestClient, name: str, entry: str) -> None:
    result = screen_via(client, name=name)
    assert result["matched"] is True
    assert result["hits"][0]["listEntryId"] == entry
    assert result["hits"][0]["score"] >= 0.92


@pytest.mark.parametrize(
    ("name", "entry", "date_of_birth"),
    [("Yusuf Haddad", "UN-0002", "1977-10-10"), ("Carlos Restrepo", "OFAC-0001", "1970-05-05")],
)
def test_near_match_is_a_hit_and_matches_only_with_the_listed_birth_date(
    client: TestClient, name: str, entry: str, date_of_birth: str
) -> None:
    near = screen_via(client, name=name)
    assert near["matched"] is False
    assert [h["listEntryId"] for h in near["hits"]] == [entry]
    assert 0.85 <= near["hits"][0]["score"] < 0.92
    assert screen_via(client, name=name, dateOfBirth=date_of_birth)["matched"] is True
    assert screen_via(client, name=name, dateOfBirth="2000-01-01")["matched"] is False


@pytest.mark.parametrize("name", ["Anna Schmidt", "Ivan Petrov", "Kovalenko", "Brightline GmbH"])
def test_unrelated_names_have_no_hits(client: TestClient, name: str) -> None:
    assert screen_via(client, name=name) == {
        "screeningId": screen_via(client, name=name)["screeningId"],
        "matched": False,
        "hits": [],
    }


def test_no_seeded_customer_or_identity_is_on_a_sanctions_list() -> None:
    seed = load_data()
    names = [i.name for i in seed.identities] + [c.name for c in seed.customers.values()]
    for name in names:
        assert screen(SanctionsScreeningRequest(name=name), seed.sanctions) == (False, [])


def test_thresholds_come_from_the_data_file() -> None:
    entries = load_data().sanctions.entries
    strict = SanctionsFile(hit_threshold=0.95, match_threshold=0.99, entries=entries)
    assert screen(SanctionsScreeningRequest(name="Yusuf Haddad"), strict) == (False, [])
    lenient = SanctionsFile(hit_threshold=0.8, match_threshold=0.9, entries=entries)
    matched, hits = screen(SanctionsScreeningRequest(name="Yusuf Haddad"), lenient)
    assert matched
    assert hits[0].list_entry_id == "UN-0002"


def test_name_tokens_fold_case_accents_punctuation_and_order() -> None:
    assert name_tokens("  Mejía, Carlos-Alberto ") == ["alberto", "carlos", "mejia"]
    assert name_similarity("", "Anna") == 0.0
    assert name_similarity("Anna Schmidt", "schmidt ANNA") == 1.0


@pytest.mark.parametrize(
    ("body", "field"),
    [({}, "name"), ({"name": ""}, "name"), ({"name": "A", "country": "deu"}, "country")],
)
def test_malformed_screening_is_a_422_naming_the_field(
    client: TestClient, body: dict[str, Any], field: str
) -> None:
    response = client.post("/kyc/sanctions-screenings", json=body)
    assert response.status_code == 422
    assert response.json()["message"].startswith(f"{field}:")


def test_screening_body_that_is_not_json_is_a_422(client: TestClient) -> None:
    response = client.post("/kyc/sanctions-screenings", content=b"{name")
    assert response.status_code == 422
    assert "not valid JSON" in response.json()["message"]


def test_kyc_outage_can_be_injected(faulty_client: TestClient) -> None:
    faulty_client.post("/_faults", json={"system": "kyc", "mode": "down", "count": 1})
    assert faulty_client.post("/kyc/sanctions-screenings", json={"name": "A"}).status_code == 503
    assert faulty_client.post("/kyc/sanctions-screenings", json={"name": "A"}).status_code == 200
