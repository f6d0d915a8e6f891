"""Intake: submissions from the CLI, a scanner drop folder or the city portal become cases."""
