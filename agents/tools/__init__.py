"""What a model calls as a tool: knowledge search and the case file (legacy-system clients are
in ``clients/``)."""
