"""The append-only timeline of a case: agent outputs, tool calls, human actions, verdicts."""

from __future__ import annotations

from elasticsearch import AsyncElasticsearch

from contextstore.cases import create_once, unavailable_as_technical
from contextstore.indices import IndexNames
from contracts.audit import TimelineEvent


class CaseTimeline:
    def __init__(self, client: AsyncElasticsearch, names: IndexNames) -> None:
        self._client = client
        self._index = names.case_events

    async def append(self, event: TimelineEvent) -> bool:
        """Write once under the event's deterministic id; False when it was already written.

        No ``refresh=wait_for``: waiting up to a refresh interval per event queued every audit
        write (a person's assignment included) behind the timeline; readers refresh instead.
        """
        return await create_once(
            self._client,
            self._index,
            event.event_id,
            event.model_dump(mode="json"),
            what=f"appending to the timeline of {event.case_id}",
        )

    async def list(self, case_id: str, *, limit: int = 500) -> list[TimelineEvent]:
        async with unavailable_as_technical(f"reading the timeline of {case_id}"):
            await self._client.indices.refresh(index=self._index)
            found = await self._client.search(
                index=self._index,
                query={"term": {"case_id": case_id}},
                sort=[{"at": "asc"}],
                size=limit,
            )
        return [TimelineEvent.model_validate(hit["_source"]) for hit in found["hits"]["hits"]]
