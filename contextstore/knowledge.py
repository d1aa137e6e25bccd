"""Knowledge-base source documents: parse, chunk, and index them into Elasticsearch.

A source is a Markdown file ``knowledge/docs/<id>.md`` starting with a YAML front-matter block
(``id``, ``title``, ``process``, ``tags``). Chunks follow headings and paragraphs and overlap by
one paragraph, so a passage that straddles a boundary is still retrievable whole.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from elasticsearch import AsyncElasticsearch
from elasticsearch.helpers import async_bulk
from langchain_core.embeddings import Embeddings
from pydantic import ValidationError

from contextstore.cases import unavailable_as_technical
from contextstore.indices import IndexNames
from contextstore.models import KnowledgeChunk, KnowledgeSource
from contracts.errors import KnowledgeFormatError
from contracts.validation import describe_validation_error

KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
DOCS_DIR = KNOWLEDGE_DIR / "docs"
MAX_CHUNK_CHARS = 700
_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<meta>.*?)\n---\s*\n(?P<body>.*)\Z", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.+?)\s*$")
_LIST_ITEM = re.compile(r"^\s*([-*]|\d+\.)\s")


def parse_source(path: Path) -> KnowledgeSource:
    """Read one source document or raise :class:`KnowledgeFormatError` naming file and field."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeFormatError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    match = _FRONT_MATTER.match(raw)
    if match is None:
        raise KnowledgeFormatError(
            f"{path}: missing front-matter; start the file with '---', the fields id, title, "
            "process, tags, then '---'"
        )
    try:
        meta = yaml.safe_load(match.group("meta"))
    except yaml.YAMLError as exc:
        raise KnowledgeFormatError(f"{path}: front-matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise KnowledgeFormatError(f"{path}: front-matter must be a mapping of fields")
    unknown = set(meta) - {"id", "title", "process", "tags"}
    if unknown:
        raise KnowledgeFormatError(f"{path}: unknown front-matter fields {sorted(unknown)}")
    try:
        source = KnowledgeSource(
            doc_id=meta.get("id"),
            title=meta.get("title"),
            process=meta.get("process"),
            tags=meta.get("tags") or [],
            body=match.group("body").strip(),
            path=str(path),
        )
    except ValidationError as exc:
        problems = describe_validation_error(exc)
        raise KnowledgeFormatError(f"{path}: invalid front-matter or body — {problems}") from None
    if source.doc_id != path.stem:
        raise KnowledgeFormatError(
            f"{path}: id {source.doc_id!r} must equal the file name {path.stem!r}"
        )
    return source


def load_sources(folder: Path = DOCS_DIR) -> list[KnowledgeSource]:
    paths = sorted(folder.glob("*.md"))
    if not paths:
        raise KnowledgeFormatError(f"{folder}: no *.md knowledge documents found")
    sources = [parse_source(path) for path in paths]
    return sources


@dataclass(frozen=True)
class _Section:
    heading: str
    paragraphs: list[str]


def _sections(body: str, title: str) -> list[_Section]:
    sections: list[_Section] = []
    heading = title
    paragraphs: list[str] = []
    current: list[str] = []

    def flush_paragraph() -> None:
        if current:
            paragraphs.append(" ".join(line.strip() for line in current).strip())
            current.clear()

    for line in body.splitlines():
        found = _HEADING.match(line)
        if found:
            flush_paragraph()
            if paragraphs:
                sections.append(_Section(heading, list(paragraphs)))
                paragraphs.clear()
            heading = found.group("text")
        elif not line.strip():
            flush_paragraph()
        elif _LIST_ITEM.match(line) and current:
            flush_paragraph()
            current.append(line)
        else:
            current.append(line)
    flush_paragraph()
    if paragraphs:
        sections.append(_Section(heading, list(paragraphs)))
    return sections


def _windows(paragraphs: list[str], max_chars: int) -> list[list[str]]:
    """Group paragraphs up to ``max_chars``; each window repeats the previous one's last one."""
    windows: list[list[str]] = []
    window: list[str] = []
    for paragraph in paragraphs:
        size = sum(len(p) for p in window) + len(paragraph)
        if window and size > max_chars:
            windows.append(window)
            window = [window[-1]] if len(window) > 1 else []
        window.append(paragraph)
    if window:
        windows.append(window)
    return windows


def chunk_source(source: KnowledgeSource, max_chars: int = MAX_CHUNK_CHARS) -> list[KnowledgeChunk]:
    chunks: list[KnowledgeChunk] = []
    for section in _sections(source.body, source.title):
        for window in _windows(section.paragraphs, max_chars):
            text = "\n".join(window)
            position = len(chunks)
            chunks.append(
                KnowledgeChunk(
                    chunk_id=f"{source.doc_id}#{position}",
                    doc_id=source.doc_id,
                    title=source.title,
                    process=source.process,
                    tags=list(source.tags),
                    heading=section.heading,
                    position=position,
                    text=text,
                    content_hash=hashlib.sha256(f"{section.heading}\n{text}".encode()).hexdigest()[
                        :16
                    ],
                )
            )
    return chunks


def chunk_corpus(sources: Sequence[KnowledgeSource]) -> list[KnowledgeChunk]:
    seen: dict[str, str] = {}
    chunks: list[KnowledgeChunk] = []
    for source in sources:
        if source.doc_id in seen:
            raise KnowledgeFormatError(
                f"{source.path}: id {source.doc_id!r} is already used by {seen[source.doc_id]}"
            )
        seen[source.doc_id] = source.path
        chunks.extend(chunk_source(source))
    return chunks


def embedding_text(chunk: KnowledgeChunk) -> str:
    """What is embedded: the passage with the title and heading that give it context."""
    return f"{chunk.title}. {chunk.heading}. {chunk.text}"


@dataclass(frozen=True)
class LoadResult:
    documents: int
    chunks: int
    stale_removed: int


async def index_chunks(
    client: AsyncElasticsearch,
    names: IndexNames,
    chunks: Sequence[KnowledgeChunk],
    embeddings: Embeddings,
) -> LoadResult:
    """Upsert chunks by ``chunk_id`` (reloading is idempotent) and drop chunks no longer shipped."""
    vectors = await embeddings.aembed_documents([embedding_text(c) for c in chunks])
    actions: list[dict[str, Any]] = [
        {
            "_op_type": "index",
            "_index": names.knowledge,
            "_id": chunk.chunk_id,
            "_source": {**chunk.model_dump(mode="json"), "embedding": vector},
        }
        for chunk, vector in zip(chunks, vectors, strict=True)
    ]
    async with unavailable_as_technical("loading the knowledge base"):
        await async_bulk(client, actions, refresh="wait_for")
        wanted = {chunk.chunk_id for chunk in chunks}
        present = await client.search(
            index=names.knowledge, query={"match_all": {}}, source=False, size=10_000
        )
        stale = [hit["_id"] for hit in present["hits"]["hits"] if hit["_id"] not in wanted]
        if stale:
            await async_bulk(
                client,
                [{"_op_type": "delete", "_index": names.knowledge, "_id": i} for i in stale],
                refresh="wait_for",
            )
    return LoadResult(
        documents=len({c.doc_id for c in chunks}), chunks=len(chunks), stale_removed=len(stale)
    )
