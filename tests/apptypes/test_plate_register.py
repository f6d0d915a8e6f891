"""The plate register on a real SQLite file: idempotent per case, one winner per plate."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from apptypes.base import ApprovalRefused, EffectContext
from apptypes.registry import get_type
from storage.plate_register import CaseHoldsOtherPlate, PlateAlreadyTaken, PlateRegister


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'plates.db'}"


def test_reserve_is_idempotent_for_the_same_case(db_url: str) -> None:
    register = PlateRegister(db_url)
    first = register.reserve("BO-AB 1234", "case-1")
    again = register.reserve("BO-AB 1234", "case-1")
    assert again == first
    assert first.status == "reserved" and first.case_id == "case-1"


def test_another_case_cannot_take_a_reserved_plate(db_url: str) -> None:
    register = PlateRegister(db_url)
    register.reserve("BO-AB 1234", "case-1")
    with pytest.raises(PlateAlreadyTaken):
        register.reserve("BO-AB 1234", "case-2")
    assert register.reservation_for("case-2") is None


def test_a_case_holds_at_most_one_plate(db_url: str) -> None:
    register = PlateRegister(db_url)
    register.reserve("BO-AB 1234", "case-1")
    with pytest.raises(CaseHoldsOtherPlate):
        register.reserve("BO-AB 1235", "case-1")


def test_is_taken_ignores_the_asking_case(db_url: str) -> None:
    register = PlateRegister(db_url)
    register.reserve("WAT-Z 10", "case-1")
    assert register.is_taken("WAT-Z 10")
    assert register.is_taken("WAT-Z 10", except_case="case-2")
    assert not register.is_taken("WAT-Z 10", except_case="case-1")
    assert not register.is_taken("WAT-Z 11")


def test_seeded_plates_are_assigned_and_seeding_twice_adds_nothing(db_url: str) -> None:
    register = PlateRegister(db_url)
    assert register.seed_assigned(["BO-A 1", "BO-XY 100"]) == 2
    assert register.seed_assigned(["BO-A 1", "BO-XY 100"]) == 0
    assert register.is_taken("BO-A 1", except_case="case-1")
    with pytest.raises(PlateAlreadyTaken):
        register.reserve("BO-A 1", "case-1")


def test_only_canonical_plates_are_stored(db_url: str) -> None:
    with pytest.raises(ValueError):
        PlateRegister(db_url).reserve("bo ab1234", "case-1")


@pytest.mark.parametrize("racers", [2, 6])
def test_threads_racing_for_one_plate_have_exactly_one_winner(db_url: str, racers: int) -> None:
    PlateRegister(db_url)  # create the schema before the race
    barrier = threading.Barrier(racers)
    outcomes: dict[str, str] = {}

    def attempt(case_id: str) -> None:
        register = PlateRegister(db_url)
        barrier.wait()
        try:
            register.reserve("BO-RC 42", case_id)
            outcomes[case_id] = "won"
        except PlateAlreadyTaken:
            outcomes[case_id] = "lost"

    cases = [f"case-{n}" for n in range(racers)]
    threads = [threading.Thread(target=attempt, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(outcomes.values()) == ["lost"] * (racers - 1) + ["won"]
    winner = next(c for c, o in outcomes.items() if o == "won")
    holder = PlateRegister(db_url).reservation_for(winner)
    assert holder is not None and holder.kennzeichen == "BO-RC 42"


def test_approval_effect_reserves_once_and_respects_the_seed(db_url: str) -> None:
    app_type = get_type("wunschkennzeichen")
    effect = app_type.approval_effect
    assert effect is not None

    def run(case_id: str, plate: str) -> dict[str, object]:
        return effect(EffectContext(case_id=case_id, fields={"kennzeichen": plate},
                                    config=app_type.config, db_url=db_url))

    first = run("case-1", "bo lw77")
    assert first["kennzeichen"] == "BO-LW 77" and first["status"] == "reserved"
    assert run("case-1", "BO-LW 77") == first          # a retried activity
    with pytest.raises(ApprovalRefused) as refused:
        run("case-2", "BO-LW 77")
    assert refused.value.code == "K5_vergeben"
    with pytest.raises(ApprovalRefused):
        run("case-3", "BO-MM 2026")                     # assigned in config.yaml
