"""The panel of each action a rules step names, and where a case stands in the phases.

The wizard and the checklist show a step by the action it needs (``record-authority`` → the
authority form, ``decide`` → one device at a time ...); which steps are done comes from the
engine's open items, so the GUI counts nothing itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from triage_app.case.case import Case
from triage_app.gui.i18n import rules_text
from triage_app.gui.session import CaseSession
from triage_app.gui.views.device_form import DeviceForm
from triage_app.gui.views.device_panel import DeviceQueue
from triage_app.gui.views.scene_parts import (
    AuthorityStep,
    ExportPanel,
    LabelsPanel,
    ScenePhotosPanel,
)
from triage_app.operations import case_state, workflow
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.rules import guidance_level


class RegisterPanel(QWidget):
    """The device form beside the devices registered so far."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = DeviceForm(session)
        self.registered = QListWidget()
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Registered so far")))
        side.addWidget(self.registered, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form, 3)
        row.addLayout(side, 2)
        self.refresh()

    def refresh(self) -> None:
        self.form.refresh()
        self.registered.clear()
        case = self.session.case
        for device in case_state.devices(case) if case is not None else []:
            self.registered.addItem(f"{device.exhibit}  {device.about.label}")


class UnknownStep(QLabel):
    """A step whose action has no panel here (an agency's own): its text says what to do."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(self.tr("Do this step as its instruction says; it is done once the "
                             "custody ledger records it."))

    def refresh(self) -> None:
        """Nothing of the case is shown."""


StepPanel = (AuthorityStep | ScenePhotosPanel | RegisterPanel | DeviceQueue | LabelsPanel
             | ExportPanel | UnknownStep)
PANELS: dict[str, type[StepPanel]] = {
    "record-authority": AuthorityStep, "scene-photos": ScenePhotosPanel,
    "register-device": RegisterPanel, "decide": DeviceQueue, "done": DeviceQueue,
    "print-label": LabelsPanel, "export-package": ExportPanel,
}


def step_panel(session: CaseSession, action: str) -> StepPanel:
    """The panel that does ``action``; ``refresh()`` re-reads the case."""
    return PANELS.get(action, UnknownStep)(session)


@dataclass(frozen=True, slots=True)
class Step:
    """A rules step with its phase, in the officer's words."""

    phase: str  # the phase's title
    id: str
    action: str
    text: str


def scene_steps(officer_level: str | None) -> list[Step]:
    """Every step of the rules' phases, in order."""
    words = guidance_level(officer_level)
    return [Step(rules_text(phase.get("title", {}).get(words, phase["id"])), step["id"],
                 step["action"], rules_text(step["text"][words]))
            for phase in workflow_rules.active().phases for step in phase["steps"]]


def steps_done(case: Case) -> set[str]:
    """Ids of the steps done: every step of a phase before the current one (the first phase
    with an open step, as the engine's open items say) and the current phase's closed ones."""
    open_steps = [i.ref for i in workflow.open_items(case) if i.kind == "step"]
    done: set[str] = set()
    for phase in workflow_rules.active().phases:
        ids = [step["id"] for step in phase["steps"]]
        if any(i in open_steps for i in ids):
            return done | {i for i in ids if i not in open_steps}
        done |= set(ids)
    return done
