"""Keep third-party libraries from reaching the network at run time."""

from __future__ import annotations

import tldextract
import tldextract.tldextract as tldextract_module

# cache_dir=None + no URLs: tldextract reads only the suffix-list snapshot bundled in the wheel.
OFFLINE_TLD_EXTRACTOR = tldextract.TLDExtract(
    cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def make_tldextract_offline() -> None:
    """Point tldextract's module-level extractor (used by Presidio's own e-mail recognizer) at the
    bundled snapshot, so nothing ever downloads the public suffix list."""
    tldextract_module.TLD_EXTRACTOR = OFFLINE_TLD_EXTRACTOR
