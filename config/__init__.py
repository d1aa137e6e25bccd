"""Typed settings and YAML policies, loaded and validated once at start-up."""
