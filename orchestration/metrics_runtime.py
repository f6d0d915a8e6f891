"""The Temporal runtime of a worker process, exporting Prometheus metrics when configured.

The SDK's core runs the exporter (``temporalio.runtime``): its own metrics (task latencies,
slots, polls, failures) and ours from ``activities.case_metrics`` share one endpoint,
``http://<metrics_host>:<metrics_port>/metrics``. One runtime per process: the port can only be
bound once, so only worker processes (``worker``, ``up``) ask for it, never the UI or the CLI.
"""

from __future__ import annotations

from functools import lru_cache

from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig

from config.settings import Settings

# Stage durations run from milliseconds (rules) to hours (waiting for a clerk).
STAGE_SECONDS_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600, 28800)


def metrics_runtime(settings: Settings) -> Runtime | None:
    """None (the SDK's default runtime, no exporter) unless ``metrics_port`` is set."""
    if not settings.metrics_port:
        return None
    return _runtime(f"{settings.metrics_host}:{settings.metrics_port}")


@lru_cache(maxsize=1)
def _runtime(bind_address: str) -> Runtime:
    return Runtime(telemetry=TelemetryConfig(metrics=PrometheusConfig(
        bind_address=bind_address, durations_as_seconds=True,
        histogram_bucket_overrides={"antragswerk_stage_duration": STAGE_SECONDS_BUCKETS})))
