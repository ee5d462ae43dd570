"""A case folder opened for work: the case store, the custody ledger and the officer.

Every operation reaches the ledger through :meth:`Case.record`, so recording is automatic for
whoever works through a Case. The ledger is bound to its case: its first entry
(``case.created``) names the case id the store holds, and the store keeps the head of every
signed checkpoint; a ledger from another case, or one cut back below what the store saw, is
refused before anything is appended to it. One process works on a case at a time
(``case.lock``); a scan left "running" by a process that died is marked interrupted when the
case is next opened, and the ledger says so.

A case is LIVE or SIMULATION (training) from the moment it is made: the mode is given to
:meth:`Case.open` when the case is created and is held by the ledger's first entry from then on
(:attr:`Case.mode`), the one place the summary, labels, the package and the window read it.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from typing import Any

from triage_app import TOOL_NAME, __version__
from triage_app.case.store import CaseStore
from triage_app.core.officer import Officer, PassphraseSource, load_officer
from triage_app.custody.entry import CustodyEntry, line_sha256
from triage_app.custody.keys import env_passphrase
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import CaseBinding
from triage_app.errors import InputError, IntegrityError, StorageError
from triage_app.storage.drives import storage_error
from triage_app.storage.durable import close_quietly, is_temp_name

CASE_LOCK = "case.lock"
MODE_LIVE, MODE_SIMULATION = "LIVE", "SIMULATION"
CASE_ID, LEDGER_GENESIS = "case_id", "ledger_genesis"  # store meta keys of the binding
_MAX_LINE = 1 << 20  # a ledger line is far shorter; read no more when checking the binding


class _CaseLock:
    """Held for as long as a process has the case open; refuses a second process at once."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            raise StorageError(f"the case {path.parent} is open in another window or process; "
                               "close it there first") from None

    def release(self) -> None:
        close_quietly(self._fd)  # closing the descriptor releases flock/msvcrt locks


def ensure_off_evidence(case_dir: Path, evidence) -> None:
    """Refuse a case folder that lies on the evidence being read (it would write to it)."""
    if evidence is not None and evidence.holds(case_dir):
        raise InputError(f"the case folder {case_dir} is on the evidence itself "
                         f"({evidence.location}); keep the case on the triage laptop or a "
                         "separate drive")


class Case:
    def __init__(self, case_dir: Path, officer: Officer, store: CaseStore,
                 ledger: CustodyLedger, lock: _CaseLock) -> None:
        self.path = case_dir
        self.officer = officer
        self.store = store
        self.ledger = ledger
        self._lock = lock

    @classmethod
    def open(cls, case_dir: str | os.PathLike[str], *, officer: Officer | None = None,
             create: bool = True, passphrase: PassphraseSource = env_passphrase,
             evidence=None, ref: str | None = None, mode: str = MODE_LIVE) -> Case:
        """Open (or create) a case; the officer's signing key is unlocked before any work.

        ``evidence``: the source this session will read; the case folder must not lie on it.
        ``ref``: the case reference of a case created now (default: the folder's name).
        ``mode``: LIVE or SIMULATION, for a case whose ledger is begun now; an existing case
        keeps the mode its ledger began with.
        """
        if mode not in (MODE_LIVE, MODE_SIMULATION):
            raise InputError(f"a case is {MODE_LIVE} or {MODE_SIMULATION}, not {mode!r}")
        path = Path(case_dir)
        ensure_off_evidence(path, evidence)
        created = False
        if not path.exists():
            if not create:
                raise InputError(f"{path}: no such case folder")
            try:
                path.mkdir(parents=True)
            except OSError as exc:
                raise StorageError(f"cannot create the case folder {path}: {exc.strerror}") from exc
            created = True
        elif not path.is_dir():
            raise InputError(f"{path} is not a folder")
        officer = officer or load_officer(None)
        try:
            lock = _CaseLock(path / CASE_LOCK)
        except OSError as exc:
            raise storage_error(exc, "the case lock") from exc
        try:
            store = CaseStore(path)
            ledger = CustodyLedger.open(path, officer, tool_name=TOOL_NAME, tool_version=__version__,
                                        passphrase=passphrase,
                                        simulation=mode == MODE_SIMULATION)
        except BaseException:
            lock.release()
            raise
        try:
            ledger.unlock()
        except BaseException:
            ledger.close()
            store.close()
            lock.release()
            raise
        case = cls(path, officer, store, ledger, lock)
        try:
            case._opened(created, ref)
        except BaseException:
            case.close()
            raise
        return case

    def _opened(self, created: bool, ref: str | None = None) -> None:
        if created:
            self.store.set_meta("case_ref", ref or self.path.name)
        case_ref = self.ref
        case_id = self.store.get_meta(CASE_ID)
        if case_id is None:
            self._bind(case_ref)
        else:
            self._check_binding(case_id)
            self.record("case.opened", details={"case_ref": case_ref, "case_id": case_id})
        self._reconcile()
        for scan_id in self.store.mark_stale_scans_interrupted():
            self.record("scan.interrupted", details={
                "scan_id": scan_id,
                "note": "found unfinished when the case was opened (the app stopped mid-scan); "
                        "finished files are kept and a new scan of the source resumes it"})

    def _reconcile(self) -> None:
        """After a crash or a pulled drive: remove the temporary files of copies that never
        finished (a copy gets its final name only once verified) and mark images left running
        as interrupted, saying so in the ledger. Copies that did finish are adopted by the next
        collect (see preserve.collect)."""
        removed: list[str] = []
        try:
            for top in ("evidence", "scene"):
                for folder, _, names in os.walk(self.path / top):
                    for name in names:
                        if is_temp_name(name):
                            os.unlink(os.path.join(folder, name))
                            removed.append(Path(folder, name).relative_to(self.path).as_posix())
        except OSError as exc:
            raise storage_error(exc, "the case folder (removing unfinished copies)") from exc
        images = self.store.mark_stale_images_interrupted()
        if removed or images:
            self.record("case.reconciled", details={
                "unfinished_copies_removed": len(removed), "removed": removed[:100],
                "images_interrupted": images,
                "note": "found after the app or the case drive stopped mid-job"})

    def _bind(self, case_ref: str) -> None:
        """Give the case its id and bind the ledger to it: in the first entry of a new ledger
        (``case.created``), or in a ``case.bound`` entry of one made before cases had ids."""
        fresh = self.ledger.head() is None
        first = self._ledger_line(0)
        try:
            entry = None if fresh else CustodyEntry.from_line(first)
        except (ValueError, TypeError):
            entry = None
        first_officer = entry.officer if entry else self.officer.id
        # a store that lost the id (a pulled drive before synchronous=FULL) takes the ledger's
        case_id = (entry.details.get("case_id") if entry else None) or str(uuid.uuid4())
        entry = self.record("case.created" if fresh else "case.bound", details={
            "case_ref": case_ref, "case_id": case_id, "first_officer": first_officer})
        genesis = entry.sha256 if fresh else line_sha256(first)
        self.store.set_meta(LEDGER_GENESIS, genesis)
        self.store.set_meta(CASE_ID, case_id)

    def _check_binding(self, case_id: str) -> None:
        """Refuse a ledger that is not this case's, or that lost what the store saw signed."""
        first = self._ledger_line(0)
        genesis = self.store.get_meta(LEDGER_GENESIS)
        if genesis is not None and line_sha256(first) != genesis:
            try:
                other = CustodyEntry.from_line(first).details.get("case_id")
            except (ValueError, TypeError):
                other = None
            whose = f"case {other}" if other and other != case_id else "another ledger"
            raise IntegrityError(f"the custody ledger in {self.path} is not this case's (case "
                                 f"{case_id}): its first entry belongs to {whose}; it was "
                                 "replaced or copied; nothing was appended to it")
        rows = self.store.checkpoints()
        if rows:
            last = rows[-1]
            line = self._ledger_line(last["ledger_bytes"], ending=True)
            if line_sha256(line) != last["head"]:
                raise IntegrityError(
                    f"the custody ledger in {self.path} no longer holds the checkpoint signed at "
                    f"seq {last['seq']} ({last['signed_at']}) that the case store recorded: it "
                    "was cut back or edited; nothing was appended to it")

    def _ledger_line(self, offset: int, *, ending: bool = False) -> bytes:
        """The ledger line starting at ``offset`` (or, with ``ending``, ending there); b"" if
        the file is shorter."""
        try:
            with open(self.ledger.path, "rb") as ledger:
                if not ending:
                    ledger.seek(offset)
                    return ledger.readline(_MAX_LINE)
                if os.fstat(ledger.fileno()).st_size < offset:
                    return b""
                start = max(0, offset - _MAX_LINE)
                ledger.seek(start)
                data = ledger.read(offset - start)
        except OSError as exc:
            raise StorageError(f"the case drive failed: cannot read the custody ledger "
                               f"({exc.strerror or exc})") from exc
        return data[data.rfind(b"\n", 0, len(data) - 1) + 1:]

    @property
    def ref(self) -> str:
        """The case reference it was made with (its folder's name for a case made without)."""
        return self.store.get_meta("case_ref") or self.path.name

    @property
    def mode(self) -> str:
        """LIVE, or SIMULATION for a training case (walled off from real evidence)."""
        return MODE_SIMULATION if self.ledger.simulation else MODE_LIVE

    @property
    def simulation(self) -> bool:
        return self.ledger.simulation

    # --- the one path to the custody ledger --------------------------------------------------
    def record(self, action: str, **fields: Any):
        return self.ledger.record(action, **fields)

    def checkpoint(self, reason: str) -> dict[str, Any]:
        """Sign the ledger's head, and remember it in the store (what a cut-back ledger lost)."""
        signature = self.ledger.checkpoint(reason)
        self.store.add_checkpoint(signature["seq"], signature["head"], signature["ledger_bytes"],
                                  signature["key"], signature["officer"], signature["signed_at"])
        return signature

    # --- sources -----------------------------------------------------------------------------
    def attach_source(self, source, *, exhibit: str | None = None) -> tuple[int, int | None]:
        """Register ``source`` (recorded once) and return (source id, scan id to resume or None)."""
        location = str(source.location)
        if exhibit:
            self._refuse_shared_exhibit(exhibit, location)
        identity = source.describe()
        row = self.store.find_source(location)
        if row is not None:
            return row["id"], self._resumable(row["id"])
        source_id = self.store.add_source(location, source.kind, identity, exhibit)
        inputs: dict[str, Any] = {"source": location, "kind": source.kind}
        if media := source.media:
            inputs["media_size"] = media.size
            for name, value in media.stored_hashes().items():
                inputs[f"stored_{name}"] = value
        self.record("source.attached", exhibit=exhibit, inputs=[inputs], details=identity)
        return source_id, None

    def _refuse_shared_exhibit(self, exhibit: str, location: str) -> None:
        """One exhibit reference names one source: a second device under it is refused."""
        other = next((o for o in self.store.exhibit_locations(exhibit) if o != location), None)
        if other is None:
            return
        reason = (f"exhibit {exhibit} already names another source, {other}; give {location} "
                  "its own exhibit reference")
        self.record("exhibit.refused", exhibit=exhibit, inputs=[{"source": location}],
                    reason=reason, details={"named_source": other})
        raise InputError(reason)

    def _resumable(self, source_id: int) -> int | None:
        row = self.store.unfinished_scan(source_id)
        return row["id"] if row is not None else None

    def close(self) -> None:
        try:
            self.ledger.close()
        finally:
            self.store.close()
            self._lock.release()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def store_binding(store: CaseStore) -> CaseBinding:
    return CaseBinding(store.get_meta(LEDGER_GENESIS),
                       tuple((row["seq"], row["head"]) for row in store.checkpoints()),
                       store.get_meta(CASE_ID))
