"""Retention: personal data of finished cases is deleted after the type's retention period."""

from retention.purge import PurgeReport, purge_expired

__all__ = ["PurgeReport", "purge_expired"]
