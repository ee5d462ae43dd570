"""The signed-in officer and the one open case of a window session (design section 3).

Every view works on the case the session holds: it is opened once (``case.opened`` once, the
officer's key unlocked once, through the dialog mediator) and closed when another case is
chosen, another officer signs in, or the window closes. Jobs that write it run one at a time
on the worker adapter's exclusive pool, so the case is never written from two threads at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from triage_app.case.case import Case
from triage_app.core.officer import Officer
from triage_app.gui.mediator import DialogMediator
from triage_app.operations.cases import case_folder, new_case, open_case
from triage_app.operations.shift import ClockReading, record_clock_check
from triage_app.workflow.legal import LegalAuthority


class CaseSession(QObject):
    changed = Signal(str)  # the open case's folder, "" when none
    officer_changed = Signal()
    case_updated = Signal()  # something was recorded in the open case (views refresh)

    def __init__(self, officer: Officer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.officer = officer
        self.mediator = DialogMediator()
        self.clock_reading: ClockReading | None = None  # confirmed at the start of the shift
        self._case: Case | None = None

    @property
    def case(self) -> Case | None:
        return self._case

    def sign_in(self, officer: Officer) -> None:
        """Another officer takes the window: the open case is closed (it was unlocked with the
        previous officer's key)."""
        self.close()
        self.officer = officer
        self.officer_changed.emit()

    def open(self, case_dir: str | Path) -> Case:
        """The existing case at ``case_dir``, opened for the session (and another closed); the
        case already open is kept, not opened again."""
        path = case_folder(case_dir).absolute()
        if self._case is not None and self._case.path.absolute() == path:
            return self._case
        self.close()
        return self._keep(open_case(path, self.officer, mediator=self.mediator))

    def new(self, case_dir: str | Path, *, ref: str, authority: LegalAuthority | None) -> Case:
        """Make the case at ``case_dir`` with its legal authority, and keep it open."""
        self.close()
        return self._keep(new_case(Path(case_dir).absolute(), self.officer, ref=ref,
                                   authority=authority, mediator=self.mediator))

    def _keep(self, case: Case) -> Case:
        """Keep ``case`` open for the session; the shift's clock check goes into its ledger."""
        if self.clock_reading is not None:
            try:
                record_clock_check(case, self.clock_reading.reference,
                                   self.clock_reading.offset_seconds)
            except BaseException:
                case.close()
                raise
        self._case = case
        self.changed.emit(str(case.path))
        return case

    def recorded(self) -> None:
        """Tell the views that the open case has new entries (they re-read what they show)."""
        self.case_updated.emit()

    def close(self) -> None:
        if self._case is not None:
            case, self._case = self._case, None
            case.close()
            self.changed.emit("")
