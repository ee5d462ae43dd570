"""``triage-app scenario build NAME --out DIR [--seed N]``: a training scenario's SIMULATION case
and its synthetic evidence."""

from __future__ import annotations

import argparse
from pathlib import Path

from triage_app import config
from triage_app.cli.mediator import TERMINAL
from triage_app.cli.session import add_officer_option, officer_of
from triage_app.errors import InputError
from triage_app.operations.scenario import DEFAULT_SEED, ScenarioPack, build_scenario


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scenario", help="training scenarios: build one's case and evidence",
                       description="Simulation (training) only: a scenario's case is marked "
                                   "SIMULATION everywhere and is walled off from real evidence.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    build = verbs.add_parser(
        "build", help="make a scenario's SIMULATION case and synthetic evidence (TRAINER)",
        description="Makes DIR/evidence (the synthetic evidence, the same bytes for the same "
                    "seed) and DIR/case (a SIMULATION case with the scenario's authority and "
                    "devices).")
    build.add_argument("scenario", metavar="NAME", help="a bundled scenario's name, or a file")
    build.add_argument("--out", required=True, metavar="DIR")
    build.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="N",
                       help=f"what the synthetic content is made from (default {DEFAULT_SEED})")
    add_officer_option(build)
    build.set_defaults(run=run_build)


def _pack_file(name: str) -> Path:
    given = Path(name)
    if given.suffix in (".yaml", ".yml") or given.is_file():
        return given
    bundled = config.resource("scenarios", f"{name}.yaml")
    if not bundled.is_file():
        raise InputError(f"no scenario named {name!r} is bundled; give a scenario file")
    return bundled


def run_build(args: argparse.Namespace) -> int:
    pack = ScenarioPack.read(_pack_file(args.scenario))
    built = build_scenario(pack, args.out, officer_of(args), seed=args.seed, mediator=TERMINAL)
    print(f"Scenario {built.scenario} (seed {built.seed}) - SIMULATION, training only")
    print(f"  case      {built.case}")
    print(f"  evidence  {built.evidence} ({len(built.artefacts)} pieces, manifest "
          f"{built.manifest.name})")
    for piece in built.artefacts:
        print(f"    {piece.path.name}  {piece.container}  sha256 {piece.sha256}")
    return 0
