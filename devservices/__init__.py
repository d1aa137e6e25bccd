"""Local services Baton fetches from registries and runs on one machine (engine, Elasticsearch)."""
