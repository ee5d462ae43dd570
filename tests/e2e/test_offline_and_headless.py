"""Non-negotiables checked on the real program: it never opens a network socket, and the core
runs without Qt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import triage_app

PACKAGE = Path(triage_app.__file__).parent

_GUARD = textwrap.dedent("""
    import socket, sys
    def hook(event, args):
        if event == "socket.__new__" and len(args) > 1 and args[1] in (socket.AF_INET, socket.AF_INET6):
            sys.stderr.write("NETWORK ATTEMPT: socket\\n"); raise OSError("offline")
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "urllib.Request", "http.client.connect"):
            sys.stderr.write(f"NETWORK ATTEMPT: {event}\\n"); raise OSError("offline")
    sys.addaudithook(hook)
""")


def _run_guarded(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TRIAGE_APP_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", _GUARD + code], capture_output=True, text=True,
                          env=env, timeout=300)


def test_every_command_runs_without_any_network_socket(tmp_path: Path, disk_images: Path) -> None:
    image = disk_images / "dftt/8-jpeg-search/8-jpeg-search.dd"
    evidence = tmp_path / "folder"
    evidence.mkdir()
    (evidence / "a.txt").write_text("hello")
    code = textwrap.dedent(f"""
        import os
        from tests.fixtures.cases import named_officer
        from triage_app.cli import main
        os.environ["TRIAGE_OFFICER"] = named_officer().id
        codes = [main(["self-test"]), main(["hash", {str(image)!r}]),
                 main(["case", "new", {str(tmp_path / "case")!r}, "--ref", "NET/1",
                       "--authority-type", "warrant", "--authority-ref", "W1", "--issuer", "Court",
                       "--valid-until", "2099-12-31", "--scope", "all devices"]),
                 main(["scan", {str(image)!r}, "--case", {str(tmp_path / "case")!r}]),
                 main(["scan", {str(evidence)!r}, "--case", {str(tmp_path / "case")!r}]),
                 main(["custody", "verify", {str(tmp_path / "case")!r}])]
        sys.exit(max(codes))
    """)
    result = _run_guarded(code, tmp_path)
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_the_window_opens_without_any_network_socket(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        QTimer.singleShot(200, app.quit)
        from triage_app.gui.app import run_gui
        sys.exit(run_gui())
    """)
    result = _run_guarded(code, tmp_path)
    assert "NETWORK ATTEMPT" not in result.stderr
    assert result.returncode == 0, result.stderr


def test_core_never_imports_qt(tmp_path: Path) -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)
    code = textwrap.dedent(f"""
        import importlib, sys
        sys.modules["PySide6"] = None  # any import of Qt now fails
        for name in {modules!r}:
            importlib.import_module(name)
        print(len({modules!r}))
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "TRIAGE_APP_HOME": str(tmp_path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 20
