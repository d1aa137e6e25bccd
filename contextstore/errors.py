"""Errors the context store raises; each names what was wrong and what to do."""

from __future__ import annotations

from contracts.errors import BatonError, TechnicalError


class ContextStoreUnavailableError(TechnicalError):
    """Elasticsearch did not answer or timed out; the job is retried with backoff."""


class ConcurrentUpdateError(TechnicalError):
    """A case file kept changing under us for every retry; retry the job."""


class CaseNotFoundError(BatonError):
    """No case file exists for the business key."""


class KnowledgeFormatError(BatonError):
    """A knowledge-base source document or query-set entry is malformed."""


class AuditChainBrokenError(BatonError):
    """The audit chain of a case does not verify: an entry was changed, removed or reordered."""
