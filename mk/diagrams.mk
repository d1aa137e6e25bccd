# BPMN diagrams as deliverables: bpmn-js renders every bpmn/**/*.bpmn in headless Chromium
# (Debian's package) to SVG + PNG, failing on import errors or shapes that do not render.
# Depends on node-deps from mk/lint.mk (pinned bpmn-js + playwright-core). See docs/diagrams/README.md.
DIAGRAMS_DIR ?= docs/diagrams

.PHONY: chromium diagrams-deps diagrams diagrams-check

chromium: ## install Debian's chromium when /usr/bin/chromium is missing (needs root)
	@bash scripts/install-chromium.sh

diagrams-deps: node-deps chromium ## everything the diagram renderer needs: npm tooling + chromium

diagrams: diagrams-deps ## render every BPMN to docs/diagrams/<process>.svg and .png
	node scripts/render-diagrams.mjs --out $(DIAGRAMS_DIR)

diagrams-check: diagrams-deps ## render every BPMN into a temp dir and verify it (changes no files)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && node scripts/render-diagrams.mjs --out "$$tmp"

# tests/unit/diagrams renders every BPMN and the malformed fixtures; make test installs what it needs.
TEST_PREREQS += diagrams-deps
