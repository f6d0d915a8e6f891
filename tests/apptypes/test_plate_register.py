"""The plate register on real SQLite and real PostgreSQL: idempotent per case, one winner per
plate, whether the racers are threads or separate processes (separate engines and pools)."""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.synchronize import Barrier

import pytest

from apptypes.base import ApprovalRefused, EffectContext
from apptypes.registry import get_type
from storage.plate_register import CaseHoldsOtherPlate, PlateAlreadyTaken, PlateRegister


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


def _reserve_in_process(db_url: str, case_id: str, barrier: Barrier) -> str:
    register = PlateRegister(db_url)  # this process's own engine and schema check
    barrier.wait(timeout=60)
    try:
        register.reserve("BO-PR 7", case_id)
        return "won"
    except PlateAlreadyTaken:
        return "lost"


def test_two_processes_reserving_one_plate_at_once_have_exactly_one_winner(db_url: str) -> None:
    # spawn, not fork: each racer starts a fresh interpreter, as two workers on two machines do.
    spawn = multiprocessing.get_context("spawn")
    with spawn.Manager() as manager, spawn.Pool(2) as pool:
        barrier = manager.Barrier(2)
        pending = [pool.apply_async(_reserve_in_process, (db_url, case_id, barrier))
                   for case_id in ("case-a", "case-b")]
        outcomes = {case_id: p.get(timeout=120)
                    for case_id, p in zip(("case-a", "case-b"), pending, strict=True)}
    assert sorted(outcomes.values()) == ["lost", "won"]
    winner = next(c for c, o in outcomes.items() if o == "won")
    holder = PlateRegister(db_url).reservation_for(winner)
    assert holder is not None and holder.kennzeichen == "BO-PR 7"


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
