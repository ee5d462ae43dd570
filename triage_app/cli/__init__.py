"""The ``triage-app`` command line: ``main(argv) -> int``.

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Expected errors (:class:`TriageError`) print one line and exit non-zero; Ctrl-C exits 130;
a closed stdout pipe exits quietly; an action the officer may not do exits 4. (Without
arguments, ``triage-app`` opens the window: see ``triage_app.__main__``.)
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from triage_app import __version__, config
from triage_app.cli.output import GuardedOutput
from triage_app.errors import Cancelled, InputError, NotAuthorised, StorageError, TriageError

# Commands in the order --help lists them: (name, module under triage_app.cli, summary).
# A command's module is imported only when that command runs or shows its own help, so a
# quick command starts without loading the others (tests keep the summaries equal to the
# modules' own).
COMMANDS = (
    ("case", "case_cmd", "make a case and record its legal authority"),
    ("device", "device_cmd", "register the devices found at the scene as exhibits"),
    ("workflow", "workflow_cmd", "what to do at each device, from the workflow rules"),
    ("review", "review_cmd",
     "deviations, refusals and specialist requests awaiting a supervisor's sign-off"),
    ("label", "label_cmd", "print an exhibit label (62 mm roll or A4)"),
    ("hash", "hash_cmd", "hash files, folders (recursively), disk images or devices"),
    ("scan", "scan_cmd", "scan a folder, disk image or device into a case"),
    ("collect", "collect_cmd", "copy selected files of a source into the case, verified"),
    ("image", "image_cmd", "image a device, partition or image file into the case, verified"),
    ("scene", "scene_cmd", "scene documentation photos of a case"),
    ("package", "package_cmd", "export, verify and import triage packages (BagIt)"),
    ("hashset", "hashset_cmd", "import and list known-file hash sets"),
    ("self-test", "selftest_cmd", "check that the app's libraries and resources work"),
    ("officer", "officer_cmd", "officer profiles and competency endorsements"),
    ("custody", "custody_cmd",
     "verify, show, export or seal a case's chain-of-custody ledger"),
    ("check-address", "check_address_cmd",
     "identify and validate crypto-currency addresses, keys, seeds"),
    ("findings", "findings_cmd", "list a case's findings; confirm, dismiss, reveal (L3)"),
    ("watchlist", "watchlist_cmd",
     "import and list crypto-address watch lists (OFAC SDN, agency lists)"),
    ("exif", "exif_cmd", "camera, serial, capture time, GPS position and place of photos"),
    ("update", "update_cmd", "make or apply a signed offline update"),
    ("scenario", "scenario_cmd",
     "training scenarios: list, show, check, build; score, debrief, inject"),
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``command`` alone; ``""``: every command listed by name, for the help;
    None: every command with its options."""
    parser = _Parser(prog="triage-app",
                     description="Field Triage: read-only evidence triage for first responders.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    parser.add_argument("--rules", metavar="FILE",
                        help="the agency's workflow rules file (default: "
                             f"${config.RULES_ENV}, else the shipped rules)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module, summary in COMMANDS:
        if command is None or name == command:
            importlib.import_module(f"triage_app.cli.{module}").add_parser(sub)
        elif not command:  # a command's own parser needs no others (argparse makes each slowly)
            sub.add_parser(name, help=summary)
    return parser


def _command(argv: list[str]) -> str | None:
    """The command word of ``argv`` (the first argument that is not a global option)."""
    names = {name for name, _, _ in COMMANDS}
    args = iter(argv)
    for arg in args:
        if arg == "--rules":  # the one global option with a value
            next(args, None)
        elif not arg.startswith("-"):
            return arg if arg in names else None
    return None


def main(argv: Sequence[str] | None = None, *,
         face_checks: tuple[tuple[str, Callable[[], str]], ...] = ()) -> int:
    """``face_checks``: the window's own self-test checks, handed in by the entry point."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_command(argv) or "")
    try:
        args = parser.parse_args(argv)
    except InputError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    args.face_checks = face_checks
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.verbose or "logging" in sys.modules:
        # A command none of whose modules logs (check-address) starts without logging.
        import logging

        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")
    stdout, sys.stdout = sys.stdout, GuardedOutput(sys.stdout)
    if args.rules:  # the rules module is imported only where the rules are read
        from triage_app.workflow import rules as workflow_rules

        workflow_rules.select(args.rules)
    try:
        code = int(args.run(args) or EXIT_OK)
        sys.stdout.flush()
        return code
    except Cancelled as exc:
        print(f"interrupted: {exc.outcome}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        print(f"interrupted: {Cancelled().outcome}", file=sys.stderr)
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
        if args.rules:
            workflow_rules.select(None)  # the choice was for this command only


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
