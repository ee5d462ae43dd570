"""Check what an officer typed, pasted or read from a QR photo, and record it in the case.

This is the core of the "Check an address" task (design section 1: an L1 officer may check a
crypto address typed in or read from a photo/QR). Each input is identified and validated by
:func:`triage_app.crypto.identify.check`, addresses are matched against the imported watch lists
(a miss is "no match in the N lists loaded", never "clean"), and, when a case folder is given,
each check becomes one ``crypto.check`` custody entry.

Secrets never leave here in clear: a valid private key or seed, and anything that looks like
one but failed its checks (:func:`triage_app.crypto.identify.looks_secret`), is shown,
returned for display and recorded only in redacted form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from triage_app.case.case import Case
from triage_app.core.officer import Officer
from triage_app.crypto.identify import CheckResult, check
from triage_app.crypto.qr import PhotoCodes
from triage_app.crypto.watchlists import WatchHit, WatchIndex
from triage_app.errors import InputError
from triage_app.operations.authority import authorise
from triage_app.operations.cases import CaseRef, using_case
from triage_app.operations.mediator import UNATTENDED, Mediator

ACTION = "check-address"  # the competency action
ACTION_CHECK = "crypto.check"  # the custody entry
MAX_INPUTS = 200


@dataclass(slots=True, frozen=True)
class WatchReport:
    """Watch-list outcome for one address: the hits (list and date each), or what was checked."""

    hits: tuple[WatchHit, ...]
    lists: tuple[tuple[str, str], ...]  # (name, date) of every list loaded
    summary: str

    @property
    def listed(self) -> bool:
        return bool(self.hits)

    def to_dict(self) -> dict[str, Any]:
        return {"hits": [h.to_dict() for h in self.hits],
                "lists_checked": [{"name": n, "date": d} for n, d in self.lists],
                "summary": self.summary}


@dataclass(slots=True)
class SpotCheck:
    """One input checked: the result, how it may be shown, and where it came from."""

    result: CheckResult
    shown: str  # the input as it may appear on screen or in the ledger
    secret: bool  # a secret, or what looks like a mistyped one: never shown in clear
    source: str  # "typed" or "QR code in <photo name>"
    reason: str | None  # why it is not recognised (quoted parts hidden for a secret)
    explanation: str  # what it is, in plain words
    watch: WatchReport | None = None
    recorded_seq: int | None = None  # custody entry number, when recorded in a case

    @property
    def valid(self) -> bool:
        return self.result.valid

    def readings(self) -> list[str]:
        return [f"{i.currency} {i.type} ({i.network})" for i in self.result.interpretations]

    def record(self) -> dict[str, Any]:
        """What the custody ledger holds: the redacted input and the outcome, no secret."""
        r = self.result
        out: dict[str, Any] = {
            "input": self.shown, "input_redacted": self.secret, "source": self.source,
            "valid": r.valid, "kind": r.kind,
            "interpretations": [i.to_dict() for i in r.interpretations],
        }
        if self.reason:
            out["reason"] = self.reason
        if r.hidden:
            out["hidden_characters"] = [h.to_dict() for h in r.hidden]
        if r.valid:
            out["validation"] = r.validation
            out["checksum"] = r.checksum
        if self.watch is not None:
            out["watchlist"] = self.watch.to_dict()
        return out


def split_inputs(text: str) -> list[str]:
    """One input a line (a seed phrase is typed on one line); blank lines are skipped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def check_one(text: str, watch: WatchIndex, source: str = "typed") -> SpotCheck:
    result = check(text)
    shown = result.display.strip()
    if len(shown) > 200:
        shown = shown[:120] + f"… [{len(shown)} characters]"
    report = None
    if result.valid and result.kind == "address":
        hits = tuple(watch.match(result.normalized or result.input.strip()))
        report = WatchReport(hits, tuple((wl.name, wl.date) for wl in watch.lists),
                             watch.describe(list(hits)))
    return SpotCheck(result, shown, result.sensitive, source, result.reason,
                     result.explanation, report)


def check_inputs(texts: Iterable[str], watch: WatchIndex, source: str = "typed"
                 ) -> list[SpotCheck]:
    texts = list(texts)
    if len(texts) > MAX_INPUTS:  # each check is a custody entry: a long list goes in parts
        raise InputError(f"{len(texts)} inputs at once: at most {MAX_INPUTS} are checked "
                         "together; check the list in parts")
    return [check_one(t, watch, source) for t in texts]


def record_checks(case: Case, checks: list[SpotCheck], photo: PhotoCodes | None = None,
                  exhibit: str | None = None) -> None:
    """One ``crypto.check`` custody entry per input (redacted), numbered back into the check."""
    for item in checks:
        inputs: list[dict[str, Any]] = [{"text": item.shown, "source": item.source}]
        if photo is not None:
            inputs.append({"photo": photo.name, "sha256": photo.sha256, "size": photo.size})
        entry = case.record(ACTION_CHECK, exhibit=exhibit, inputs=inputs,
                            details=item.record())
        item.recorded_seq = entry.seq


def run_check(texts: list[str], *, watch: WatchIndex, officer: Officer,
              case: CaseRef | None = None, exhibit: str | None = None,
              photo: PhotoCodes | None = None,
              mediator: Mediator = UNATTENDED) -> list[SpotCheck]:
    """Check every input and, when a case is given, record each check in its ledger."""
    source = f"QR code in {photo.name}" if photo is not None else "typed"
    checks = check_inputs(texts, watch, source)
    if case is not None and checks:
        with using_case(case, officer, mediator=mediator) as opened:
            authorise(officer, ACTION, case=opened, exhibit=exhibit)
            record_checks(opened, checks, photo, exhibit)
    return checks


@dataclass(slots=True)
class CheckOutcome:
    """What a check run returns to the page or the CLI."""

    checks: list[SpotCheck] = field(default_factory=list)
    photo: PhotoCodes | None = None
    lists_loaded: int = 0
    recorded_in: str | None = None


def check_job(texts: list[str] | None, *, officer: Officer, case: CaseRef | None = None,
              exhibit: str | None = None, photo_path: str | None = None,
              mediator: Mediator = UNATTENDED):
    """The page's work as a plain job ``job(progress, cancel)``: read the photo if any, check
    and record. Photo decoding and watch-list loading can take seconds, so it runs off the GUI
    thread."""
    from triage_app.core.jobs import Progress
    from triage_app.crypto.qr import read_photo
    from triage_app.crypto.watchlists import load_all

    def job(progress, cancel) -> CheckOutcome:
        progress(Progress(phase="reading the photo" if photo_path else "checking"))
        photo = read_photo(photo_path) if photo_path else None
        cancel.raise_if_cancelled()
        inputs = list(photo.texts) if photo is not None else list(texts or [])
        watch = WatchIndex(load_all())
        progress(Progress(phase="checking", files_total=len(inputs)))
        checks = run_check(inputs, watch=watch, officer=officer, case=case,
                           exhibit=exhibit, photo=photo, mediator=mediator)
        recorded_in = (str(case.path) if isinstance(case, Case) else str(case)) if case else None
        return CheckOutcome(checks, photo, len(watch.lists), recorded_in)
    return job


__all__ = ["ACTION_CHECK", "CheckOutcome", "SpotCheck", "WatchReport", "check_inputs",
           "check_job", "check_one", "record_checks", "run_check",
           "split_inputs"]
