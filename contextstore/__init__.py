"""Baton's memory in Elasticsearch: case files, timelines, knowledge retrieval, audit log."""
