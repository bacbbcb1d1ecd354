"""The alignment content: one package per module kind, the agendas, and the demo session."""
