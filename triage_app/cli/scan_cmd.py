"""``triage-app scan SOURCE --case CASEDIR [--jsonl]``: list, hash and analyse a source."""

from __future__ import annotations

import argparse
import sys

from triage_app.cli import EXIT_NOTHING_LISTABLE
from triage_app.cli.output import StderrProgress, emit_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel
from triage_app.core.jobs import CancelToken
from triage_app.core.records import VolumeReport
from triage_app.core.units import human_size
from triage_app.crypto.explain import URGENT_ADVICE
from triage_app.engine.process import FileResult
from triage_app.errors import UnsupportedSourceError
from triage_app.operations.scan import scan


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan a folder, disk image or device into a case",
                       description="Read every file of the source once (read-only): hashes, file "
                                   "type, known-file matches and other findings go into the case "
                                   "(made with `case new`, with its legal authority); every step "
                                   "is written to the custody "
                                   "ledger. Scanning the same source again after an interruption "
                                   "resumes it. Exit 3: nothing could be listed (encrypted or "
                                   "unsupported volume, no file system).")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--case", required=True, metavar="CASEDIR", help="case folder")
    p.add_argument("--exhibit", metavar="REF", help="exhibit reference, e.g. ABC/1")
    add_officer_option(p)
    p.add_argument("--analyzers", metavar="NAMES", help="comma-separated analyzers to run")
    p.add_argument("--hide-known", action="store_true",
                   help="leave files matching a known-good hash set out of the listing")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    analyzers = args.analyzers.split(",") if args.analyzers else None
    cancel = CancelToken()
    progress = StderrProgress()

    def on_result(result: FileResult) -> None:
        if args.hide_known and any(m["kind"] == "known" for m in result.known):
            return
        if args.jsonl:
            emit_json(result.to_record())
        elif any(f.kind.startswith("knownfile.notable") for f in result.findings):
            print(f"NOTABLE  {result.entry.path}", flush=True)

    def on_volumes(volumes: list[VolumeReport]) -> None:
        if args.jsonl:
            for volume in volumes:
                emit_json({"record": "volume", **volume.to_dict()})

    with case_of(args, evidence=args.source) as case, interrupts_cancel(cancel):
        try:
            summary = scan(case, args.source, exhibit=args.exhibit, analyzers=analyzers,
                           progress=progress, cancel=cancel, on_result=on_result,
                           on_volumes=on_volumes)
        except UnsupportedSourceError as exc:
            progress.done()
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_NOTHING_LISTABLE
    progress.done()
    if args.jsonl:
        emit_json(summary.to_record())
    else:
        _print_summary(summary, args.case)
    return 0


def _print_summary(summary, case_dir: str) -> None:
    print(f"Scan {summary.scan_id} of {summary.source}: {summary.status}"
          + (" (resumed)" if summary.resumed else ""))
    if summary.urgent:
        print(f"  URGENT: {summary.urgent} private keys, seed phrases or wallet files - "
              f"{URGENT_ADVICE} (triage-app findings list {case_dir} shows them first)")
    print(f"  {summary.files} files, {summary.dirs} folders, {summary.others} other entries; "
          f"{human_size(summary.bytes_read)} read in {summary.elapsed:.1f} s")
    print(f"  {summary.findings} findings, {summary.notable} notable and {summary.known} known "
          f"files, {summary.errors} entries with errors")
    for volume in summary.volumes:
        if volume["status"] != "ok":
            print(f"  {volume['label'] or 'volume'}: {volume['description']} — "
                  f"{volume['status']}: {volume['message']}")
