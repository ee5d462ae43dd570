"""The window in German and French: .ts sources built to .qm by the packaging step."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from triage_app.gui.i18n import install_language
from triage_app.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _build_step():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  ROOT / "packaging" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def built(tmp_path) -> Path:
    _build_step().build(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("language", "sign_in", "menu"), [("de", "Anmelden", "&Sitzung"),
                                                           ("fr", "Connexion", "&Session")])
def test_the_window_speaks_the_chosen_language(qtbot, built, language, sign_in, menu) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_language(app, language, built)
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [w.text() for w in window.sign_in.findChildren(type(window.officer_label))]
        assert sign_in in titles
        assert window.menuBar().actions()[0].text() == menu
    finally:
        install_language(app, "en")
    english = MainWindow()
    qtbot.addWidget(english)
    assert "Sign in" in [w.text() for w in english.sign_in.findChildren(type(english.officer_label))]


def test_a_missing_translation_leaves_english(qtbot, tmp_path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not install_language(app, "de", tmp_path)
    install_language(app, "en")


def test_every_language_has_a_source_kept_in_the_repository() -> None:
    step = _build_step()
    for language in step.LANGUAGES:
        assert (step.TRANSLATIONS / f"field_triage_{language}.ts").is_file()
