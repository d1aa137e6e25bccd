"""Value types shared by several case contracts."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class Contract(BaseModel):
    """Base for contracts: camelCase on the wire (BPMN variables), no unknown fields."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


class Money(Contract):
    value: Decimal = Field(ge=0, max_digits=14, decimal_places=2)
    currency: CurrencyCode


class Document(Contract):
    kind: str = Field(min_length=1, description="e.g. photo, invoice, police-report, id")
    name: str = Field(min_length=1)
    text: str = Field(default="", description="extracted text of the document")
