"""``triage-app custody verify|show|export|seal|clock-check``: the case's custody ledger."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from triage_app import TOOL_NAME, __version__
from triage_app.case.case import store_binding
from triage_app.case.store import DB_NAME, CaseStore
from triage_app.cli.mediator import TERMINAL
from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option
from triage_app.core.officer import load_officer
from triage_app.custody.clock import clock_offset
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.report import (
    describe_files,
    export_csv,
    export_json,
    export_pdf,
    load_record,
    verdict_text,
)
from triage_app.custody.trust import TrustedKeys, default_trust, trusted_folder
from triage_app.custody.verify import CaseBinding, verify_ledger
from triage_app.errors import InputError, StorageError
from triage_app.operations.mediator import passphrase_source

EXIT_BROKEN = 1


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("custody", help="verify, show, export or seal a case's "
                                                   "chain-of-custody ledger")
    sub = parser.add_subparsers(dest="custody_command", metavar="ACTION", required=True,
                                parser_class=type(parser))
    verify = sub.add_parser("verify", help="check the hash chain and the signed heads "
                                           "(exit 0 only when they hold)")
    verify.add_argument("case_dir", metavar="CASEDIR", type=Path)
    verify.add_argument("--json", action="store_true", help="print the verdict as JSON")
    verify.add_argument("--trusted-keys", metavar="DIR", type=Path,
                        help="folder of trusted officers' key cards (*.officer.json); other "
                             "signers fail (default: this machine's officer profiles and the "
                             "lab's trusted-keys folder)")
    show = sub.add_parser("show", help="print the ledger as a readable log")
    show.add_argument("case_dir", metavar="CASEDIR", type=Path)
    export = sub.add_parser("export", help="custody report to print and sign, or for tools")
    export.add_argument("case_dir", metavar="CASEDIR", type=Path)
    export.add_argument("--format", choices=("csv", "json", "pdf"), required=True)
    export.add_argument("--out", metavar="FILE", type=Path,
                        help="output file (default: stdout for csv/json; for pdf "
                             "custody-<case>-<UTC time>.pdf in the current folder)")
    seal = sub.add_parser("seal", help="record a checkpoint and sign the ledger head")
    seal.add_argument("case_dir", metavar="CASEDIR", type=Path)
    seal.add_argument("--reason", default="sealed on demand")
    add_officer_option(seal)
    clock = sub.add_parser("clock-check", help="record the app clock against a reference the "
                                               "officer trusts (radio, phone, watch)",
                           description="Times in the ledger are never adjusted; the offset is "
                                       "recorded and carried by every later entry.")
    clock.add_argument("case_dir", metavar="CASEDIR", type=Path)
    clock.add_argument("--reference", required=True, metavar="TEXT",
                       help="what the time was read from, e.g. 'force radio'")
    given = clock.add_mutually_exclusive_group(required=True)
    given.add_argument("--reference-time", metavar="ISO",
                       help="the reference's time now, e.g. 2026-11-22T06:01:30+00:00")
    given.add_argument("--offset", type=float, metavar="SECONDS",
                       help="reference minus app clock, in seconds")
    add_officer_option(clock)
    for command in (verify, show, export, seal, clock):
        command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return {"verify": _verify, "show": _show, "export": _export, "seal": _seal,
            "clock-check": _clock_check}[args.custody_command](args)


def trust_from(folder: Path | None) -> TrustedKeys:
    """The keys a verify believes: the folder given, else the machine's default."""
    return trusted_folder(folder) if folder is not None else default_trust()


def _binding(case_dir: Path) -> CaseBinding | None:
    """What the case store recorded of the ledger, when the folder is a case with a store."""
    if not (case_dir / DB_NAME).is_file():
        return None
    store = CaseStore(case_dir, read_only=True)
    try:
        return store_binding(store)
    finally:
        store.close()


def _verify(args: argparse.Namespace) -> int:
    report = verify_ledger(args.case_dir, trust=trust_from(args.trusted_keys),
                           binding=_binding(args.case_dir))
    if args.json:
        print_json(report.to_dict())
    else:
        print(verdict_text(report))
        print(f"head: seq {report.head_seq or 0} sha256 {report.head_sha256 or '-'} "
              f"({report.entries} entries)")
        print(f"end of the ledger: {'covered' if report.end_signed else 'NOT covered'} by a "
              f"signature (signed through seq {report.signed_seq or 0})")
        if report.case:
            print(f"case: {report.case['case_ref']} id {report.case['case_id']}, created "
                  f"{report.case['created']} by {report.case['officer']}")
        for signer in report.signers:
            print(f"signer: {signer['key']} {signer['name']} ({signer['officer']}), "
                  f"seq {', '.join(map(str, signer['seqs']))}")
        print(f"trusted keys: {report.trust}")
        for notice in report.notices:
            print(f"notice ({notice.kind}): {notice.message}")
    return 0 if report.ok else EXIT_BROKEN


def _show(args: argparse.Namespace) -> int:
    record = load_record(args.case_dir)
    for line in record.lines:
        e = line.entry
        if e is None:
            print(f"  -  line {line.number}: unreadable ({len(line.raw)} bytes): {line.error}")
            continue
        who = e.officer if not e.endorsement else f"{e.officer} [{e.endorsement}]"
        exhibit = f" {e.exhibit}" if e.exhibit else ""
        print(f"{e.seq:>4}  {e.time[:19]}Z  {who}  {e.action}{exhibit}")
        for label, text in (("reason", e.reason), ("in", describe_files(e.inputs)),
                            ("out", describe_files(e.outputs))):
            if text:
                print(f"        {label}: {text}")
    print(verdict_text(record.verdict))
    return 0 if record.verdict.ok else EXIT_BROKEN


def _export(args: argparse.Namespace) -> int:
    record = load_record(args.case_dir)
    if args.format == "pdf":
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        out = args.out or Path(f"custody-{record.case_dir.resolve().name}-{stamp}.pdf")
        export_pdf(record, out)
        print(f"custody report written to {out} ({verdict_text(record.verdict)})",
              file=sys.stderr)
        return 0
    text = export_json(record) if args.format == "json" else export_csv(record)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise StorageError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    print(f"custody export written to {args.out}", file=sys.stderr)
    return 0


def _seal(args: argparse.Namespace) -> int:
    officer = load_officer(args.officer)
    with CustodyLedger.open(args.case_dir, officer, tool_name=TOOL_NAME, tool_version=__version__,
                            passphrase=passphrase_source(TERMINAL, officer)) as ledger:
        if ledger.torn_tail:
            print(f"notice: {ledger.torn_tail.size} torn bytes at offset "
                  f"{ledger.torn_tail.offset} (an interrupted write) are recorded by this seal",
                  file=sys.stderr)
        signature = ledger.checkpoint(args.reason)
    print(f"sealed: seq {signature['seq']} sha256 {signature['head']}")
    print(f"signed by {signature['officer']} with key {signature['key']}")
    return 0


def _clock_check(args: argparse.Namespace) -> int:
    if args.offset is not None:
        offset = args.offset
    else:
        try:
            reference = datetime.fromisoformat(args.reference_time)
        except ValueError:
            raise InputError(f"--reference-time {args.reference_time!r} is not an ISO time such as "
                             "2026-11-22T06:01:30+00:00") from None
        if reference.tzinfo is None:
            raise InputError("--reference-time needs its UTC offset, e.g. +00:00 or +01:00")
        offset = clock_offset(reference)
    officer = load_officer(args.officer)
    with CustodyLedger.open(args.case_dir, officer, tool_name=TOOL_NAME, tool_version=__version__,
                            passphrase=passphrase_source(TERMINAL, officer)) as ledger:
        entry = ledger.record_clock_check(args.reference, round(offset, 3))
    print(f"recorded at seq {entry.seq}: {args.reference} is {offset:+.1f} s from the app clock")
    return 0
