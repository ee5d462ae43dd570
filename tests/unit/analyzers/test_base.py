"""Run order is declared by the analyzers, not implied by import order or the user's list."""

from __future__ import annotations

from typing import ClassVar

import pytest

from triage_app.analyzers.base import Analyzer, build_analyzers, in_run_order, registered


def test_the_content_type_is_known_before_the_analyzers_that_read_it() -> None:
    order = list(registered())
    assert order.index("filetype") < order.index("exif")
    for cls in registered().values():
        for before in cls.runs_after:
            assert order.index(before) < order.index(cls.name), cls.name


def test_the_users_order_does_not_change_the_run_order() -> None:
    assert [a.name for a in build_analyzers(["exif", "filetype"])] == ["filetype", "exif"]
    assert [a.name for a in build_analyzers(["exif", "exif"])] == ["exif"]  # once each
    assert [a.name for a in build_analyzers(["exif"])] == ["exif"]  # an absent prerequisite


def test_analyzers_that_wait_on_each_other_are_a_defect_said_plainly() -> None:
    class A(Analyzer):
        name: ClassVar[str] = "a"
        runs_after: ClassVar[tuple[str, ...]] = ("b",)

    class B(Analyzer):
        name: ClassVar[str] = "b"
        runs_after: ClassVar[tuple[str, ...]] = ("a",)

    with pytest.raises(ValueError, match="wait on each other"):
        in_run_order([A, B])
