"""Local services Baton fetches from registries and runs on one machine (engine, Elasticsearch).

The surface below is standard-library only, so the CLI may import it eagerly; the launchers
(``devservices.engine``, ``.elasticsearch``, ``.simulator``, ``.camunda``) are submodules.
"""

from devservices.engine_handle import EngineHandle
from devservices.errors import (
    ArtifactFetchError,
    DevServiceError,
    NoSuitableJavaError,
    ServiceStartError,
)
from devservices.java import find_java
from devservices.paths import cache_dir, service_dir

__all__ = [
    "ArtifactFetchError",
    "DevServiceError",
    "EngineHandle",
    "NoSuitableJavaError",
    "ServiceStartError",
    "cache_dir",
    "find_java",
    "service_dir",
]
