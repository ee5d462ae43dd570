"""The command line's answers to an operation's questions: the environment, else the terminal."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence

from triage_app.core.officer import PASSPHRASE_ENV, Officer


class TerminalMediator:
    """Asks on the terminal when there is one; with no terminal, declines (never hangs)."""

    def passphrase(self, officer: Officer) -> str | None:
        value = os.environ.get(PASSPHRASE_ENV) or None
        if value is None and sys.stdin.isatty():
            value = getpass.getpass(f"Signing key passphrase of officer {officer.id}: ") or None
        return value

    def confirm(self, question: str) -> bool:
        if not sys.stdin.isatty():
            return False
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")

    def choose(self, question: str, options: Sequence[str]) -> str | None:
        if not sys.stdin.isatty() or not options:
            return None
        for number, option in enumerate(options, 1):
            print(f"  {number}. {option}", file=sys.stderr)
        answer = input(f"{question} [1-{len(options)}] ").strip()
        return options[int(answer) - 1] if answer.isdigit() and 0 < int(answer) <= len(options) \
            else None


TERMINAL = TerminalMediator()
