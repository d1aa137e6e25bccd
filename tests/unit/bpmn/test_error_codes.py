"""The BPMN error codes the models catch and the table the handlers raise from agree."""

import inspect
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from contracts import errors
from contracts.errors import BPMN_ERRORS, BusinessError

BPMN_DIR = Path(__file__).resolve().parents[3] / "bpmn"
BPMN_NS = {"bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL"}
PROCESS_FILES = sorted(BPMN_DIR.glob("*.bpmn"))


def process_id(path: Path) -> str:
    process = ET.parse(path).getroot().find("bpmn:process", BPMN_NS)
    assert process is not None, f"{path.name} has no process"
    return process.attrib["id"]


def codes_in(path: Path) -> set[str]:
    root = ET.parse(path).getroot()
    return {error.attrib["errorCode"] for error in root.iterfind("bpmn:error", BPMN_NS)}


@pytest.mark.parametrize("path", PROCESS_FILES, ids=lambda p: p.stem)
def test_model_catches_exactly_the_codes_the_table_gives_it(path: Path) -> None:
    process = process_id(path)
    table = {code for code, entry in BPMN_ERRORS.items() if process in entry.caught_by}
    assert codes_in(path) == table


def test_every_business_error_is_in_the_table_under_its_own_code() -> None:
    classes = {
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, BusinessError) and cls is not BusinessError
    }
    assert {entry.error for entry in BPMN_ERRORS.values()} == classes
    assert all(code == entry.error.code for code, entry in BPMN_ERRORS.items())


def test_every_process_in_the_table_has_a_model() -> None:
    processes = {process_id(path) for path in PROCESS_FILES}
    assert set().union(*(entry.caught_by for entry in BPMN_ERRORS.values())) <= processes
