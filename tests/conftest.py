"""Shared test configuration.

Every suite runs in ``make test``: ``tests/engine`` (the processes on the local engine),
``tests/integration`` (real Elasticsearch and simulator), ``tests/conformance`` (the engine
against reference clients and FEEL-Scala) and ``tests/unit``. Services start once per session.
"""

pytest_plugins = ["tests.services"]
