# Tasklist and Operate pages of the local engine (engine/pages/, docs/tasklist-operate.md):
# bpmn-js and form-js are copied from node_modules into engine/pages/vendor/ (git-ignored), and
# the browser tests in tests/e2e drive Debian's Chromium through Playwright for Python.
PAGE_ASSETS_STAMP := engine/pages/vendor/.copied

.PHONY: page-assets test-e2e screenshots

page-assets: $(PAGE_ASSETS_STAMP) ## copy the pages' browser assets (bpmn-js, form-js) from node_modules

$(PAGE_ASSETS_STAMP): $(NODE_STAMP) scripts/copy-page-assets.sh
	bash scripts/copy-page-assets.sh
	touch $@

test-e2e: venv page-assets chromium ## the browser tests of Tasklist and Operate (screenshots in build/screenshots/)
	$(VENV)/bin/pytest -q -p no:cacheprovider tests/e2e

screenshots: venv page-assets chromium ## rerun the browser tests and refresh docs/screenshots/ from them
	BATON_SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/e2e

# `make setup` and `make run` serve the pages; `make test` runs tests/e2e.
setup: page-assets
TEST_PREREQS += page-assets chromium
