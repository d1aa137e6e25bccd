"""The FEEL differential corpus and the FEEL expressions Baton's models hold.

``feel_corpus.yaml`` is a list of groups, each ``{group, cases}``; a case has an ``expression``
(FEEL without the leading ``=``), optional ``variables`` (a JSON-shaped mapping) and optional
``samples`` (variable name → case file under ``samples/``, merged into the variables).
"""

from __future__ import annotations

import json
import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_PATH = Path(__file__).with_name("feel_corpus.yaml")
SAMPLES_DIR = REPO_ROOT / "samples"
MODELS_DIR = REPO_ROOT / "bpmn"

_DMN_FEEL_ELEMENTS = ("inputExpression", "outputEntry", "literalExpression")


class CorpusError(ValueError):
    """The corpus file is not a list of well-formed groups and cases; the message says where."""


@dataclass(frozen=True)
class FeelCase:
    id: str
    group: str
    expression: str
    variables: dict[str, Any]


@dataclass(frozen=True)
class ModelExpression:
    """A FEEL expression as it appears in a model file, without its leading ``=``."""

    source: str
    expression: str


def load_corpus(path: Path = CORPUS_PATH, samples_dir: Path = SAMPLES_DIR) -> list[FeelCase]:
    try:
        document = yaml.safe_load(path.read_text())
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path} is not YAML: {exc}") from exc
    if not isinstance(document, list):
        raise CorpusError(f"{path} must hold a list of groups, got {type(document).__name__}")
    cases: list[FeelCase] = []
    for group_number, group in enumerate(document, start=1):
        where = f"{path.name} group {group_number}"
        if not isinstance(group, dict) or set(group) != {"group", "cases"}:
            raise CorpusError(f"{where}: a group is a mapping with exactly 'group' and 'cases'")
        name, entries = group["group"], group["cases"]
        if not isinstance(name, str) or not name:
            raise CorpusError(f"{where}: 'group' must be a non-empty string")
        if not isinstance(entries, list) or not entries:
            raise CorpusError(f"{where} ({name}): 'cases' must be a non-empty list")
        for number, entry in enumerate(entries, start=1):
            case_id = f"{name}-{number:03d}"
            cases.append(_case(entry, case_id, name, samples_dir))
    return cases


def _case(entry: Any, case_id: str, group: str, samples_dir: Path) -> FeelCase:
    if not isinstance(entry, dict):
        raise CorpusError(f"case {case_id}: expected a mapping, got {entry!r}")
    unknown = set(entry) - {"expression", "variables", "samples"}
    if unknown:
        raise CorpusError(f"case {case_id}: unknown keys {sorted(unknown)}")
    expression = entry.get("expression")
    if not isinstance(expression, str) or not expression.strip():
        raise CorpusError(f"case {case_id}: 'expression' must be a non-empty string")
    variables = entry.get("variables", {})
    if not isinstance(variables, dict):
        raise CorpusError(f"case {case_id}: 'variables' must be a mapping")
    _check_json_shaped(variables, f"case {case_id} variables")
    samples = entry.get("samples", {})
    if not isinstance(samples, dict):
        raise CorpusError(f"case {case_id}: 'samples' must map variable names to case files")
    merged = dict(variables)
    for variable, sample in samples.items():
        merged[variable] = _read_sample(samples_dir, sample, case_id)
    return FeelCase(id=case_id, group=group, expression=expression, variables=merged)


def _read_sample(samples_dir: Path, sample: Any, case_id: str) -> Any:
    if not isinstance(sample, str):
        raise CorpusError(f"case {case_id}: a sample is a path under samples/, got {sample!r}")
    path = samples_dir / sample
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise CorpusError(f"case {case_id}: sample {path} does not exist") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(f"case {case_id}: sample {path} is not JSON: {exc}") from exc


def _check_json_shaped(value: Any, where: str) -> None:
    """Reject what YAML reads but JSON cannot carry, such as unquoted dates or ``.nan``."""
    if value is None or isinstance(value, bool | int | str):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CorpusError(f"{where}: {value} is not a finite number")
        return
    if isinstance(value, list):
        for item in value:
            _check_json_shaped(item, where)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CorpusError(f"{where}: key {key!r} is not a string")
            _check_json_shaped(item, where)
        return
    raise CorpusError(
        f"{where}: {value!r} ({type(value).__name__}) is not a JSON value; quote dates and times"
    )


def model_expressions(models_dir: Path = MODELS_DIR) -> list[ModelExpression]:
    """Every FEEL expression in the BPMN, DMN and form files, in file order.

    BPMN: attribute values and element texts starting with ``=``. DMN: input expressions, output
    entries and literal expressions (input entries are unary tests, not expressions). Forms:
    string properties starting with ``=``; ``{{ }}`` templates are not FEEL evaluation.
    """
    found: list[ModelExpression] = []
    for path in sorted(models_dir.glob("*.bpmn")):
        found.extend(_bpmn_expressions(path, models_dir))
    for path in sorted((models_dir / "dmn").glob("*.dmn")):
        found.extend(_dmn_expressions(path, models_dir))
    for path in sorted((models_dir / "forms").glob("*.form")):
        found.extend(_form_expressions(path, models_dir))
    return found


def _bpmn_expressions(path: Path, root: Path) -> Iterator[ModelExpression]:
    source = str(path.relative_to(root))
    for element in ET.parse(path).iter():
        for value in (*element.attrib.values(), element.text or ""):
            text = value.strip()
            if text.startswith("=") and text[1:].strip():
                yield ModelExpression(source, text[1:].strip())


def _dmn_expressions(path: Path, root: Path) -> Iterator[ModelExpression]:
    source = f"dmn/{path.relative_to(root / 'dmn')}"
    for element in ET.parse(path).iter():
        if element.tag.rsplit("}", 1)[-1] not in _DMN_FEEL_ELEMENTS:
            continue
        for child in element:
            if child.tag.rsplit("}", 1)[-1] == "text" and child.text and child.text.strip():
                yield ModelExpression(source, child.text.strip())


def _form_expressions(path: Path, root: Path) -> Iterator[ModelExpression]:
    source = f"forms/{path.relative_to(root / 'forms')}"
    yield from (
        ModelExpression(source, text) for text in _form_strings(json.loads(path.read_text()))
    )


def _form_strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _form_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _form_strings(value)
    elif isinstance(node, str) and node.startswith("=") and node[1:].strip():
        yield node[1:].strip()
