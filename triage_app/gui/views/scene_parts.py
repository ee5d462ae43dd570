"""The parts the scene views share: cards, a job strip, and one panel per workflow action.

The wizard (L1), the checklist (L2) and the expert view (L3) arrange the same panels; each
panel calls one operation per user action through a :class:`~triage_app.gui.actions.GuardedAction`
and says what the engine answered (:mod:`.scene_steps` gives the panel of a step's action).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage_app import config
from triage_app.core.jobs import Progress
from triage_app.core.units import about_duration
from triage_app.errors import NotAuthorised, TriageError
from triage_app.gui.actions import GuardedAction, offer_specialist
from triage_app.gui.authority_form import AuthorityForm
from triage_app.gui.errors import show_exception
from triage_app.gui.i18n import rules_text, tr
from triage_app.gui.session import CaseSession
from triage_app.gui.widgets import role_label
from triage_app.gui.worker import Job, JobHandle, start_job
from triage_app.operations import case_state, package
from triage_app.operations.label import LABEL_PRINTED, print_label
from triage_app.operations.legal import record_authority
from triage_app.operations.scene import add_camera_folder, scene_photos

PACKAGE_EXPORTED = "package.exported"
CARD_TITLES = {"stop": "STOP", "caution": "CAUTION", "instruction": "DO THIS", "info": "NOTE"}
# The picture beside an outcome's card (resources/diagrams); other outcomes show the kind's.
OUTCOME_PICTURES = {
    "remove-power-now": "pull-plug", "photograph-screen-then-pull-plug": "pull-plug",
    "isolate-keep-powered": "signal-bag", "bag-and-seal": "evidence-bag",
    "leave-off": "evidence-bag", "stop-call-specialist": "stop",
}
KIND_PICTURES = {"stop": "stop"}
STEP_PICTURES = {"scene-photos": "scene-camera", "print-label": "label",
                 "done": "evidence-bag"}


def diagram(name: str, colour: QColor, height: int = 120) -> QPixmap:
    """The bundled line drawing ``name``, tinted ``colour`` (the theme's text colour)."""
    source = QPixmap(str(config.resource("diagrams", f"{name}.png")))
    if source.isNull():
        return source
    tinted = QPixmap(source.size())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), colour)
    painter.end()
    return tinted.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


class Card(QFrame):
    """A big bordered card: STOP, CAUTION, an instruction or a note, with its picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setProperty("role", "card-title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text, 1)
        row = QHBoxLayout(self)
        row.addLayout(words, 1)
        row.addWidget(self.picture)

    def set_content(self, kind: str, text: str, picture: str | None = None, *,
                    title: str | None = None) -> None:
        self.setProperty("card", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.title.setText(title or self.tr(CARD_TITLES.get(kind, kind.upper())))
        self.text.setText(text)
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        self.picture.setPixmap(diagram(picture, colour) if picture else QPixmap())
        self.picture.setVisible(picture is not None)


def decision_card(card: Card, details: dict[str, Any]) -> None:
    """Show a recorded decision (its ``decision.recorded`` details) on ``card``."""
    kind, outcome = details["outcome_kind"], details["outcome"]
    card.set_content(kind, rules_text(details["text"]),
                     OUTCOME_PICTURES.get(outcome) or KIND_PICTURES.get(kind))


def hint(text: str = "") -> QLabel:
    return role_label(text, "hint")


def primary(action: GuardedAction) -> GuardedAction:
    action.button.setProperty("role", "primary")
    return action


def mark_primary(button: QPushButton, on: bool) -> None:
    """Make ``button`` the screen's next step (or not): the theme styles it."""
    button.setProperty("role", "primary" if on else None)
    button.style().unpolish(button)
    button.style().polish(button)


def recorded_to(session: CaseSession, parent: QWidget, run: Callable[[], Any], *,
                exhibit: str | None = None, what: str) -> Any | None:
    """Run one operation on the open case; a refusal offers a specialist, another problem is
    shown in plain words; on success the other views are told (None: it did not run)."""
    try:
        result = run()
    except NotAuthorised as exc:
        offer_specialist(parent, session, exc, exhibit=exhibit)
        session.recorded()  # the refusal is in the ledger
        return None
    except TriageError as exc:
        show_exception(parent, exc, action=what)
        return None
    session.recorded()
    return result


class JobStrip(QWidget):
    """Progress, time left and cancel of one long job that writes the case."""

    succeeded = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._handle: JobHandle | None = None
        self._outcome: tuple[Any, Callable[[Any], None]] | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status = hint()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.status, 2)
        self.bar.hide()
        self.cancel_button.hide()

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def start(self, job: Job, done: Callable[[Any], None], *, what: str) -> None:
        handle = JobHandle()
        handle.signals.progress.connect(self._progress)
        handle.signals.succeeded.connect(lambda result: self._succeeded(result, done))
        handle.signals.failed.connect(lambda exc: self._failed(exc, what))
        handle.signals.cancelled.connect(lambda exc: self.status.setText(
            exc.outcome.capitalize() + "."))
        handle.signals.finished.connect(self._finished)
        self._handle = handle
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Working…"))
        self.busy_changed.emit(True)
        start_job(job, handle, exclusive=True)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, p: Progress) -> None:
        if p.bytes_total:
            self.bar.setValue(int(1000 * p.bytes_done / p.bytes_total))
        eta = p.eta_seconds
        self.status.setText(self.tr("%1 of %2 files").replace("%1", str(p.files_done))
                            .replace("%2", str(p.files_total or "?"))
                            + (self.tr(", about %1 left").replace("%1", about_duration(eta))
                               if eta is not None else ""))

    def _succeeded(self, result: Any, done: Callable[[Any], None]) -> None:
        self._outcome = (result, done)

    def _failed(self, exc: BaseException, what: str) -> None:
        self.status.setText(str(exc) if isinstance(exc, TriageError) else "")
        if isinstance(exc, NotAuthorised):
            offer_specialist(self, self.session, exc)
            self.session.recorded()
        else:
            show_exception(self, exc, action=what)

    def _finished(self) -> None:
        """Idle again first, so that what the result opens next can start another job."""
        self._handle = None
        self.bar.hide()
        self.cancel_button.hide()
        self.busy_changed.emit(False)
        if self._outcome is not None:
            (result, done), self._outcome = self._outcome, None
            self.status.setText("")
            done(result)
            self.session.recorded()
            self.succeeded.emit(result)


class AuthorityStep(QWidget):
    """Record the legal authority for the search (the case screen's form); with one recorded,
    amend it: a new entry that supersedes the last, with the reason why."""

    recorded = Signal()

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = AuthorityForm()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("why it is amended (a renewal, a wider scope)"))
        self.reason_label = QLabel(self.tr("Re&ason"))
        self.reason_label.setBuddy(self.reason_edit)
        reason = QHBoxLayout()
        reason.addWidget(self.reason_label)
        reason.addWidget(self.reason_edit, 1)
        self.message = hint()
        self.save = primary(GuardedAction(session, "record-authority",
                                          self.tr("Re&cord the authority"), self.submit))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(self.tr("Every field is needed: copy them from the warrant or the "
                                      "signed consent.")))
        layout.addWidget(self.form)
        layout.addLayout(reason)
        layout.addWidget(self.message)
        layout.addWidget(self.save)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """With an authority in force, show it to amend; otherwise leave the form as typed."""
        case = self.session.case
        current = case_state.current_authority(case) if case is not None else None
        self.reason_label.setVisible(current is not None)
        self.reason_edit.setVisible(current is not None)
        self.save.text = (self.tr("Re&cord the amended authority") if current
                          else self.tr("Re&cord the authority"))
        self.save.refresh()
        if current is None:
            return
        form = self.form
        form.type_box.setCurrentIndex(max(0, form.type_box.findData(current.type)))
        form.ref_edit.setText(current.ref)
        form.issuer_edit.setText(current.issuer)
        start = current.valid_from or current.valid_until
        form.from_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        form.until_edit.setDateTime(QDateTime.fromSecsSinceEpoch(
            int(current.valid_until.timestamp())))
        form.scope_edit.setPlainText(current.scope)

    def submit(self) -> None:
        case = self.session.case
        if case is None:
            return
        try:
            authority = self.form.authority()
        except TriageError as exc:
            self.message.setText(self.tr("Not recorded: %1.").replace("%1", str(exc)))
            return
        reason = self.reason_edit.text() if self.reason_edit.isVisible() else None
        entry = recorded_to(self.session, self, lambda: record_authority(
            case, authority, reason=reason), what=self.tr("Recording the authority"))
        if entry is not None:
            self.message.setText(self.tr("Recorded (custody entry %1).")
                                 .replace("%1", str(entry.seq)))
            self.recorded.emit()


class ScenePhotosPanel(QWidget):
    """Import the scene photos from a camera's folder (verified copies into the case)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = JobStrip(session)
        self.import_action = primary(GuardedAction(
            session, "scene-photos", self.tr("&Import photos from a camera folder…"),
            self.choose_folder))
        self.photos = QListWidget()
        self.summary = hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.import_action)
        layout.addWidget(self.jobs)
        layout.addWidget(self.summary)
        layout.addWidget(self.photos, 1)
        self.jobs.busy_changed.connect(lambda busy: self.import_action.setEnabled(not busy))
        self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The camera's photo folder"))
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder: str) -> None:
        case = self.session.case
        if case is None:
            return
        self.jobs.start(lambda progress, cancel: add_camera_folder(case, folder, cancel=cancel),
                        lambda added: self.summary.setText(
                            self.tr("%1 photo(s) added to the case.").replace("%1",
                                                                              str(len(added)))),
                        what=self.tr("Importing the scene photos"))

    def refresh(self) -> None:
        case = self.session.case
        self.photos.clear()
        if case is None:
            return
        for photo in scene_photos(case):
            self.photos.addItem(f"{photo.original_name}  →  {photo.stored_path}  "
                                f"(SHA-256 {photo.hashes['sha256'][:16]}…)")


class LabelsPanel(QWidget):
    """Print each exhibit's label to a PDF (by default in the case folder)."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exhibits = QListWidget()
        self.print_action = primary(GuardedAction(
            session, "print-label", self.tr("&Print the label of the chosen exhibit…"),
            self.choose_file, exhibit=self.exhibit))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.exhibits, 1)
        layout.addWidget(self.print_action)
        self.refresh()

    def exhibit(self) -> str | None:
        item = self.exhibits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def refresh(self) -> None:
        case = self.session.case
        chosen = self.exhibit()
        self.exhibits.clear()
        if case is None:
            return
        printed = labels_printed(case)
        for device in case_state.devices(case):
            where = printed.get(device.exhibit)
            text = f"{device.exhibit}  {device.about.label}  " + (
                self.tr("— label printed: %1").replace("%1", where) if where
                else self.tr("— no label yet"))
            self.exhibits.addItem(text)
            item = self.exhibits.item(self.exhibits.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, device.exhibit)
            if device.exhibit == chosen or (chosen is None and where is None
                                            and self.exhibits.currentItem() is None):
                self.exhibits.setCurrentItem(item)

    def choose_file(self) -> None:
        exhibit = self.exhibit()
        if exhibit is not None:
            print_label_to_chosen_file(self, self.session, exhibit)


def print_label_to_chosen_file(parent: QWidget, session: CaseSession, exhibit: str) -> None:
    """Ask where to save the exhibit's label PDF (the case folder by default) and print it."""
    case = session.case
    if case is None:
        return
    default = case.path / f"label-{exhibit.replace('/', '-')}.pdf"
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save the label as"), str(default),
                                          tr("PDF (*.pdf)"))
    if path:
        recorded_to(session, parent, lambda: print_label(case, exhibit, path), exhibit=exhibit,
                    what=tr("Printing the label"))


def labels_printed(case: Any) -> dict[str, str]:
    """The file of each exhibit's latest label, by exhibit."""
    return {e.exhibit or "": Path(e.outputs[0]["path"]).name
            for e in case_state.entries(case, LABEL_PRINTED)}


class ExportPanel(QWidget):
    """Export the documentation package (photos, register, decisions, custody) for hand-over."""

    exported = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.out_edit = QLineEdit()
        self.out_edit.setPlaceholderText(self.tr("the folder to write it to, e.g. the exhibit "
                                                 "drive"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        self.jobs = JobStrip(session)
        self.export_action = primary(GuardedAction(
            session, "export-package", self.tr("&Export the documentation package"),
            self.export))
        self.result = hint()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Write to *")))
        row.addWidget(self.out_edit, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.export_action)
        layout.addWidget(self.jobs)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.jobs.busy_changed.connect(lambda busy: self.export_action.setEnabled(not busy))

    def refresh(self) -> None:
        """Say where the case's last package went."""
        case = self.session.case
        exported = case_state.entries(case, PACKAGE_EXPORTED) if case is not None else []
        if exported and not self.result.text():
            self.result.setText(self.tr("Last package: %1 (%2).")
                                .replace("%1", exported[-1].outputs[0]["path"])
                                .replace("%2", exported[-1].time))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the package"))
        if folder:
            self.out_edit.setText(folder)

    def export(self) -> None:
        case, out = self.session.case, self.out_edit.text().strip()
        if case is None:
            return
        if not out:
            self.result.setText(self.tr("Choose the folder to write the package to first."))
            return
        self.jobs.start(lambda progress, cancel: package.export(case, out, progress=progress,
                                                                cancel=cancel),
                        self._done, what=self.tr("Exporting the package"))

    def _done(self, result: Any) -> None:
        self.result.setText(self.tr(
            "Package written: %1 (%2 files). Hand it over with the sealed bags. Custody head: %3")
            .replace("%1", str(result.path)).replace("%2", str(result.files))
            .replace("%3", result.custody_head))
        self.exported.emit(result)


def no_case_note() -> QLabel:
    note = QLabel()
    note.setWordWrap(True)
    note.setAlignment(Qt.AlignmentFlag.AlignCenter)
    note.setText(tr("Open or make a case first."))
    return note
