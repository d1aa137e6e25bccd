# Agents and guardrails (docs/agents-and-guardrails.md). Unit tests run with the rest of pytest.
.PHONY: agents-accuracy test-agents guardrails-bench

agents-accuracy: venv ## offline loss-type classifier: cross-validated accuracy on agents/data
	$(PY) -m agents.classifier

test-agents: venv ## unit tests of agents/ and guardrails/ only
	$(VENV)/bin/pytest -q tests/unit/agents tests/unit/guardrails

guardrails-bench: venv ## precision/recall per PII kind and for injection, latency per KB
	$(PY) -m guardrails.bench
