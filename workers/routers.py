"""Typed job handlers, pyzeebe-style, and the selection of job types one fleet process serves.

A handler is a module-level async function marked ``@handles(job_type)``, the job type
(``<family>.<action>``) written there once. Its parameters are the variables it reads, typed
with the contracts (snake_case here, camelCase in the process: ``review_sla`` reads
``reviewSla``); a parameter with a default is optional. ``job: Job`` receives the job,
``deps`` the family's dependencies. It returns a :class:`Variables` model whose fields are
the variables it sets.

:func:`family_router` derives the variables to fetch from the signatures, validates each
variable (a missing or invalid one raises :class:`InvalidCaseError`, the named invalid-input
incident) and dumps the returned model by alias.

A handler that must complete its job itself — with a job result, which pyzeebe 4.7's gateway
protocol cannot carry, sent over the REST API instead — declares the return type
:class:`CompletedByHandler`; the router then skips pyzeebe's own completion of that job.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from pydantic.alias_generators import to_camel
from pyzeebe import Job, JobController, ZeebeTaskRouter
from pyzeebe.job.job_status import JobStatus
from pyzeebe.task.task import Task
from pyzeebe.types import JsonDictType

from contracts.errors import InvalidCaseError, UnknownJobTypeError
from contracts.validation import describe_validation_error
from workers.context_sinks import awaiting_required_writes

JOB_TYPE_ATTRIBUTE = "__baton_job_type__"
DEPENDENCIES_PARAMETER = "deps"


class Variables(BaseModel):
    """What a handler sets: one field per process variable, camelCase in the process.

    Fields left unset are not sent, so a handler sets an optional variable only when it means to.
    """

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)


class CompletedByHandler(Variables):
    """The return type of a handler that has completed its job itself; nothing is sent back."""


class _CompletedByHandlerController(JobController):
    """Marks the job completed without a second CompleteJob call to the gateway."""

    async def set_success_status(self, variables: JsonDictType | None = None) -> None:
        self._job._set_status(JobStatus.Completed)


COMPLETES_ITS_JOB = "__baton_completes_its_job__"
"""Set on the function pyzeebe calls when its handler returns :class:`CompletedByHandler`."""


def _skip_pyzeebe_completion(task: Task) -> None:
    completing = task.job_handler

    async def job_handler(job: Job, controller: JobController) -> Job:
        return await completing(job, _CompletedByHandlerController(job, controller._zeebe_adapter))

    task.job_handler = job_handler


def keep_handler_completions(tasks: list[Task]) -> None:
    """pyzeebe builds a task's job handler afresh whenever a router is included (the fleet
    includes its routers into the worker), so the worker's own tasks must skip the second
    completion of jobs their handler completed itself; call this on them after every include."""
    for task in tasks:
        if getattr(task.original_function, COMPLETES_ITS_JOB, False):
            _skip_pyzeebe_completion(task)


Handler = Callable[..., Awaitable[Variables]]
HandlerT = TypeVar("HandlerT", bound=Handler)
JobFunction = Callable[..., Awaitable[dict[str, Any]]]


def handles(job_type: str) -> Callable[[HandlerT], HandlerT]:
    """Mark a module-level handler as the one for ``job_type`` (``<family>.<action>``)."""

    def mark(handler: HandlerT) -> HandlerT:
        setattr(handler, JOB_TYPE_ATTRIBUTE, job_type)
        return handler

    return mark


def job_type_of(handler: Handler) -> str:
    job_type = getattr(handler, JOB_TYPE_ATTRIBUTE, None)
    if not isinstance(job_type, str):
        raise TypeError(f"{handler.__qualname__} is not marked with @handles(<job type>)")
    return job_type


@dataclass(frozen=True)
class _Variable:
    name: str
    parameter: str
    adapter: TypeAdapter[Any]
    default: Any
    required: bool

    def parse(self, value: Any) -> Any:
        if value is None:
            if self.required:
                raise InvalidCaseError(
                    f"variable '{self.name}' is missing; the process must provide it"
                )
            return self.default
        try:
            return self.adapter.validate_python(value)
        except ValidationError as exc:
            raise InvalidCaseError(
                f"variable '{self.name}' is invalid — {describe_validation_error(exc, self.name)}"
            ) from None


def _variables_of(handler: Handler) -> tuple[list[_Variable], bool]:
    """The variables ``handler`` reads, and whether it takes the job."""
    hints = typing.get_type_hints(handler, include_extras=True)
    variables: list[_Variable] = []
    takes_job = False
    for parameter in inspect.signature(handler).parameters.values():
        hint = hints[parameter.name]
        if hint is Job:
            takes_job = True
        elif parameter.name != DEPENDENCIES_PARAMETER:
            required = parameter.default is inspect.Parameter.empty
            variables.append(
                _Variable(
                    name=to_camel(parameter.name),
                    parameter=parameter.name,
                    adapter=TypeAdapter(hint),
                    default=None if required else parameter.default,
                    required=required,
                )
            )
    return variables, takes_job


def dump_variables(result: Variables) -> dict[str, Any]:
    """The variables a handler sets, JSON-ready and camelCase; unset fields are left out."""
    unset = set(type(result).model_fields) - result.model_fields_set
    return result.model_dump(mode="json", by_alias=True, exclude=unset)


def bind(handler: Handler, deps: object) -> tuple[list[str], JobFunction]:
    """The variables to fetch for ``handler`` and the function pyzeebe calls with them."""
    variables, takes_job = _variables_of(handler)
    takes_deps = DEPENDENCIES_PARAMETER in inspect.signature(handler).parameters

    positional = [*(["job"] if takes_job else []), *(v.name for v in variables)]

    async def run(*args: Any, **values: Any) -> dict[str, Any]:
        values.update(zip(positional, args, strict=False))
        arguments = {v.parameter: v.parse(values.get(v.name)) for v in variables}
        if takes_job:
            arguments["job"] = values.get("job")
        if takes_deps:
            arguments[DEPENDENCIES_PARAMETER] = deps
        async with awaiting_required_writes():
            result = await handler(**arguments)
        return dump_variables(result)

    job_parameter = [
        inspect.Parameter("job", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Job)
    ]
    run.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            *(job_parameter if takes_job else []),
            *(
                inspect.Parameter(v.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=None)
                for v in variables
            ),
        ]
    )
    run.__name__ = handler.__name__
    run.__qualname__ = handler.__qualname__
    run.__doc__ = handler.__doc__
    return [v.name for v in variables], run


def family_router(deps: object, *handlers: Handler) -> ZeebeTaskRouter:
    """A router serving ``handlers``, each bound to the family's ``deps``."""
    router = ZeebeTaskRouter()
    for handler in handlers:
        fetch, run = bind(handler, deps)
        if typing.get_type_hints(handler).get("return") is CompletedByHandler:
            setattr(run, COMPLETES_ITS_JOB, True)
        # pyzeebe's sync-or-async union type defeats mypy for an async function
        router.task(job_type_of(handler), variables_to_fetch=fetch)(run)  # type: ignore[arg-type]
    keep_handler_completions(router.tasks)
    return router


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
