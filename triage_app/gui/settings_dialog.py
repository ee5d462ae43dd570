"""The settings dialog, built from the Qt-free schema in :mod:`triage_app.core.settings`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from triage_app.core.settings import SETTINGS, load_settings, save_settings
from triage_app.gui.widgets import role_label


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        values = load_settings()
        self.editors: dict[str, QComboBox | QCheckBox] = {}
        form = QFormLayout()
        for setting in SETTINGS:
            editor: QComboBox | QCheckBox
            if setting.choices:
                editor = QComboBox()
                for value, label in setting.choices:
                    editor.addItem(self.tr(label), value)
                editor.setCurrentIndex(max(0, editor.findData(values[setting.name])))
            else:
                editor = QCheckBox()
                editor.setChecked(bool(values[setting.name]))
            editor.setToolTip(self.tr(setting.help))
            self.editors[setting.name] = editor
            form.addRow(self.tr(setting.label), editor)
            if setting.help:
                help_label = role_label(self.tr(setting.help), "hint")
                form.addRow("", help_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {name: editor.currentData() if isinstance(editor, QComboBox) else editor.isChecked()
                for name, editor in self.editors.items()}

    def accept(self) -> None:
        save_settings(self.values())
        super().accept()
