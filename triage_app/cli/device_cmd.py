"""``triage-app device add|update|list CASEDIR``: the register of devices found at the scene."""

from __future__ import annotations

import argparse

from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, case_of
from triage_app.operations.case_state import DeviceDescription, devices
from triage_app.operations.devices import register_device, update_device


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("device", help="register the devices found at the scene as exhibits",
                       description="Each device is an exhibit (ABC/1; a part or copy of it "
                                   "ABC/1-A). Facts (--fact NAME=VALUE) decide what to do at "
                                   "it: see `workflow decide`. Nothing recorded is edited; an "
                                   "update is a new custody entry.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    add = verbs.add_parser("add", help="register a device")
    add.add_argument("case", metavar="CASEDIR")
    add.add_argument("--exhibit", required=True, metavar="REF")
    add.add_argument("--kind", required=True,
                     help="computer, laptop, phone, tablet, removable, storage, router, iot, "
                          "camera or other (as the workflow rules list them)")
    for name in ("make", "model", "serial", "imei"):
        add.add_argument(f"--{name}", metavar=name.upper()[0])
    add.add_argument("--seal", metavar="NO", help="seal number of the evidence bag")
    add.add_argument("--parent", metavar="REF", help="the device this one was found in or on")
    _fact_options(add)
    add.add_argument("--note", metavar="TEXT")
    add_officer_option(add)
    add.set_defaults(run=run_add)
    update = verbs.add_parser("update", help="record new facts or photos of a device")
    update.add_argument("case", metavar="CASEDIR")
    update.add_argument("--exhibit", required=True, metavar="REF")
    _fact_options(update)
    update.add_argument("--note", metavar="TEXT", help="why the facts changed")
    add_officer_option(update)
    update.set_defaults(run=run_update)
    listing = verbs.add_parser("list", help="the registered devices and their facts")
    listing.add_argument("case", metavar="CASEDIR")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_officer_option(listing)
    listing.set_defaults(run=run_list)


def _fact_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fact", action="append", default=[], metavar="NAME=VALUE",
                   help="e.g. power=on, destruction=no, encryption=yes, "
                        "'write-blocker=MAKE MODEL SERIAL' (repeatable)")
    p.add_argument("--photo", action="append", default=[], metavar="FILE",
                   help="a photo of the device, copied into the case verified (repeatable)")


def run_add(args: argparse.Namespace) -> int:
    about = DeviceDescription(kind=args.kind, make=args.make, model=args.model,
                              serial=args.serial, imei=args.imei, seal=args.seal,
                              parent=args.parent, note=args.note)
    with case_of(args) as case:
        device = register_device(case, args.exhibit, about, facts=args.fact, photos=args.photo)
    print(f"Registered {device.exhibit}: {device.about.label}"
          + (f" (seal {device.about.seal})" if device.about.seal else ""))
    return 0


def run_update(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = update_device(case, args.exhibit, args.fact, photos=args.photo, note=args.note)
    print(f"Recorded for {args.exhibit} (entry {entry.seq})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        found = devices(case)
    if args.json:
        print_json([d.to_dict() for d in found])
        return 0
    for device in found:
        facts = ", ".join(f"{k}={v}" for k, v in device.facts.items())
        print(f"{device.exhibit}  {device.about.label}  {facts}")
    return 0
