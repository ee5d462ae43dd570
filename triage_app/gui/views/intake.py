"""Lab intake (RECEIVER): verify a triage package with a verdict per check, import it into the
lab store, and browse what was received, read-only. Needs no open case: the package brings its
own custody ledger, and the receipt goes into the lab's ledger beside the copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.jobs import Progress
from triage_app.core.units import about_duration, human_size
from triage_app.errors import Cancelled, NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.errors import show_exception
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import role_label, with_folder_button
from triage_app.gui.worker import JobHandle, start_job
from triage_app.operations import package
from triage_app.package.received import ReceivedPackage
from triage_app.package.verify import AREAS, PackageReport

_SHOWN_PROBLEMS = 3  # per check; the rest are counted
_LONG_RUN = re.compile(r"[^\s\u200b]{20}")


def _restyle(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _breakable(text: str) -> str:
    """``text`` with a break opportunity in every long run (hashes, paths), so a label wraps
    it within the window instead of widening it."""
    return _LONG_RUN.sub("\\g<0>\u200b", text)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


class _TextOnlyBrowser(QTextBrowser):
    """Shows the package's HTML report without decoding its pictures in the app's process:
    they come from the package, and photos open in the system's viewer instead."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage()  # an empty picture (None would let the document load the file)
        return super().loadResource(kind, url)


class IntakeView(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None
        self.received: ReceivedPackage | None = None
        title = role_label(self.tr("Lab intake"), "title")
        hint = role_label(self.tr("Check a triage package before you accept it; the package is "
                                  "only read. Importing copies it read-only into the lab store "
                                  "and records the receipt there."), "hint")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._receive_tab(), self.tr("&Check and import"))
        self.exhibits = _table([self.tr("Exhibit"), self.tr("Description")])
        self.custody = _table([self.tr("#"), self.tr("Time (UTC)"), self.tr("Officer"),
                               self.tr("Action"), self.tr("Exhibit"), self.tr("Reason")])
        self.findings = _table([self.tr("File"), self.tr("Finding"), self.tr("Kind"),
                                self.tr("Officer's decision")])
        self.browse_tabs = [(self.exhibits, self.tr("E&xhibits")),
                            (self.custody, self.tr("Custody &timeline")),
                            (self.findings, self.tr("&Findings")),
                            (self._photos_tab(), self.tr("P&hotos")),
                            (self._report_tab(), self.tr("&Report"))]
        for widget, label in self.browse_tabs:
            self.tabs.addTab(widget, label)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.simulation_mark)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)
        self._show_received(None)

    # --- building -------------------------------------------------------------------------------
    def _receive_tab(self) -> QWidget:
        tab = QWidget()
        self.bag_edit = QLineEdit()
        self.bag_edit.setPlaceholderText(self.tr("The package folder (TRIAGE_…) on the exhibit "
                                                 "drive"))
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setProperty("role", "primary")
        self.verify_button.clicked.connect(self.verify)
        bag_row = with_folder_button(self.bag_edit, self.tr("Triage package folder"))
        bag_row.addWidget(self.verify_button)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = role_label("", "hint")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)

        self.checks_card = QFrame()
        self.checks_card.setProperty("card", "info")
        self.headline = QLabel(self.tr("Not checked yet."))
        self.headline.setWordWrap(True)
        self.simulation_mark = QLabel(self.tr("SIMULATION — training material, not evidence"))
        self.simulation_mark.setProperty("role", "simulation")
        self.simulation_mark.hide()
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.marks: dict[str, QLabel] = {}
        self.verdicts: dict[str, QLabel] = {}
        for row, (area, name) in enumerate(self._area_names().items()):
            mark, label, words = QLabel(), QLabel(name), QLabel()
            words.setWordWrap(True)
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(words, row, 2)
            self.marks[area], self.verdicts[area] = mark, words
        card = QVBoxLayout(self.checks_card)
        card.addWidget(self.headline)
        card.addLayout(grid)

        self.into_edit = QLineEdit()
        self.into_edit.setPlaceholderText(self.tr("The lab store folder the package is copied "
                                                  "into"))
        self.training_box = QCheckBox(self.tr("This is a training package "
                                              "(&SIMULATION): import it, marked as such"))
        self.import_action = GuardedAction(self.session, package.IMPORT,
                                           self.tr("&Import into the lab store"), self.receive)
        self.open_button = QPushButton(self.tr("&Open an imported package…"))
        self.open_button.clicked.connect(self._choose_received)
        form = QFormLayout()
        form.addRow(_label(self.tr("&Package"), self.bag_edit), bag_row)
        form.addRow(_label(self.tr("&Lab store"), self.into_edit),
                    with_folder_button(self.into_edit, self.tr("Lab store folder")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_action)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.message = role_label("", "hint")
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.checks_card)
        layout.addWidget(self.training_box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return tab

    def _photos_tab(self) -> QWidget:
        tab = QWidget()
        self.photos = QListWidget()
        self.photos.itemActivated.connect(lambda item: self._open(Path(item.data(Qt.ItemDataRole.UserRole))))
        note = role_label(self.tr("Scene photos of the package. Press Enter or double-click to "
                                  "open one in the system's viewer (a read-only copy)."), "hint")
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.photos, 1)
        return tab

    def _report_tab(self) -> QWidget:
        tab = QWidget()
        self.report_view = _TextOnlyBrowser()
        self.report_view.setOpenLinks(False)
        html = QPushButton(self.tr("Open the &HTML report"))
        html.clicked.connect(lambda: self._open_report(pdf=False))
        pdf = QPushButton(self.tr("Open the P&DF report to print"))
        pdf.clicked.connect(lambda: self._open_report(pdf=True))
        row = QHBoxLayout()
        row.addWidget(html)
        row.addWidget(pdf)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        return tab

    def _area_names(self) -> dict[str, str]:
        names = {"safety": self.tr("Safe to open"), "mode": self.tr("Marking"),
                 "bag": self.tr("Bag complete, hashes match"),
                 "custody": self.tr("Custody chain"), "signature": self.tr("Signature and signer")}
        assert names.keys() == AREAS.keys()  # one plain name per area verify judges
        return names

    # --- verify ---------------------------------------------------------------------------------
    def verify(self) -> None:
        bag = self.bag_edit.text().strip()
        if not bag:
            self._say(self.tr("Choose the package folder first."), passed=False)
            return
        self._start(lambda progress, cancel: package.verify(bag, progress=progress,
                                                            cancel=cancel),
                    self._show_report, self.tr("Checking the package"))

    def _show_report(self, report: PackageReport) -> None:
        self.simulation_mark.setVisible(report.mode == "SIMULATION")
        self.headline.setText(
            self.tr("VERIFIED: the package is whole, signed by an officer this lab trusts, and "
                    "its custody chain holds.") if report.ok else
            self.tr("REFUSED: do not accept this package: %d problem(s) found.")
            % len(report.problems))
        _restyle(self.headline, "pass" if report.ok else "fail")
        for area in AREAS:
            verdict = report.verdict(area)
            self.marks[area].setText({True: self.tr("✔ PASS"), False: self.tr("✘ FAIL"),
                                      None: self.tr("– not checked")}[verdict])
            _restyle(self.marks[area], {True: "pass", False: "fail", None: "hint"}[verdict])
            self.verdicts[area].setText(self._area_words(report, area, verdict))
        self.status.setText(self.tr("Checked %s.") % report.path.name)

    def _area_words(self, report: PackageReport, area: str, verdict: bool | None) -> str:
        if verdict is None:
            return self.tr("Not checked: an earlier check failed.")
        if verdict is False:
            found = [_breakable(p.message) for p in report.problems if p.kind in AREAS[area]]
            more = len(found) - _SHOWN_PROBLEMS
            return "\n".join(found[:_SHOWN_PROBLEMS] + (
                [self.tr("… and %d more problem(s)") % more] if more > 0 else []))
        return {
            "safety": self.tr("No links, devices, unsafe paths or oversized manifests."),
            "mode": (self.tr("SIMULATION: training material, never evidence.")
                     if report.mode == "SIMULATION"
                     else self.tr("LIVE: real evidence of case %s.") % report.case_ref),
            "bag": self.tr("%n payload file(s); every file matches its SHA-256 and SHA-512.",
                           "", report.files or 0),
            "custody": self.tr("%n entries, unbroken and signed to its end; it matches the "
                               "package's label.", "", report.custody_entries or 0),
            "signature": self.tr("Signed by %s, a key this lab trusts.") % report.signer,
        }[area]

    # --- import ---------------------------------------------------------------------------------
    def receive(self) -> None:
        bag, into = self.bag_edit.text().strip(), self.into_edit.text().strip()
        if not bag or not into:
            self._say(self.tr("Choose the package and the lab store folder first."),
                      passed=False)
            return
        officer, mediator = self.session.officer, self.session.mediator
        allow = self.training_box.isChecked()
        self._start(lambda progress, cancel: package.receive(
            bag, into, officer=officer, mediator=mediator, allow_simulation=allow,
            cancel=cancel, progress=progress), self._imported, self.tr("Importing the package"))

    def _imported(self, result: package.ImportResult) -> None:
        self._show_report(result.report)
        self._say(self.tr("Imported read-only into %s; the receipt is in the lab's custody "
                          "ledger there.") % result.lab_folder, passed=True)
        self.open_received(result.lab_folder)

    # --- browse ---------------------------------------------------------------------------------
    def _choose_received(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An imported package"),
                                                  self.into_edit.text())
        if folder:
            self.open_received(Path(folder))

    def open_received(self, folder: Path) -> None:
        try:
            self._show_received(package.received(folder))
        except TriageError as exc:
            self._say(str(exc), passed=False)

    def _show_received(self, received: ReceivedPackage | None) -> None:
        self.received = received
        for widget, _ in self.browse_tabs:
            self.tabs.setTabEnabled(self.tabs.indexOf(widget), received is not None)
        if received is None:
            return
        _fill(self.exhibits, [[e["ref"], e["description"]] for e in received.exhibits])
        receipt = received.receipt
        _fill(self.custody, [[e.seq, e.time[:19].replace("T", " "), e.officer, e.action,
                              e.exhibit, e.reason] for e in received.custody]
              + [[self.tr("lab"), receipt.time[:19].replace("T", " "), receipt.officer,
                  receipt.action, "", self.tr("received into the lab store")]])
        _fill(self.findings, [[f.get("path"), f.get("summary"), f.get("kind"),
                               f.get("status")] for f in received.findings])
        self.photos.clear()
        for photo in received.photos:
            self.photos.addItem(photo.name)
            self.photos.item(self.photos.count() - 1).setData(Qt.ItemDataRole.UserRole, str(photo))
        self.report_view.setSource(QUrl.fromLocalFile(str(received.report_html)))
        if received.simulation:
            self.simulation_mark.show()

    def _open_report(self, *, pdf: bool) -> None:
        if self.received is not None:
            self._open(self.received.report_pdf if pdf else self.received.report_html)

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- jobs -----------------------------------------------------------------------------------
    def _start(self, job: Callable, done: Callable[[Any], None], what: str) -> None:
        if self._handle is not None:
            return
        handle = JobHandle()
        handle.signals.progress.connect(self._on_progress)
        handle.signals.succeeded.connect(done)
        handle.signals.failed.connect(lambda exc: self._failed(exc, what))
        handle.signals.cancelled.connect(lambda _: self._say(self.tr("Cancelled; nothing was "
                                                                     "imported."), passed=False))
        handle.signals.finished.connect(self._finished)
        self._handle = handle
        self.verify_button.setEnabled(False)
        self.import_action.button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.clear()
        self.status.setText(what + "…")
        start_job(job, handle)

    def _on_progress(self, p: Progress) -> None:
        if p.bytes_total:
            self.progress_bar.setValue(int(1000 * p.bytes_done / p.bytes_total))
        eta = p.eta_seconds
        left = self.tr(", about %s left") % about_duration(eta) if eta is not None else ""
        self.status.setText(self.tr("%s: %d of %d files, %s of %s%s") % (
            p.phase, p.files_done, p.files_total or 0, human_size(p.bytes_done),
            human_size(p.bytes_total or 0), left))

    def _failed(self, exc: BaseException, what: str) -> None:
        if isinstance(exc, NotAuthorised):
            self._say(str(exc), passed=False)
            offer_specialist(self, self.session, exc)
        elif isinstance(exc, TriageError) and not isinstance(exc, Cancelled):
            self._say(str(exc), passed=False)
        else:
            show_exception(self, exc, action=what)

    def _finished(self) -> None:
        self._handle = None
        self.cancel_button.setEnabled(False)
        self.verify_button.setEnabled(True)
        self.import_action.refresh()

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()

    def _say(self, text: str, *, passed: bool) -> None:
        self.message.setText(_breakable(text))
        _restyle(self.message, "pass" if passed else "fail")
