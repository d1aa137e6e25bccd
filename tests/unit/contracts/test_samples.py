"""Every shipped sample case is a valid start for its process (``baton start <process> --case``)."""

from pathlib import Path

import pytest

from baton_cli.deploy import PROCESSES, load_case

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def test_every_process_has_samples() -> None:
    assert {p.name for p in SAMPLES.iterdir() if p.is_dir()} == set(PROCESSES)


@pytest.mark.parametrize(
    "case_file", sorted(SAMPLES.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_sample_is_a_valid_case(case_file: Path) -> None:
    process_id = case_file.parent.name
    variables = load_case(process_id, case_file)
    start_variable, _, key_field = PROCESSES[process_id]
    assert variables["businessKey"] == variables[start_variable][key_field]
