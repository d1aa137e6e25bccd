# baton eval (issue 16): labelled case sets through the engine and the real fleet; HTML report.
# Runs as `python -m baton_cli.main` so the evaluation package is importable from the checkout.
.PHONY: eval eval-gate

EVAL_ARGS ?=

eval: venv ## every labelled case on a fresh engine + fleet: build/eval/report.html (~10 min)
	$(PY) -m baton_cli.main eval --gate $(EVAL_ARGS)

eval-gate: venv ## only the regression-gate cases, checked against evaluation/thresholds.yaml
	$(PY) -m baton_cli.main eval --gate-only --gate --out build/eval-gate $(EVAL_ARGS)
