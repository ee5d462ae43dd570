"""``triage-app case new|authority|show``: a case with its reference and legal authority."""

from __future__ import annotations

import argparse

from triage_app.cli.mediator import TERMINAL
from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, case_of, officer_of
from triage_app.errors import InputError
from triage_app.operations.case_state import current_authority
from triage_app.operations.cases import new_case, summary
from triage_app.operations.legal import record_authority
from triage_app.workflow.legal import AUTHORITY_TYPES, LegalAuthority, parse_when


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case", help="make a case and record its legal authority",
                       description="A case is made once, with its reference and the legal "
                                   "authority for the search; scanning, hashing into the case, "
                                   "collecting and imaging are refused (exit 4) without an "
                                   "authority in force.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True,
                             parser_class=type(p))
    new = verbs.add_parser("new", help="make a case folder with its authority")
    new.add_argument("case", metavar="CASEDIR")
    new.add_argument("--ref", required=True, help="the case reference")
    _authority_options(new)
    add_officer_option(new)
    new.set_defaults(run=run_new)
    amend = verbs.add_parser("authority", help="record or amend the legal authority "
                                               "(a new entry; nothing recorded is edited)")
    amend.add_argument("case", metavar="CASEDIR")
    _authority_options(amend)
    amend.add_argument("--reason", help="why the authority is amended")
    add_officer_option(amend)
    amend.set_defaults(run=run_authority)
    show = verbs.add_parser("show", help="the case's reference, mode, authority and exhibits")
    show.add_argument("case", metavar="CASEDIR")
    show.add_argument("--json", action="store_true", help="print JSON")
    add_officer_option(show)
    show.set_defaults(run=run_show)


def _authority_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--authority-type", choices=AUTHORITY_TYPES)
    p.add_argument("--authority-ref", metavar="TEXT", help="warrant number or other reference")
    p.add_argument("--issuer", metavar="TEXT", help="court, magistrate, consenting person, statute")
    p.add_argument("--valid-from", metavar="DATE[THH:MM]")
    p.add_argument("--valid-until", metavar="DATE[THH:MM]")
    p.add_argument("--scope", metavar="TEXT", help="what the authority covers")


def _authority(args: argparse.Namespace, base: LegalAuthority | None) -> LegalAuthority | None:
    given = {"type": args.authority_type, "ref": args.authority_ref, "issuer": args.issuer,
             "scope": args.scope,
             "valid_from": parse_when(args.valid_from) if args.valid_from else None,
             "valid_until": (parse_when(args.valid_until, end_of_day=True)
                             if args.valid_until else None)}
    if base is not None:
        return base.amended(**given)
    if not any(v is not None for v in given.values()):
        return None
    missing = [flag for flag, key in (("--authority-type", "type"),
                                      ("--authority-ref", "ref"), ("--issuer", "issuer"),
                                      ("--valid-until", "valid_until"), ("--scope", "scope"))
               if given[key] is None]
    if missing:
        raise InputError(f"the authority needs {', '.join(missing)}")
    return LegalAuthority(**given)


def run_new(args: argparse.Namespace) -> int:
    authority = _authority(args, None)
    with new_case(args.case, officer_of(args), ref=args.ref, authority=authority,
                  mediator=TERMINAL):
        pass
    print(f"Case {args.ref} made in {args.case}"
          + (f" under {authority.type} {authority.ref}" if authority else
             "; record its legal authority before reading evidence into it"))
    return 0


def run_authority(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        authority = _authority(args, current_authority(case))
        if authority is None:
            raise InputError("give the authority: --authority-type, --authority-ref, "
                             "--issuer, --valid-until and --scope")
        entry = record_authority(case, authority, reason=args.reason)
    print(f"Authority {authority.type} {authority.ref} recorded (entry {entry.seq})")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        info = summary(case)
    if args.json:
        print_json(info.to_dict())
        return 0
    print(f"Case {info.ref} ({info.mode})")
    if info.authority:
        a = info.authority
        print(f"  authority: {a.type} {a.ref} by {a.issuer}, until "
              f"{a.valid_until.isoformat(timespec='minutes')}; scope: {a.scope}")
    if info.authority_problem:
        print(f"  NOT IN FORCE: {info.authority_problem}")
    for exhibit in info.exhibits:
        print(f"  {exhibit['ref']}: {exhibit['description'] or ''}")
    return 0
