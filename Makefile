# Baton — every entry point a person or CI uses. A fresh machine needs nothing but this.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BOOTSTRAP ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
BATON := $(VENV)/bin/baton
STAMP := $(VENV)/.installed

# Areas add their own checks to TEST_PREREQS and their own targets in mk/*.mk.
TEST_PREREQS :=
include $(sort $(wildcard mk/*.mk))

.PHONY: help setup system-tools venv lint-py typecheck test test-unit test-engine run stop down demo engine-up engine-down engine-status deploy

help: ## list targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | sort

venv: $(STAMP) ## create .venv and install Baton with its dev tools

# uv (a PyPI wheel) installs the same packages as pip, in parallel: ~40 s instead of ~10 minutes
# on a cold cache on 2 cores.
$(STAMP): pyproject.toml
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip uv
	$(VENV)/bin/uv pip install --quiet --python $(VENV)/bin/python -e '.[dev]'
	touch $@

setup: venv system-tools ## install everything `make run` needs: venv, system tools, page assets

system-tools: ## install the system tools the scripts need (Maven, Node) when missing (Debian, root)
	@bash scripts/ensure-system-tools.sh

lint-py: venv ## ruff lint + format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: venv ## mypy --strict
	$(VENV)/bin/mypy .

test-unit: venv ## unit tests only (no services)
	$(VENV)/bin/pytest tests/unit -q

# `make test` first installs what comes from apt (one apt-get at a time: dpkg takes a lock) and
# the venv, then runs the checks and the other installs two at a time: mypy, the longest step,
# runs on one core while npm, uv and the other checks use the second.
TEST_APT_PREREQS := system-tools chromium promtool

test: ## everything CI runs: lint, types, all tests
	@$(MAKE) --no-print-directory venv $(TEST_APT_PREREQS)
	@$(MAKE) --no-print-directory --jobs=2 --output-sync=target setup lint-py typecheck $(TEST_PREREQS)
	$(VENV)/bin/pytest -q -p no:cacheprovider

engine-up: venv ## start the local engine (Baton's own; BATON_ENGINE=camunda for Camunda 8.9)
	$(BATON) engine up

engine-down: venv ## stop the local engine
	$(BATON) engine down

engine-status: venv ## say whether the local engine runs (exit 3 when not)
	$(BATON) engine status

deploy: venv ## deploy every BPMN, DMN and form to the engine
	$(BATON) deploy

run: setup ## engine + Elasticsearch + simulator up, deploy, then run the fleet (make stop ends them)
	@$(BATON) up || { echo "make run: stopped part-way; \`make stop\` stops whatever it started" >&2; exit 1; }
	@$(BATON) run; status=$$?; \
	echo "make run: the fleet stopped; the engine, Elasticsearch and the simulator keep running - \`make stop\` stops them" >&2; \
	exit $$status

stop: venv ## stop everything Baton started: the engine, the simulator and Elasticsearch
	$(BATON) stop

down: stop ## same as stop

demo: setup ## start one case of every process and say what happened
	$(BATON) demo

ENGINE ?= baton
test-engine: setup ## the process suites alone; ENGINE=camunda runs them on Camunda 8.9 (licence)
	BATON_ENGINE=$(ENGINE) $(VENV)/bin/pytest -q -p no:cacheprovider tests/engine
