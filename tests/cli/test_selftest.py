"""``triage-app self-test``: the core checks plus the window, and the exit code."""

from __future__ import annotations

from tests.cli.helpers import run_cli
from triage_app.operations import selftest


def test_all_checks_pass_and_the_window_opens(capsys):
    run = run_cli(capsys, "self-test")
    assert run.code == 0, run.out
    lines = run.out.splitlines()
    assert len(lines) == len(selftest.CHECKS) + 1 and all(line.startswith("ok  ") for line in lines)
    assert lines[-1].startswith("ok    GUI main window: main window opened offscreen")


def test_a_failure_exits_1_and_names_the_check(capsys, monkeypatch):
    def no_libmagic() -> str:
        raise ImportError("failed to find libmagic.  Check your installation")

    monkeypatch.setattr(selftest, "CHECKS", (("libmagic", no_libmagic),) + selftest.CHECKS[1:])
    run = run_cli(capsys, "self-test", "--json")
    assert run.code == 1
    failed = [c for c in run.json() if not c["ok"]]
    assert [(c["name"], c["detail"]) for c in failed] == [
        ("libmagic", "ImportError: failed to find libmagic.  Check your installation")]


def test_missing_e01_imaging_is_reported_and_still_passes(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    run = run_cli(capsys, "self-test")
    assert run.code == 0
    assert "n/a   E01 imaging (ewfacquirestream): E01 imaging unavailable" in run.out
