"""An action the officer may be refused: shown locked, never hidden (design section 1).

:class:`GuardedAction` is a button for one workflow action. When the signed-in officer's
endorsements do not allow it, the button is locked and says which level it needs, and a
"Request a specialist" button beside it records the request in the open case
(``specialist.requested``). The verdict comes from the operations layer; the GUI holds no rule.
When an operation refuses at run time (no legal authority, the device's decision does not
permit it), :func:`offer_specialist` shows the refusal and offers the same request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from triage_app.errors import NotAuthorised
from triage_app.gui.i18n import tr
from triage_app.gui.session import CaseSession
from triage_app.operations.authority import request_specialist, verdict


class GuardedAction(QWidget):
    """``text`` runs ``run`` when ``action`` is allowed; otherwise locked, with a request.

    ``request``: what "Request a specialist" does, when the request should name more than the
    action and exhibit (a finding, a photo: their operations record it); by default
    :func:`ask_for_specialist`."""

    def __init__(self, session: CaseSession, action: str, text: str,
                 run: Callable[[], None], parent: QWidget | None = None, *,
                 exhibit: Callable[[], str | None] | None = None,
                 request: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.action = action
        self.text = text
        self._exhibit = exhibit or (lambda: None)
        self.button = QPushButton(text)
        self.button.clicked.connect(run)
        self.request_button = QPushButton(self.tr("Request a specialist"))
        self.request_button.clicked.connect(request or self.request)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.request_button)
        row.addStretch(1)
        session.officer_changed.connect(self.refresh)
        session.changed.connect(self._case_changed)
        self.refresh()

    @property
    def locked(self) -> bool:
        return not verdict(self.session.officer, self.action, self.session.case).allowed

    def refresh(self) -> None:
        answer = verdict(self.session.officer, self.action, self.session.case)
        self.button.setEnabled(answer.allowed)
        self.request_button.setVisible(not answer.allowed)
        if answer.allowed:
            self.button.setText(self.text)
            self.button.setToolTip("")
        else:
            self.button.setText(self.tr("Locked: %s (needs %s)") % (self.text, answer.needs))
            self.button.setToolTip(answer.refusal)

    def _case_changed(self, _case_dir: str) -> None:
        self.refresh()  # a training case may allow what a real one does not

    def request(self) -> None:
        ask_for_specialist(self, self.session, self.action, exhibit=self._exhibit())


def ask_for_specialist(parent: QWidget, session: CaseSession, action: str, *,
                       exhibit: str | None = None) -> bool:
    """Record a specialist request for ``action`` in the open case; says so, or why not."""
    case = session.case
    if case is None:
        QMessageBox.information(parent, tr("Request a specialist"),
                                tr("Open the case first: the request is recorded in it."))
        return False
    entry = request_specialist(case, action, exhibit=exhibit)
    QMessageBox.information(parent, tr("Request a specialist"), tr(
        "Your request is recorded in the custody ledger (entry %d). A specialist or your "
        "supervisor will see it in the review queue.") % entry.seq)
    return True


def offer_specialist(parent: QWidget, session: CaseSession, refusal: NotAuthorised, *,
                     exhibit: str | None = None) -> None:
    """Show an operation's refusal (already recorded) and offer to request a specialist."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Not allowed"), str(refusal),
                      parent=parent)
    box.addButton(QMessageBox.StandardButton.Close)
    ask = box.addButton(tr("Request a specialist"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is ask and refusal.action:
        ask_for_specialist(parent, session, refusal.action, exhibit=exhibit)
