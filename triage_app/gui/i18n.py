"""The window's language: Qt translations (``.qm``) built from the ``.ts`` sources in
``resources/translations/`` by ``packaging/build_translations.py``."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from triage_app.config import resource

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
RULES_CONTEXT = "rules"  # the workflow rules' words (triage_app/gui/rules_texts.py)


def tr(text: str) -> str:
    """``text`` in the window's language, for code outside a widget's own methods.

    lupdate files a plain ``tr("…")`` call under the empty context (and ``parent.tr("…")`` under
    a context named after the variable, which Qt never looks up), so this looks there."""
    return QCoreApplication.translate("", text)


def install_language(app: QApplication, language: str, folder: Path | None = None) -> bool:
    """Use ``language`` ("en", "de", "fr") for the app's text and Qt's own dialogs; English
    needs nothing. False when the app's translation is missing (the text stays English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    ours = QTranslator(app)
    qm = (folder or resource("translations")) / f"field_triage_{language}.qm"
    if not ours.load(str(qm)):
        log.warning("no %s translation of the app (build it with packaging/build_translations.py)",
                    language)
        return False
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return True


def rules_text(text: str) -> str:
    """A text of the workflow rules (a step, a question, an instruction) in the window's
    language; an agency's own rules, which the translations do not know, stay as written. The
    custody ledger keeps the rules' own words."""
    return QCoreApplication.translate(RULES_CONTEXT, text)
