"""Persistence: the document store (claim checks) and the relational database."""
