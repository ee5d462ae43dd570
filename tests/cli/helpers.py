"""Run the CLI in-process and capture what a user would see."""

from __future__ import annotations

import json
from dataclasses import dataclass

from triage_app.cli import main


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
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)
