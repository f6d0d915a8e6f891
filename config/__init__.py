"""Runtime configuration of antragswerk (environment variables and an optional settings file)."""

from config.settings import Settings, get_settings

__all__ = ["Settings", "get_settings"]
