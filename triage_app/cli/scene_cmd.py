"""``triage-app scene add PHOTO... --case CASEDIR [--note TEXT]`` and ``scene list``."""

from __future__ import annotations

import argparse

from triage_app.cli.output import emit_json
from triage_app.cli.session import add_officer_option, case_of, interrupts_cancel
from triage_app.core.jobs import CancelToken
from triage_app.core.units import human_size
from triage_app.operations.scene import add_scene_photos, scene_photos


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("scene", help="scene documentation photos of a case")
    actions = parser.add_subparsers(dest="scene_command", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", help="copy scene photos into the case (verified, recorded)",
                             description="Copy the officer's scene photos into CASEDIR/scene/: "
                                         "hashed, written, read back and compared, recorded in "
                                         "custody (scene.photo-added).")
    add.add_argument("photos", nargs="+", metavar="PHOTO")
    add.add_argument("--case", required=True, metavar="CASEDIR", help="case folder")
    add.add_argument("--note", metavar="TEXT", help="what the photos show")
    add_officer_option(add)
    add.add_argument("--jsonl", action="store_true", help="one JSON object per photo")
    add.set_defaults(run=run_add)
    show = actions.add_parser("list", help="list the scene photos of a case")
    show.add_argument("--case", required=True, metavar="CASEDIR", help="case folder")
    add_officer_option(show)
    show.add_argument("--jsonl", action="store_true", help="one JSON object per photo")
    show.set_defaults(run=run_list)


def run_add(args: argparse.Namespace) -> int:
    cancel = CancelToken()
    with case_of(args) as case, interrupts_cancel(cancel):
        photos = add_scene_photos(case, args.photos, note=args.note, cancel=cancel)
    for photo in photos:
        if args.jsonl:
            emit_json(photo.to_record())
        else:
            print(f"{photo.hashes['sha256']}  {photo.stored_path}  (from {photo.original_name},"
                  f" verified)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        photos = scene_photos(case)
    for photo in photos:
        if args.jsonl:
            emit_json(photo.to_record())
        else:
            note = f"  — {photo.note}" if photo.note else ""
            print(f"{photo.added_at}  {photo.stored_path}  {human_size(photo.size)}  "
                  f"sha256 {photo.hashes['sha256']}{note}")
    if not photos and not args.jsonl:
        print("no scene photos in this case")
    return 0
