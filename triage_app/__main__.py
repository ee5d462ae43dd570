"""``python -m triage_app``: the GUI without arguments, otherwise the command line."""

import sys


def main() -> int:
    from triage_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
