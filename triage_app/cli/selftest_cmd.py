"""``triage-app self-test``: are libmagic, TSK, libewf and the resources working here?"""

from __future__ import annotations

import argparse

from triage_app.cli.output import print_json
from triage_app.operations.selftest import run_self_test


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check that the app's libraries and resources work",
                       description="Exit 0 when every check passes.")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    checks = run_self_test()
    if args.json:
        print_json([c.to_dict() for c in checks])
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'}  {c.name}: {c.detail}")
    return 0 if all(c.ok for c in checks) else 1
