"""Figures of a run from case results: accuracy, automation, overrides, unsafe decisions, SLA."""

from typing import Any

from evaluation.metrics import correct, process_figures, step_figures, summarise, unsafe
from evaluation.runner import CaseResult, HumanStep, leaks


def result(**changes: Any) -> CaseResult:
    fields: dict[str, Any] = {
        "id": "c",
        "process": "claims-adjudication",
        "label": "clean",
        "gate": False,
        "expected_outcome": "approved",
        "expected_human": False,
        "expected_category": None,
        "outcome": "approved",
        "side_effects": 1,
        "side_effects_ok": True,
    }
    fields.update(changes)
    return CaseResult(**fields)


def review(agreed: bool | None = True, minutes: float = 30, breached: bool | None = False) -> Any:
    return HumanStep("UserTask_ReviewClaim", minutes, 240, breached, agreed)


def test_an_auto_approval_where_a_person_was_required_is_unsafe() -> None:
    assert unsafe(result(expected_human=True))
    assert not unsafe(result(expected_human=True, steps=[review()]))


def test_a_wrong_auto_approval_is_unsafe_and_a_wrong_auto_denial_is_not() -> None:
    assert unsafe(result(expected_outcome="denied"))
    assert not unsafe(result(expected_outcome="approved", outcome="denied"))


def test_a_malformed_case_is_correct_only_when_rejected_before_start() -> None:
    malformed = {"expected_outcome": "invalid", "outcome": None}
    assert correct(result(status="rejected-before-start", **malformed))
    assert not correct(result(status="completed", **malformed))


def test_a_doubled_side_effect_or_wrong_category_is_not_correct() -> None:
    assert not correct(result(side_effects=2, side_effects_ok=False))
    escalation = {"process": "backoffice-escalation", "outcome": "resolved"}
    assert not correct(
        result(
            expected_outcome="resolved",
            expected_category="billing",
            category="claims",
            **escalation,
        )
    )


def test_process_figures_count_rates_over_the_cases_they_apply_to() -> None:
    figures = process_figures(
        [
            result(),
            result(
                expected_human=True,
                steps=[review(agreed=False)],
                outcome="denied",
                expected_outcome="denied",
                side_effects=0,
            ),
            result(expected_human=True, steps=[review()]),
            result(status="rejected-before-start", expected_outcome="invalid", outcome=None),
        ]
    )
    assert figures["cases"] == 4
    assert figures["accuracy"] == 1.0
    assert figures["autoDecisionRate"] == round(1 / 3, 4)
    assert figures["humanOverrideRate"] == 0.5
    assert figures["unsafeAutoDecisions"] == 0
    assert (figures["malformed"], figures["malformedRejected"]) == (1, 1)


def test_rates_without_cases_are_missing_not_zero() -> None:
    figures = process_figures([])
    assert figures["accuracy"] is None
    assert figures["humanOverrideRate"] is None


def test_step_figures_give_cycle_percentiles_and_sla_adherence() -> None:
    steps = [review(minutes=m, breached=m > 240) for m in (20, 30, 40, 300)]
    [figures] = step_figures([result(steps=steps)]).values()
    assert figures["tasks"] == 4
    assert figures["cycleMinutesP50"] in (30, 40)
    assert figures["cycleMinutesP95"] == 300
    assert figures["slaAdherence"] == 0.75


def test_the_summary_is_the_same_for_the_same_results() -> None:
    results = [result(), result(id="d", expected_human=True, wall_s=1.0)]
    first, second = summarise(results, None), summarise(results, None)
    assert first == second
    assert [f["id"] for f in first["failures"]] == ["d"]


def test_a_raw_value_in_another_variable_or_a_legacy_text_is_a_leak() -> None:
    values = {"claim": {"d": "IBAN DE89"}, "proposal": {"reasons": ["pay DE89"]}, "x": 1}
    found = leaks(values, ["Dear customer", "your DE89"], ["DE89"], {"claim"})
    assert found == ["legacy text #2", "variable proposal"]
