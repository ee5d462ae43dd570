"""``triage-app hash SOURCE... [--json]``: MD5, SHA-1 and SHA-256 of files, images and devices."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from triage_app.cli.output import StderrProgress, print_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel
from triage_app.core.jobs import CancelToken
from triage_app.engine.hash_job import HashResult
from triage_app.operations.hashing import hash_evidence


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hash", help="hash files, folders (recursively), disk images or devices",
                       description="MD5, SHA-1 and SHA-256 in one read. An E01 image is hashed as "
                                   "the media it holds and checked against the hash stored in "
                                   "it; a split raw image (.001, .002 …) as one media.")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--case", metavar="CASEDIR",
                   help="also record the hashes in this case's custody ledger")
    add_officer_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    progress = StderrProgress()
    cancel = CancelToken()
    results = []
    failed = False

    def on_result(result: HashResult) -> None:
        nonlocal failed
        failed |= bool(result.error) or result.verification == "MISMATCH"
        if result.error:
            print(f"error: {result.error}", file=sys.stderr)
        if result.note:
            print(f"note: {result.path}: {result.note}", file=sys.stderr)
        if args.json:
            results.append(result.to_dict())
            return
        if result.error:
            return
        print(f"{result.md5}  {result.sha1}  {result.sha256}  {result.path}")
        if result.verification:
            print(f"  {result.path}: {result.container} media hash {result.verification} against "
                  f"the hash stored at acquisition", file=sys.stderr)

    with (case_of(args) if args.case else nullcontext()) as case, interrupts_cancel(cancel):
        try:
            hash_evidence(args.sources, case=case, progress=progress, cancel=cancel,
                          on_result=on_result)
        finally:
            progress.done()
    if args.json:
        print_json(results)
    return 1 if failed else 0
