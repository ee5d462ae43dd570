"""Training scenarios: the packs there are, one in full, a pack's problems; building one's
SIMULATION case and synthetic evidence; a played exercise's score and debrief; an event injected
into a running exercise.

Reading packs (:mod:`triage_app.simulation.scenario`) needs no officer and records nothing. A
case plays the scenario its store names (meta ``scenario`` and ``scenario_sha256``, set by the
build); scoring reads that case's ledger without opening it as an officer, so looking at a
result adds nothing to the exercise, and refuses a ledger that does not verify or a pack that
changed since the build. Injecting an event is TRAINER work: ``scenario.event`` in the ledger,
then the facts it changes as a ``device.updated`` entry, which the workflow engine reads like
any other.

``build_scenario`` makes, in the chosen folder, ``evidence/`` (the synthetic evidence of every
device, made from the seed, :mod:`triage_app.simulation.evidence`) and ``case/`` (a SIMULATION
case with the scenario's legal authority and devices). The manifest of what was built is
recorded in the case's ledger (``scenario.built``: hash-chained and signed with the builder's
training key), which is what the simulation wall admits; a copy signed the same way lies beside
the evidence as ``simulation-manifest.json`` and ``.sig`` for the trainer.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from triage_app import config
from triage_app.case.case import MODE_SIMULATION, Case
from triage_app.case.store import CaseStore
from triage_app.core.officer import Officer
from triage_app.custody.entry import CustodyEntry, canonical_json
from triage_app.custody.verify import verify_ledger
from triage_app.errors import InputError, IntegrityError
from triage_app.hashsets.library import HashSetLibrary
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import SCENARIO_BUILT, DeviceDescription
from triage_app.operations.cases import case_folder, new_case
from triage_app.operations.devices import register_device, update_device
from triage_app.operations.mediator import UNATTENDED, Mediator
from triage_app.simulation import artefacts
from triage_app.simulation import debrief as debriefs
from triage_app.simulation import scenario as packs
from triage_app.simulation.evidence import MANIFEST_FILE, BuiltArtefact, build_evidence, manifest
from triage_app.simulation.scenario import (
    SCENARIO_META,
    SCENARIO_SHA_META,
    Catalogue,
    Problem,
    Scenario,
)
from triage_app.simulation.score import EVENT_ENTRY, Score, score
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import write_durably
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.legal import LegalAuthority

ACTION_BUILD = "build-scenario"
INJECT = "inject-event"
CASE_FOLDER, EVIDENCE_FOLDER = "case", "evidence"
DEFAULT_SEED = 1
Folders = Iterable[str | os.PathLike[str]]


def catalogue(folders: Folders = ()) -> Catalogue:
    """The bundled packs, those of installed agency updates and those in the trainer's
    ``folders`` (and $TRIAGE_SCENARIOS_DIR)."""
    return packs.available(folders)


def scenario(name: str, folders: Folders = ()) -> Scenario:
    return packs.find_scenario(name, folders)


def check_pack(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of the pack file at ``path``, against the workflow rules in force."""
    return packs.check(path)


@dataclass(frozen=True, slots=True)
class ScenarioPack:
    """What a build needs of a scenario pack: its name, the SHA-256 of the pack file, the
    legal authority to record and the devices with their evidence (the scenario format)."""

    name: str
    sha256: str
    authority: dict[str, Any]
    devices: list[dict[str, Any]]

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> ScenarioPack:
        """The pack in ``path`` (the scenario loader checks it against the schema)."""
        import yaml

        try:
            data = Path(path).read_bytes()
            pack = yaml.safe_load(data)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
        except yaml.YAMLError as exc:
            raise InputError(f"{path} is not YAML: {str(exc).splitlines()[0]}") from None
        if not isinstance(pack, dict) or not isinstance(pack.get("name"), str):
            raise InputError(f"{path} is not a scenario pack (no name)")
        return cls(pack["name"], hashlib.sha256(data).hexdigest(),
                   dict(pack.get("authority") or {}), list(pack.get("devices") or []))


@dataclass(slots=True)
class ScenarioBuild:
    scenario: str
    seed: int
    case: Path
    evidence: Path
    manifest: Path
    artefacts: list[BuiltArtefact] = field(default_factory=list)


def build_scenario(pack: ScenarioPack, out_dir: str | os.PathLike[str], officer: Officer, *,
                   seed: int = DEFAULT_SEED, mediator: Mediator = UNATTENDED) -> ScenarioBuild:
    """Build ``pack`` into ``out_dir`` (``case/`` and ``evidence/``, neither there yet)."""
    out = Path(out_dir)
    case_dir, evidence_dir = out / CASE_FOLDER, out / EVIDENCE_FOLDER
    for made in (case_dir, evidence_dir):
        if made.exists():
            raise InputError(f"{made} exists already: build a scenario into a new folder")
    authorise(officer, ACTION_BUILD)
    authority = _authority(pack)
    items = [item for device in pack.devices for item in device.get("evidence") or []]
    built = build_evidence(items, evidence_dir, seed=seed)
    listing = manifest(items, seed, built, evidence_dir)
    listing["scenario"] = {"name": pack.name, "sha256": pack.sha256}
    listing["devices"] = {d["exhibit"]: [i["id"] for i in d.get("evidence") or []]
                          for d in pack.devices}
    data = canonical_json(listing) + b"\n"
    with new_case(case_dir, officer, ref=f"SIM-{pack.name}", authority=authority,
                  mediator=mediator, mode=MODE_SIMULATION) as case:
        case.store.set_meta("scenario", pack.name)
        case.store.set_meta("scenario_sha256", pack.sha256)
        for device in pack.devices:
            register_device(case, device["exhibit"], DeviceDescription(
                kind=device["kind"], make=device.get("make"), model=device.get("model"),
                serial=device.get("serial"), imei=device.get("imei")))
        hash_set = _training_hash_set()
        key, signature = case.ledger.sign_detached(data)
        path = evidence_dir / MANIFEST_FILE
        write_durably(path, data)
        write_durably(path.with_name(MANIFEST_FILE + ".sig"), canonical_json(
            {"key": key, "algorithm": "ed25519",
             "signature": base64.b64encode(signature).decode("ascii")}) + b"\n")
        case.record(SCENARIO_BUILT, details={
            "scenario": pack.name, "scenario_sha256": pack.sha256, "seed": seed,
            "manifest_sha256": hashlib.sha256(data).hexdigest(), "manifest_key": key,
            "training_hash_set": hash_set, "manifest": listing},
            outputs=[{"path": str(b.path), "sha256": b.sha256} for b in built])
        case.checkpoint("scenario built")
    return ScenarioBuild(pack.name, seed, case_dir, evidence_dir, path, built)


def _authority(pack: ScenarioPack) -> LegalAuthority:
    given = pack.authority
    now = datetime.now(UTC)
    try:
        hours = float(given.get("valid_hours", 48))
        return LegalAuthority(type=given["type"], ref=given["ref"], issuer=given["issuer"],
                              scope=given["scope"], valid_from=now,
                              valid_until=now + timedelta(hours=hours))
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"scenario {pack.name}: its authority is incomplete ({exc})") from None


def _training_hash_set() -> dict[str, Any]:
    """The bundled training hash set, imported into the library once, so a scan of the
    evidence finds its known files (it matches nothing but synthetic files)."""
    with HashSetLibrary() as library:
        for held in library.sets():
            if held.name == artefacts.TRAINING_SET and \
                    held.version == artefacts.TRAINING_SET_VERSION:
                return held.to_dict()
        return library.import_file(config.resource("hashsets", artefacts.TRAINING_SET_FILE),
                                   name=artefacts.TRAINING_SET,
                                   version=artefacts.TRAINING_SET_VERSION,
                                   kind="notable").to_dict()


def played_scenario(case_dir: str | os.PathLike[str], folders: Folders = ()) -> Scenario:
    """The scenario the case at ``case_dir`` plays, exactly as it was built from."""
    path = case_folder(case_dir)
    store = CaseStore(path, read_only=True)
    try:
        name, sha = store.get_meta(SCENARIO_META), store.get_meta(SCENARIO_SHA_META)
    finally:
        store.close()
    if not name:
        raise InputError(f"{case_dir} is not a training exercise: it plays no scenario")
    played = packs.find_scenario(name, folders)
    if sha != played.sha256:
        raise InputError(f"the exercise was built from another version of the scenario {name} "
                         f"(SHA-256 {str(sha)[:16]}…; the pack at {played.origin} is "
                         f"{played.sha256[:16]}…): use the pack it was built from")
    return played


def score_case(case_dir: str | os.PathLike[str], folders: Folders = ()) -> tuple[Scenario, Score]:
    """The exercise's score, from its custody ledger (which must verify)."""
    played = played_scenario(case_dir, folders)
    path = Path(case_dir)
    report = verify_ledger(path)
    if not report.ok:
        raise IntegrityError(f"the exercise's custody ledger does not verify, so it cannot be "
                             f"scored: {report.message}")
    return played, score(played, case_state.entries(path), workflow_rules.active())


@dataclass(frozen=True, slots=True)
class Debrief:
    html: Path
    pdf: Path
    score: Score


def debrief(case_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str],
            folders: Folders = ()) -> Debrief:
    """Write the exercise's debrief (``debrief.html`` and ``debrief.pdf``) into ``out_dir``."""
    played, result = score_case(case_dir, folders)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, f"the debrief folder {out}") from exc
    case_ref = _case_ref(Path(case_dir))
    html_path, pdf_path = out / "debrief.html", out / "debrief.pdf"
    debriefs.write(played, result, case_ref, html_path, pdf_path)
    return Debrief(html_path, pdf_path, result)


def _case_ref(path: Path) -> str:
    store = CaseStore(path, read_only=True)
    try:
        return store.get_meta("case_ref") or path.name
    finally:
        store.close()


def inject(case: Case, event_id: str, folders: Folders = ()) -> CustodyEntry:
    """Inject the scenario's event ``event_id`` into the running exercise (TRAINER): record it
    (``scenario.event``), then the device facts it changes."""
    played = played_scenario(case.path, folders)
    event = played.event(event_id)
    if event is None:
        known = ", ".join(e.id for e in played.events) or "none"
        raise InputError(f"the scenario {played.name} has no event {event_id!r} (events: {known})")
    before = next((e for e in case_state.entries(case, EVENT_ENTRY)
                   if e.details.get("event") == event_id), None)
    if before is not None:
        raise InputError(f"the event {event_id} was injected already (custody entry "
                         f"{before.seq})")
    if case_state.device(case, event.exhibit) is None:
        raise InputError(f"exhibit {event.exhibit} is not a registered device of this case")
    authorise(case.officer, INJECT, case=case, exhibit=event.exhibit)
    entry = case.record(EVENT_ENTRY, exhibit=event.exhibit, details={
        "event": event.id, "text": event.text, "facts": dict(event.facts),
        "scenario": played.name, "scenario_sha256": played.sha256})
    update_device(case, event.exhibit, [f"{k}={v}" for k, v in event.facts.items()],
                  note=f"scenario event {event.id}: {event.text}")
    return entry
