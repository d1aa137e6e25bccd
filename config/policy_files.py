"""Reading one YAML policy file into its model: the base and loader ``config/*_policy`` share."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from contracts.errors import PolicyFileError
from contracts.validation import describe_validation_error

DEFAULT_POLICIES_DIR = Path(__file__).parent / "policies"


class PolicyModel(BaseModel):
    """Base of the policy models: camelCase in YAML, no unknown keys, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


PolicyT = TypeVar("PolicyT", bound=BaseModel)


def load_policy(model: type[PolicyT], path: Path) -> PolicyT:
    try:
        raw = yaml.safe_load(path.read_text())
    except FileNotFoundError:
        raise PolicyFileError(f"policy file {path} does not exist") from None
    except yaml.YAMLError as exc:
        raise PolicyFileError(f"policy file {path} is not valid YAML: {exc}") from None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        raise PolicyFileError(f"policy file {path} is invalid — {problems}") from None
