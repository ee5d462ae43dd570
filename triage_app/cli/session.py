"""What every command that works on a case shares: the officer, the case, Ctrl-C."""

from __future__ import annotations

import argparse
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from triage_app.case.case import Case
from triage_app.cli.mediator import TERMINAL
from triage_app.core.jobs import CancelToken
from triage_app.core.officer import OFFICER_ENV, Officer, load_officer
from triage_app.operations.cases import open_case


def add_officer_option(parser: argparse.ArgumentParser) -> None:
    """``--officer ID`` for commands that act as an officer (default: env, then unassigned)."""
    parser.add_argument("--officer", metavar="ID",
                        help=f"officer profile to act as (default: ${OFFICER_ENV}, "
                             "else the 'unassigned' profile, recorded as such)")


def officer_of(args: argparse.Namespace) -> Officer:
    return load_officer(getattr(args, "officer", None))


def case_of(args: argparse.Namespace, *, create: bool = True, evidence: str | None = None,
            case_dir: str | None = None) -> Case:
    """The case the command names (``--case``), opened as the command's officer; passphrases
    are asked on the terminal."""
    return open_case(case_dir or args.case, officer_of(args), mediator=TERMINAL, create=create,
                     evidence=evidence)


@contextmanager
def interrupts_cancel(cancel: CancelToken) -> Iterator[None]:
    """Ctrl-C or SIGTERM cancel the job cleanly (a second Ctrl-C stops at once)."""
    def handler(signum, frame):
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
