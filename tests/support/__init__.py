"""Test support: the scripted OpenAI-compatible endpoint and case helpers."""
