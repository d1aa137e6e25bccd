"""Typed clients for the systems agents and workers call, one module per system."""
