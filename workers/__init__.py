"""The Zeebe side of Baton: the fleet and its plumbing, and one folder per process family
(``workers/<family>/``: handlers, wiring, step rules). Nothing imports ``workers`` but the CLI
and the benchmarks.

The public names load on first use (PEP 562): ``import workers`` and its light submodules
(``workers.metrics``, ``workers.variables``) do not pull in pyzeebe, gRPC and every family.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workers.fleet import Fleet, create_channel
    from workers.logging_setup import configure_logging
    from workers.routers import Variables, family_router, handles
    from workers.tracing import configure_tracing

_HOMES = {
    "Fleet": "workers.fleet",
    "create_channel": "workers.fleet",
    "configure_logging": "workers.logging_setup",
    "Variables": "workers.routers",
    "family_router": "workers.routers",
    "handles": "workers.routers",
    "configure_tracing": "workers.tracing",
}

__all__ = [
    "Fleet",
    "Variables",
    "configure_logging",
    "configure_tracing",
    "create_channel",
    "family_router",
    "handles",
]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'workers' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
