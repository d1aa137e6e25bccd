"""Errors raised while fetching or running a local service; each says what to do next."""


class DevServiceError(RuntimeError):
    """A local service could not be fetched, verified, started or stopped."""


class NoSuitableJavaError(DevServiceError):
    """No JDK of the required major version was found or could be installed."""


class ArtifactFetchError(DevServiceError):
    """Maven could not fetch or verify an artifact."""


class ServiceStartError(DevServiceError):
    """A service process exited or did not become ready in time."""
