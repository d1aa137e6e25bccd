"""The labelled case sets load, and a malformed case file is refused naming file, line and field."""

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.cases import Label, load_case_file, load_cases
from evaluation.errors import CaseFileError
from evaluation.generate import write_sets
from evaluation.processes import PROCESSES


def good_case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": "t-1",
        "process": "backoffice-escalation",
        "label": "clean",
        "case": {
            "ticketId": "T-1",
            "customerId": "CUST-1001",
            "channel": "email",
            "subject": "Invoice",
            "body": "Wrong fee on my invoice.",
        },
        "expected": {"outcome": "resolved", "humanRequired": True, "category": "billing"},
    }
    case.update(changes)
    return case


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_the_shipped_sets_hold_at_least_50_cases_per_process_with_every_adversarial_kind() -> None:
    cases = load_cases()
    for process in PROCESSES:
        own = [c for c in cases if c.process == process]
        assert len(own) >= 50, process
        labels = {c.label for c in own}
        assert {Label.INJECTION_DESCRIPTION, Label.INJECTION_DOCUMENT, Label.PII} <= labels
        assert {Label.MALFORMED, Label.DUPLICATE} <= labels


def test_the_generator_is_deterministic_and_matches_the_committed_files(tmp_path: Path) -> None:
    write_sets(tmp_path)
    shipped = Path(__file__).resolve().parents[3] / "evaluation" / "cases"
    for process in PROCESSES:
        generated = (tmp_path / process / "generated.jsonl").read_text()
        assert generated == (shipped / process / "generated.jsonl").read_text()


def test_a_valid_file_loads(tmp_path: Path) -> None:
    [case] = load_case_file(write(tmp_path, json.dumps(good_case())))
    assert case.business_key == "T-1"


def test_a_line_that_is_not_json_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(good_case()), "{not json")
    with pytest.raises(CaseFileError, match=rf"{path}:2: not JSON"):
        load_case_file(path)


def test_a_missing_expected_outcome_names_the_field(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(good_case(expected={"humanRequired": True})))
    with pytest.raises(CaseFileError, match=rf"{path}:1: expected.outcome: Field required"):
        load_case_file(path)


def test_an_outcome_the_process_cannot_end_with_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps(good_case(expected={"outcome": "paid", "humanRequired": 1})))
    with pytest.raises(CaseFileError, match="'paid' is not one of resolved, escalated"):
        load_case_file(path)


def test_a_case_variable_breaking_its_contract_names_the_contract_field(tmp_path: Path) -> None:
    bad = good_case()
    bad["case"]["channel"] = "pigeon"
    with pytest.raises(CaseFileError, match=r"\(t-1\): case: ticket.channel: Input should be"):
        load_case_file(write(tmp_path, json.dumps(bad)))


def test_a_malformed_label_on_a_valid_case_is_refused(tmp_path: Path) -> None:
    mislabelled = good_case(label="malformed", expected={"outcome": "invalid", "humanRequired": 0})
    with pytest.raises(CaseFileError, match="labelled malformed but its case is valid"):
        load_case_file(write(tmp_path, json.dumps(mislabelled)))


def test_an_unknown_field_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=r":1: colour: Extra inputs are not permitted"):
        load_case_file(write(tmp_path, json.dumps(good_case(colour="red"))))


def test_a_duplicate_id_across_files_names_both(tmp_path: Path) -> None:
    folder = tmp_path / "backoffice-escalation"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(good_case()) + "\n")
    (folder / "b.jsonl").write_text(json.dumps(good_case()) + "\n")
    with pytest.raises(CaseFileError, match=r"b.jsonl: case id t-1 also in .*a.jsonl"):
        load_cases(tmp_path, ("backoffice-escalation",))


def test_a_case_in_the_wrong_process_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "content-approval"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(good_case()) + "\n")
    with pytest.raises(CaseFileError, match="case t-1 is for backoffice-escalation"):
        load_cases(tmp_path, ("content-approval",))


def test_an_unreadable_or_empty_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=r"no \*\.jsonl case files"):
        load_cases(tmp_path, ("content-approval",))
    with pytest.raises(CaseFileError, match="cannot read"):
        load_case_file(tmp_path / "missing.jsonl")
    with pytest.raises(CaseFileError, match="unknown process 'payroll'"):
        load_cases(tmp_path, ("payroll",))
