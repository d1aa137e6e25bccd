# Engine benchmark (benchmarks/engine_bench.py): figures printed beside their goals and written to
# the "Engine" section of docs/benchmarks.md. Never part of `make test`; nothing asserts on time.
BENCH_ENGINE_ARGS ?=

.PHONY: bench-engine

bench-engine: venv ## engine: instances/s, job activation latency (poll, stream), cold start, RSS and restart with 10,000 active instances
	$(PY) -m benchmarks.engine_bench $(BENCH_ENGINE_ARGS)
