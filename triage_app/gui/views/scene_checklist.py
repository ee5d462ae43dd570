"""The scene for L2: a checklist of what the case still needs, in any order.

On the left the engine's open items (devices to decide, decisions to carry out, the current
phase's steps) and every step of the rules, done ones ticked; on the right the panel of the
chosen one. Doing something other than a decision asks for a written reason
(``deviation.recorded``), which a supervisor reviews.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage_app.gui.i18n import rules_text
from triage_app.gui.session import CaseSession
from triage_app.gui.views.device_panel import DevicePanel
from triage_app.gui.views.scene_parts import hint, no_case_note
from triage_app.gui.views.scene_steps import StepPanel, scene_steps, step_panel, steps_done
from triage_app.operations import workflow

ITEM_WORDS = {"device": "Decide", "decision": "Carry out", "step": "Now"}


class SceneChecklist(QWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel(self.tr("Scene checklist"))
        self.title.setProperty("role", "title")
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.currentItemChanged.connect(lambda *_: self.open_chosen())
        self.heading = QLabel()
        self.heading.setProperty("role", "card-title")
        self.heading.setWordWrap(True)
        self.what = hint()
        self.device = DevicePanel(session)
        self.step: StepPanel | None = None
        self.step_action: str | None = None
        self.phase_of: dict[str, str] = {}
        self.right = QVBoxLayout()
        self.right.addWidget(self.heading)
        self.right.addWidget(self.what)
        self.right.addWidget(self.device, 1)
        caption = QLabel(self.tr("&Open items (☐), then every step: ☑ done, · not reached"))
        caption.setBuddy(self.items)
        left = QVBoxLayout()
        left.addWidget(caption)
        left.addWidget(self.items, 1)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 2)
        row.addLayout(self.right, 3)
        self.no_case = no_case_note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.no_case)
        layout.addWidget(self.body, 1)
        session.changed.connect(self.refresh)
        session.officer_changed.connect(self.refresh)
        session.case_updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        case = self.session.case
        self.no_case.setVisible(case is None)
        self.body.setVisible(case is not None)
        chosen = self._chosen()
        self.items.blockSignals(True)
        self.items.clear()
        if case is not None:
            steps = scene_steps(self.session.officer.highest_level())
            self.phase_of = {step.id: step.phase for step in steps}
            for item in workflow.open_items(case):
                about = self.phase_of.get(item.ref, "") if item.kind == "step" else item.ref
                self._add(f"☐ {self.tr(ITEM_WORDS.get(item.kind, item.kind))} {about}: "
                          + rules_text(item.text), (item.kind, item.ref, item.needs, item.text))
            done = steps_done(case)
            for step in steps:
                mark = "☑" if step.id in done else "·"
                self._add(f"{mark} {step.phase}: {step.text}",
                          ("step", step.id, step.action, step.text))
        keys = [_place(self.items.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.items.count())]
        here = _place(chosen) if chosen else None
        self.items.setCurrentRow(keys.index(here) if here in keys else 0)
        self.items.blockSignals(False)
        self.open_chosen()

    def _add(self, text: str, key: tuple[str, str, str, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.items.addItem(item)

    def _chosen(self) -> tuple[str, str, str, str] | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def open_chosen(self) -> None:
        """Show the panel of the chosen item: the device's, or the step's action's."""
        chosen = self._chosen()
        if chosen is None:
            self._show_step(None)
            self.device.show_device(None)
            self.heading.setText("")
            self.what.setText("")
            return
        kind, ref, action, text = chosen
        device = kind in ("device", "decision")
        self.heading.setVisible(not device)
        self.what.setVisible(not device)
        self.device.setVisible(device)
        if device:
            self._show_step(None)
            self.device.show_device(ref)
            return
        self.heading.setText(self.phase_of.get(ref, ref))
        self.what.setText(text)
        self._show_step(action)

    def _show_step(self, action: str | None) -> None:
        """The step panel for ``action`` (made anew when the action changes; None: none)."""
        if self.step is not None and self.step_action == action:
            self.step.refresh()
            return
        if self.step is not None:
            self.step.deleteLater()
            self.step = None
        self.step_action = action
        if action is not None:
            self.step = step_panel(self.session, action)
            self.right.addWidget(self.step, 1)


def _place(key: tuple[str, str, str, str]) -> tuple[str, str]:
    """What an item is about, kept while its text changes: the exhibit (undecided or decided
    alike), or the step."""
    kind, ref = key[0], key[1]
    return ("exhibit" if kind in ("device", "decision") else kind, ref)
