"""The ``tasks`` family: task listeners shared by every user task (README.md)."""

from workers.tasks.handlers import TaskAuditDependencies, build_router
from workers.tasks.wiring import tasks_router

__all__ = ["TaskAuditDependencies", "build_router", "tasks_router"]
