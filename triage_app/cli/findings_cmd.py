"""``triage-app findings list|confirm|dismiss|reveal|request-specialist``: review a case's
findings (human in the loop). Decisions and reveals are recorded in the custody ledger."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from triage_app.cli.mediator import TERMINAL
from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, officer_of
from triage_app.crypto.explain import URGENT_ADVICE
from triage_app.errors import NotAuthorised
from triage_app.operations.review import (
    STATUSES,
    FindingView,
    decide,
    list_findings,
    request_specialist,
    reveal_secret,
)

EPILOG = """\
Secrets (private keys, seed phrases) are listed redacted. `reveal` re-reads one from the
original source and prints it only for an officer holding a valid L3 endorsement, with a
reason; it is recorded as finding.secret-revealed. Below L3 it is refused (exit 4): use
`request-specialist`, which records the request in the custody ledger."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "findings", help="list a case's findings; confirm, dismiss, reveal (L3)",
        description="Review the findings of a case: each is confirmed or dismissed by an "
                    "officer, and every decision is written to the custody ledger.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="findings_command", metavar="ACTION", required=True,
                                parser_class=type(parser))
    lst = sub.add_parser("list", help="list the findings (secrets redacted)")
    lst.add_argument("case_dir", metavar="CASEDIR", type=Path)
    lst.add_argument("--kind", help="only this kind (a trailing * matches a prefix, "
                                    "e.g. 'crypto-*')")
    lst.add_argument("--status", choices=STATUSES)
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(run=run_list)
    for name, verb in (("confirm", "confirm"), ("dismiss", "dismiss")):
        p = sub.add_parser(name, help=f"{verb} a finding (recorded in the custody ledger)")
        p.add_argument("case_dir", metavar="CASEDIR", type=Path)
        p.add_argument("finding_id", metavar="ID", type=int)
        p.add_argument("--reason", help="why (kept with the custody entry)")
        add_officer_option(p)
        p.set_defaults(run=run_decide, decision=verb)
    rev = sub.add_parser("reveal", help="show a secret in clear (L3 only, reason required)")
    rev.add_argument("case_dir", metavar="CASEDIR", type=Path)
    rev.add_argument("finding_id", metavar="ID", type=int)
    rev.add_argument("--reason", required=True, help="why it must be seen (custody record)")
    add_officer_option(rev)
    rev.set_defaults(run=run_reveal)
    req = sub.add_parser("request-specialist",
                         help="ask a specialist to act on a finding (recorded)")
    req.add_argument("case_dir", metavar="CASEDIR", type=Path)
    req.add_argument("finding_id", metavar="ID", type=int)
    req.add_argument("--note", help="what is needed and why")
    add_officer_option(req)
    req.set_defaults(run=run_request)


def _line(view: FindingView) -> str:
    where = view.path or "-"
    if view.offset is not None:
        where += f" @ {view.offset}" + (f" ({view.encoding})" if view.encoding else "")
    if view.count > 1:
        where += f", {view.count} times"
    status = view.status.upper() + (f" by {view.decided_by}" if view.decided_by else "")
    urgent = f"       URGENT: {URGENT_ADVICE}\n" if view.urgent else ""
    return (f"#{view.id:<5} {status:<12} {view.confidence:<6} {view.analyzer}/{view.kind}\n"
            f"{urgent}       {view.summary}\n       found: {view.method}\n       file: {where}")


def run_list(args: argparse.Namespace) -> int:
    views = list_findings(args.case_dir, kind=args.kind, status=args.status)
    if args.json:
        print_json([v.to_dict() for v in views])
        return 0
    if not views:
        print("no findings" + (" match" if args.kind or args.status else ""))
    for view in views:
        print(_line(view))
    return 0


def run_decide(args: argparse.Namespace) -> int:
    officer = officer_of(args)
    view = decide(args.case_dir, args.finding_id, args.decision, officer, reason=args.reason,
                  mediator=TERMINAL)
    print(f"finding {view.id} {view.status} by {officer.id}; recorded in the custody ledger")
    return 0


def run_reveal(args: argparse.Namespace) -> int:
    try:
        revealed = reveal_secret(args.case_dir, args.finding_id, officer_of(args), args.reason,
                                 mediator=TERMINAL)
    except NotAuthorised as exc:
        raise NotAuthorised(f"{exc} (triage-app findings request-specialist {args.case_dir} "
                            f"{args.finding_id})", action=exc.action, needs=exc.needs) from None
    print(f"finding {revealed.finding.id} ({revealed.finding.kind}) in {revealed.finding.path}:"
          f" recorded as custody entry {revealed.custody_seq}", file=sys.stderr)
    print(revealed.text)
    return 0


def run_request(args: argparse.Namespace) -> int:
    seq = request_specialist(args.case_dir, args.finding_id, officer_of(args), note=args.note,
                             mediator=TERMINAL)
    print(f"specialist requested for finding {args.finding_id}; custody entry {seq}")
    return 0
