"""How the GUI tells the user that something went wrong.

An expected error (:class:`TriageError`) is shown in plain words; anything else is a bug and
gets a crash dialog with the details to report, and is logged. A cancel says nothing.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from triage_app.errors import Cancelled, TriageError
from triage_app.gui.i18n import tr

log = logging.getLogger(__name__)


def show_exception(parent: QWidget | None, exc: BaseException, *, action: str) -> None:
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, TriageError):
        QMessageBox.warning(parent, tr("Could not finish"),
                            f"{action}: {exc}")
        return
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error while %s:\n%s", action, details)
    box = QMessageBox(QMessageBox.Icon.Critical, "Field Triage: internal error",
                      f"{action} failed because of a defect in Field Triage. Finished work and the "
                      "custody ledger are kept. Please report this with the details below.",
                      parent=parent)
    box.setDetailedText(details)
    box.exec()
