"""``triage-app`` and ``python -m triage_app``: the window without arguments, otherwise the
command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # The photo parsers run in worker processes; a frozen app must let them start (a
        # source install needs nothing here, and quick commands skip the import).
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from triage_app.gui.app import run_gui

        return run_gui()
    from triage_app.cli import main as cli_main

    if args[0] == "self-test":
        # The window is part of what the self-test proves; only this entry point knows both
        # faces, so it hands the GUI's check to the command line.
        from triage_app.gui.selfcheck import open_main_window_offscreen

        return cli_main(args, face_checks=(("GUI main window", open_main_window_offscreen),))
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
