"""The onboarding policy file: the shipped one loads, broken ones fail with the reason."""

from pathlib import Path

import pytest
import yaml

from config import OnboardingPolicy, Settings, load_policy, onboarding_policy
from contracts.errors import PolicyFileError

SHIPPED = Path(__file__).resolve().parents[3] / "config" / "policies" / "onboarding.yaml"


def shipped() -> dict[str, object]:
    data = yaml.safe_load(SHIPPED.read_text())
    assert isinstance(data, dict)
    return data


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "onboarding.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_shipped_policy_loads() -> None:
    policy = onboarding_policy()
    assert policy.documents_deadline == "P7D"
    assert "business-account" in policy.products


def test_policy_dir_can_be_swapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = shipped()
    data["documentsDeadline"] = "P14D"
    write(tmp_path, data)
    monkeypatch.setenv("BATON_POLICIES_DIR", str(tmp_path))
    assert onboarding_policy(Settings().policies_dir).documents_deadline == "P14D"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"documentsDeadline": "seven days"}, "documentsDeadline"),
        ({"requiredDocuments": {"person": ["id"]}}, "lacks applicant kinds: company"),
        ({"countryRisk": {"high": ["IR"], "medium": ["IR"]}}, "both high and medium risk: IR"),
        ({"countryRisk": {"high": ["Iran"], "medium": []}}, "countryRisk.high[0]"),
        ({"sanctions": {"hitScore": 0.5, "nearMatchScore": 0.8}}, "must not exceed hitScore"),
        (
            {"products": {"x": {"applicantKinds": ["robot"], "extraDocuments": []}}},
            "products.x.applicantKinds[0]",
        ),
        ({"surprise": 1}, "surprise: Extra inputs are not permitted"),
    ],
)
def test_broken_policy_names_the_problem(
    tmp_path: Path, change: dict[str, object], problem: str
) -> None:
    data = {**shipped(), **change}
    with pytest.raises(PolicyFileError) as raised:
        load_policy(OnboardingPolicy, write(tmp_path, data))
    assert problem in str(raised.value)


def test_policy_that_is_not_yaml_fails(tmp_path: Path) -> None:
    path = tmp_path / "onboarding.yaml"
    path.write_text("requiredDocuments: [unclosed")
    with pytest.raises(PolicyFileError, match="not valid YAML"):
        load_policy(OnboardingPolicy, path)
