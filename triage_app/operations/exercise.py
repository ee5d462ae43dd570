"""A training exercise played from a scenario: its score, its debrief, and an event injected
while it runs.

A case plays the scenario its store names (meta ``scenario`` and ``scenario_sha256``, set by
``scenario build``). Scoring reads the case's ledger without opening it as an officer, so
looking at a result adds nothing to the exercise, and refuses a ledger that does not verify or
a pack that changed since the build. Injecting an event is TRAINER work: ``scenario.event`` in
the ledger, then the facts it changes as a ``device.updated`` entry, which the workflow engine
reads like any other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from triage_app.case.case import MODE_SIMULATION, Case
from triage_app.case.store import CaseStore
from triage_app.custody.entry import CustodyEntry
from triage_app.custody.verify import verify_ledger
from triage_app.errors import InputError, IntegrityError
from triage_app.operations import case_state
from triage_app.operations.authority import authorise
from triage_app.operations.cases import case_folder
from triage_app.operations.devices import update_device
from triage_app.operations.scenario import Folders
from triage_app.simulation import debrief as debriefs
from triage_app.simulation import scenario as packs
from triage_app.simulation.scenario import SCENARIO_META, SCENARIO_SHA_META, Scenario, ScenarioEvent
from triage_app.simulation.score import EVENT_ENTRY, Score, score
from triage_app.storage.drives import storage_error
from triage_app.workflow import rules as workflow_rules

INJECT = "inject-event"


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


def events_to_inject(case: Case, folders: Folders = ()) -> tuple[Scenario, list[ScenarioEvent]]:
    """The exercise's scenario, and its events not injected yet, in the pack's order."""
    played = played_scenario(case.path, folders)
    injected = {e.details.get("event") for e in case_state.entries(case, EVENT_ENTRY)}
    return played, [e for e in played.events if e.id not in injected]


def what_is_seen(case: Case, exhibit: str, folders: Folders = ()) -> list[str]:
    """What the trainee sees of ``exhibit`` in a training exercise: the scenario's description
    of the device, then each event injected at it since, oldest first (empty in a real case)."""
    if case.mode != MODE_SIMULATION or not case.store.get_meta(SCENARIO_META):
        return []
    device = played_scenario(case.path, folders).device(exhibit)
    seen = [device.seen] if device is not None and device.seen else []
    return seen + [str(e.details.get("text")) for e in case_state.entries(case, EVENT_ENTRY)
                   if e.exhibit == exhibit and e.details.get("text")]


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
