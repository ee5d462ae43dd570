"""``triage-app review list|approve|reject CASEDIR``: a supervisor's sign-off."""

from __future__ import annotations

import argparse

from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, case_of
from triage_app.operations.signoff import pending, sign_off


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="deviations, refusals and specialist requests awaiting "
                                      "a supervisor's sign-off",
                       description="Only a SUPERVISOR approves or rejects, never their own "
                                   "item; anyone else is refused (exit 4) and it is recorded.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    listing = verbs.add_parser("list", help="items awaiting sign-off")
    listing.add_argument("case", metavar="CASEDIR")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_officer_option(listing)
    listing.set_defaults(run=run_list)
    for verb in ("approve", "reject"):
        v = verbs.add_parser(verb, help=f"{verb} an item (its number in review list)")
        v.add_argument("case", metavar="CASEDIR")
        v.add_argument("item", type=int, metavar="ITEM")
        v.add_argument("--reason", required=True, metavar="TEXT")
        add_officer_option(v)
        v.set_defaults(run=run_verdict, approve=verb == "approve")


def run_list(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        items = pending(case)
    if args.json:
        print_json([i.to_dict() for i in items])
        return 0
    for item in items:
        print(f"{item.seq:>5}  {item.action:<22} {item.exhibit or '-':<10} {item.officer}  "
              f"{item.reason or item.details.get('why') or ''}")
    return 0


def run_verdict(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = sign_off(case, args.item, approve=args.approve, reason=args.reason)
    print(f"Item {args.item} {'approved' if args.approve else 'rejected'} (entry {entry.seq})")
    return 0
