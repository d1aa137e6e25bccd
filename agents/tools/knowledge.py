"""Knowledge retrieval as a LangChain tool, over any ``BaseRetriever`` (the context store's
hybrid retriever in the fleet, an in-memory one in tests)."""

from __future__ import annotations

from langchain_core.retrievers import BaseRetriever
from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from agents.tools.screening import findings
from guardrails import InjectionModel

TOOL_NAME = "knowledge_search"


class KnowledgeQuery(BaseModel):
    query: str = Field(min_length=1, description="what to look up in the knowledge base")


class Passage(BaseModel):
    source: str
    text: str


def knowledge_search_tool(
    retriever: BaseRetriever, limit: int = 5, injection_model: InjectionModel | None = None
) -> BaseTool:
    """A tool returning up to ``limit`` passages with their source for citation; a passage
    carrying an injection (by the rules, or by ``injection_model`` when given) is replaced by the
    rule that fired."""

    def passage(source: str, text: str) -> dict[str, str]:
        hits = findings(text, f"knowledge:{source}", injection_model)
        if hits:
            text = "[passage withheld by guardrails: " + "; ".join(v.rule for v in hits) + "]"
        return Passage(source=source, text=text).model_dump()

    def search(query: str) -> list[dict[str, str]]:
        documents = retriever.invoke(query)[:limit]
        return [
            passage(str(doc.metadata.get("source", doc.id or "unknown")), doc.page_content)
            for doc in documents
        ]

    return StructuredTool.from_function(
        func=search,
        name=TOOL_NAME,
        description="Search policy wordings, guidelines and past cases; returns cited passages.",
        args_schema=KnowledgeQuery,
    )
