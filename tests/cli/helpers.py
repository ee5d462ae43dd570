"""Run the CLI in-process and capture what a user would see."""

from __future__ import annotations

import json
from dataclasses import dataclass

from tests.fixtures.cases import named_officer
from triage_app.__main__ import main
from triage_app.core.officer import OFFICER_ENV


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)

    def jsonl(self) -> list[dict]:
        return [json.loads(line) for line in self.out.splitlines() if line.strip()]


def run_cli(capsys, *argv: str) -> Run:
    """As ``triage-app ARGV...`` (the installed entry point) would run."""
    assert argv, "without arguments the entry point opens the window"
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def act_as(monkeypatch, level: str, officer_id: str | None = None):
    """An officer endorsed at ``level`` (made the first time), whom the commands act as."""
    officer = named_officer(officer_id or f"PC-{level}", level, name=f"Officer {level}")
    monkeypatch.setenv(OFFICER_ENV, officer.id)
    return officer
