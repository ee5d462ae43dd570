"""The one open case of a window session (design section 3).

Every page works on the case the session holds: it is opened once (``case.opened`` once, the
officer's key unlocked once, through the dialog mediator) and closed when another case is
chosen or the window closes. Jobs that write it run one at a time on the worker adapter's
exclusive pool, so the case is never written from two threads at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from triage_app.case.case import Case
from triage_app.core.officer import Officer
from triage_app.gui.mediator import DialogMediator
from triage_app.operations.cases import open_case


class CaseSession(QObject):
    changed = Signal(str)  # the open case's folder, "" when none

    def __init__(self, officer: Officer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.officer = officer
        self.mediator = DialogMediator()
        self._case: Case | None = None

    @property
    def case(self) -> Case | None:
        return self._case

    def case_for(self, case_dir: str | Path, *, create: bool = True,
                 evidence: str | None = None) -> Case:
        """The open case at ``case_dir``, opening it (and closing another) when needed."""
        path = Path(case_dir).absolute()
        if self._case is not None and self._case.path.absolute() == path:
            return self._case
        self.close()
        self._case = open_case(path, self.officer, mediator=self.mediator, create=create,
                               evidence=evidence)
        self.changed.emit(str(path))
        return self._case

    def case_or_report(self, case_dir: str | Path, report: Callable[[BaseException], None], *,
                       create: bool = True, evidence: str | None = None) -> Case | None:
        """:meth:`case_for`, or None once ``report`` has been told why the case cannot be
        opened (the page shows a TriageError in plain words, a defect as one)."""
        try:
            return self.case_for(case_dir, create=create, evidence=evidence)
        except Exception as exc:  # noqa: BLE001 - handed to the page to show
            report(exc)
            return None

    def close(self) -> None:
        if self._case is not None:
            case, self._case = self._case, None
            case.close()
            self.changed.emit("")
