# Side-by-side benchmarks (issue 16): Java reference worker vs Baton's fleet, claims end to end,
# guardrails vs Presidio. Figures only; tests never assert on time.
.PHONY: bench bench-jobs bench-claims bench-guardrails

BENCH_ARGS ?=

bench: venv ## every side-by-side benchmark: one table, written to docs/benchmarks.md (~10 min)
	$(PY) -m benchmarks.suite $(BENCH_ARGS)

bench-jobs: venv ## job worker: Camunda Java client 8.9.0 vs Baton's fleet, poll and stream
	$(PY) -m benchmarks.suite --only jobs --no-docs $(BENCH_ARGS)

bench-claims: venv ## claims automated path end to end on a fresh engine
	$(PY) -m benchmarks.suite --only claims --no-docs $(BENCH_ARGS)

bench-guardrails: venv ## PII and injection guardrails vs Microsoft Presidio
	$(PY) -m benchmarks.suite --only guardrails --no-docs $(BENCH_ARGS)
