"""Baton's memory in Elasticsearch: case files, timelines, knowledge retrieval, audit log."""

from contextstore.audit import GENESIS_HASH, AuditLog, check_chain, entry_id
from contextstore.cases import CaseStore
from contextstore.client import build_client, connect, server_major
from contextstore.embeddings import LsaEmbeddings, dimensions_of, provider_embeddings
from contextstore.evaluation import LabelledQuery, distinct_docs, load_queries, score
from contextstore.events import CaseTimeline
from contextstore.indices import (
    DEFAULT_PREFIX,
    IndexNames,
    drop_indices,
    drop_prefix,
    ensure_indices,
)
from contextstore.kb import KnowledgeBase
from contextstore.knowledge import DOCS_DIR, chunk_corpus, chunk_source, load_sources, parse_source
from contextstore.models import CaseFile, KnowledgeSource
from contextstore.retrieval import RetrievalMode, knowledge_tool, rrf_fuse
from contextstore.store import ContextStore
from contracts.audit import stable_hash

__all__ = [
    "DEFAULT_PREFIX",
    "DOCS_DIR",
    "GENESIS_HASH",
    "AuditLog",
    "CaseFile",
    "CaseStore",
    "CaseTimeline",
    "ContextStore",
    "IndexNames",
    "KnowledgeBase",
    "KnowledgeSource",
    "LabelledQuery",
    "LsaEmbeddings",
    "RetrievalMode",
    "build_client",
    "check_chain",
    "chunk_corpus",
    "chunk_source",
    "connect",
    "dimensions_of",
    "distinct_docs",
    "drop_indices",
    "drop_prefix",
    "ensure_indices",
    "entry_id",
    "knowledge_tool",
    "load_queries",
    "load_sources",
    "parse_source",
    "provider_embeddings",
    "rrf_fuse",
    "score",
    "server_major",
    "stable_hash",
]
