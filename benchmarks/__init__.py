"""Benchmarks that print numbers (speed targets are shown here, not by timed tests)."""
