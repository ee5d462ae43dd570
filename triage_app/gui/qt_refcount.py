"""Guard against a PySide6 defect that drops a reference to ``None`` on every void call.

PySide6 6.12 on Python 3.11 (where ``None`` is not yet immortal) decrements ``None``'s reference
count each time Python calls a Qt method that returns nothing (``QPainter.drawLine``,
``QPainterPath.lineTo``, ``QWidget.update`` …). ``None`` starts with a few thousand references,
so a widget that paints itself (the photo map draws hundreds of lines a frame) brings the count
to zero within seconds and the interpreter aborts ("none_dealloc"). Until PySide6 is fixed or
pinned, code that makes many such calls tops ``None`` up with references it holds for the life
of the process. Where the defect is absent (fixed PySide6, Python 3.12+), this does nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF

_BANK: list[None] = []
_TOP_UP = 1_000_000  # references added at a time (8 MB of list slots)
_LOW_WATER = 200_000


def _drops_none() -> bool:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(1.0)
    return sys.getrefcount(None) < before - 8


AFFECTED = _drops_none()


def keep_none_alive() -> None:
    """Call before a burst of Qt calls (a paint, a model update); cheap when nothing is due."""
    if AFFECTED and sys.getrefcount(None) < _LOW_WATER:
        _BANK.extend([None] * _TOP_UP)


keep_none_alive()
