# BPMN linting with Camunda's own rules (bpmnlint + bpmnlint-plugin-camunda-compat, see .bpmnlintrc).
NODE_STAMP := node_modules/.baton-installed
BPMN_DIR ?= bpmn
BPMN_FILES = $(shell find $(BPMN_DIR) -name '*.bpmn' -type f 2>/dev/null | sort)

.PHONY: node-deps lint-bpmn lint

node-deps: $(NODE_STAMP) ## install the pinned npm tooling (only when package-lock.json changed)

$(NODE_STAMP): package.json package-lock.json scripts/install-node-deps.sh
	bash scripts/install-node-deps.sh
	touch $@

lint-bpmn: $(NODE_STAMP) ## bpmnlint every bpmn/**/*.bpmn against Camunda 8.9 compatibility rules
	@if [ -z "$(BPMN_FILES)" ]; then \
		echo "no BPMN files under $(BPMN_DIR)/"; \
	else \
		echo "bpmnlint $(BPMN_FILES)"; \
		npx --no-install bpmnlint $(BPMN_FILES); \
	fi

lint: lint-py lint-bpmn ## every linter: ruff (lint + format) and bpmnlint

TEST_PREREQS += lint-bpmn
