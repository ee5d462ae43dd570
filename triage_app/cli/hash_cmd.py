"""``triage-app hash SOURCE... [--json]``: MD5, SHA-1 and SHA-256 of files, images and devices."""

from __future__ import annotations

import argparse
import sys

from triage_app.cli.officer_cmd import add_officer_option
from triage_app.cli.output import StderrProgress, print_json
from triage_app.case.case import Case
from triage_app.engine.hash_job import hash_sources
from triage_app.core.officer import interactive_passphrase, load_officer


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
    results = []
    recorded = []
    failed = False
    for result in hash_sources(args.sources, progress=progress):
        recorded.append(result)
        failed |= bool(result.error) or result.verification == "MISMATCH"
        if result.error:
            print(f"error: {result.error}", file=sys.stderr)
        if args.json:
            results.append(result.to_dict())
            continue
        if result.error:
            continue
        print(f"{result.md5}  {result.sha1}  {result.sha256}  {result.path}")
        if result.verification:
            print(f"  {result.path}: {result.container} media hash {result.verification} against "
                  f"the hash stored at acquisition", file=sys.stderr)
    progress.done()
    if args.case:
        _record(args, recorded)
    if args.json:
        print_json(results)
    return 1 if failed else 0


def _record(args: argparse.Namespace, results: list) -> None:
    with Case.open(args.case, officer=load_officer(args.officer),
                   passphrase=interactive_passphrase()) as case:
        case.record("hash.computed", inputs=[r.to_dict() for r in results])
        case.checkpoint("hashes recorded")
