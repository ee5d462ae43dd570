"""``triage-app officer add|list|show``: officer profiles, endorsements and signing keys."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime

from triage_app.cli.output import print_json
from triage_app.core.officer import (
    Officer,
    list_officers,
    load_officer,
)
from triage_app.custody.keys import env_passphrase, key_fingerprint, public_key
from triage_app.errors import InputError
from triage_app.operations.officers import add_officer


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("officer", help="officer profiles and competency endorsements")
    sub = parser.add_subparsers(dest="officer_command", metavar="ACTION", required=True,
                                parser_class=type(parser))
    add = sub.add_parser("add", help="create an officer profile and signing key")
    add.add_argument("id", metavar="ID", help="officer ID / collar number")
    add.add_argument("--name", required=True)
    add.add_argument("--agency", default="")
    add.add_argument("--endorse", action="append", default=[], metavar="CODE[:YYYY-MM-DD]",
                     help="competency endorsement with optional expiry, e.g. "
                          "L2-removable-media:2027-06-30 (repeatable)")
    add.add_argument("--passphrase", action="store_true",
                     help="protect the signing key with a passphrase "
                          "(from $TRIAGE_KEY_PASSPHRASE, else asked twice)")
    add.set_defaults(run=run)
    listing = sub.add_parser("list", help="list officer profiles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run)
    show = sub.add_parser("show", help="show one profile with its valid endorsements and key")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.officer_command == "add":
        return _add(args)
    if args.officer_command == "list":
        officers = list_officers()
        if args.json:
            print_json([_describe(o) for o in officers])
            return 0
        for officer in officers:
            level = officer.highest_level() or "no valid level"
            print(f"{officer.id}\t{officer.name}\t{officer.agency}\t{level}")
        return 0
    officer = load_officer(args.id)
    if args.json:
        print_json(_describe(officer))
    else:
        _print(officer)
    return 0


def _add(args: argparse.Namespace) -> int:
    made = add_officer(args.id, args.name, agency=args.agency, endorsements=args.endorse,
                       passphrase=_new_passphrase() if args.passphrase else None)
    print(f"officer {made.officer.id} saved to {made.profile}")
    print(f"signing key {made.fingerprint} "
          f"({'passphrase protected' if made.protected else 'no passphrase'})")
    return 0


def _new_passphrase() -> str:
    value = env_passphrase()
    if value:
        return value
    if not sys.stdin.isatty():
        raise InputError("--passphrase needs a terminal or $TRIAGE_KEY_PASSPHRASE")
    first = getpass.getpass("New signing key passphrase: ")
    if not first or first != getpass.getpass("Repeat the passphrase: "):
        raise InputError("the passphrases are empty or differ; nothing was saved")
    return first


def _describe(officer: Officer) -> dict:
    now = datetime.now(UTC)
    key = public_key(officer)
    data = officer.to_dict()
    data["endorsements"] = [dict(e.to_dict(), valid=e.valid_at(now)) for e in officer.endorsements]
    data["highest_level"] = officer.highest_level(now)
    data["key_fingerprint"] = key_fingerprint(key) if key else None
    return data


def _print(officer: Officer) -> None:
    data = _describe(officer)
    print(f"officer      {officer.id}")
    print(f"name         {officer.name}")
    print(f"agency       {officer.agency or '-'}")
    print(f"level        {data['highest_level'] or 'no valid level'}")
    for endorsement in data["endorsements"]:
        expiry = f"until {endorsement['expires']}" if endorsement["expires"] else "no expiry"
        state = "valid" if endorsement["valid"] else "EXPIRED"
        print(f"endorsement  {endorsement['code']} ({expiry}, {state})")
    print(f"signing key  {data['key_fingerprint'] or 'none yet (created on first use)'}")
