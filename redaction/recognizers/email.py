"""E-mail addresses, with the domain's suffix checked against tldextract's bundled list."""

from __future__ import annotations

import re
from typing import ClassVar

from redaction.entities import EMAIL_ADDRESS
from redaction.offline import OFFLINE_TLD_EXTRACTOR
from redaction.recognizers.base import RegexRecognizer, Verdict

_PATTERN = re.compile(
    r"(?<![\w.+-])[\w.%+-]+[ \t]?@[ \t]?(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24})(?![\w-])")


class EmailRecognizer(RegexRecognizer):
    PATTERN: ClassVar[re.Pattern[str]] = _PATTERN
    ENTITIES: ClassVar[tuple[str, ...]] = (EMAIL_ADDRESS,)

    def judge(self, text: str, match: re.Match[str]) -> Verdict | None:
        suffix = OFFLINE_TLD_EXTRACTOR(match.group("domain")).suffix
        score = 0.95 if suffix else 0.5
        return Verdict(EMAIL_ADDRESS, score, match.start(), match.end())
