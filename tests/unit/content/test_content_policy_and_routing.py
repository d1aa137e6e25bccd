"""content.yaml validation, and the content-reviewers DMN table evaluated rule by rule."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from config import ContentPolicy, content_policy, load_policy
from contracts.errors import PolicyFileError

ROOT = Path(__file__).resolve().parents[3]
DMN = ROOT / "bpmn" / "dmn" / "content-reviewers.dmn"
NS = {"dmn": "https://www.omg.org/spec/DMN/20191111/MODEL/"}
SHIPPED = ROOT / "config" / "policies" / "content.yaml"


def test_shipped_policy_loads() -> None:
    loaded = content_policy()
    assert loaded.revision_limit == 3
    assert loaded.review_sla == "PT24H"
    assert loaded.disclaimer_for("Mortgage") is not None
    assert loaded.disclaimer_for("home-insurance") is None


@pytest.mark.parametrize(
    ("replace", "by", "named"),
    [
        ("revisionLimit: 3", "revisionLimit: -1", "revisionLimit"),
        ("reviewSla: PT24H", "reviewSla: tomorrow", "reviewSla"),
        ('pattern: "!{2,}"', 'pattern: "(unclosed"', "brandVoice.terms[4].pattern"),
        ("shoutingMinLetters: 4", "shoutingMinLetters: many", "brandVoice.shoutingMinLetters"),
    ],
)
def test_malformed_policy_names_the_field(
    tmp_path: Path, replace: str, by: str, named: str
) -> None:
    text = SHIPPED.read_text()
    assert replace in text
    bad = tmp_path / "content.yaml"
    bad.write_text(text.replace(replace, by))
    with pytest.raises(PolicyFileError, match=re.escape(named)):
        load_policy(ContentPolicy, bad)


def test_unknown_policy_key_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "content.yaml"
    bad.write_text(SHIPPED.read_text() + "\nrevisonLimit: 5\n")
    with pytest.raises(PolicyFileError, match="revisonLimit"):
        load_policy(ContentPolicy, bad)


def test_policy_that_is_not_yaml_is_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "content.yaml"
    bad.write_text("revisionLimit: [3\n")
    with pytest.raises(PolicyFileError, match="not valid YAML"):
        load_policy(ContentPolicy, bad)


def _entry_matches(entry: str, value: str | float) -> bool:
    """The subset of FEEL unary tests the table uses: '-', string lists, '> n'."""
    entry = entry.strip()
    if entry == "-":
        return True
    if entry.startswith(">"):
        return isinstance(value, int | float) and value > float(entry[1:])
    return value in re.findall(r'"([^"]*)"', entry)


def reviewers_for(channel: str, product: str, violations: int, claims: int) -> set[str]:
    table = ET.parse(DMN).getroot().find(".//dmn:decisionTable", NS)
    assert table is not None and table.attrib["hitPolicy"] == "COLLECT"
    values: list[str | float] = [channel, product, violations, claims]
    result = set()
    for rule in table.iterfind("dmn:rule", NS):
        entries = [e.findtext("dmn:text", "", NS) for e in rule.iterfind("dmn:inputEntry", NS)]
        if all(_entry_matches(e, v) for e, v in zip(entries, values, strict=True)):
            [output] = [o.findtext("dmn:text", "", NS) for o in rule.findall("dmn:outputEntry", NS)]
            result.add(output.strip('"'))
    return result


@pytest.mark.parametrize(
    ("channel", "product", "violations", "claims", "expected"),
    [
        ("email", "home-insurance", 0, 0, {"editor"}),
        ("web", "home-insurance", 0, 0, {"editor", "brand"}),
        ("email", "investment", 0, 0, {"editor", "legal"}),
        ("email", "home-insurance", 2, 0, {"editor", "legal"}),
        ("email", "home-insurance", 0, 1, {"editor", "legal"}),
        ("print", "home-insurance", 0, 0, {"editor", "brand", "legal"}),
        ("social", "pension", 1, 1, {"editor", "brand", "legal"}),
    ],
)
def test_reviewers_follow_channel_product_and_findings(
    channel: str, product: str, violations: int, claims: int, expected: set[str]
) -> None:
    assert reviewers_for(channel, product, violations, claims) == expected


def test_legal_reviews_every_product_that_needs_a_disclaimer() -> None:
    for disclaimer in content_policy().disclaimers:
        assert "legal" in reviewers_for("email", disclaimer.product, 0, 0), disclaimer.product


def test_reviewers_are_only_editor_legal_or_brand() -> None:
    outputs = {
        o.text.strip('"')
        for o in ET.parse(DMN).getroot().iterfind(".//dmn:outputEntry/dmn:text", NS)
        if o.text
    }
    assert outputs == {"editor", "legal", "brand"}
