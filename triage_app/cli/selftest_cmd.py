"""``triage-app self-test``: does every bundled library work here, and does the window open?"""

from __future__ import annotations

import argparse

from triage_app.cli.output import print_json
from triage_app.operations.selftest import run_self_test


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check that the app's libraries and resources work",
                       description="Exit 0 when every check passes; a missing optional tool "
                                   "(E01 imaging) is reported, not failed.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    checks = run_self_test(extra=args.face_checks)
    if args.json:
        print_json([c.to_dict() for c in checks])
    else:
        for c in checks:
            mark = "FAIL" if not c.ok else "n/a " if c.unavailable else "ok  "
            print(f"{mark}  {c.name}: {c.detail}")
    return 0 if all(c.ok for c in checks) else 1
