"""The officer's window: sign in, check the app at the start of the shift, choose the case,
then work in the views the officer's level and roles give (design sections 1-2).

One case stays open for the whole session (:class:`~triage_app.gui.session.CaseSession`). The
status bar always says which case, which officer at which level, and, in a training case,
SIMULATION in red.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from triage_app import APP_NAME, __version__
from triage_app.case.case import MODE_SIMULATION
from triage_app.core.officer import LADDER, UNASSIGNED, Officer
from triage_app.core.settings import load_settings
from triage_app.gui import worker
from triage_app.gui.i18n import install_language
from triage_app.gui.pages.crypto_page import CryptoCheckPage
from triage_app.gui.pages.findings_page import FindingsPage
from triage_app.gui.pages.photos_page import PhotosPage
from triage_app.gui.pages.preserve_page import PreservePage
from triage_app.gui.pages.scan_page import ScanPage
from triage_app.gui.screens.case_screen import CaseScreen
from triage_app.gui.screens.shift_check import ShiftCheckScreen
from triage_app.gui.screens.sign_in import SignInScreen
from triage_app.gui.session import CaseSession
from triage_app.gui.settings_dialog import SettingsDialog
from triage_app.gui.theme import apply_theme
from triage_app.gui.views.case_overview import CaseOverview
from triage_app.gui.views.devices import DeviceRegister
from triage_app.gui.views.intake import IntakeView
from triage_app.gui.views.scene_checklist import SceneChecklist
from triage_app.gui.views.scene_expert import SceneExpert
from triage_app.gui.views.scene_wizard import SceneWizard
from triage_app.gui.views.supervisor import SupervisorView
from triage_app.gui.views.training import TrainerInjectDialog, TrainingView
from triage_app.operations.shift import ClockReading

_Page = TypeVar("_Page", bound=QWidget)

CLOSE_WAIT_MS = 30000  # how long closing waits for a cancelled job to unwind


class Workspace(QWidget):
    """The views of the signed-in officer: navigation on the left, the chosen view on the right
    (scrolling down when large targets make it taller than the screen)."""

    def __init__(self, views: list[tuple[str, Callable[[], QWidget]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget()
        self.nav.setFixedWidth(220)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.pages = QStackedWidget()
        self.views: list[QWidget] = []
        for title, factory in views:
            view = factory()
            self.nav.addItem(title)
            self.views.append(view)
            self.pages.addWidget(scrolling(view))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

    def show_view(self, kind: type[QWidget]) -> None:
        for i, view in enumerate(self.views):
            if isinstance(view, kind):
                self.nav.setCurrentRow(i)
                return


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    def __init__(self, officer: Officer | None = None) -> None:
        super().__init__()
        self.session = CaseSession(officer or UNASSIGNED, self)
        self.session.mediator.parent = self
        self.session.changed.connect(self._show_status)
        self.session.officer_changed.connect(self._show_status)
        self.resize(1366, 768)
        self._build_screens()
        self._status_widgets()
        self._menus()
        self._show_status()

    def _build_screens(self) -> None:
        """The screens, in the current language (built again when it changes)."""
        self.sign_in = SignInScreen()
        if not self.session.officer.is_unassigned:
            self.sign_in.reload(select=self.session.officer.id)
        self.sign_in.signed_in.connect(self._signed_in)
        self.shift_check = ShiftCheckScreen()
        self.shift_check.confirmed.connect(self._shift_confirmed)
        self.case_screen = CaseScreen(self.session)
        self.case_screen.ready.connect(self.enter_workspace)
        self.workspace = self._workspace()
        self.screens = QStackedWidget()
        self._areas: dict[QWidget, QScrollArea] = {screen: scrolling(screen)
                       for screen in (self.sign_in, self.shift_check, self.case_screen)}
        for area in self._areas.values():
            self.screens.addWidget(area)
        self.screens.addWidget(self.workspace)
        self.simulation_banner = QLabel(self.tr("SIMULATION — a training exercise on synthetic "
                                                "evidence, not a real case"))
        self.simulation_banner.setProperty("role", "simulation")
        self.simulation_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.simulation_banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.simulation_banner)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)

    # --- the views an officer gets -----------------------------------------------------------
    def _views(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """The officer's views: the scene at their level first (the wizard for L1 and trainees,
        the checklist for L2, the expert view for L3), then the register, the case, the triage
        steps (locked inside where the level does not reach), and each role's own view."""
        session, officer = self.session, self.session.officer
        level = officer.highest_level()
        views: list[tuple[str, Callable[[], QWidget]]] = []
        if level is not None:
            scene = {"L2": SceneChecklist, "L3": SceneExpert}.get(level, SceneWizard)
            views += [(self.tr("Scene"), lambda: scene(session)),
                      (self.tr("Devices"), lambda: DeviceRegister(session))]
        views.append((self.tr("Case"), lambda: CaseOverview(session, self.choose_case)))
        roles_only = level is None and bool(officer.valid_endorsements())
        if not roles_only:  # a receiver or trainer has their own views, not the scene's tools
            views += [
                (self.tr("Scan evidence"), lambda: ScanPage(session)),
                (self.tr("Check an address"), lambda: CryptoCheckPage(session)),
                (self.tr("Findings"), lambda: FindingsPage(session)),
                (self.tr("Preserve & hand over"), lambda: PreservePage(session)),
                (self.tr("Photos"), lambda: PhotosPage(session)),
            ]
        if officer.has_level("SUPERVISOR"):
            views.append((self.tr("Review queue"), lambda: SupervisorView(session)))
        if officer.has_level("TRAINER"):
            views.insert(0, (self.tr("Training"), lambda: TrainingView(session)))
        if officer.has_level("RECEIVER"):
            views.insert(0, (self.tr("Lab intake"), lambda: IntakeView(session)))
        return views

    def _workspace(self) -> Workspace:
        return Workspace(self._views())

    @property
    def pages(self) -> QStackedWidget:
        return self.workspace.pages

    def page(self, kind: type[_Page]) -> _Page:
        for view in self.workspace.views:
            if isinstance(view, kind):
                return view
        raise LookupError(kind)

    def show_page(self, kind: type[_Page]) -> _Page:
        """Go to the workspace view ``kind`` (tests and the views' own links)."""
        page = self.page(kind)
        self.enter_workspace()
        self.workspace.show_view(kind)
        return page

    # --- the way in --------------------------------------------------------------------------
    def _signed_in(self, officer: Officer, passphrase: str | None) -> None:
        self.session.mediator.remember(officer, passphrase)
        self.session.sign_in(officer)
        self._rebuild_workspace()
        self.shift_check.refresh()
        self._show_screen(self.shift_check)

    def _shift_confirmed(self, reading: ClockReading) -> None:
        self.session.clock_reading = reading
        self.choose_case()

    def choose_case(self) -> None:
        self.case_screen.refresh()
        self._show_screen(self.case_screen)

    def _show_screen(self, screen: QWidget) -> None:
        self.screens.setCurrentWidget(self._areas[screen])

    def enter_workspace(self) -> None:
        self.screens.setCurrentWidget(self.workspace)
        self.workspace.nav.setFocus()

    def sign_out(self) -> None:
        if worker.running_jobs():
            QMessageBox.information(self, self.tr("Work in progress"), self.tr(
                "A task is still running: wait for it or cancel it before signing out."))
            return
        self.session.sign_in(UNASSIGNED)
        self.session.mediator.remember(UNASSIGNED, None)
        self.sign_in.reload()
        self._show_screen(self.sign_in)

    def _rebuild_workspace(self) -> None:
        old = self.workspace
        self.workspace = self._workspace()
        self.screens.insertWidget(self.screens.indexOf(old), self.workspace)
        self.screens.removeWidget(old)
        old.deleteLater()

    # --- menus and status --------------------------------------------------------------------
    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Session"))
        self.inject_action = QAction(self.tr("&Trainer: inject an event…"), self)
        self.inject_action.triggered.connect(self.trainer_inject)
        menu.addAction(self.inject_action)
        for text, shortcut, slot in (
                (self.tr("&Change case…"), "Ctrl+O", self.choose_case),
                (self.tr("Sign &out"), "Ctrl+Shift+L", self.sign_out),
                (self.tr("S&ettings…"), "Ctrl+,", self.edit_settings),
                (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)

    def trainer_inject(self) -> None:
        """A trainer injects the exercise's next event from the trainee's own window."""
        dialog = TrainerInjectDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry is not None:
            self.statusBar().showMessage(
                self.tr("Event injected (custody entry %d).") % dialog.entry, 8000)

    def edit_settings(self) -> None:
        """Theme and target size apply at once; a new language rebuilds the screens (the
        session, its officer and open case stay)."""
        before = load_settings()
        if SettingsDialog(self).exec() != QDialog.DialogCode.Accepted:
            return
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        after = load_settings()
        apply_theme(app, after["theme"], after["large_targets"])
        if after["language"] != before["language"]:
            if worker.running_jobs():
                QMessageBox.information(self, self.tr("Language"), self.tr(
                    "The new language is used when the running task has finished and the "
                    "window is next opened."))
                return
            install_language(app, after["language"])
            showing = self.screens.currentIndex()
            self._build_screens()  # the old screens go with the central widget they replace
            self.screens.setCurrentIndex(showing)
            self.menuBar().clear()
            self._menus()
            self._show_status()

    def _status_widgets(self) -> None:
        self.simulation_mark = QLabel(MODE_SIMULATION)
        self.simulation_mark.setProperty("role", "simulation")
        self.case_label = QLabel()
        self.officer_label = QLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(self.simulation_mark)
        bar.addWidget(self.case_label, 1)
        bar.addPermanentWidget(self.officer_label)

    def _show_status(self, *_changed: object) -> None:
        officer = self.session.officer
        level = officer.highest_level() or self.tr("no level")
        roles = [e.level for e in officer.valid_endorsements() if e.level not in LADDER]
        who = (self.tr("not signed in") if officer.is_unassigned
               else f"{officer.name} ({officer.id}) — {', '.join([level, *roles])}")
        self.officer_label.setText(self.tr("Officer: ") + who)
        case = self.session.case
        ref = case.ref if case is not None else ""
        self.case_label.setText(self.tr("Case: ") + (f"{ref}  ({case.path})" if case is not None
                                                     else self.tr("none open")))
        simulation = case is not None and case.simulation
        self.inject_action.setVisible(simulation)
        self.simulation_mark.setVisible(simulation)
        self.simulation_banner.setVisible(simulation)
        title = f"{APP_NAME} {__version__}" + (f" — {ref}" if ref else "")
        self.setWindowTitle(title + (f" — {MODE_SIMULATION}" if simulation else ""))

    def closeEvent(self, event: QCloseEvent) -> None:
        """A running job is cancelled and awaited (its end is recorded by the job), then the
        case is closed; the officer is asked first."""
        if worker.running_jobs():
            answer = QMessageBox.question(
                self, self.tr("Work in progress"),
                self.tr("A task is still running. Cancel it and close? What it finished stays "
                        "in the case; what it had not finished is discarded, and the cancel is "
                        "recorded in the custody ledger."))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            worker.cancel_all()
            self.statusBar().showMessage(self.tr("Cancelling the running task…"))
            if not worker.wait_for_all(CLOSE_WAIT_MS):
                QMessageBox.warning(self, self.tr("Still stopping"), self.tr(
                    "The task has not stopped yet; the window stays open until it has."))
                event.ignore()
                return
        self.session.close()
        event.accept()

