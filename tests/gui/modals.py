"""Answering a modal dialog a page opens, from inside its own event loop (no sleeping)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


class ModalAnswer:
    """Answers the next modal ``kind`` with ``answer`` as soon as it shows."""

    def __init__(self, kind: type[W], answer: Callable[[W], None]) -> None:
        self.seen: list[W] = []
        self._timer = QTimer()
        self._timer.setInterval(20)

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind):
                self._timer.stop()
                self.seen.append(widget)
                answer(widget)

        self._timer.timeout.connect(poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
