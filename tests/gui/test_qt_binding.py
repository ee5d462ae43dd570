"""The Qt binding must not leak or drop references on plain calls (PySide6 6.12.0 drops one
reference to None per void call under Python 3.11, and the app aborts after a few thousand)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_keep_none_referenced() -> None:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(200):
        point.setX(1.0)
    assert abs(sys.getrefcount(None) - before) < 50
