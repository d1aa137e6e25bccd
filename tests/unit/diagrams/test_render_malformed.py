"""The renderer refuses diagrams that would show up incomplete, naming the diagram and elements."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.unit.diagrams.conftest import RENDERER, REPO, RenderRun, run_renderer
from tests.unit.diagrams.samples import tiny_bpmn

MALFORMED = {
    "missing-task-shape": tiny_bpmn(without=("Task_Work",)),
    "missing-flow-edge": tiny_bpmn(without=("Flow_ToEnd",)),
    "shape-for-unknown-element": tiny_bpmn(
        extra_di='<bpmndi:BPMNShape id="Di_Ghost" bpmnElement="Task_Ghost">'
        '<dc:Bounds x="500" y="78" width="100" height="80" /></bpmndi:BPMNShape>'
    ),
    "truncated-xml": tiny_bpmn()[:700],
    "not-bpmn": '<?xml version="1.0"?><html><body>a diagram</body></html>\n',
    "empty": "",
    "no-diagram": tiny_bpmn().split("  <bpmndi:BPMNDiagram")[0] + "</bpmn:definitions>\n",
}


@pytest.fixture(scope="module")
def malformed_render(
    renderer_ready: None, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, RenderRun]:
    """All malformed samples plus one valid diagram, rendered in one Chromium session."""
    src = tmp_path_factory.mktemp("malformed-src")
    for name, xml in {**MALFORMED, "valid-tiny": tiny_bpmn()}.items():
        (src / f"{name}.bpmn").write_text(xml)
    out = tmp_path_factory.mktemp("malformed-out")
    return out, run_renderer(*sorted(src.glob("*.bpmn")), out=out)


@pytest.fixture(scope="module")
def malformed_run(malformed_render: tuple[Path, RenderRun]) -> RenderRun:
    return malformed_render[1]


def _problems(run: RenderRun, name: str) -> str:
    return " | ".join(run.results[name]["problems"])


def test_valid_diagram_renders_alongside_broken_ones(malformed_run: RenderRun) -> None:
    summary = malformed_run.results["valid-tiny"]
    assert summary["problems"] == []
    assert (summary["shapes"], summary["edges"], summary["rendered"]) == (3, 2, 5)


def test_run_with_a_broken_diagram_exits_nonzero_and_names_each_one(
    malformed_run: RenderRun,
) -> None:
    assert malformed_run.returncode == 1
    for name in MALFORMED:
        assert f"diagram {name} failed:" in malformed_run.stderr


def test_broken_diagrams_write_no_svg_or_png(malformed_render: tuple[Path, RenderRun]) -> None:
    out, _ = malformed_render
    assert sorted(p.name for p in out.iterdir()) == ["valid-tiny.png", "valid-tiny.svg"]


def test_missing_task_shape_is_named(malformed_run: RenderRun) -> None:
    assert malformed_run.results["missing-task-shape"]["missingDi"] == ["Task_Work"]
    assert "no DI shape/edge for elements: Task_Work" in _problems(
        malformed_run, "missing-task-shape"
    )


def test_missing_flow_edge_is_named(malformed_run: RenderRun) -> None:
    assert malformed_run.results["missing-flow-edge"]["missingDi"] == ["Flow_ToEnd"]


def test_shape_for_unknown_element_fails_on_import_warning(malformed_run: RenderRun) -> None:
    problems = _problems(malformed_run, "shape-for-unknown-element")
    assert "import warnings" in problems and "Task_Ghost" in problems


@pytest.mark.parametrize("name", ["truncated-xml", "not-bpmn", "empty", "no-diagram"])
def test_unparsable_or_diagramless_input_fails_import(malformed_run: RenderRun, name: str) -> None:
    assert _problems(malformed_run, name).startswith("bpmn-js could not import the diagram:")


def test_missing_shape_message_on_console_names_diagram_and_element(
    renderer_ready: None, tmp_path: Path
) -> None:
    bad = tmp_path / "lost-shape.bpmn"
    bad.write_text(tiny_bpmn(without=("End_Tiny", "Flow_ToWork")))
    run = run_renderer(bad, out=tmp_path / "out", json_lines=False)
    assert run.returncode == 1
    assert "diagram lost-shape failed" in run.stderr
    assert "Flow_ToWork" in run.stderr and "End_Tiny" in run.stderr


def test_unreadable_file_is_reported(renderer_ready: None, tmp_path: Path) -> None:
    run = run_renderer(tmp_path / "absent.bpmn", out=tmp_path / "out")
    assert run.returncode == 1
    assert "cannot read file" in _problems(run, "absent")


def test_missing_chromium_is_a_setup_error(tmp_path: Path) -> None:
    env = {**os.environ, "CHROMIUM_PATH": str(tmp_path / "no-chromium")}
    run = run_renderer(out=tmp_path / "out", env=env)
    assert run.returncode == 2
    assert "Chromium not found" in run.stderr and "install-chromium.sh" in run.stderr


def test_missing_output_dir_argument_is_a_usage_error() -> None:
    proc = subprocess.run(
        ["node", str(RENDERER)], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert "missing --out DIR" in proc.stderr and "usage:" in proc.stderr
