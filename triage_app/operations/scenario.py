"""Training scenarios: the packs there are, one in full, a pack's problems; building one's
SIMULATION case and synthetic evidence (the exercise played from it: :mod:`.exercise`).

Reading packs (:mod:`triage_app.simulation.scenario`) needs no officer and records nothing.

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
from triage_app.case.case import MODE_SIMULATION
from triage_app.core.officer import Officer
from triage_app.custody.entry import canonical_json
from triage_app.errors import InputError
from triage_app.hashsets.library import HashSetLibrary
from triage_app.operations.authority import authorise
from triage_app.operations.case_state import SCENARIO_BUILT, DeviceDescription
from triage_app.operations.cases import new_case
from triage_app.operations.devices import register_device
from triage_app.operations.mediator import UNATTENDED, Mediator
from triage_app.simulation import artefacts
from triage_app.simulation import scenario as packs
from triage_app.simulation.evidence import MANIFEST_FILE, BuiltArtefact, build_evidence, manifest
from triage_app.simulation.scenario import (
    Catalogue,
    Problem,
    Scenario,
)
from triage_app.storage.durable import write_durably
from triage_app.workflow.legal import LegalAuthority

ACTION_BUILD = "build-scenario"
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
        """The pack in the file ``path``, checked by the scenario loader (InputError naming
        its first problem)."""
        return cls.of(packs.load_scenario(path))

    @classmethod
    def of(cls, scenario: Scenario) -> ScenarioPack:
        return cls(scenario.name, scenario.sha256, dict(scenario.data["authority"]),
                   list(scenario.data["devices"]))

    @classmethod
    def named(cls, name: str, folders: Folders = ()) -> ScenarioPack:
        """A pack file (``*.yaml``, ``*.yml`` or an existing file), else the pack called
        ``name`` among the bundled, installed and trainer's packs."""
        given = Path(name)
        if given.suffix in packs.PACK_SUFFIXES or given.is_file():
            return cls.read(given)
        return cls.of(packs.find_scenario(name, folders))


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
