"""Every process under bpmn/ renders in bpmn-js with one drawn element per DI shape and edge."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.unit.diagrams.conftest import PROCESS_FILES, RenderRun
from tests.unit.diagrams.samples import read_png

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
BPMNDI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
# Process children that Modeler draws; a DataObject itself has no shape, its reference does.
DRAWN_KINDS = re.compile(
    r"(event|task|gateway|subprocess|sequenceflow|callactivity|reference)$", re.IGNORECASE
)


def _drawn_elements(tree: ET.ElementTree[ET.Element]) -> set[str]:
    ids: set[str] = set()
    for process in tree.getroot().iter(f"{BPMN}process"):
        for element in process.iter():
            local = element.tag.removeprefix(BPMN)
            if element is not process and DRAWN_KINDS.search(local) and element.get("id"):
                ids.add(element.get("id", ""))
    return ids


def test_renderer_discovers_every_bpmn_file_under_bpmn(
    rendered_processes: tuple[Path, RenderRun],
) -> None:
    _, run = rendered_processes
    assert PROCESS_FILES, "bpmn/ holds no process to render"
    assert set(run.results) == {f.stem for f in PROCESS_FILES}


@pytest.mark.parametrize("bpmn_file", PROCESS_FILES, ids=[f.stem for f in PROCESS_FILES])
def test_process_renders_every_shape_and_edge(
    bpmn_file: Path, rendered_processes: tuple[Path, RenderRun]
) -> None:
    out, run = rendered_processes
    summary = run.results[bpmn_file.stem]
    assert summary["problems"] == [], run.stderr
    tree = ET.parse(bpmn_file)
    shapes = {e.get("bpmnElement") for e in tree.getroot().iter(f"{BPMNDI}BPMNShape")}
    edges = {e.get("bpmnElement") for e in tree.getroot().iter(f"{BPMNDI}BPMNEdge")}
    assert summary["shapes"] == len(shapes)
    assert summary["edges"] == len(edges)
    assert summary["rendered"] == len(shapes) + len(edges)
    assert summary["missingDi"] == [] and summary["notRendered"] == []
    assert _drawn_elements(tree) <= shapes | edges
    svg = (out / f"{bpmn_file.stem}.svg").read_text()
    drawn_in_svg = set(re.findall(r'data-element-id="([^"]+)"', svg))
    assert shapes | edges <= drawn_in_svg


@pytest.mark.parametrize("bpmn_file", PROCESS_FILES, ids=[f.stem for f in PROCESS_FILES])
def test_process_png_is_a_drawn_picture_of_the_canvas(
    bpmn_file: Path, rendered_processes: tuple[Path, RenderRun]
) -> None:
    out, run = rendered_processes
    summary = run.results[bpmn_file.stem]
    image = read_png((out / f"{bpmn_file.stem}.png").read_bytes())
    assert (image.width, image.height) == (summary["width"], summary["height"])
    # Every shape leaves at least a few dozen dark pixels (outline, icon, label).
    assert image.ink_pixels > 50 * summary["shapes"]
