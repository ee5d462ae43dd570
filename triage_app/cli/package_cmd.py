"""``triage-app package export|verify|import``: the triage package for the lab."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triage_app.cli.custody_cmd import trust_from
from triage_app.cli.mediator import TERMINAL
from triage_app.cli.output import StderrProgress, print_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel, officer_of
from triage_app.core.jobs import CancelToken
from triage_app.operations import package


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("package", help="export, verify and import triage packages (BagIt)",
                       description="A triage package is a BagIt 1.0 bag with CASE/UCO, DFXML and "
                                   "hashdeep metadata, the custody ledger and a signed tag "
                                   "manifest; stock tools can check it without Field Triage.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    exp = verbs.add_parser("export", help="write the case as a new package folder")
    exp.add_argument("case", metavar="CASEDIR")
    exp.add_argument("--out", required=True, metavar="DIR", help="where to create the package")
    add_officer_option(exp)
    exp.set_defaults(run=_export)
    ver = verbs.add_parser("verify", help="check a package end to end; exit 0 only when all holds")
    ver.add_argument("bag", metavar="BAG")
    ver.add_argument("--json", action="store_true")
    _trusted_keys_option(ver)
    ver.set_defaults(run=_verify)
    imp = verbs.add_parser("import", help="verify, copy into the lab store, record receipt")
    imp.add_argument("bag", metavar="BAG")
    imp.add_argument("--into", required=True, metavar="DIR", help="the lab store folder")
    imp.add_argument("--allow-simulation", action="store_true",
                     help="accept a SIMULATION (training) package; it stays marked")
    imp.add_argument("--json", action="store_true")
    _trusted_keys_option(imp)
    add_officer_option(imp)
    imp.set_defaults(run=_import)


def _trusted_keys_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trusted-keys", metavar="DIR", type=Path,
                        help="folder of the officers' key cards (*.officer.json) the lab trusts "
                             "(default: the lab's trusted-keys folder and this machine's "
                             "officer profiles); a package signed by another key is refused")


def _export(args: argparse.Namespace) -> int:
    cancel = CancelToken()
    progress = StderrProgress()
    with case_of(args) as case, interrupts_cancel(cancel):
        result = package.export(case, args.out, progress=progress, cancel=cancel)
    progress.done()
    print(result.path)
    print(f"{result.files} files, {result.payload_bytes} bytes, mode {result.mode}, custody head "
          f"{result.custody_head} ({result.custody_entries} entries)", file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    report = package.verify(args.bag, trust=trust_from(args.trusted_keys))
    if args.json:
        print_json(report.to_dict())
    else:
        print(f"{'VERIFIED' if report.ok else 'FAILED'}: {report.path}")
        for check in report.checks:
            print(f"  ok       {check}")
        for problem in report.problems:
            print(f"  PROBLEM  [{problem.kind}] {problem.message}")
        if report.mode:
            print(f"  mode {report.mode}, case {report.case_ref}, {report.files} files, "
                  f"custody head {report.custody_head} ({report.custody_entries} entries)")
        print(f"  signer key {report.signer_key or '-'} ({report.signer or 'not trusted'})")
        print(f"  trusted keys: {report.trust}")
    return 0 if report.ok else 1


def _import(args: argparse.Namespace) -> int:
    result = package.receive(args.bag, args.into, officer=officer_of(args), mediator=TERMINAL,
                             allow_simulation=args.allow_simulation,
                             trust=trust_from(args.trusted_keys))
    if args.json:
        print_json(result.to_dict())
        return 0
    s = result.summary
    banner = "  SIMULATION PACKAGE - training material, not evidence\n" if s["mode"] == "SIMULATION" else ""
    print(f"imported into {result.lab_folder} (read-only)\n{banner}"
          f"  case {s['case_reference']}, officer {s['officer']}, {s['files']} files, "
          f"{s['findings']} findings ({s['notable']} notable), {s['custody_entries']} custody entries")
    return 0
