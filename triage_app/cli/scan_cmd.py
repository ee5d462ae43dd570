"""``triage-app scan SOURCE --case CASEDIR [--jsonl]``: list, hash and analyse a source."""

from __future__ import annotations

import argparse
import signal
import sys
from contextlib import contextmanager

from triage_app.cli import EXIT_NOTHING_LISTABLE
from triage_app.cli.output import StderrProgress, emit_json, human_bytes
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.cli.officer_cmd import add_officer_option
from triage_app.core.officer import interactive_passphrase, load_officer
from triage_app.engine.process import FileResult
from triage_app.engine.scan import build_analyzers, scan_source
from triage_app.errors import UnsupportedSourceError
from triage_app.evidence.source import open_source


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scan", help="scan a folder, disk image or device into a case",
                       description="Read every file of the source once (read-only): hashes, file "
                                   "type, known-file matches and other findings go into the case "
                                   "(created if missing); every step is written to the custody "
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


@contextmanager
def interrupts_cancel(cancel: CancelToken):
    """Ctrl-C or SIGTERM cancel the job cleanly (a second Ctrl-C stops at once)."""
    def handler(signum, frame):
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()

    previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h)


def run(args: argparse.Namespace) -> int:
    analyzers = build_analyzers(args.analyzers.split(",") if args.analyzers else None)
    officer = load_officer(args.officer)
    cancel = CancelToken()
    progress = StderrProgress()

    def on_result(result: FileResult) -> None:
        if args.hide_known and any(m["kind"] == "known" for m in result.known):
            return
        if args.jsonl:
            emit_json(result.to_record())
        elif any(f.kind.startswith("knownfile.notable") for f in result.findings):
            print(f"NOTABLE  {result.entry.path}", flush=True)

    with open_source(args.source) as source, Case.open(args.case, officer=officer,
                                                      passphrase=interactive_passphrase(),
                                                      evidence=source) as case:
        if args.jsonl and source.listable:
            for volume in source.volumes:
                emit_json({"record": "volume", **volume.to_dict()})
        with interrupts_cancel(cancel):
            try:
                summary = scan_source(case, source, exhibit=args.exhibit, analyzers=analyzers,
                                      progress=progress, cancel=cancel, on_result=on_result)
            except UnsupportedSourceError as exc:
                progress.done()
                if args.jsonl:
                    for volume in source.volumes:
                        emit_json({"record": "volume", **volume.to_dict()})
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_NOTHING_LISTABLE
    progress.done()
    if args.jsonl:
        emit_json(summary.to_record())
    else:
        _print_summary(summary)
    return 0


def _print_summary(summary) -> None:
    print(f"Scan {summary.scan_id} of {summary.source}: {summary.status}"
          + (" (resumed)" if summary.resumed else ""))
    print(f"  {summary.files} files, {summary.dirs} folders, {summary.others} other entries; "
          f"{human_bytes(summary.bytes_read)} read in {summary.elapsed:.1f} s")
    print(f"  {summary.findings} findings, {summary.notable} notable and {summary.known} known "
          f"files, {summary.errors} entries with errors")
    for volume in summary.volumes:
        if volume["status"] != "ok":
            print(f"  {volume['label'] or 'volume'}: {volume['description']} — "
                  f"{volume['status']}: {volume['message']}")
