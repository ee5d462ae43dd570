"""``triage-app hashset import|list|remove``: the known-file hash-set library."""

from __future__ import annotations

import argparse
from pathlib import Path

from triage_app.cli.output import print_json
from triage_app.hashsets.library import KINDS, HashSetLibrary


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hashset", help="import and list known-file hash sets",
                       description="Hash sets your agency supplies: NSRL RDS v3 (SQLite, used in "
                                   "place), Project VIC VICS JSON, or plain lists (one hash a "
                                   "line, md5sum/sha256sum output, CSV with a hash column, "
                                   "hashdeep files).")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True,
                             parser_class=type(p))
    imp = verbs.add_parser("import", help="add a hash set to the library")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("auto", "nsrl", "vics", "list"), default="auto")
    imp.add_argument("--name", help="name shown with every match (default: the file name)")
    imp.add_argument("--version", dest="set_version",
                     help="version or date of the set (default: from the file, else its date)")
    imp.add_argument("--kind", choices=KINDS,
                     help="known (known good, can be hidden), notable (flagged) or other")
    imp.set_defaults(run=_import)
    lst = verbs.add_parser("list", help="list the hash sets in the library")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_list)
    rm = verbs.add_parser("remove", help="remove a hash set by id")
    rm.add_argument("id", type=int)
    rm.set_defaults(run=_remove)


def _import(args: argparse.Namespace) -> int:
    with HashSetLibrary() as library:
        added = library.import_file(args.file, name=args.name, version=args.set_version,
                                    kind=args.kind, fmt=args.format)
    print(f"imported hash set {added.id}: {added.name} (version {added.version}), {added.kind}, "
          f"{added.count} hashes")
    return 0


def _list(args: argparse.Namespace) -> int:
    with HashSetLibrary() as library:
        sets = library.sets()
    if args.json:
        print_json([s.to_dict() for s in sets])
        return 0
    if not sets:
        print("no hash sets imported")
    for s in sets:
        print(f"{s.id:>3}  {s.kind:<8} {s.name} (version {s.version}), {s.count} hashes, "
              f"{s.format}, imported {s.imported_at}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with HashSetLibrary() as library:
        library.remove(args.id)
    print(f"removed hash set {args.id}")
    return 0
