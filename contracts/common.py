"""Value types shared by several case contracts."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, StringConstraints

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]

Amount = Annotated[
    Decimal,
    Field(ge=0, max_digits=14, decimal_places=2),
    PlainSerializer(float, return_type=float, when_used="json"),
]
"""A non-negative amount; a JSON number in BPMN variables so FEEL can compare it."""


class Contract(BaseModel):
    """Base for contracts: camelCase on the wire (BPMN variables), no unknown fields."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Money(Contract):
    value: Amount
    currency: CurrencyCode


class Document(Contract):
    kind: str = Field(min_length=1, description="e.g. photo, invoice, police-report, id")
    name: str = Field(min_length=1)
    text: str = Field(default="", description="extracted text of the document")


class Citation(Contract):
    """A knowledge-base passage a proposal or a context pack rests on, for a person to check."""

    source: str = Field(min_length=1, description="document id and chunk, e.g. claims-water#2")
    title: str
    excerpt: str
