"""CMS: publish approved content to its channel, exactly once per submission."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from clients.http import (
    IDEMPOTENCY_HEADER,
    LegacySystemClient,
    WireModel,
    validate_idempotency_key,
)

SYSTEM = "cms"


class PublicationRequest(WireModel):
    submission_id: str = Field(min_length=1, max_length=100)
    channel: str = Field(min_length=1, max_length=50, pattern=r"^[A-Za-z0-9._-]+$")
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1, max_length=100_000)


class Publication(WireModel):
    publication_id: str
    url: str
    submission_id: str
    published_at: datetime
    channel: str | None = None
    title: str | None = None


class CmsClient(LegacySystemClient):
    system = SYSTEM
    settings_key = "cms"

    async def publish(self, request: PublicationRequest, idempotency_key: str) -> Publication:
        """Publish once; the same key again returns the first publication."""
        response = await self._http.request(
            "POST",
            "/cms/publications",
            json=request.model_dump(mode="json", by_alias=True),
            headers={IDEMPOTENCY_HEADER: validate_idempotency_key(idempotency_key)},
        )
        return self._http.parse(response, Publication)

    async def publications_for_submission(self, submission_id: str) -> list[Publication]:
        response = await self._http.request(
            "GET", "/cms/publications", params={"submissionId": submission_id}
        )
        return self._http.parse_list(response, Publication)

    async def list_publications(self) -> list[Publication]:
        """Everything the CMS has published (the CMS filters by submission only)."""
        response = await self._http.request("GET", "/cms/publications")
        return self._http.parse_list(response, Publication)
