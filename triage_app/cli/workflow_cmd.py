"""``triage-app workflow check|decide|done|deviate|next|request-specialist``: the scene workflow
from the rules."""

from __future__ import annotations

import argparse

from triage_app.cli import EXIT_FAILURE
from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, case_of
from triage_app.operations.authority import request_specialist
from triage_app.operations.workflow import carry_out, decide, deviate, open_items
from triage_app.workflow import rules as workflow_rules


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("workflow", help="what to do at each device, from the workflow rules",
                       description="The scene workflow is data (an agency's rules file replaces "
                                   "the shipped one with --rules FILE or "
                                   f"${workflow_rules.RULES_ENV}).")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    check = verbs.add_parser("check", help="name each problem of a rules file with its line")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(run=run_check)
    decide_p = _exhibit_verb(verbs, "decide", "apply the rules to a device's facts and your "
                                              "level, and record the answer")
    decide_p.add_argument("--json", action="store_true", help="print JSON")
    decide_p.set_defaults(run=run_decide)
    done = _exhibit_verb(verbs, "done", "record that you carried out the instruction")
    done.add_argument("--reason", metavar="TEXT")
    done.set_defaults(run=run_done)
    dev = _exhibit_verb(verbs, "deviate", "record doing something else (L2, with a reason)")
    dev.add_argument("--reason", required=True, metavar="TEXT")
    dev.add_argument("--action", required=True, metavar="TEXT", help="what was done instead")
    dev.set_defaults(run=run_deviate)
    nxt = verbs.add_parser("next", help="what is still open in the case")
    nxt.add_argument("case", metavar="CASEDIR")
    nxt.add_argument("--json", action="store_true", help="print JSON")
    add_officer_option(nxt)
    nxt.set_defaults(run=run_next)
    ask = verbs.add_parser("request-specialist",
                           help="ask a specialist to do what your level does not allow")
    ask.add_argument("case", metavar="CASEDIR")
    ask.add_argument("--action", required=True, choices=workflow_rules.APP_ACTIONS,
                     metavar="ACTION", help="the refused action, e.g. scan, collect, image")
    ask.add_argument("--exhibit", metavar="REF")
    ask.add_argument("--note", metavar="TEXT", help="a note for the specialist")
    add_officer_option(ask)
    ask.set_defaults(run=run_request_specialist)


def _exhibit_verb(verbs: argparse._SubParsersAction, name: str,
                  help_text: str) -> argparse.ArgumentParser:
    p = verbs.add_parser(name, help=help_text)
    p.add_argument("case", metavar="CASEDIR")
    p.add_argument("--exhibit", required=True, metavar="REF")
    add_officer_option(p)
    return p


def run_check(args: argparse.Namespace) -> int:
    problems = workflow_rules.check(args.file)
    for problem in problems:
        print(f"{args.file}: {problem}")
    if problems:
        return EXIT_FAILURE
    rules = workflow_rules.load(args.file)
    print(f"{args.file}: rules {rules.name!r} version {rules.version} hold "
          f"(SHA-256 {rules.sha256})")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        decided = decide(case, args.exhibit)
    if args.json:
        print_json(decided.to_dict())
        return 0
    d = decided.decision
    print(f"{args.exhibit}: {d.outcome or 'facts needed: ' + ', '.join(d.missing_facts)}")
    print(f"  {d.text}")
    return 0


def run_done(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = carry_out(case, args.exhibit, reason=args.reason)
    print(f"{args.exhibit}: {entry.details['outcome']} carried out (entry {entry.seq})")
    return 0


def run_deviate(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = deviate(case, args.exhibit, reason=args.reason, action=args.action)
    print(f"{args.exhibit}: deviation recorded (entry {entry.seq}); it awaits a supervisor's "
          "review")
    return 0


def run_next(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        items = open_items(case)
    if args.json:
        print_json([i.to_dict() for i in items])
        return 0
    for item in items:
        print(f"{item.kind:<8} {item.ref:<18} needs {item.needs}: {item.text}")
    return 0


def run_request_specialist(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = request_specialist(case, args.action, exhibit=args.exhibit, note=args.note)
    print(f"specialist requested for {args.action}"
          + (f" on {args.exhibit}" if args.exhibit else "") + f"; custody entry {entry.seq}")
    return 0
