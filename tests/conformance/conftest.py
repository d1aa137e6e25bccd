"""Session fixtures: one FEEL-Scala run over the whole corpus, shared by every differential case.

The first session fetches the pinned jars with Maven and compiles the harness (a few minutes);
later sessions reuse ``$BATON_CACHE_DIR/feel-reference/``. A missing JDK or Maven fails the
tests with the reason rather than skipping them.
"""

from __future__ import annotations

import pytest

from tests.conformance.corpus import FeelCase, load_corpus
from tests.conformance.reference_engine import (
    FeelReference,
    FeelReferenceError,
    ReferenceAnswer,
    install_reference,
)


@pytest.fixture(scope="session")
def feel_reference() -> FeelReference:
    try:
        return install_reference()
    except FeelReferenceError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def feel_corpus() -> list[FeelCase]:
    return load_corpus()


@pytest.fixture(scope="session")
def reference_answers(
    feel_reference: FeelReference, feel_corpus: list[FeelCase]
) -> dict[str, ReferenceAnswer]:
    try:
        return feel_reference.evaluate_all(
            (case.id, case.expression, case.variables) for case in feel_corpus
        )
    except FeelReferenceError as exc:
        pytest.fail(str(exc), pytrace=False)
