"""Routing policy: from extraction, rule findings and document checks to a route."""
