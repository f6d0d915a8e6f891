"""Routers of the review UI, one module per page (and one for the portal API)."""
