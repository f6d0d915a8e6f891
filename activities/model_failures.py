"""Model call failures, classified for Temporal: retry what can pass, hand the rest to a clerk.

Only what is known to be transient is retried: no connection, a timeout, HTTP 408, 429 and 5xx.
Everything else — an HTML page with HTTP 200 (a proxy's login page), any other 4xx, a body that
is no OpenAI completion — will not get better by asking again; retrying it for 24 h only hid
the case. It becomes a non-retryable error, and the workflow sends the case to a clerk with
``extraction_unavailable`` at once.

429 waits as long as the endpoint asks (``Retry-After``), every retry with jitter so that the
cases held back together do not come back together. Messages are cut short: an endpoint that
echoes the request made the failure too large for Temporal to store ("Failure exceeds size
limit"), and operators saw nothing of the cause.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import openai
from temporalio.exceptions import ApplicationError

MAX_MESSAGE = 300
RETRYABLE_STATUS = frozenset({408, 429})
# PATIENT's backoff in the workflow, repeated here because next_retry_delay replaces it.
_FIRST_DELAY = 2.0
_MAX_DELAY = 60.0
_JITTER = 0.5  # up to 50 % more

MODEL_UNAVAILABLE = "ModelUnavailable"
MODEL_ANSWER_UNUSABLE = "ModelAnswerUnusable"


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def classified(exc: BaseException, attempt: int) -> ApplicationError:
    """The error the extraction activity raises instead of ``exc``."""
    what = f"{type(exc).__name__}: {short(str(exc))}"
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        if status in RETRYABLE_STATUS or status >= 500:
            asked = _retry_after(exc.response.headers.get("retry-after"))
            return ApplicationError(
                f"Modell-Endpunkt HTTP {status}: {what}",
                type=MODEL_UNAVAILABLE,
                next_retry_delay=_delay(attempt, asked),
            )
        return ApplicationError(
            f"Modell-Endpunkt lehnt die Anfrage ab (HTTP {status}): {what}",
            type=MODEL_ANSWER_UNUSABLE,
            non_retryable=True,
        )
    if isinstance(exc, openai.APIConnectionError | TimeoutError):
        return ApplicationError(
            f"Modell-Endpunkt nicht erreichbar: {what}",
            type=MODEL_UNAVAILABLE,
            next_retry_delay=_delay(attempt, None),
        )
    return ApplicationError(
        f"Antwort des Modell-Endpunkts unbrauchbar (keine OpenAI-Antwort): {what}",
        type=MODEL_ANSWER_UNUSABLE,
        non_retryable=True,
    )


def _retry_after(value: str | None) -> float | None:
    """Seconds or an HTTP date (RFC 9110)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _delay(attempt: int, asked: float | None) -> timedelta:
    base = asked if asked is not None else min(_MAX_DELAY, _FIRST_DELAY * 2 ** (attempt - 1))
    return timedelta(seconds=base * (1 + random.uniform(0, _JITTER)))
