"""``triage-app check-address TEXT... [--json]``: identify and validate addresses, keys, seeds."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from triage_app.cli.output import stream_json_array
from triage_app.crypto.identify import MAX_INPUT_CHARS, CheckResult, check
from triage_app.crypto.watchlists import WatchIndex, load_all

EPILOG = f"""\
Exit status: 0 when every input is valid, 1 when any is not recognised or invalid (or there was
none), 2 on a usage error. Each input is at most {MAX_INPUT_CHARS} characters; quote a seed
phrase as one argument, or give - to read one input per line from standard input: every
non-blank line is checked and reported, in order, however many there are.

Private keys and seed phrases, and anything shaped like one that fails its checks (a seed with
a typo, a key pasted twice), are shown redacted (the JSON "input" field echoes what you typed).
Hidden characters (direction controls such as U+202E, zero-width spaces, control characters)
are removed before checking, named, and shown as <U+XXXX>. Addresses are matched against the
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


def _stdin_lines() -> Iterator[str]:
    # Bytes that are not UTF-8 are kept (as lone surrogates) and reported as hidden characters.
    for raw in sys.stdin.buffer:
        line = raw.decode("utf-8", "surrogateescape").rstrip("\r\n")
        if line.strip():
            yield line


def _inputs(args: argparse.Namespace) -> Iterator[str]:
    for text in args.text:
        if text == "-":
            yield from _stdin_lines()
        else:
            yield text


def run(args: argparse.Namespace) -> int:
    watch = WatchIndex(load_all())
    outcome = {"checked": 0, "all_valid": True}

    def records() -> Iterator[tuple[CheckResult, dict]]:
        for text in _inputs(args):
            result = check(text)
            outcome["checked"] += 1
            outcome["all_valid"] &= result.valid
            yield result, _record(result, watch)

    if args.json:  # ASCII-only JSON: a direction control cannot reorder what the terminal shows
        stream_json_array((record for _, record in records()), ascii_only=True)
    else:
        for result, record in records():
            _print_human(result, record)
    return 0 if outcome["checked"] and outcome["all_valid"] else 1


def _record(result: CheckResult, watch: WatchIndex) -> dict:
    record = result.to_dict()
    if result.valid and result.kind == "address":
        hits = watch.match(result.normalized or result.input.strip())
        record["watchlist"] = {
            "hits": [h.to_dict() for h in hits],
            "lists_checked": [{"name": wl.name, "date": wl.date} for wl in watch.lists],
            "summary": watch.describe(hits),
        }
    return record


def _print_human(result: CheckResult, record: dict) -> None:
    out = sys.stdout
    out.write(f"{result.display}\n")
    if result.hidden_note:
        out.write(f"  WARNING: {result.hidden_note}\n")
    if result.valid:
        readings = "; ".join(f"{i.currency} {i.type} ({i.network})"
                             for i in result.interpretations)
        out.write(f"  VALID {result.kind}: {readings}\n")
        if result.normalized and not result.sensitive:
            out.write(f"  text checked: {result.normalized}\n")
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
