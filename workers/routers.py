"""The fleet's job routers, and the selection of job types one fleet process serves."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pyzeebe import ZeebeTaskRouter

from contracts.errors import UnknownJobTypeError


def all_job_types(routers: tuple[ZeebeTaskRouter, ...]) -> list[str]:
    return sorted(task.type for router in routers for task in router.tasks)


def check_job_types(selected: list[str], routers: tuple[ZeebeTaskRouter, ...]) -> None:
    known = set(all_job_types(routers))
    unknown = sorted(set(selected) - known)
    if unknown:
        raise UnknownJobTypeError(
            f"BATON_FLEET__JOB_TYPES names job types no handler serves: {', '.join(unknown)}. "
            f"Known job types: {', '.join(sorted(known))}"
        )


Handler = Callable[..., Awaitable[dict[str, Any]]]
HandlerT = TypeVar("HandlerT", bound=Handler)


def handles(
    router: ZeebeTaskRouter, job_type: str, *, variables: list[str]
) -> Callable[[HandlerT], HandlerT]:
    """Register the decorated async handler for one job type, ``<family>.<action>``.

    Same as ``router.task`` but typed for async handlers (pyzeebe's sync-or-async union type
    defeats mypy), and it always names the variables to fetch.
    """

    def register(handler: HandlerT) -> HandlerT:
        router.task(job_type, variables_to_fetch=variables)(handler)  # type: ignore[arg-type]
        return handler

    return register
