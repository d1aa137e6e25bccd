"""Baton's benchmarks: figures printed by scripts, never asserted by tests."""
