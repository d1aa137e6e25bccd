"""The ``content-approval`` family: handlers, wiring, step rules (README.md)."""

from workers.content.handlers import ContentDependencies, PublicationOrder, build_router
from workers.content.wiring import content_router

__all__ = ["ContentDependencies", "PublicationOrder", "build_router", "content_router"]
