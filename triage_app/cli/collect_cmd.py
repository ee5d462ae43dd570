"""``triage-app collect SOURCE --case CASEDIR [--select GLOB]... [--exhibit REF]``: a verified
logical copy of selected files into the case."""

from __future__ import annotations

import argparse
import sys

from triage_app.cli.output import StderrProgress, emit_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel
from triage_app.core.jobs import CancelToken
from triage_app.core.units import human_size
from triage_app.operations.collect import collect
from triage_app.preserve.collect import CollectedFile


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "collect", help="copy selected files of a source into the case, verified",
        description="Copy files from a folder, disk image or device (read-only) into "
                    "CASEDIR/evidence/<exhibit>/logical/<original path>: hashed on read, written, "
                    "read back and compared before the copy is kept. Original paths and times "
                    "are kept in the case. Default: every allocated regular file (NTFS alternate "
                    "data streams stored as name__ADS__stream), not file-system metadata.",
        epilog="--select: a pattern without '/' matches a name anywhere ('*.jpg', 'Documents'); "
               "with '/' it matches from the source root ('/Users/*/Documents/**'); '*' stays "
               "within a name, '**' spans folders; case-insensitive; a matching folder takes "
               "everything below it. Without --exhibit the exhibit is the one the source was "
               "scanned under, else UNREF/<source name>.")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("--case", required=True, metavar="CASEDIR", help="case folder")
    p.add_argument("--select", action="append", default=[], metavar="GLOB",
                   help="take only matching files (repeatable)")
    p.add_argument("--exhibit", metavar="REF", help="exhibit reference, e.g. ABC/1")
    p.add_argument("--include-deleted", action="store_true",
                   help="also take deleted files whose content is still there (flagged)")
    add_officer_option(p)
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    cancel = CancelToken()
    progress = StderrProgress()

    def on_file(item: CollectedFile) -> None:
        if args.jsonl:
            emit_json(item.to_record())

    def on_error(path: str, message: str) -> None:
        if args.jsonl:
            emit_json({"record": "error", "path": path, "error": message})
        else:
            print(f"warning: {message}", file=sys.stderr)

    with case_of(args, evidence=args.source) as case, interrupts_cancel(cancel):
        try:
            summary = collect(case, args.source, exhibit=args.exhibit, select=args.select,
                              include_deleted=args.include_deleted, progress=progress,
                              cancel=cancel, on_file=on_file, on_error=on_error)
        finally:
            progress.done()
    if args.jsonl:
        emit_json(summary.to_record())
        return 0
    print(f"Collected {summary.files} files ({human_size(summary.bytes)}) from {summary.source} "
          f"into evidence/{summary.exhibit_dir}/logical (exhibit {summary.exhibit}), each "
          f"verified after writing")
    extras = [f"{summary.skipped} already collected" if summary.skipped else "",
              f"{summary.deleted} deleted" if summary.deleted else "",
              f"{summary.renamed} stored under a safe name" if summary.renamed else "",
              f"{summary.unreadable} unreadable" if summary.unreadable else ""]
    if any(extras):
        print("  " + ", ".join(e for e in extras if e))
    print(f"  manifest SHA-256 {summary.manifest_sha256}")
    return 0
