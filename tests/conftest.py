"""Test collection: the engine suite runs only where a Camunda engine may run.

``tests/engine`` needs a licensed Camunda 8.9 distribution (see README, "The engine and its
licence"); ``make test-engine`` sets ``BATON_ENGINE_TESTS=1`` and runs it. ``make test`` does not
collect it, rather than skipping its tests.
"""

import os

collect_ignore = [] if os.environ.get("BATON_ENGINE_TESTS") == "1" else ["engine"]
