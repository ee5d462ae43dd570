"""The fuzz harness itself: it must see each kind of misbehaviour it is there to catch."""

from __future__ import annotations

import time

import pytest

from tests.fuzz.harness import Fuzz
from tests.fuzz.mutator import Mutator
from triage_app.errors import InputError


def test_a_plain_error_passes_and_a_bug_is_caught(tmp_path):
    fuzz = Fuzz("harness")
    with fuzz.case(0, "one-line refusal", seconds=5):
        raise InputError("not a watch list")
    with fuzz.case(1, "bug", seconds=5):
        {}["missing"]  # noqa: B018
    assert [(f.case, f.kind) for f in fuzz.failures] == [(1, "traceback")]
    assert "KeyError: 'missing'" in fuzz.failures[0].detail
    with pytest.raises(AssertionError, match="1 of 2 mutated inputs misbehaved"):
        fuzz.assert_clean()


def test_a_write_outside_the_target_is_caught_wherever_it_goes(tmp_path):
    target, elsewhere = tmp_path / "target", tmp_path / "elsewhere"
    target.mkdir()
    elsewhere.mkdir()
    fuzz = Fuzz("harness")
    with fuzz.case(0, "inside", seconds=5, may_write=(target,)):
        (target / "ok.txt").write_text("fine")
    with fuzz.case(1, "outside", seconds=5, may_write=(target,)):
        (elsewhere / "escaped.txt").write_text("no")
        (target / "ok.txt").rename(elsewhere / "moved.txt")
    assert [(f.case, f.kind) for f in fuzz.failures] == [(1, "write outside")]
    assert "escaped.txt" in fuzz.failures[0].detail and "moved.txt" in fuzz.failures[0].detail


def test_an_overrun_is_caught_in_python_and_in_a_child():
    fuzz = Fuzz("harness")
    with fuzz.case(0, "loops", seconds=0.2):
        while True:
            time.sleep(0.01)
    fuzz.in_child(1, "stuck", lambda: time.sleep(30), seconds=0.5)
    fuzz.in_child(2, "fine", lambda: None, seconds=5)
    fuzz.in_child(3, "bug in child", lambda: [][1], seconds=5)
    assert [(f.case, f.kind) for f in fuzz.failures] == [
        (0, "overrun"), (1, "overrun"), (3, "traceback")]
    with pytest.raises(AssertionError, match="1 of 4"):
        fuzz.assert_clean(known_overruns="known")


def test_the_mutator_is_reproducible():
    data = bytes(range(256)) * 4
    first = [Mutator("seed").mutate_bytes(data) for _ in range(3)]
    again = [Mutator("seed").mutate_bytes(data) for _ in range(3)]
    assert first == again and any(out != data for out, _ in first)
    assert Mutator(1).mutate_text("abc 123") == Mutator(1).mutate_text("abc 123")
