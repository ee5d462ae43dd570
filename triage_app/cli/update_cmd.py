"""``triage-app update``: signed offline updates (hash sets, watch lists, workflow rules,
scenario packs) made by the agency and applied on the laptop. Format: docs/updates.md."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option
from triage_app.core.officer import load_officer
from triage_app.errors import InputError
from triage_app.updates.bundle import load_private_key, make_bundle
from triage_app.updates.installed import apply_bundle, installed_updates
from triage_app.updates.trust import add_trusted_key, trusted_keys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("update", help="make or apply a signed offline update",
                       description="An agency makes a signed update bundle from a folder "
                                   "(update.json plus hashsets/, watchlists/, workflow/, "
                                   "scenarios/); a laptop applies it after checking the "
                                   "signature against the agency keys it trusts.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True,
                             parser_class=type(p))
    make = verbs.add_parser("make", help="sign a folder into an update bundle")
    make.add_argument("folder", type=Path, metavar="DIR")
    make.add_argument("--key", type=Path, required=True,
                      help="the agency's Ed25519 private key, PEM (openssl genpkey -algorithm ed25519)")
    make.add_argument("--out", type=Path, required=True, metavar="BUNDLE")
    make.set_defaults(run=_make)
    apply = verbs.add_parser("apply", help="check and install an update bundle")
    apply.add_argument("bundle", type=Path, metavar="BUNDLE")
    apply.set_defaults(run=_apply)
    trust = verbs.add_parser("trust", help="trust an agency's update key (L3 or supervisor)")
    trust.add_argument("public_key", type=Path, metavar="PUBKEY",
                       help="Ed25519 public key, PEM (openssl pkey -in KEY -pubout)")
    add_officer_option(trust)
    trust.set_defaults(run=_trust)
    listing = verbs.add_parser("list", help="installed updates and trusted keys")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list)


def _make(args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        raise InputError(f"{args.folder} is not a folder")
    manifest = make_bundle(args.folder, load_private_key(args.key), args.out)
    print(f"{args.out}: {manifest.name} {manifest.version}, {len(manifest.files)} files "
          f"({', '.join(manifest.contents)}), signed")
    return 0


def _apply(args: argparse.Namespace) -> int:
    installed = apply_bundle(args.bundle)
    print(f"installed {installed.name} {installed.version} ({', '.join(installed.contents)}; "
          f"{installed.files} files), signed by key {installed.signer[:16]}…")
    return 0


def _trust(args: argparse.Namespace) -> int:
    fingerprint = add_trusted_key(args.public_key, load_officer(args.officer))
    print(f"updates signed by key {fingerprint} are now trusted")
    return 0


def _list(args: argparse.Namespace) -> int:
    installed = installed_updates()
    keys = {fp: origin for fp, (_, origin) in trusted_keys().items()}
    if args.json:
        print_json({"installed": [asdict(item) for item in installed.values()],
                    "trusted_keys": [{"sha256": fp, "origin": o} for fp, o in keys.items()]})
        return 0
    for item in installed.values():
        print(f"{item.name} {item.version}  installed {item.installed_at}  "
              f"({', '.join(item.contents)})  key {item.signer[:16]}…")
    if not installed:
        print("no updates installed")
    for fingerprint, origin in keys.items():
        print(f"trusted key {fingerprint} ({origin})")
    return 0
