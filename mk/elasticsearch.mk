# Local Elasticsearch (context store) and the knowledge base. The integration tests start
# Elasticsearch themselves through the same launcher as `es-up`, so nothing is added to TEST_PREREQS.
.PHONY: es-up es-down es-status kb-load kb-eval

es-up: venv ## fetch (once) and start the local single-node Elasticsearch; reuse a running one
	$(BATON) es up

es-down: venv ## stop the local Elasticsearch started by es-up
	$(BATON) es down

es-status: venv ## URL, pid, version and resident memory of the local Elasticsearch
	$(BATON) es status

kb-load: es-up ## chunk, embed and index knowledge/docs into Elasticsearch (idempotent)
	$(BATON) kb load

kb-eval: es-up ## recall@5 and MRR of BM25, kNN and hybrid retrieval on knowledge/eval/queries.yaml
	$(BATON) kb eval
