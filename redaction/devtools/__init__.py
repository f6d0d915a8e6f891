"""Development-time tools: they build the shipped name lists and the measurement sets.

Nothing here runs in production; Faker and the Debian word list are needed only here.
"""
