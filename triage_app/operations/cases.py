"""Opening a case folder for an operation: the officer's key unlocked through the mediator,
never on the evidence, and one open case shared by every operation of a GUI session.

A case is made once, with its reference and (usually) its legal authority (:func:`new_case`);
opening it for work needs a named officer, and records which workflow rules are in force when
they differ from the ones the case last recorded (``workflow.rules-loaded``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from triage_app.case.case import MODE_LIVE, Case, ensure_off_evidence
from triage_app.case.store import DB_NAME
from triage_app.core.officer import Officer
from triage_app.errors import InputError, NotAuthorised
from triage_app.evidence.source import open_source
from triage_app.operations import case_state
from triage_app.operations.mediator import UNATTENDED, Mediator, passphrase_source
from triage_app.updates.installed import installed_updates
from triage_app.workflow import competency
from triage_app.workflow import rules as workflow_rules
from triage_app.workflow.legal import LegalAuthority

CaseRef = Case | str | os.PathLike[str]
ACTION_UPDATES = "updates.in-use"
UPDATES_META = "updates_recorded"
RULES_LOADED = "workflow.rules-loaded"


def open_case(case_dir: str | os.PathLike[str], officer: Officer, *,
              mediator: Mediator = UNATTENDED, create: bool = False,
              evidence: str | os.PathLike[str] | None = None) -> Case:
    """Open the case at ``case_dir`` as ``officer`` (a named officer: NotAuthorised else).

    ``create``: make the case folder when it is missing (:func:`new_case` does, with the case
    reference). ``evidence``: the source the work will read. The case folder is checked
    against it before the case is opened, so the app never writes its case on the evidence.
    """
    return _open(case_dir, officer, mediator=mediator, create=create, evidence=evidence)


def _open(case_dir: str | os.PathLike[str], officer: Officer, *, mediator: Mediator,
          create: bool, evidence: str | os.PathLike[str] | None = None,
          ref: str | None = None, mode: str = MODE_LIVE) -> Case:
    if officer.is_unassigned:
        raise NotAuthorised("work on a case needs a named officer: sign in with your officer "
                            "profile (the unassigned profile may only hash outside a case)")
    rules = workflow_rules.active()
    path = Path(case_dir)
    if evidence is not None:
        with open_source(evidence) as source:
            ensure_off_evidence(path, source)
    case = Case.open(path, officer=officer, create=create, ref=ref, mode=mode,
                     passphrase=passphrase_source(mediator, officer))
    try:
        record_installed_updates(case)
        if case.store.get_meta("rules_sha256") != rules.sha256:
            case.record(RULES_LOADED, details=rules.stamp())
            case.store.set_meta("rules_sha256", rules.sha256)
    except BaseException:
        case.close()
        raise
    return case


def record_installed_updates(case: Case) -> None:
    """The signed update bundles this laptop runs with (hash sets, watch lists, rules), written
    to the case's ledger the first time the case is opened with them installed."""
    installed = {name: {"version": u.version, "signer": u.signer,
                        "manifest_sha256": u.manifest_sha256, "contents": list(u.contents)}
                 for name, u in sorted(installed_updates().items())}
    known = json.dumps(installed, sort_keys=True)
    if not installed or case.store.get_meta(UPDATES_META) == known:
        return
    case.record(ACTION_UPDATES, details={"installed": installed})
    case.store.set_meta(UPDATES_META, known)


def new_case(case_dir: str | os.PathLike[str], officer: Officer, *, ref: str,
             authority: LegalAuthority | None = None,
             mediator: Mediator = UNATTENDED, mode: str = MODE_LIVE) -> Case:
    """Create the case at ``case_dir`` with reference ``ref`` and, when given, its legal
    authority (``authority.recorded``); a folder that already holds a case is refused.
    ``mode``: SIMULATION makes a training case (see :attr:`Case.mode`)."""
    from triage_app.operations.legal import record_authority

    if not ref.strip():
        raise InputError("the case reference is empty")
    if is_case_folder(case_dir):
        raise InputError(f"{case_dir} already holds a case")
    if mode == MODE_LIVE and competency.simulation_only(officer):
        raise NotAuthorised(f"officer {officer.id} is endorsed for training only: a real case "
                            "is made by an officer who works on real cases (a trainer builds "
                            "training cases from scenarios)", action="record-authority")
    case = _open(case_dir, officer, mediator=mediator, create=True, ref=ref.strip(), mode=mode)
    try:
        if authority is not None:
            record_authority(case, authority)
    except BaseException:
        case.close()
        raise
    return case


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """What ``case show`` and the window's case header show."""

    ref: str
    mode: str
    authority: LegalAuthority | None
    authority_problem: str | None  # why the authority does not cover now (None: it does)
    exhibits: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "mode": self.mode,
                "authority": self.authority.to_dict() if self.authority else None,
                "authority_problem": self.authority_problem, "exhibits": self.exhibits}


def summary(case: Case) -> CaseSummary:
    from datetime import datetime

    authority = case_state.current_authority(case)
    kinds = {d.exhibit: d.kind for d in case_state.devices(case)}
    exhibits = [{"ref": row["ref"], "description": row["description"],
                 "parent": row["parent_ref"], "device": kinds.get(row["ref"])}
                for row in case.store.exhibits()]
    problem = (authority.refusal(datetime.now(UTC)) if authority
               else "no legal authority recorded")
    return CaseSummary(ref=case.ref, mode=case.mode,
                       authority=authority, authority_problem=problem, exhibits=exhibits)


@contextmanager
def using_case(case: CaseRef, officer: Officer, *, mediator: Mediator = UNATTENDED
               ) -> Iterator[Case]:
    """The open case as it is (the GUI session keeps one open), or the folder opened for this
    one operation and closed after it."""
    if isinstance(case, Case):
        yield case
        return
    with open_case(case_folder(case), officer, mediator=mediator) as opened:
        yield opened


def is_case_folder(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / DB_NAME).is_file()


def case_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` when it holds a case; otherwise a one-line refusal that says what to do."""
    if not is_case_folder(path):
        raise InputError(f"{path} is not a case folder (no {DB_NAME}): make the case first, "
                         "with its legal authority")
    return Path(path)
