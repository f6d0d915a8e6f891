"""Typed vocabulary shared by every layer: documents, readings, fields, findings, routes, cases."""
