"""Every reason the routing policy or a rule can emit has a German label for the queue (the
labels had drifted: five emitted codes showed bare, two labelled ones were never emitted)."""

from __future__ import annotations

from apptypes.registry import all_types
from routing.reasons import EXPLANATIONS
from ui.labels import _PREFIXED, _RULES


def test_every_generic_reason_has_a_label() -> None:
    unlabelled = [code for code in EXPLANATIONS if code not in _RULES and code not in _PREFIXED]
    assert unlabelled == []


def test_every_rule_code_has_a_label() -> None:
    codes = [rule.code for t in all_types().values() for rule in t.rules]
    assert [code for code in codes if code not in _RULES] == []


def test_no_label_for_a_code_nobody_emits() -> None:
    emitted = set(EXPLANATIONS) | {r.code for t in all_types().values() for r in t.rules}
    assert [code for code in _RULES if code not in emitted] == []
