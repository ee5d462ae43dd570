"""The window in German and French: .ts sources built to .qm by the packaging step."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from triage_app.gui.i18n import install_language, tr
from triage_app.gui.main_window import MainWindow
from triage_app.gui.views.devices import DeviceTable

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "triage_app" / "gui"
# Qt's numbered and plural markers and named fields may move; printf's %s and %d may not.
MOVABLE = re.compile(r"%(?:L?n|\d+)|\{\w+\}")
POSITIONAL = re.compile(r"%[sd]")


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


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message) for every message of a language's .ts source."""
    root = ET.parse(_build_step().TRANSLATIONS / f"field_triage_{language}.ts").getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _wrong_placeholders(source: str, translation: str) -> bool:
    return (Counter(MOVABLE.findall(source)) != Counter(MOVABLE.findall(translation))
            or POSITIONAL.findall(source) != POSITIONAL.findall(translation))


def test_a_lost_or_gained_placeholder_is_caught() -> None:
    assert not _wrong_placeholders("%1 of %2 files, %n so far", "%n bisher, %2 sur %1")
    assert _wrong_placeholders("Recorded (entry %1).", "Erfasst.")
    assert _wrong_placeholders("Case %s", "Fall %s %s")
    assert _wrong_placeholders("%s by %s", "%d par %s")
    assert _wrong_placeholders("Hello {name}", "Hallo {nom}")


@pytest.mark.parametrize("language", ["de", "fr"])
def test_every_message_is_translated_with_its_placeholders(language) -> None:
    problems = []
    for context, message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if translation.get("type") == "unfinished" or not all(forms):
            problems.append(f"{context}: unfinished: {source!r}")
        problems += [f"{context}: placeholders differ: {source!r} -> {form!r}"
                     for form in forms if form and _wrong_placeholders(source, form)]
    assert not problems, "\n".join(problems)


def _contexts_qt_looks_up() -> set[str]:
    """The window's classes (``self.tr``), explicit contexts, and the empty context (``tr()``)."""
    contexts = {""}
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                contexts.add(node.name)
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                  and node.func.id == "QT_TRANSLATE_NOOP" and isinstance(node.args[0], ast.Constant)):
                contexts.add(node.args[0].value)
    return contexts


def test_every_text_is_filed_where_qt_looks_it_up() -> None:
    """lupdate files ``parent.tr("…")`` under a context called "parent", which Qt never looks up
    (it uses the object's class), so such a text would stay English whatever its translation."""
    stray = {context for context, _ in _messages("de")} - _contexts_qt_looks_up()
    assert not stray


def test_texts_outside_a_widgets_methods_are_translated(qtbot, built) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_language(app, "de", built)
        assert tr("Not allowed") == "Nicht erlaubt"
        table = DeviceTable()
        qtbot.addWidget(table)
        assert table.horizontalHeaderItem(2).text() == "Seriennr. / IMEI"
    finally:
        install_language(app, "en")


def test_the_rules_words_the_window_shows_are_all_offered_for_translation() -> None:
    """The workflow rules are data: their words reach the .ts files through a generated list,
    which must be the shipped rules' words as they are now."""
    import yaml

    step = _build_step()
    rules = yaml.safe_load(step.RULES.read_text(encoding="utf-8"))
    assert step.RULES_TEXTS.read_text(encoding="utf-8") == step.rules_module(rules), (
        "the rules changed: run packaging/build_translations.py --update and translate")
    texts = step.rules_texts(rules)
    assert "Arrive and secure" in texts and rules["facts"]["power"]["ask"]["L1"] in texts


def test_the_scene_wizard_gives_the_rules_words_in_german(qtbot, built, tmp_path) -> None:
    from tests.fixtures.cases import named_officer, warrant
    from triage_app.gui.session import CaseSession
    from triage_app.gui.views.scene_wizard import SceneWizard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_language(app, "de", built)
        session = CaseSession(named_officer("PC-L1", "L1"))
        session.new(tmp_path / "case", ref="ABC", authority=warrant())
        wizard = SceneWizard(session)
        qtbot.addWidget(wizard)
        assert "Eintreffen und sichern" in wizard.title.text()
        assert wizard.card.text.text().startswith("Halten Sie Personen von den Geräten fern")
    finally:
        install_language(app, "en")
