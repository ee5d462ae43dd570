"""``python -m triage_app``: the GUI without arguments, otherwise the command line."""

import sys


def main() -> int:
    import multiprocessing

    # The photo parsers run in worker processes; a frozen app must let them start.
    multiprocessing.freeze_support()
    from triage_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
