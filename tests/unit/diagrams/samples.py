"""Small BPMN documents and a PNG reader for the diagram renderer tests."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"'
    ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
    ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
    ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"'
    ' id="Definitions_tiny" targetNamespace="http://baton.example/test">\n'
)
_PROCESS = """  <bpmn:process id="tiny" isExecutable="true">
    <bpmn:startEvent id="Start_Tiny"><bpmn:outgoing>Flow_ToWork</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="Task_Work" name="Work">
      <bpmn:incoming>Flow_ToWork</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
    </bpmn:task>
    <bpmn:endEvent id="End_Tiny"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_ToWork" sourceRef="Start_Tiny" targetRef="Task_Work" />
    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Work" targetRef="End_Tiny" />
  </bpmn:process>
"""
# bpmnElement -> DI element of the tiny process.
TINY_DI = {
    "Start_Tiny": '<bpmndi:BPMNShape id="Di_Start" bpmnElement="Start_Tiny">'
    '<dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>',
    "Task_Work": '<bpmndi:BPMNShape id="Di_Task" bpmnElement="Task_Work">'
    '<dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>',
    "End_Tiny": '<bpmndi:BPMNShape id="Di_End" bpmnElement="End_Tiny">'
    '<dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>',
    "Flow_ToWork": '<bpmndi:BPMNEdge id="Di_ToWork" bpmnElement="Flow_ToWork">'
    '<di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>',
    "Flow_ToEnd": '<bpmndi:BPMNEdge id="Di_ToEnd" bpmnElement="Flow_ToEnd">'
    '<di:waypoint x="300" y="118" /><di:waypoint x="360" y="118" /></bpmndi:BPMNEdge>',
}


def tiny_bpmn(*, without: tuple[str, ...] = (), extra_di: str = "") -> str:
    """A start -> task -> end process with full DI, minus the DI of the `without` element ids."""
    di = "\n".join(f"      {xml}" for element, xml in TINY_DI.items() if element not in without)
    return (
        _HEADER
        + _PROCESS
        + '  <bpmndi:BPMNDiagram id="Diagram_tiny">\n'
        + '    <bpmndi:BPMNPlane id="Plane_tiny" bpmnElement="tiny">\n'
        + di
        + ("\n      " + extra_di if extra_di else "")
        + "\n    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n"
    )


class PngError(ValueError):
    """The bytes are not an 8-bit RGB/RGBA, non-interlaced PNG (what Chromium screenshots are)."""


@dataclass(frozen=True)
class PngImage:
    width: int
    height: int
    ink_pixels: int  # pixels with a channel darker than 200, i.e. not background white


def read_png(data: bytes) -> PngImage:
    """Decodes a screenshot PNG independently of the renderer, to count the pixels it drew."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PngError("missing PNG signature")
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 8 or color not in (2, 6) or interlace:
        raise PngError(
            f"unsupported PNG: depth {depth}, colour type {color}, interlace {interlace}"
        )
    channels = 3 if color == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    ink = 0
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else up_left
                line[i] = (line[i] + predictor) & 0xFF
        ink += sum(1 for px in range(0, stride, channels) if min(line[px : px + 3]) < 200)
        previous = line
    return PngImage(width=width, height=height, ink_pixels=ink)
