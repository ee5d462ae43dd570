"""A photo from the computer's own camera, where Qt Multimedia and a camera are present.

The shipped window uses QtCore, QtGui and QtWidgets only (PySide6-Essentials; the frozen app
leaves Qt Multimedia out), so this is optional: without the module or a camera,
:func:`camera_present` is False and the forms say "no camera" instead of offering it.
"""

from __future__ import annotations

import importlib
import tempfile
from pathlib import Path
from types import ModuleType

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from triage_app.gui.i18n import tr


def _multimedia() -> tuple[ModuleType, ModuleType] | None:
    try:
        return (importlib.import_module("PySide6.QtMultimedia"),
                importlib.import_module("PySide6.QtMultimediaWidgets"))
    except ImportError:
        return None


def camera_present() -> bool:
    modules = _multimedia()
    return modules is not None and bool(modules[0].QMediaDevices.videoInputs())


def take_photo(parent: QWidget) -> Path | None:
    """Show the camera's picture and save one still to a temporary file (None: cancelled)."""
    modules = _multimedia()
    if modules is None:
        return None
    media, widgets = modules
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Take a photo"))
    view = widgets.QVideoWidget()
    session = media.QMediaCaptureSession(dialog)
    camera = media.QCamera(dialog)
    capture = media.QImageCapture(dialog)
    session.setCamera(camera)
    session.setImageCapture(capture)
    session.setVideoOutput(view)
    target = Path(tempfile.mkdtemp(prefix="field-triage-camera-")) / "camera.jpg"
    saved: list[Path] = []

    def keep(_id: int, path: str) -> None:
        saved.append(Path(path))
        dialog.accept()

    capture.imageSaved.connect(keep)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    shoot = buttons.addButton(tr("&Take the photo"), QDialogButtonBox.ButtonRole.ActionRole)
    shoot.clicked.connect(lambda: capture.captureToFile(str(target)))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view, 1)
    layout.addWidget(buttons)
    camera.start()
    dialog.resize(640, 520)
    dialog.exec()
    camera.stop()
    return saved[0] if saved else None
