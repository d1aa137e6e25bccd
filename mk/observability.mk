# Grafana dashboard and Prometheus rules as code (observability/). promtool comes from Debian's
# prometheus package (built from the Go module proxy only where that fails), linked by
# scripts/install-promtool.sh into $BATON_CACHE_DIR (default ~/.cache/baton).
OBS_CACHE_DIR := $(or $(BATON_CACHE_DIR),$(HOME)/.cache/baton)
PROMTOOL := $(OBS_CACHE_DIR)/bin/promtool
OBS_RULES := observability/prometheus/alerts.yaml observability/prometheus/recording.yaml

TEST_PREREQS += observability-check

.PHONY: promtool observability-check

promtool: ## put promtool into the cache (Debian package; built from Go only where that fails)
	@BATON_CACHE_DIR=$(OBS_CACHE_DIR) bash scripts/install-promtool.sh >/dev/null

observability-check: venv promtool ## promtool check/test the alert rules; check the dashboard's structure and metric names
	$(PROMTOOL) check rules $(OBS_RULES)
	$(PROMTOOL) test rules observability/prometheus/alerts.test.yaml
	$(PY) -m observability.check
