"""The ``onboarding-risk`` decision table, evaluated here with a small reader of its unary tests.

Zeebe evaluates the table in production; this reader understands exactly the entries the table
uses (``-``, quoted strings, numbers and ``>=``/``>`` comparisons) and fails on anything else, so
the table's rows are pinned to the risk policy they implement.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

DMN = Path(__file__).resolve().parents[3] / "bpmn" / "dmn" / "onboarding-risk.dmn"
NS = {"dmn": "https://www.omg.org/spec/DMN/20191111/MODEL/"}
COMPARISON = re.compile(r"^(>=|>|<=|<)\s*(-?\d+(?:\.\d+)?)$")


def matches(entry: str, value: Any) -> bool:
    entry = entry.strip()
    if entry == "-":
        return True
    if entry.startswith('"'):
        return any(value == option.strip().strip('"') for option in entry.split(","))
    compared = COMPARISON.match(entry)
    if compared:
        op, bound = compared.group(1), float(compared.group(2))
        return bool(
            {">=": value >= bound, ">": value > bound, "<=": value <= bound, "<": value < bound}[op]
        )
    if re.fullmatch(r"-?\d+(?:\.\d+)?", entry):
        return bool(value == float(entry))
    raise AssertionError(f"unsupported unary test {entry!r}")


def literal(text: str) -> Any:
    text = text.strip()
    return text.strip('"') if text.startswith('"') else float(text)


def table() -> tuple[list[str], list[str], list[tuple[list[str], list[str]]], str]:
    decision = ET.parse(DMN).getroot().find("dmn:decision", NS)
    assert decision is not None and decision.attrib["id"] == "onboarding-risk"
    dt = decision.find("dmn:decisionTable", NS)
    assert dt is not None
    inputs = [
        i.findtext("dmn:inputExpression/dmn:text", "", NS) for i in dt.findall("dmn:input", NS)
    ]
    outputs = [o.attrib["name"] for o in dt.findall("dmn:output", NS)]
    rules = [
        (
            [e.findtext("dmn:text", "", NS) for e in rule.findall("dmn:inputEntry", NS)],
            [e.findtext("dmn:text", "", NS) for e in rule.findall("dmn:outputEntry", NS)],
        )
        for rule in dt.findall("dmn:rule", NS)
    ]
    return inputs, outputs, rules, dt.attrib["hitPolicy"]


def evaluate(kind: str, country: str, product: str, identity: str, near: int) -> dict[str, Any]:
    inputs, outputs, rules, hit_policy = table()
    assert hit_policy == "FIRST"
    values = {
        "application.applicant.kind": kind,
        "intake.countryRisk": country,
        "application.requestedProduct": product,
        "identity.status": identity,
        "screening.nearMatches": near,
    }
    for entries, results in rules:
        if all(matches(e, values[i]) for e, i in zip(entries, inputs, strict=True)):
            return {name: literal(r) for name, r in zip(outputs, results, strict=True)}
    raise AssertionError("no rule matched: the table needs a catch-all last row")


def test_table_reads_variables_the_process_sets() -> None:
    inputs, outputs, _, _ = table()
    assert inputs == [
        "application.applicant.kind",
        "intake.countryRisk",
        "application.requestedProduct",
        "identity.status",
        "screening.nearMatches",
    ]
    assert outputs == ["riskLevel", "score", "reason"]


@pytest.mark.parametrize(
    ("case", "level"),
    [
        (("person", "low", "current-account", "verified", 0), "low"),
        (("person", "low", "current-account", "failed", 0), "high"),
        (("person", "high", "savings-account", "verified", 0), "high"),
        (("person", "low", "current-account", "verified", 2), "high"),
        (("person", "low", "current-account", "inconclusive", 1), "high"),
        (("company", "medium", "business-account", "inconclusive", 0), "high"),
        (("person", "medium", "current-account", "verified", 0), "medium"),
        (("person", "low", "current-account", "verified", 1), "medium"),
        (("company", "low", "business-account", "inconclusive", 0), "medium"),
        (("person", "low", "credit-card", "verified", 0), "medium"),
    ],
)
def test_risk_level_for_each_factor(case: tuple[str, str, str, str, int], level: str) -> None:
    assert evaluate(*case)["riskLevel"] == level


def test_scores_rank_with_levels() -> None:
    high = evaluate("person", "low", "current-account", "failed", 0)
    medium = evaluate("person", "medium", "current-account", "verified", 0)
    low = evaluate("person", "low", "current-account", "verified", 0)
    assert high["score"] > medium["score"] > low["score"]
    assert low["reason"] == "no risk factors"


def test_every_rule_yields_a_known_level_and_a_score_in_range() -> None:
    _, _, rules, _ = table()
    for _, results in rules:
        level, score, reason = (literal(r) for r in results)
        assert level in {"low", "medium", "high"}
        assert 0 <= score <= 100
        assert reason


def test_reader_refuses_entries_it_does_not_understand() -> None:
    with pytest.raises(AssertionError, match="unsupported unary test"):
        matches("[1..3]", 2)
