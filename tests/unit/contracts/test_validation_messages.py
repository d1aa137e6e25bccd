"""Every user-facing message about invalid data names the fields the same way."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from contracts.validation import (
    WHOLE_INPUT,
    describe_validation_error,
    field_path,
    validation_problems,
)


class Review(BaseModel):
    outcome: str


class Case(BaseModel):
    amount: int
    reviews: list[Review]


def invalid(data: object, model: type[BaseModel] = Case) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return caught.value


def test_fields_are_dotted_and_list_positions_bracketed() -> None:
    assert field_path(("reviews", 0, "outcome")) == "reviews[0].outcome"
    assert field_path((0, "outcome"), "reviews") == "reviews[0].outcome"
    assert field_path(("amount",), "claim") == "claim.amount"


def test_a_problem_with_the_whole_input_is_named_as_such() -> None:
    assert field_path(()) == WHOLE_INPUT
    assert describe_validation_error(invalid(["not", "an", "object"])).startswith(WHOLE_INPUT)


def test_every_malformed_field_is_named_under_its_root() -> None:
    message = describe_validation_error(
        invalid({"amount": "many", "reviews": [{"outcome": "ok"}, {}]}), "claim"
    )
    assert message == (
        "claim.amount: Input should be a valid integer, unable to parse string as an integer; "
        "claim.reviews[1].outcome: Field required"
    )


def test_a_caller_may_name_fields_its_own_way() -> None:
    problems = validation_problems(
        invalid({"reviews": []}), name=lambda loc: "BATON_" + "__".join(map(str, loc)).upper()
    )
    assert problems == ["BATON_AMOUNT: Field required"]
