"""The scene for L1 (and TRAINEE): a strict wizard, one step of the rules' phases at a time.

Each screen is one step (prepare → arrive and secure → document before touching → one device
at a time → package → hand over, as the rules give them): its instruction card, the panel that
does it, and "Continue", which opens only once the custody ledger records the step (and, for
the device steps, once every device is decided and carried out). The officer may go back to a
done step (to register a device found later); never past an open one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from triage_app.gui.session import CaseSession
from triage_app.gui.views.device_panel import DeviceQueue
from triage_app.gui.views.scene_parts import STEP_PICTURES, Card, mark_primary, no_case_note
from triage_app.gui.views.scene_steps import (
    Step,
    StepPanel,
    scene_steps,
    step_panel,
    steps_done,
)


class SceneWizard(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.steps: list[Step] = []
        self.panels: list[StepPanel] = []
        self.at = 0
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.phases = QLabel()
        self.phases.setProperty("role", "hint")
        self.phases.setWordWrap(True)
        self.card = Card()
        # Only the current step's panel is shown (a hidden panel takes no room, so a short
        # step is not stretched to the tallest one); a scroll bar when the screen is small.
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.body)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(lambda: self.go(self.at - 1))
        self.next_button = QPushButton(self.tr("&Continue >"))
        self.next_button.clicked.connect(lambda: self.go(self.at + 1))
        self.waiting = QLabel()
        self.waiting.setProperty("role", "hint")
        self.waiting.setWordWrap(True)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.waiting, 1)
        nav.addWidget(self.next_button)
        self.flow = QWidget()
        flow = QVBoxLayout(self.flow)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(self.title)
        flow.addWidget(self.phases)
        flow.addWidget(self.card)
        flow.addWidget(scroll, 1)
        flow.addLayout(nav)
        self.no_case = no_case_note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_case)
        layout.addWidget(self.flow)
        session.changed.connect(self.rebuild)
        session.officer_changed.connect(self.rebuild)
        session.case_updated.connect(self.refresh)
        self.rebuild()

    def rebuild(self) -> None:
        """New panels for the rules' steps, opened at the first step not done."""
        for panel in self.panels:
            panel.deleteLater()
        case = self.session.case
        self.no_case.setVisible(case is None)
        self.flow.setVisible(case is not None)
        self.steps, self.panels = [], []
        if case is None:
            return
        self.steps = scene_steps(self.session.officer.highest_level())
        self.panels = [step_panel(self.session, step.action) for step in self.steps]
        for panel in self.panels:
            panel.hide()
            self.body_layout.addWidget(panel)
        done = steps_done(case)
        self.at = next((i for i, step in enumerate(self.steps) if not self._closed(i, done)),
                       len(self.steps) - 1)
        self.refresh()

    @property
    def step(self) -> Step:
        return self.steps[self.at]

    @property
    def panel(self) -> StepPanel:
        return self.panels[self.at]

    def go(self, index: int) -> None:
        if 0 <= index < len(self.steps) and (index <= self.at or self.may_continue()):
            self.at = index
            self.refresh()

    def may_continue(self) -> bool:
        case = self.session.case
        return case is not None and self._closed(self.at, steps_done(case))

    def _closed(self, index: int, done: set[str]) -> bool:
        panel = self.panels[index]
        return self.steps[index].id in done and (not isinstance(panel, DeviceQueue)
                                                 or panel.finished)

    def refresh(self) -> None:
        case = self.session.case
        if case is None or not self.steps:
            return
        step = self.step
        self.title.setText(self.tr("Step %1 of %2: %3").replace("%1", str(self.at + 1))
                           .replace("%2", str(len(self.steps))).replace("%3", step.phase))
        seen: list[str] = []
        for s in self.steps:
            if s.phase not in seen:
                seen.append(s.phase)
        self.phases.setText("  →  ".join(f"[{p}]" if p == step.phase else p for p in seen))
        self.card.set_content("instruction", step.text, STEP_PICTURES.get(step.action),
                              title=self.tr("What to do now"))
        for panel in self.panels:
            panel.setVisible(panel is self.panel)
        self.panel.refresh()
        last = self.at == len(self.steps) - 1
        allowed = self.may_continue()
        self.back_button.setEnabled(self.at > 0)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(allowed)
        mark_primary(self.next_button, allowed)
        self.waiting.setText("" if allowed else self.tr(
            "Continue opens once this step is recorded."))
        if last and allowed:
            self.waiting.setText(self.tr("The scene is documented: hand over the sealed bags "
                                         "and the package."))
