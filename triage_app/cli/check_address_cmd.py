"""``triage-app check-address TEXT... [--json]``: identify and validate addresses, keys, seeds."""

from __future__ import annotations

import argparse
import sys

from triage_app.cli.output import print_json
from triage_app.crypto.identify import MAX_INPUT_CHARS, CheckResult, check
from triage_app.crypto.watchlists import WatchIndex, load_all

MAX_INPUTS = 10_000

EPILOG = f"""\
Exit status: 0 when every input is valid, 1 when any is not recognised or invalid, 2 on a usage
error. Each input is at most {MAX_INPUT_CHARS} characters; quote a seed phrase as one argument,
or give - to read one input per line from standard input. Private keys and seed phrases are
shown redacted (the JSON "input" field echoes what you typed). Addresses are matched against the
imported watch lists (see `triage-app watchlist`); no match never means "clean"."""


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "check-address", help="identify and validate crypto-currency addresses, keys, seeds",
        description="Identify and validate crypto-currency addresses, private keys, extended "
                    "keys and seed phrases offline, with the exact checksum rules.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", nargs="+", metavar="TEXT",
                        help="an address, key or quoted seed phrase; - reads lines from stdin")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON array, one object per input")
    parser.set_defaults(run=run)


def _inputs(args: argparse.Namespace) -> list[str]:
    texts: list[str] = []
    for text in args.text:
        if text == "-":
            texts.extend(line.rstrip("\r\n") for line in sys.stdin if line.strip())
        else:
            texts.append(text)
    return texts[:MAX_INPUTS]


def run(args: argparse.Namespace) -> int:
    watch = WatchIndex(load_all())
    results = [check(text) for text in _inputs(args)]
    records = []
    for result in results:
        record = result.to_dict()
        if result.valid and result.kind == "address":
            hits = watch.match(result.normalized or result.input.strip())
            record["watchlist"] = {
                "hits": [h.to_dict() for h in hits],
                "lists_checked": [{"name": wl.name, "date": wl.date} for wl in watch.lists],
                "summary": watch.describe(hits),
            }
        records.append(record)
    if args.json:
        print_json(records)
    else:
        for result, record in zip(results, records):
            _print_human(result, record)
    return 0 if results and all(r.valid for r in results) else 1


def _print_human(result: CheckResult, record: dict) -> None:
    out = sys.stdout
    out.write(f"{result.display}\n")
    if result.valid:
        readings = "; ".join(f"{i.currency} {i.type} ({i.network})"
                             for i in result.interpretations)
        out.write(f"  VALID {result.kind}: {readings}\n")
        out.write(f"  checked: {result.validation}\n")
        if result.checksum == "absent":
            out.write("  checksum: none present (all one case)\n")
    else:
        out.write(f"  NOT RECOGNISED: {result.reason}\n")
    out.write(f"  what it is: {result.explanation}\n")
    out.write(f"  next step: {result.next_step}\n")
    if "watchlist" in record:
        out.write(f"  watch lists: {record['watchlist']['summary']}\n")
    out.write("\n")
