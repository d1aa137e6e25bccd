"""The case file as a LangChain tool: read a case's stored fields by id, screened for
injections before the model reads them. The rules screen it alone: a case file mixes the
customer's text with Baton's own decisions and evidence lines, which the learned classifier
mistakes for injections."""

from __future__ import annotations

from typing import Any, Protocol

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from agents.tools.screening import screened

TOOL_NAME = "case_file_read"


class CaseFileReader(Protocol):
    def get(self, case_id: str) -> dict[str, Any] | None: ...


class CaseFileQuery(BaseModel):
    case_id: str = Field(min_length=1, description="business key of the case")


def case_file_tool(reader: CaseFileReader) -> BaseTool:
    def read(case_id: str) -> dict[str, Any]:
        found = reader.get(case_id)
        if found is None:
            return {"error": f"no case file for {case_id}"}
        result: dict[str, Any] = screened(found, f"case-file:{case_id}")
        return result

    return StructuredTool.from_function(
        func=read,
        name=TOOL_NAME,
        description="Read the stored case file (case variables, documents, prior decisions).",
        args_schema=CaseFileQuery,
    )
