"""``triage-app label CASEDIR --exhibit REF --out FILE.pdf``: an exhibit label with the custody
head as text and QR code."""

from __future__ import annotations

import argparse

from triage_app.cli.session import add_officer_option, case_of
from triage_app.operations.label import print_label
from triage_app.reporting.label_pdf import SIZES


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("label", help="print an exhibit label (62 mm roll or A4)",
                       description="The label names the exhibit, its seal, the case, the officer "
                                   "and the time, and carries the SHA-256 of the custody "
                                   "ledger's last line at print time (text and QR code).")
    p.add_argument("case", metavar="CASEDIR")
    p.add_argument("--exhibit", required=True, metavar="REF")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--size", choices=SIZES, default="62mm")
    add_officer_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        label = print_label(case, args.exhibit, args.out, size=args.size)
    print(f"Label for {args.exhibit} written to {label.path} (custody head entry "
          f"{label.head_seq}, {label.head_sha256})")
    return 0
