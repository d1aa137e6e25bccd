"""Parse job variables into contracts, with errors that name every wrong field."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from contracts.errors import InvalidCaseError

ModelT = TypeVar("ModelT", bound=BaseModel)


def parse_variable(model: type[ModelT], value: Any, name: str) -> ModelT:
    """Validate variable ``name`` against ``model`` or raise :class:`InvalidCaseError`."""
    if value is None:
        raise InvalidCaseError(f"variable '{name}' is missing; the process must provide it")
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(
            f"{name}.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"
            if err["loc"]
            else f"{name}: {err['msg']}"
            for err in exc.errors()
        )
        raise InvalidCaseError(f"variable '{name}' is invalid — {problems}") from None


def to_variables(**models: BaseModel) -> dict[str, Any]:
    """Dump models to JSON-ready BPMN variables, camelCase keys."""
    return {name: model.model_dump(mode="json", by_alias=True) for name, model in models.items()}
