"""What every command that works on a case shares: the officer, the case, Ctrl-C."""

from __future__ import annotations

import argparse
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from triage_app.case.case import Case
from triage_app.cli.mediator import TERMINAL
from triage_app.core.jobs import CancelToken
from triage_app.core.officer import OFFICER_ENV, Officer, load_officer
from triage_app.errors import InputError
from triage_app.operations.cases import is_case_folder, open_case


def add_officer_option(parser: argparse.ArgumentParser) -> None:
    """``--officer ID`` for commands that act as an officer (default: env, then unassigned)."""
    parser.add_argument("--officer", metavar="ID",
                        help=f"officer profile to act as (default: ${OFFICER_ENV}; work on a "
                             "case needs a named officer)")


def officer_of(args: argparse.Namespace) -> Officer:
    return load_officer(getattr(args, "officer", None))


def case_of(args: argparse.Namespace, *, evidence: str | None = None,
            case_dir: str | None = None) -> Case:
    """The case the command names (``--case``), opened as the command's officer; passphrases
    are asked on the terminal. A folder without a case is refused with the command that makes
    one. ``evidence``: the source the command reads; a case on it is refused before it is
    opened."""
    path = case_dir or args.case
    if not is_case_folder(path):
        raise InputError(f"{path} is not a case: create it first with "
                         "`triage-app case new CASEDIR --ref REF --authority-type ...`")
    return open_case(path, officer_of(args), mediator=TERMINAL, evidence=evidence)


@contextmanager
def interrupts_cancel(cancel: CancelToken) -> Iterator[None]:
    """Ctrl-C or SIGTERM cancel the job cleanly (a second Ctrl-C stops at once). Ctrl-Z
    (SIGTSTP, where there is one) stops the process as usual; the job counts the time until
    `fg` as paused, so its rate and time left leave it out."""
    def handler(signum, frame):
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()

    def suspend(signum, frame):
        cancel.pause()
        try:
            os.kill(os.getpid(), signal.SIGSTOP)  # continues here on SIGCONT (fg, bg)
        finally:
            cancel.resume()

    handlers = {signal.SIGINT: handler, signal.SIGTERM: handler}
    if hasattr(signal, "SIGTSTP"):
        handlers[signal.SIGTSTP] = suspend
    previous = {s: signal.signal(s, h) for s, h in handlers.items()}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
