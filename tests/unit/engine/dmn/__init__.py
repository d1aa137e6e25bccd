"""Tests of the DMN engine."""
