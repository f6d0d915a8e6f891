"""The embedded stack: Temporal dev server, local LLM, worker and review UI in one command."""
