"""Temporal plumbing shared by worker, CLI and UI: client, encryption codec, search attributes."""
