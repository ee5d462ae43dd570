"""The custody ledger of one case: ``custody.jsonl``, written by one background thread.

Every part of the app records through :meth:`CustodyLedger.record`, which returns only once the
line is written and fsync'd, and raises :class:`StorageError` otherwise, so no operation is
reported done before its custody entry is on disk. Each write holds an exclusive lock on
``custody.lock`` and re-reads the file's end when another process has appended meanwhile, so two
processes (the GUI and a CLI command) can share one ledger without interleaving.

A crash can tear the last line. Opening reports it (:attr:`CustodyLedger.torn_tail`); the next
write terminates the torn bytes with ``\\n`` and records a ``custody.interrupted-write`` entry
that names them (offset, size, SHA-256) and chains to them, so nothing is dropped or rewritten.

A ledger is LIVE or SIMULATION for good: the mode is given when its first entry is written and
read back from that entry afterwards. Every entry of a simulation ledger carries
``details.case_mode = "SIMULATION"`` (the verifier checks that none lacks it, and that no LIVE
entry has it), and its checkpoints are signed with the officer's training key.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from triage_app.core.json_input import loads
from triage_app.core.officer import Officer, PassphraseSource
from triage_app.custody import clock
from triage_app.custody.entry import (
    ACTION_CHECKPOINT,
    ACTION_CLOCK_CHECK,
    ACTION_INTERRUPTED_SEAL,
    ACTION_INTERRUPTED_WRITE,
    GENESIS_PREV,
    CustodyEntry,
    canonical_json,
    line_sha256,
)
from triage_app.custody.keycard import card_file, profile_card, read_card
from triage_app.custody.keys import env_passphrase, key_fingerprint, public_key_pem, signing_key
from triage_app.custody.signing import (
    KEYS_DIR,
    SIGNATURES_FILE,
    HeadSignature,
    key_file,
    sign_head,
    signature_line,
)
from triage_app.custody.tail import Tail, TornTail, pread, read_tail
from triage_app.errors import InputError, IntegrityError, StorageError
from triage_app.storage.durable import close_quietly, fsync_dir, write_durably
from triage_app.storage.filelock import FileLock

log = logging.getLogger(__name__)

LEDGER_FILE = "custody.jsonl"
LOCK_FILE = "custody.lock"
MODE_KEY, SIMULATION = "case_mode", "SIMULATION"  # the mark of every simulation entry
_APPEND_FLAGS = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LedgerHead:
    """What a label or a package cites: the last entry's seq and the SHA-256 of its line."""

    seq: int
    sha256: str


class CustodyLedger:
    """Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, case_dir: Path, officer: Officer, tool_name: str, tool_version: str,
                 passphrase: PassphraseSource, simulation: bool = False) -> None:
        self.case_dir = case_dir
        self.simulation = simulation
        self.path = case_dir / LEDGER_FILE
        self.officer = officer
        self.tool_name = tool_name
        self.tool_version = tool_version
        self._passphrase = passphrase
        self._key: Ed25519PrivateKey | None = None
        self._lock: FileLock | None = None
        self._fd = -1
        self._tail: Tail | None = None
        self._clock: dict[str, Any] | None = None
        self._jobs: queue.SimpleQueue[tuple[Callable[[], Any], Future] | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self.torn_tail: TornTail | None = None

    @classmethod
    def open(cls, case_dir: Path, officer: Officer, *, tool_name: str, tool_version: str,
             passphrase: PassphraseSource = env_passphrase,
             simulation: bool = False) -> CustodyLedger:
        """Open (creating if missing) the ledger of ``case_dir``; torn bytes are reported, kept.

        ``simulation``: the mode of a ledger that has no entry yet; one that has keeps the mode
        of its first entry.
        """
        case_dir = Path(case_dir)
        if not case_dir.is_dir():
            raise InputError(f"case folder {case_dir} does not exist")
        first = first_entry(case_dir / LEDGER_FILE)
        if first is not None:
            simulation = is_simulation(first)
        ledger = cls(case_dir, officer, tool_name, tool_version, passphrase, simulation)
        ledger._open_file()
        ledger._writer = threading.Thread(target=ledger._run, daemon=True,
                                          name=f"custody-writer:{case_dir.name}")
        ledger._writer.start()
        return ledger

    def _open_file(self) -> None:
        created = not self.path.exists()
        try:
            self._lock = FileLock(self.case_dir / LOCK_FILE)
            self._fd = os.open(self.path, _APPEND_FLAGS, 0o644)
            if created:
                fsync_dir(self.case_dir)
            with self._lock:
                self._tail = read_tail(self._fd, os.fstat(self._fd).st_size)
        except OSError as exc:
            if self._fd >= 0:
                close_quietly(self._fd)
            if self._lock is not None:
                self._lock.close()
            raise StorageError(f"the case drive failed: cannot open the custody ledger "
                               f"{self.path}: {exc.strerror or exc}") from exc
        self.torn_tail = self._tail.torn
        self._clock = self._tail.last.clock if self._tail.last else None
        if self.torn_tail:
            log.warning("custody ledger %s: %d bytes at offset %d are %s", self.path,
                        self.torn_tail.size, self.torn_tail.offset,
                        "DAMAGED: nothing will be appended" if self.torn_tail.damaged else
                        "torn (an interrupted write); the next entry records them")

    # --- the API every operation calls -------------------------------------------------------

    def record(self, action: str, *, exhibit: str | None = None,
               inputs: Iterable[dict[str, Any]] = (), outputs: Iterable[dict[str, Any]] = (),
               reason: str | None = None, details: dict[str, Any] | None = None,
               endorsement: str | None = None) -> CustodyEntry:
        """Append one entry and return it once it is fsync'd; StorageError if it is not."""
        fields = self._fields(action, exhibit, inputs, outputs, reason, details, endorsement)
        return self._submit(lambda: self._append(fields))

    def record_clock_check(self, reference: str, offset_seconds: float, *,
                           reason: str | None = None) -> CustodyEntry:
        """Record the officer-confirmed offset (reference minus app clock, in seconds).

        Times are never adjusted: later entries carry the offset in their ``clock`` field.
        """
        offset = float(offset_seconds)
        fields = self._fields(ACTION_CLOCK_CHECK, None, (), (), reason,
                              {"reference": reference, "offset_seconds": offset}, None)
        return self._submit(lambda: self._append(fields, clock_reference=(reference, offset)))

    def checkpoint(self, reason: str) -> dict[str, Any]:
        """Record a checkpoint entry and sign the head that includes it; returns the signature
        record with ``ledger_bytes``, the ledger's size just after the checkpoint line."""
        key = self._signing_key()
        fingerprint = key_fingerprint(key.public_key())
        self._publish_key(key, fingerprint)
        fields = self._fields(ACTION_CHECKPOINT, None, (), (), reason, {"key": fingerprint}, None)
        signature, size = self._submit(lambda: self._seal(fields, key, reason))
        return {**signature.to_dict(), "ledger_bytes": size}

    def sign_detached(self, data: bytes) -> tuple[str, bytes]:
        """Sign ``data`` (e.g. a package's tag manifest) with the officer's key, whose public
        half is published in the case; returns (key fingerprint, 64-byte Ed25519 signature)."""
        key = self._signing_key()
        fingerprint = key_fingerprint(key.public_key())
        self._publish_key(key, fingerprint)
        return fingerprint, key.sign(data)

    def head(self) -> LedgerHead | None:
        """The current head, as this process last saw it (None for an empty ledger)."""
        tail = self._submit(self._refresh)
        if tail.last is None or tail.last_sha256 is None:
            return None
        return LedgerHead(tail.last.seq, tail.last_sha256)

    def close(self) -> None:
        if self._writer is None:
            return
        self._jobs.put(None)
        self._writer.join()
        self._writer = None
        close_quietly(self._fd)
        if self._lock is not None:
            self._lock.close()

    def __enter__(self) -> CustodyLedger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- caller side -------------------------------------------------------------------------

    def _fields(self, action: str, exhibit: str | None, inputs: Iterable[dict[str, Any]],
                outputs: Iterable[dict[str, Any]], reason: str | None,
                details: dict[str, Any] | None, endorsement: str | None) -> dict[str, Any]:
        if not action:
            raise InputError("a custody entry needs an action")
        now = clock.utc_now()
        if endorsement is None:
            best = self.officer.best_endorsement(now)
            endorsement = best.code if best else None
        elif not self.officer.holds(endorsement, now):
            raise InputError(f"officer {self.officer.id} holds no valid endorsement "
                             f"{endorsement!r}; the entry was not recorded")
        fields = {"action": action, "exhibit": exhibit, "inputs": list(inputs),
                  "outputs": list(outputs), "reason": reason,
                  "details": self._marked(details or {}), "endorsement": endorsement}
        try:
            canonical_json(fields)
        except (TypeError, ValueError) as exc:
            raise InputError(f"custody entry {action!r} holds a value that is not plain JSON: "
                             f"{exc}") from None
        return fields

    def _marked(self, details: dict[str, Any]) -> dict[str, Any]:
        return {**details, MODE_KEY: SIMULATION} if self.simulation else dict(details)

    def _submit(self, job: Callable[[], T]) -> T:
        if self._writer is None:
            raise StorageError(f"the custody ledger {self.path} is closed")
        future: Future = Future()
        self._jobs.put((job, future))
        return future.result()

    def unlock(self) -> None:
        """Load the officer's signing key now, so a wrong or missing passphrase stops the work
        before it starts rather than at the checkpoint after it."""
        self._signing_key()

    def _signing_key(self) -> Ed25519PrivateKey:
        if self._key is None:
            self._key = signing_key(self.officer, self._passphrase, training=self.simulation)
        return self._key

    def _publish_key(self, key: Ed25519PrivateKey, fingerprint: str) -> None:
        """Put the public key and the officer's key card in the case (``signer-keys/``), so
        they travel with it; the card is made in the profile on the key's first use."""
        folder = self.case_dir / KEYS_DIR
        pem, card_path = key_file(self.case_dir, fingerprint), card_file(folder, fingerprint)
        try:
            card = profile_card(self.officer, key, training=self.simulation)
            if pem.exists() and read_card(card_path) == card:
                return
            folder.mkdir(exist_ok=True)
            write_durably(pem, public_key_pem(key.public_key()))
            write_durably(card_path, card.to_bytes())
        except OSError as exc:
            raise StorageError(f"the case drive failed: cannot store the public key in {folder}: "
                               f"{exc.strerror or exc}") from exc

    # --- writer thread -----------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, future = item
            try:
                future.set_result(job())
            except BaseException as exc:  # handed to the caller, who raises it
                future.set_exception(exc)

    def _refresh(self) -> Tail:
        """The file's end, re-read only when its size changed (another process, a failure)."""
        size = os.fstat(self._fd).st_size
        if self._tail is None or self._tail.size != size:
            self._tail = read_tail(self._fd, size)
        return self._tail

    def _file_lock(self) -> FileLock:
        if self._lock is None:
            raise StorageError(f"the custody ledger {self.path} is not open")
        return self._lock

    def _append(self, fields: dict[str, Any],
                clock_reference: tuple[str, float] | None = None) -> CustodyEntry:
        with self._file_lock():
            return self._append_locked(fields, clock_reference)

    def _seal(self, fields: dict[str, Any], key: Ed25519PrivateKey,
              reason: str) -> tuple[HeadSignature, int]:
        """Entry and signature under one lock hold: only a crash leaves a checkpoint unsigned."""
        with self._file_lock():
            entry = self._append_locked(fields)
            signature = sign_head(key, seq=entry.seq, head=entry.sha256, signed_at=entry.time,
                                  officer=self.officer.id, reason=reason)
            if self._tail is None:  # _append_locked has just set it
                raise StorageError(f"the custody ledger {self.path} lost track of its end")
            size = self._tail.size
            self._append_signature_locked(signature)
            return signature, size

    def _append_locked(self, fields: dict[str, Any],
                       clock_reference: tuple[str, float] | None = None) -> CustodyEntry:
        try:
            tail = self._refresh()
            data, seq, prev = self._recovery(tail)
            now = clock.utc_now()
            entry_clock = self._clock
            if clock_reference is not None:
                reference, offset = clock_reference
                entry_clock = {"reference": reference, "offset_seconds": offset,
                               "checked_at": clock.iso(now)}
            entry = self._entry(seq + 1, prev, now, entry_clock, **fields)
            line = entry.to_line()
            _write_synced(self._fd, data + line)
        except OSError as exc:
            self._tail = None  # the file's end is unknown now; re-read before the next write
            raise StorageError(f"the case drive failed: the custody entry {fields['action']!r} "
                               f"could not be written to {self.path}: {exc.strerror or exc}; "
                               "the action is not recorded") from exc
        self._tail = Tail(tail.size + len(data) + len(line), entry, line_sha256(line), None,
                          None)
        self._clock = entry_clock
        return entry

    def _entry(self, seq: int, prev: str, now: datetime, entry_clock: dict[str, Any] | None,
               **fields: Any) -> CustodyEntry:
        return CustodyEntry(
            seq=seq, prev=prev, time=clock.iso(now), local_time=clock.iso(now.astimezone()),
            zone=clock.local_zone_name(), clock=entry_clock, officer=self.officer.id,
            officer_name=self.officer.name, tool=self.tool_name, tool_version=self.tool_version,
            **fields)

    def _recovery(self, tail: Tail) -> tuple[bytes, int, str]:
        """Entries owed before the next one, after a crash: torn bytes and an unsigned seal.

        Returns the bytes to write first, and the seq and prev the next entry follows.
        """
        seq = tail.last.seq if tail.last else 0
        prev = tail.last_sha256 or GENESIS_PREV
        data = b""
        torn = tail.torn
        if torn is not None and torn.damaged:
            raise IntegrityError(
                f"the custody ledger {self.path} is damaged: the {torn.size} bytes after its "
                f"last entry (from byte {torn.offset}) are not entries and not what an "
                "interrupted write leaves; nothing is appended after damage: keep the drive "
                "as it is and report it")
        if torn is not None:
            completed = False
            if torn.fragment:
                data = b"\n"  # keep the fragment, as a line of its own
                closed = torn.fragment + b"\n"
                try:
                    candidate = CustodyEntry.from_line(closed)
                    completed = (torn.lines == 0 and candidate.seq == seq + 1
                                 and candidate.prev == prev)
                except (ValueError, TypeError):
                    pass
                if completed:
                    seq = candidate.seq
                prev = line_sha256(closed)
            else:
                prev = line_sha256(tail.last_torn_line or b"")
            seq, prev, line = self._owed(
                seq, prev, ACTION_INTERRUPTED_WRITE,
                "an earlier write was interrupted (crash or power cut); its bytes are kept",
                {"offset": torn.offset, "bytes": torn.size, "sha256": torn.sha256,
                 "lines": 0 if completed else torn.lines + (1 if torn.fragment else 0),
                 "completed": completed})
            data += line
        elif tail.last and tail.last.action == ACTION_CHECKPOINT and not self._signed(tail.last):
            seq, prev, line = self._owed(
                seq, prev, ACTION_INTERRUPTED_SEAL,
                f"the signature of checkpoint seq {seq} was never written (crash or power cut); "
                "that checkpoint stays unsigned", {"seq": seq})
            data += line
        return data, seq, prev

    def _owed(self, seq: int, prev: str, action: str, reason: str,
              details: dict[str, Any]) -> tuple[int, str, bytes]:
        entry = self._entry(seq + 1, prev, clock.utc_now(), self._clock, endorsement=None,
                            action=action, exhibit=None, reason=reason,
                            details=self._marked(details))
        log.warning("custody ledger %s: %s (recorded as seq %d)", self.path, reason, entry.seq)
        line = entry.to_line()
        return entry.seq, line_sha256(line), line

    def _signed(self, checkpoint: CustodyEntry) -> bool:
        """Whether the signatures file ends with this checkpoint's signature (see _seal)."""
        path = self.case_dir / SIGNATURES_FILE
        try:
            with open(path, "rb") as sigs:
                sigs.seek(max(0, os.fstat(sigs.fileno()).st_size - 8192))
                tail = sigs.read()
        except FileNotFoundError:
            return False
        for raw in reversed(tail.split(b"\n")):
            try:
                record = HeadSignature.from_dict(loads(raw))
            except ValueError:
                continue
            return record.seq == checkpoint.seq
        return False

    def _append_signature_locked(self, signature: HeadSignature) -> None:
        path = self.case_dir / SIGNATURES_FILE
        created = not path.exists()
        try:
            fd = os.open(path, _APPEND_FLAGS, 0o644)
            try:
                size = os.fstat(fd).st_size
                torn = size > 0 and pread(fd, 1, size - 1) != b"\n"
                _write_synced(fd, (b"\n" if torn else b"") + signature_line(signature))
            finally:
                close_quietly(fd)
            if created:
                fsync_dir(self.case_dir)
        except OSError as exc:
            raise StorageError(f"the case drive failed: the head signature could not be "
                               f"written to {path}: "
                               f"{exc.strerror or exc}; checkpoint seq {signature.seq} is "
                               "recorded but unsigned") from exc


def is_simulation(entry: CustodyEntry) -> bool:
    return entry.details.get(MODE_KEY) == SIMULATION


def first_entry(path: Path) -> CustodyEntry | None:
    """The ledger's first entry, None when there is none yet (or it cannot be parsed: the
    verifier reports that)."""
    try:
        with open(path, "rb") as ledger:
            line = ledger.readline(1 << 20)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(f"the case drive failed: cannot read the custody ledger {path}: "
                           f"{exc.strerror or exc}") from exc
    try:
        return CustodyEntry.from_line(line) if line.endswith(b"\n") else None
    except (ValueError, TypeError):
        return None


def _write_synced(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)
