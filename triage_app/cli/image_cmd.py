"""``triage-app image SOURCE --case CASEDIR [--format raw|e01] [--split SIZE] [--exhibit REF]``."""

from __future__ import annotations

import argparse

from triage_app.cli.output import StderrProgress, emit_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel
from triage_app.core.jobs import CancelToken
from triage_app.core.units import human_size
from triage_app.operations.image import image
from triage_app.preserve.imaging import FORMATS
from triage_app.storage.drives import parse_size


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "image", help="image a device, partition or image file into the case, verified",
        description="Read the whole media once (read-only), hashing it (MD5, SHA-1, SHA-256) as "
                    "it is read, into CASEDIR/evidence/<exhibit>/image/; the written image is "
                    "read back and must hash the same. Unreadable sectors are retried one by "
                    "one, then zero-filled and listed. E01 is written by ewfacquirestream "
                    "(Debian ewf-tools) and decoded again to verify; without it E01 is refused, "
                    "never replaced by raw.",
        epilog="SIZE: 2G, 650M, 4000M (binary units). On a FAT case drive a raw image over "
               "4 GiB is split at 4095M automatically; a larger --split is refused there.")
    p.add_argument("source", metavar="SOURCE", help="device (/dev/sdb), partition (/dev/sdb1) "
                                                     "or image file (raw, split raw, E01)")
    p.add_argument("--case", required=True, metavar="CASEDIR", help="case folder")
    p.add_argument("--format", choices=FORMATS, default="raw", help="raw (default) or e01")
    p.add_argument("--split", metavar="SIZE", help="segment size, e.g. 2G, 650M, 4000M")
    p.add_argument("--exhibit", metavar="REF", help="exhibit reference, e.g. ABC/1")
    add_officer_option(p)
    p.add_argument("--json", action="store_true", help="print the result as one JSON object")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    split = parse_size(args.split) if args.split else None
    cancel = CancelToken()
    progress = StderrProgress()
    with case_of(args, evidence=args.source) as case, interrupts_cancel(cancel):
        try:
            result = image(case, args.source, fmt=args.format, split=split,
                           exhibit=args.exhibit, progress=progress, cancel=cancel)
        finally:
            progress.done()
    if args.json:
        emit_json(result.to_record())
        return 0
    print(f"Imaged {result.source} ({human_size(result.media_size)}) as {result.format.upper()}"
          f" for exhibit {result.exhibit}: verified after writing")
    for path in result.files:
        print(f"  {path}")
    for name in ("md5", "sha1", "sha256"):
        print(f"  {name.upper():7} {result.hashes[name]}")
    if result.split_reason:
        print(f"  {result.split_reason}")
    if result.bad_sector_count:
        print(f"  {result.bad_sector_count} unreadable sectors zero-filled in "
              f"{len(result.bad_sectors)} regions (offset, length): "
              + ", ".join(f"{o}+{n}" for o, n in result.bad_sectors[:10])
              + (" …" if len(result.bad_sectors) > 10 else ""))
    else:
        print("  no unreadable sectors")
    print(f"  written by {result.tool}")
    return 0
