"""The open case at a glance: its reference, mode, legal authority and exhibits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.authority_form import AuthorityForm
from triage_app.gui.session import CaseSession
from triage_app.gui.views.training import DEBRIEF_FOLDER
from triage_app.gui.widgets import role_label
from triage_app.operations.cases import summary
from triage_app.operations.exercise import debrief, played_scenario
from triage_app.operations.legal import ACTION as RECORD_AUTHORITY
from triage_app.operations.legal import record_authority


class CaseOverview(QWidget):
    def __init__(self, session: CaseSession, choose_case: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = role_label("", "title")
        self.authority_card = QFrame()
        self.authority_label = QLabel()
        self.authority_label.setWordWrap(True)
        card = QVBoxLayout(self.authority_card)
        card.addWidget(self.authority_label)
        self.exhibits = QTableWidget(0, 3)
        self.exhibits.setHorizontalHeaderLabels([self.tr("Exhibit"), self.tr("Device"),
                                                 self.tr("Description")])
        self.exhibits.horizontalHeader().setStretchLastSection(True)
        self.exhibits.verticalHeader().setVisible(False)
        self.exhibits.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.amend = GuardedAction(session, RECORD_AUTHORITY, self.tr("Record or amend the "
                                                                      "legal &authority…"),
                                   self.amend_authority)
        change = QPushButton(self.tr("&Change case…"))
        change.clicked.connect(choose_case)
        self.score_button = QPushButton(self.tr("My &score and debrief"))
        self.score_button.clicked.connect(self.show_score)
        self.exercise = QLabel()
        self.exercise.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend)
        buttons.addWidget(change)
        buttons.addWidget(self.score_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.authority_card)
        layout.addWidget(self.exercise)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Exhibits")))
        layout.addWidget(self.exhibits, 1)
        for signal in (session.changed, session.case_updated, session.officer_changed):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_changed: object) -> None:
        case = self.session.case
        self.amend.setVisible(case is not None)
        training = case is not None and case.simulation
        self.score_button.setVisible(training)
        self.exercise.setVisible(training)
        if training and case is not None:
            self.exercise.setText(self._briefing(case.path))
        self.exhibits.setRowCount(0)
        if case is None:
            self.title.setText(self.tr("No case open"))
            self.authority_card.setProperty("card", "info")
            self.authority_label.setText(self.tr("Open or make a case first (Session ▸ Change "
                                                 "case)."))
            self._restyle()
            return
        try:
            about = summary(case)
        except TriageError as exc:
            self.title.setText(str(exc))
            return
        self.title.setText(self.tr("Case %s") % about.ref
                           + (" — SIMULATION" if case.simulation else ""))
        authority = about.authority
        if authority is None or about.authority_problem:
            self.authority_card.setProperty("card", "stop")
            problem = about.authority_problem or ""
            self.authority_label.setText(self.tr("STOP: %s. Nothing may be read from evidence "
                                                 "until a legal authority in force is recorded.")
                                         % problem)
        else:
            self.authority_card.setProperty("card", "instruction")
            self.authority_label.setText(
                self.tr("Legal authority: %s %s, issued by %s, valid until %s.\nScope: %s") % (
                    authority.type, authority.ref, authority.issuer,
                    authority.valid_until.strftime("%Y-%m-%d %H:%M"), authority.scope))
        self._restyle()
        for exhibit in about.exhibits:
            row = self.exhibits.rowCount()
            self.exhibits.insertRow(row)
            for column, text in enumerate((exhibit["ref"], exhibit["device"] or "",
                                           exhibit["description"] or "")):
                self.exhibits.setItem(row, column, QTableWidgetItem(text))

    def _briefing(self, case_dir) -> str:
        try:
            scenario = played_scenario(case_dir)
        except TriageError as exc:
            return str(exc)
        return self.tr("Training exercise “%s” (%s): %s") % (scenario.title, scenario.level,
                                                             " ".join(scenario.narrative.split()))

    def show_score(self) -> None:
        """The exercise's score so far, with the debrief (HTML and PDF) beside the case."""
        case = self.session.case
        if case is None:
            return
        try:
            written = debrief(case.path, case.path.parent / DEBRIEF_FOLDER)
        except TriageError as exc:
            QMessageBox.warning(self, self.tr("Score"), str(exc))
            return
        result = written.score
        lost = "\n".join(f"−{x.points}  {x.happened} — {self.tr('expected')}: {x.expected}"
                         for x in result.lost) or self.tr("No points lost.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Score"),
                          self.tr("Score: %d of 100") % result.score + "\n\n" + lost, parent=self)
        box.setInformativeText(self.tr("The debrief with the reasons: %s") % written.html)
        open_button = box.addButton(self.tr("Open the debrief"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written.html)))

    def _restyle(self) -> None:
        self.authority_card.style().unpolish(self.authority_card)
        self.authority_card.style().polish(self.authority_card)

    def amend_authority(self) -> None:
        case = self.session.case
        if case is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Legal authority"))
        form = AuthorityForm()
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("Why it is amended (a renewed warrant, a wider scope)"))
        message = role_label("", "fail")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("&Reason"), reason)
        layout = QVBoxLayout(dialog)
        layout.addWidget(form)
        layout.addLayout(reason_row)
        layout.addWidget(message)
        layout.addWidget(buttons)

        def save() -> None:
            try:
                record_authority(case, form.authority(), reason=reason.text().strip() or None)
            except NotAuthorised as exc:
                dialog.reject()
                offer_specialist(self, self.session, exc)
                return
            except TriageError as exc:
                message.setText(str(exc))
                return
            dialog.accept()

        buttons.accepted.connect(save)
        buttons.rejected.connect(dialog.reject)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.recorded()
