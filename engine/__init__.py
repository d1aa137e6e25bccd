"""Baton's local Zeebe-compatible engine."""
