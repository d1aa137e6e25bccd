from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clients import PolicyStatus
from simulator.__main__ import main
from simulator.data import DEFAULT_DATA_DIR, DataFolderError, load_data
from simulator.models import (
    Product,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, folder)
    return folder


def edit_policies(folder: Path, change: Any) -> None:
    path = folder / "policies.json"
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def test_seed_data_has_home_and_motor_policies_in_every_status() -> None:
    seed = load_data()
    assert len(seed.policies) >= 20
    assert {p.product for p in seed.policies.values()} == set(Product)
    assert {p.status for p in seed.policies.values()} == set(PolicyStatus)
    assert sum(len(claims) for claims in seed.prior_claims.values()) >= 5


def test_claims_history_file_is_optional(data_dir: Path) -> None:
    (data_dir / "claims-history.json").unlink()
    assert load_data(data_dir).prior_claims == {}


def test_missing_data_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFolderError, match="data folder does not exist"):
        load_data(tmp_path / "absent")


def test_missing_policies_file_is_named(data_dir: Path) -> None:
    (data_dir / "policies.json").unlink()
    with pytest.raises(DataFolderError, match=r"policies\.json: file is missing"):
        load_data(data_dir)


def test_invalid_json_names_file_and_line(data_dir: Path) -> None:
    (data_dir / "policies.json").write_text('{"policies": [\n  {,\n]}')
    with pytest.raises(DataFolderError, match=r"policies\.json: not valid JSON at line 2"):
        load_data(data_dir)


def test_wrong_loss_type_names_file_and_field(data_dir: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["policies"][3]["coverages"][1]["lossType"] = "meteor"

    edit_policies(data_dir, change)
    with pytest.raises(
        DataFolderError, match=r"policies\.json: policies\[3\]\.coverages\[1\]\.lossType"
    ):
        load_data(data_dir)


def test_unknown_field_is_rejected(data_dir: Path) -> None:
    edit_policies(data_dir, lambda doc: doc["policies"][0].update(colour="red"))
    with pytest.raises(DataFolderError, match=r"policies\[0\]\.colour: Extra inputs"):
        load_data(data_dir)


def test_deductible_at_or_above_limit_is_rejected(data_dir: Path) -> None:
    def change(doc: dict[str, Any]) -> None:
        doc["policies"][0]["coverages"][0]["deductible"] = doc["policies"][0]["coverages"][0][
            "limit"
        ]

    edit_policies(data_dir, change)
    with pytest.raises(DataFolderError, match="deductible must be below limit"):
        load_data(data_dir)


def test_validity_ending_before_it_starts_is_rejected(data_dir: Path) -> None:
    edit_policies(data_dir, lambda doc: doc["policies"][0].update(validTo="2020-01-01"))
    with pytest.raises(DataFolderError, match="validTo is before validFrom"):
        load_data(data_dir)


def test_duplicate_policy_number_is_rejected(data_dir: Path) -> None:
    edit_policies(data_dir, lambda doc: doc["policies"].append(doc["policies"][0]))
    with pytest.raises(DataFolderError, match="HOME-100001' appears twice"):
        load_data(data_dir)


def test_history_for_unknown_policy_names_the_entry(data_dir: Path) -> None:
    path = data_dir / "claims-history.json"
    document = json.loads(path.read_text())
    document["histories"][1]["policyNumber"] = "GHOST-1"
    path.write_text(json.dumps(document))
    with pytest.raises(
        DataFolderError, match=r"claims-history\.json: histories\[1\]\.policyNumber: 'GHOST-1'"
    ):
        load_data(data_dir)


def test_history_with_malformed_amount_names_the_field(data_dir: Path) -> None:
    path = data_dir / "claims-history.json"
    document = json.loads(path.read_text())
    document["histories"][0]["claims"][0]["amount"] = {"value": "lots", "currency": "EUR"}
    path.write_text(json.dumps(document))
    with pytest.raises(DataFolderError, match=r"histories\[0\]\.claims\[0\]\.amount\.value"):
        load_data(data_dir)


def test_command_line_refuses_a_malformed_data_folder(data_dir: Path, tmp_path: Path) -> None:
    edit_policies(data_dir, lambda doc: doc["policies"][0].pop("holder"))
    result = CliRunner().invoke(main, ["--data", str(data_dir), "--state", str(tmp_path / "state")])
    assert result.exit_code == 1
    assert "policies.json: policies[0].holder: Field required" in result.output
