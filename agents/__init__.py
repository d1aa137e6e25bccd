"""The AI side of Baton: agent runnables per role, their tools and model providers."""
