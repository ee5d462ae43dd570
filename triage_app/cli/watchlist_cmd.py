"""``triage-app watchlist import|list``: the offline sanctions and watch lists."""

from __future__ import annotations

import argparse
from pathlib import Path

from triage_app.cli.output import print_json
from triage_app.crypto.watchlists import FORMATS, import_list, load_all


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "watchlist", help="import and list crypto-address watch lists (OFAC SDN, agency lists)",
        description="Offline watch lists that check-address and the scanner match addresses "
                    "against. Re-importing a name replaces that list.")
    sub = parser.add_subparsers(dest="watchlist_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a list file",
                         description="Formats: OFAC sdn.xml, sdn_advanced.xml, sdn.csv/add.csv "
                                     "(remarks), CSV with an 'address' column, JSON, or text with "
                                     "one address a line.")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--name", required=True, help="the list's name, shown with every hit")
    imp.add_argument("--date", help="publication date YYYY-MM-DD (default: from the file, "
                                    "else today)")
    imp.add_argument("--format", choices=FORMATS, default="auto")
    imp.set_defaults(run=run_import)
    lst = sub.add_parser("list", help="show the imported lists")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=run_list)


def run_import(args: argparse.Namespace) -> int:
    watchlist, unrecognised = import_list(args.file, args.name, args.date, args.format)
    print(f"imported {len(watchlist.entries)} addresses as {watchlist.name!r} "
          f"(list dated {watchlist.date}, date from {watchlist.date_source}; "
          f"format {watchlist.format})")
    if unrecognised:
        print(f"warning: {len(unrecognised)} entries are not valid addresses by their "
              f"checksums and can only match exactly as written, e.g. {unrecognised[0]!r}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    lists = load_all()
    if args.json:
        print_json([{"name": wl.name, "date": wl.date, "date_source": wl.date_source,
                     "format": wl.format, "source": wl.source, "entries": len(wl.entries),
                     "imported_at": wl.imported_at} for wl in lists])
    elif not lists:
        print("no watch list imported")
    for wl in lists if not args.json else ():
        print(f"{wl.name}: {len(wl.entries)} addresses, dated {wl.date} ({wl.date_source}), "
              f"from {wl.source}, imported {wl.imported_at}")
    return 0
