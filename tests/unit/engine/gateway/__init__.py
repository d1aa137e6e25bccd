"""Unit tests of the engine's gRPC gateway."""
