"""``make guardrails-bench``: precision/recall of the PII and injection checks on labelled sets,
and latency per KB. The only part of ``guardrails`` that is not a pure check."""
