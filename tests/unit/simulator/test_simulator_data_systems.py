"""The data files of KYC, CRM and ticketing: seed contents and malformed-file errors."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clients import Segment
from simulator.data import DEFAULT_DATA_DIR, DataFolderError, load_data
from simulator.models import (
    IdentityRecordStatus,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DEFAULT_DATA_DIR, folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[Any], None]) -> None:
    path = folder / name
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def test_seed_covers_every_segment_status_and_list() -> None:
    seed = load_data()
    assert len(seed.customers) == 25
    assert {c.segment for c in seed.customers.values()} == set(Segment)
    assert {i.status for i in seed.identities} == set(IdentityRecordStatus)
    assert len(seed.sanctions.entries) >= 40
    assert {e.list_name for e in seed.sanctions.entries} >= {"EU-CFSP", "UN-SC", "OFAC-SDN"}
    assert len(seed.tickets) == 20
    assert {t.status for t in seed.tickets.values()} == {"open", "closed"}


@pytest.mark.parametrize(
    "name", ["identities.json", "sanctions.json", "customers.json", "tickets.json"]
)
def test_new_system_files_are_optional(data_dir: Path, name: str) -> None:
    (data_dir / name).unlink()
    if name == "customers.json":
        (data_dir / "tickets.json").unlink()
    load_data(data_dir)


def _set(path: list[str | int], value: Any) -> Callable[[Any], None]:
    def change(document: Any) -> None:
        target = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        (
            "identities.json",
            _set(["identities", 0, "status"], "suspicious"),
            r"identities\[0\]\.status",
        ),
        (
            "identities.json",
            _set(["identities", 1, "identityId"], "IDN-0001"),
            "identityId 'IDN-0001' appears twice",
        ),
        ("sanctions.json", _set(["matchThreshold"], 0.5), "matchThreshold is below hitThreshold"),
        ("sanctions.json", _set(["hitThreshold"], 1.5), "hitThreshold"),
        ("sanctions.json", _set(["entries", 2, "list"], ""), r"entries\[2\]\.list"),
        ("customers.json", _set(["customers", 0, "segment"], "vip"), r"customers\[0\]\.segment"),
        (
            "customers.json",
            _set(["customers", 0, "history", 0, "date"], "yesterday"),
            r"customers\[0\]\.history\[0\]\.date",
        ),
        ("tickets.json", _set(["tickets", 0, "status"], "closed"), "a closed ticket needs"),
        ("tickets.json", _set(["tickets", 0, "customerId"], "CUST-0"), "'CUST-0' is not in"),
        ("tickets.json", _set(["tickets", 0, "colour"], "red"), r"tickets\[0\]\.colour"),
    ],
)
def test_malformed_file_names_file_and_field(
    data_dir: Path, name: str, change: Callable[[Any], None], message: str
) -> None:
    edit(data_dir, name, change)
    with pytest.raises(DataFolderError, match=re.escape(name) + ": .*" + message):
        load_data(data_dir)


def test_invalid_json_in_a_new_file_names_the_line(data_dir: Path) -> None:
    (data_dir / "sanctions.json").write_text('{"entries": [\n  oops\n]}')
    with pytest.raises(DataFolderError, match=r"sanctions\.json: not valid JSON at line 2"):
        load_data(data_dir)
