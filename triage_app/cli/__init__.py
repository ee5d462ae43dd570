"""The ``triage-app`` command line: ``main(argv) -> int``.

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Expected errors (:class:`TriageError`) print one line and exit non-zero; Ctrl-C exits 130;
a closed stdout pipe exits quietly; an action the officer may not do exits 4. (Without
arguments, ``triage-app`` opens the window: see ``triage_app.__main__``.)
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from triage_app import __version__
from triage_app.cli.output import GuardedOutput
from triage_app.errors import Cancelled, InputError, NotAuthorised, StorageError, TriageError

# Command modules under triage_app.cli, in the order --help lists them.
COMMAND_MODULES = (
    "hash_cmd",
    "scan_cmd",
    "collect_cmd",
    "image_cmd",
    "scene_cmd",
    "package_cmd",
    "hashset_cmd",
    "selftest_cmd",
    "officer_cmd",
    "custody_cmd",
    "check_address_cmd",
    "findings_cmd",
    "watchlist_cmd",
    "exif_cmd",
    "update_cmd",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NOTHING_LISTABLE = 3
EXIT_NOT_ALLOWED = 4
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() owns every exit code."""

    def error(self, message: str) -> NoReturn:
        raise InputError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="triage-app",
                     description="Field Triage: read-only evidence triage for first responders.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"triage_app.cli.{name}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None, *,
         face_checks: tuple[tuple[str, Callable[[], str]], ...] = ()) -> int:
    """``face_checks``: the window's own self-test checks, handed in by the entry point."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    args.face_checks = face_checks
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        build_parser().print_help()
        return EXIT_USAGE
    stdout, sys.stdout = sys.stdout, GuardedOutput(sys.stdout)
    try:
        code = int(args.run(args) or EXIT_OK)
        sys.stdout.flush()
        return code
    except Cancelled:
        print("interrupted: the operation was cancelled; finished work is kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print("interrupted: the operation was cancelled; finished work is kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); silence the flush at exit too.
        _discard_output(stdout)
        return EXIT_FAILURE
    except NotAuthorised as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except TriageError as exc:
        if isinstance(exc, StorageError) and _output_failed(stdout):
            _discard_output(stdout)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        sys.stdout = stdout


def _output_failed(stdout) -> bool:
    try:
        stdout.flush()
    except OSError:
        return True
    return False


def _discard_output(stdout) -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        fd = stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
