"""The case file as a LangChain tool: read a case's stored fields by id."""

from __future__ import annotations

from typing import Any, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

TOOL_NAME = "case_file_read"


class CaseFileReader(Protocol):
    def get(self, case_id: str) -> dict[str, Any] | None: ...


class CaseFileQuery(BaseModel):
    case_id: str = Field(min_length=1, description="business key of the case")


def case_file_tool(reader: CaseFileReader) -> BaseTool:
    def read(case_id: str) -> dict[str, Any]:
        found = reader.get(case_id)
        return found if found is not None else {"error": f"no case file for {case_id}"}

    return StructuredTool.from_function(
        func=read,
        name=TOOL_NAME,
        description="Read the stored case file (case variables, documents, prior decisions).",
        args_schema=CaseFileQuery,
    )
