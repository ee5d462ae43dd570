"""``triage-app scenario list|show|check|build|score|debrief|inject``: training scenario packs,
building one's SIMULATION case and synthetic evidence, and the exercises played from them."""

from __future__ import annotations

import argparse
import sys

from triage_app import config
from triage_app.cli import EXIT_FAILURE
from triage_app.cli.mediator import TERMINAL
from triage_app.cli.output import print_json
from triage_app.cli.session import add_officer_option, case_of, officer_of
from triage_app.operations import exercise
from triage_app.operations import scenario as scenarios
from triage_app.operations.scenario import DEFAULT_SEED, ScenarioPack, build_scenario


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("scenario",
                       help="training scenarios: list, show, check, build; score, debrief, inject",
                       description="Training scenario packs (docs/scenario-format.md): the "
                                   "bundled ones and those in a trainer's folder (--scenarios "
                                   f"DIR or ${config.SCENARIOS_ENV}). Simulation (training) "
                                   "only: a scenario's case is marked SIMULATION everywhere and "
                                   "is walled off from real evidence.")
    verbs = p.add_subparsers(dest="verb", metavar="VERB", required=True, parser_class=type(p))
    listing = verbs.add_parser("list", help="the scenarios there are, one a line, name first")
    _folders_option(listing)
    listing.set_defaults(run=run_list)
    show = verbs.add_parser("show", help="a scenario's devices, facts and expected actions")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="print JSON")
    _folders_option(show)
    show.set_defaults(run=run_show)
    check = verbs.add_parser("check", help="name each problem of a scenario pack")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(run=run_check)
    build = verbs.add_parser(
        "build", help="make a scenario's SIMULATION case and synthetic evidence (TRAINER)",
        description="Makes DIR/evidence (the synthetic evidence, the same bytes for the same "
                    "seed) and DIR/case (a SIMULATION case with the scenario's authority and "
                    "devices).")
    build.add_argument("scenario", metavar="NAME", help="a scenario's name, or a pack file")
    build.add_argument("--out", required=True, metavar="DIR")
    build.add_argument("--seed", type=int, default=DEFAULT_SEED, metavar="N",
                       help=f"what the synthetic content is made from (default {DEFAULT_SEED})")
    _folders_option(build)
    add_officer_option(build)
    build.set_defaults(run=run_build)
    scored = verbs.add_parser("score", help="score a played exercise from its custody ledger")
    scored.add_argument("case", metavar="CASEDIR")
    scored.add_argument("--json", action="store_true", help="print JSON")
    _folders_option(scored)
    scored.set_defaults(run=run_score)
    brief = verbs.add_parser("debrief", help="write the exercise's debrief (HTML and PDF)")
    brief.add_argument("case", metavar="CASEDIR")
    brief.add_argument("--out", required=True, metavar="DIR")
    _folders_option(brief)
    brief.set_defaults(run=run_debrief)
    inject = verbs.add_parser("inject", help="inject a scenario event into a running exercise "
                                             "(TRAINER)")
    inject.add_argument("case", metavar="CASEDIR")
    inject.add_argument("event", metavar="EVENT")
    _folders_option(inject)
    add_officer_option(inject)
    inject.set_defaults(run=run_inject)


def _folders_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--scenarios", metavar="DIR", action="append", default=[],
                        help="a trainer's folder of scenario packs (repeatable; also "
                             f"${config.SCENARIOS_ENV})")


def run_list(args: argparse.Namespace) -> int:
    found = scenarios.catalogue(args.scenarios)
    for s in found.scenarios:
        where = "bundled" if s.bundled else s.origin
        print(f"{s.name}\t{s.level}\tdifficulty {s.difficulty}\t{s.title}\t({where})")
    for pack in found.broken:
        print(f"warning: {pack.path} is not listed: {pack.reason}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    s = scenarios.scenario(args.name, args.scenarios)
    if args.json:
        print_json(s.to_dict())
        return 0
    print(f"{s.name}: {s.title} ({s.level}, difficulty {s.difficulty})")
    print(s.narrative.rstrip())
    for d in s.devices:
        facts = ", ".join(f"{k}={v}" for k, v in d.facts.items())
        print(f"  {d.exhibit:<8} {d.kind:<10} {facts}")
    for x in s.expectations:
        print(f"  expect {x.id} ({x.competency}, {x.points} points)")
    for e in s.events:
        print(f"  event {e.id} on {e.exhibit}: {e.text}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    problems = scenarios.check_pack(args.file)
    for problem in problems:
        print(f"{args.file}: {problem}")
    if problems:
        return EXIT_FAILURE
    print(f"{args.file}: the scenario pack holds")
    return 0


def run_build(args: argparse.Namespace) -> int:
    pack = ScenarioPack.named(args.scenario, args.scenarios)
    built = build_scenario(pack, args.out, officer_of(args), seed=args.seed, mediator=TERMINAL)
    print(f"Scenario {built.scenario} (seed {built.seed}) - SIMULATION, training only")
    print(f"  case      {built.case}")
    print(f"  evidence  {built.evidence} ({len(built.artefacts)} pieces, manifest "
          f"{built.manifest.name})")
    for piece in built.artefacts:
        print(f"    {piece.path.name}  {piece.container}  sha256 {piece.sha256}")
    return 0


def run_score(args: argparse.Namespace) -> int:
    _, result = exercise.score_case(args.case, args.scenarios)
    if args.json:
        print_json(result.to_dict())
        return 0
    print(f"{result.scenario}: {result.score} / 100 (SIMULATION)")
    for name, c in result.competencies.items():
        print(f"  {name:<24} {c.score:>3}")
    for lost in result.lost:
        print(f"  -{lost.points:<3} {lost.category:<11} {lost.id}: {lost.happened}")
    return 0


def run_debrief(args: argparse.Namespace) -> int:
    written = exercise.debrief(args.case, args.out, args.scenarios)
    print(f"Debrief (score {written.score.score} / 100) written to {written.html} and "
          f"{written.pdf}")
    return 0


def run_inject(args: argparse.Namespace) -> int:
    with case_of(args) as case:
        entry = exercise.inject(case, args.event, args.scenarios)
    print(f"event {args.event} injected on {entry.exhibit} (custody entry {entry.seq}): "
          f"{entry.details['text']}")
    return 0
