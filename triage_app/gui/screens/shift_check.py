"""The start-of-shift check: the app the officer is about to rely on, and its clock.

Shows the version and the SHA-256 of the running app, the clock and time zone, and the
versions of the workflow rules, hash sets and watch lists; the officer compares the clock with
a reference they trust. The confirmed offset is recorded in each case opened in the session.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from triage_app.custody.clock import clock_offset
from triage_app.errors import TriageError
from triage_app.gui.widgets import role_label
from triage_app.operations.shift import ClockReading, ShiftCheck, shift_check


class ShiftCheckScreen(QWidget):
    confirmed = Signal(object)  # the ClockReading

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = role_label(self.tr("Start of shift"), "title")
        hint = role_label(self.tr("Check that this is the app your agency issued and that its "
                                  "clock is right. Times in the custody record are never changed: "
                                  "the difference you confirm here is recorded with them."), "hint")
        self.facts = QFormLayout()
        facts_box = QWidget()
        facts_box.setLayout(self.facts)
        scroll = QScrollArea()
        scroll.setWidget(facts_box)
        scroll.setWidgetResizable(True)

        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("e.g. force radio, phone network time"))
        self.reference_time = QDateTimeEdit()
        self.reference_time.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.now_button = QPushButton(self.tr("It shows the &same time"))
        self.now_button.clicked.connect(self._same_time)
        self.message = role_label("", "fail")
        clock_form = QFormLayout()
        clock_form.addRow(self.tr("Time &read from"), self.reference_edit)
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference_time)
        reference_row.addWidget(self.now_button)
        reference_row.addStretch(1)
        shows = QLabel(self.tr("The reference &shows"))
        shows.setBuddy(self.reference_time)
        clock_form.addRow(shows, reference_row)
        self.continue_button = QPushButton(self.tr("&Confirm and continue"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.clicked.connect(self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(clock_form)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Gather the check again (it reads the app's files: done when the screen is shown)."""
        while self.facts.rowCount():
            self.facts.removeRow(0)
        try:
            check = shift_check()
        except TriageError as exc:
            self.message.setText(str(exc))
            return
        self._show(check)
        self.reference_time.setDateTime(QDateTime.currentDateTime())

    def _show(self, check: ShiftCheck) -> None:
        def row(label: str, text: str) -> None:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, value)

        row(self.tr("App version"), check.app_version)
        row(self.tr("App SHA-256"), check.code_sha256)
        row(self.tr("App clock"), f"{check.local_time}  (UTC {check.checked_at:%H:%M:%S})")
        row(self.tr("Time zone"), check.time_zone or self.tr("not named by this system"))
        row(self.tr("Workflow rules"),
            f"{check.rules['name']} {check.rules['version']} ({check.rules['origin']}), "
            f"SHA-256 {check.rules['sha256'][:16]}…")
        row(self.tr("Hash sets"), "; ".join(f"{s['name']} {s['version']} ({s['count']} hashes)"
                                            for s in check.hash_sets) or self.tr("none installed"))
        row(self.tr("Watch lists"), "; ".join(f"{w['name']} of {w['date']} ({w['entries']} "
                                              "addresses)" for w in check.watch_lists)
            or self.tr("none installed"))
        row(self.tr("Updates"), "; ".join(f"{u['name']} {u['version']}" for u in check.updates)
            or self.tr("none installed"))

    def _same_time(self) -> None:
        self.reference_time.setDateTime(QDateTime.currentDateTime())
        self.confirm()

    def confirm(self) -> None:
        reference = self.reference_edit.text().strip()
        if not reference:
            self.message.setText(self.tr("Say what you read the time from (a radio, a phone)."))
            self.reference_edit.setFocus()
            return
        shown = datetime.fromtimestamp(self.reference_time.dateTime().toSecsSinceEpoch(), UTC)
        self.message.clear()
        self.confirmed.emit(ClockReading(reference, clock_offset(shown)))
