"""Checking a case's custody ledger and head signatures, with a precise verdict.

The verdict names the *first* problem (by position in the ledger) and its kind:

``edited``, ``deleted``, ``reordered``, ``truncated``, ``corrupt-json``, ``bad-signature``,
``unknown-key``, ``key-mismatch``, ``missing-signature``, ``missing-ledger``.

Interruptions are not tampering and leave ``ok`` true; they are *notices*:
``torn-last-line`` (a write cut short, not yet recorded), ``interrupted-write`` (torn bytes the
ledger recorded when it was next opened), ``unreadable-signature-line`` and ``unsigned-tail``.
Nothing here raises on bad input: every defect becomes a verdict.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from triage_app.core.json_input import loads
from triage_app.core.officer import key_fingerprint
from triage_app.custody.entry import (ACTION_CHECKPOINT, ACTION_INTERRUPTED_SEAL,
                                      ACTION_INTERRUPTED_WRITE, GENESIS_PREV, CustodyEntry,
                                      line_sha256)
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.custody.signing import (KEYS_DIR, SIGNATURES_FILE, HeadSignature, key_file,
                                        load_public_key, signature_valid)

_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    message: str
    line: int | None = None  # 1-based line of custody.jsonl (or of the signatures file)
    seq: int | None = None


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """One line of the file as read: its number, byte offset, exact bytes and parsed entry."""

    number: int
    offset: int
    raw: bytes  # with its "\n", except for a torn last line
    entry: CustodyEntry | None
    error: str | None = None

    @property
    def complete(self) -> bool:
        return self.raw.endswith(b"\n")


@dataclass(slots=True)
class VerifyReport:
    ledger: str
    ok: bool = True
    entries: int = 0  # entries that verify, in order from the first
    head_seq: int | None = None  # the last of those entries
    head_sha256: str | None = None
    signed_seq: int | None = None  # highest seq covered by a valid signature
    signatures: int = 0  # valid signatures
    signers: list[dict[str, Any]] = field(default_factory=list)
    problem: Problem | None = None
    notices: list[Problem] = field(default_factory=list)

    @property
    def kind(self) -> str | None:
        return self.problem.kind if self.problem else None

    @property
    def message(self) -> str:
        if self.problem:
            return self.problem.message
        signed = (f"signed through seq {self.signed_seq}" if self.signed_seq
                  else "no signed checkpoint")
        return f"custody ledger intact: {self.entries} entries, {signed}"

    @property
    def seq(self) -> int | None:
        return self.problem.seq if self.problem else None

    @property
    def line(self) -> int | None:
        return self.problem.line if self.problem else None

    @property
    def interrupted(self) -> bool:
        return any(n.kind in ("torn-last-line", "interrupted-write") for n in self.notices)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["message"] = self.message
        return data


def read_lines(data: bytes) -> list[LedgerLine]:
    """Split on ``\\n`` only (never on other line breaks) and parse what parses."""
    lines: list[LedgerLine] = []
    offset = 0
    for number, part in enumerate(data.split(b"\n"), start=1):
        raw = part + b"\n" if offset + len(part) < len(data) else part
        if not raw:
            break
        try:
            entry, error = CustodyEntry.from_line(raw), None
        except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
            entry, error = None, str(exc)
        lines.append(LedgerLine(number, offset, raw, entry, error))
        offset += len(raw)
    return lines


def verify_ledger(case_dir: Path, *, trusted_keys: Iterable[str] | None = None) -> VerifyReport:
    """Check the chain of ``case_dir/custody.jsonl`` and the head signatures beside it.

    ``trusted_keys``: fingerprints known out of band (an agency key list); when given, a
    signature by any other key is ``unknown-key`` even if its public key is in the case.
    """
    case_dir = Path(case_dir)
    path = case_dir / LEDGER_FILE
    report = VerifyReport(ledger=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.ok = False
        report.problem = Problem("missing-ledger", f"cannot read {path}: {exc.strerror or exc}")
        return report
    lines = read_lines(data)
    chain = _check_chain(lines, report)
    if report.problem is None:
        _check_signatures(case_dir, chain, report,
                          set(trusted_keys) if trusted_keys is not None else None)
    if chain:
        report.head_seq = chain[-1].entry.seq  # type: ignore[union-attr]
        report.head_sha256 = line_sha256(chain[-1].raw)
    report.ok = report.problem is None
    return report


def _check_chain(lines: list[LedgerLine], report: VerifyReport) -> list[LedgerLine]:
    """Walk the chain; returns the lines that verify (entries only), stopping at a problem."""
    chain: list[LedgerLine] = []
    expected_seq, expected_prev = 1, GENESIS_PREV
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.complete and (line.entry is not None or _plausibly_torn(line.raw)):
            report.notices.append(Problem(
                "torn-last-line",
                f"line {line.number} ({len(line.raw)} bytes) is incomplete: a write was "
                f"interrupted (crash, power cut or full disk); the {len(chain)} entries before "
                "it verify", line.number, expected_seq))
            break
        if line.entry is None:
            if not line.complete:  # not what an interrupted write leaves
                report.problem = Problem(
                    "corrupt-json", f"the last line (line {line.number}) is neither an entry "
                    "nor the start of one: it was damaged or edited", line.number, expected_seq)
                break
            end = i
            while end + 1 < len(lines) and lines[end + 1].entry is None:
                end += 1
            run = lines[i:end + 1]
            follower = lines[end + 1] if end + 1 < len(lines) else None
            if (follower is None or not follower.complete) and all(
                    _plausibly_torn(ln.raw) for ln in lines[i:]):
                report.notices.append(Problem(
                    "torn-last-line",
                    f"lines {line.number}-{lines[-1].number} at the end are not entries: a "
                    f"write was interrupted and not yet recorded; the {len(chain)} entries "
                    "before them verify", line.number, expected_seq))
                break
            if (follower is None or not follower.complete
                    or not _recorded_interruption(run, follower, expected_seq)):
                report.problem = Problem(
                    "corrupt-json", f"line {line.number} is not a valid custody entry "
                    f"({line.error}): it was damaged or edited", line.number, expected_seq)
                break
            expected_prev = line_sha256(run[-1].raw)
            i = end + 1
            continue
        problem = _link_problem(lines, i, expected_seq, expected_prev)
        if problem:
            report.problem = problem
            break
        entry = line.entry
        if entry.action == ACTION_INTERRUPTED_WRITE:
            report.notices.append(Problem(
                "interrupted-write",
                f"entry seq {entry.seq} (line {line.number}, {entry.time}) records an earlier "
                f"interrupted write of {entry.details.get('bytes')} bytes at offset "
                f"{entry.details.get('offset')}; nothing was removed", line.number, entry.seq))
        chain.append(line)
        expected_seq, expected_prev = entry.seq + 1, line_sha256(line.raw)
        i += 1
    if report.problem and report.problem.seq is not None:  # an edit found one line later
        chain = [ln for ln in chain if ln.entry and ln.entry.seq < report.problem.seq]
    report.entries = len(chain)
    return chain


def _plausibly_torn(raw: bytes) -> bool:
    """What a cut-short write can leave: the start of a canonical entry, or the zeros a file
    system may show for blocks that were allocated but never written before a power cut."""
    text = raw.rstrip(b"\n").rstrip(b"\0")
    start = b'{"action":"'
    if not (text.startswith(start) or start.startswith(text)):
        return False
    try:
        loads(text)
    except ValueError:
        return True  # a strict prefix of a JSON object never parses
    return False


def _recorded_interruption(run: list[LedgerLine], follower: LedgerLine, seq: int) -> bool:
    """True when ``follower`` is the ledger's own record of exactly these torn lines."""
    entry = follower.entry
    if entry is None or entry.action != ACTION_INTERRUPTED_WRITE or entry.seq != seq:
        return False
    if entry.prev != line_sha256(run[-1].raw):
        return False
    raw = b"".join(r.raw for r in run)
    details = entry.details
    torn_bytes = {hashlib.sha256(raw).hexdigest(), hashlib.sha256(raw[:-1]).hexdigest()}
    return (details.get("lines") == len(run) and details.get("offset") == run[0].offset
            and details.get("sha256") in torn_bytes)


def _link_problem(lines: list[LedgerLine], i: int, expected_seq: int,
                  expected_prev: str) -> Problem | None:
    line = lines[i]
    entry = line.entry
    assert entry is not None
    if entry.seq != expected_seq:
        later = [ln for ln in lines[i + 1:] if ln.entry and ln.entry.seq == expected_seq]
        if entry.seq > expected_seq and not later:
            missing = (f"seq {expected_seq}" if entry.seq == expected_seq + 1
                       else f"seq {expected_seq}-{entry.seq - 1}")
            return Problem("deleted", f"entry {missing} is missing: line {line.number} holds "
                           f"seq {entry.seq} where seq {expected_seq} belongs (lines were "
                           "deleted)", line.number, expected_seq)
        where = f"line {later[0].number}" if later else "an earlier line"
        return Problem("reordered", f"line {line.number} holds seq {entry.seq} where seq "
                       f"{expected_seq} belongs (seq {expected_seq} is at {where}): lines were "
                       "moved, swapped or copied", line.number, expected_seq)
    if entry.prev != expected_prev:
        if i == 0:
            return Problem("edited", f"entry seq {entry.seq} (line 1) was changed: the first "
                           "entry's prev must be 64 zeros", 1, entry.seq)
        before = lines[i - 1]
        after = lines[i + 1] if i + 1 < len(lines) else None
        own_link_intact = (after is not None and after.entry is not None
                           and after.entry.prev == line_sha256(line.raw))
        if own_link_intact or after is None:
            return Problem("edited", f"entry seq {before.entry.seq} (line {before.number}) was "
                           f"changed after it was written: its SHA-256 no longer matches the "
                           f"prev recorded in seq {entry.seq}", before.number,
                           before.entry.seq)  # type: ignore[union-attr]
        return Problem("edited", f"entry seq {entry.seq} (line {line.number}) was changed after "
                       "it was written: its prev no longer matches the entry before it",
                       line.number, entry.seq)
    if entry.to_line() != line.raw:
        return Problem("edited", f"entry seq {entry.seq} (line {line.number}) is not in the "
                       "canonical form the app writes: it was edited", line.number, entry.seq)
    return None


def _check_signatures(case_dir: Path, chain: list[LedgerLine], report: VerifyReport,
                      trusted: set[str] | None) -> None:
    by_seq = {ln.entry.seq: ln for ln in chain if ln.entry}
    last_seq = chain[-1].entry.seq if chain else 0  # type: ignore[union-attr]
    problems: list[Problem] = []
    valid: dict[int, HeadSignature] = {}
    signers: dict[str, dict[str, Any]] = {}
    for number, record in _signature_records(case_dir / SIGNATURES_FILE, report):
        where = f"signature line {number} (seq {record.seq}, officer {record.officer})"
        problem = _signature_problem(case_dir, record, where, trusted)
        if problem is None:
            target = by_seq.get(record.seq)
            if target is None or record.seq > last_seq:
                torn = " or torn" if report.interrupted else ""
                problem = Problem("truncated", f"{where} covers seq {record.seq} but the ledger "
                                  f"now ends at seq {last_seq}: entries after it were "
                                  f"removed{torn}", None, last_seq + 1)
            elif line_sha256(target.raw) != record.head:
                problem = Problem("edited", f"entry seq {record.seq} (line {target.number}) "
                                  f"differs from the head signed at {record.signed_at} by "
                                  f"{record.officer}: it was changed after signing",
                                  target.number, record.seq)
        if problem:
            problems.append(problem)
            continue
        valid[record.seq] = record
        signer = signers.setdefault(record.key, {"key": record.key, "officer": record.officer,
                                                 "seqs": []})
        signer["seqs"].append(record.seq)
    signed_seq = max(valid, default=None)
    acknowledged = {ln.entry.details.get("seq") for ln in chain
                    if ln.entry and ln.entry.action == ACTION_INTERRUPTED_SEAL}
    for ln in chain:
        entry = ln.entry
        if entry is None or entry.action != ACTION_CHECKPOINT or entry.seq in valid:
            continue
        text = (f"checkpoint seq {entry.seq} (line {ln.number}, {entry.time}, officer "
                f"{entry.officer}) has no valid signature in {SIGNATURES_FILE}")
        if signed_seq is not None and signed_seq > entry.seq:
            report.notices.append(Problem("missing-signature", f"{text}; a later signature "
                                          f"(seq {signed_seq}) covers it", ln.number, entry.seq))
        elif entry.seq == last_seq or entry.seq in acknowledged:
            # What a crash between the entry and its signature leaves (see CustodyLedger._seal).
            report.notices.append(Problem("missing-signature", f"{text}: the seal was "
                                          "interrupted (crash or power cut), or its signature "
                                          "was removed", ln.number, entry.seq))
        else:
            problems.append(Problem("missing-signature", f"{text}, and later entries do not "
                                    "record an interrupted seal: the signature was removed",
                                    ln.number, entry.seq))
    if problems:
        report.problem = min(problems, key=lambda p: p.seq if p.seq is not None else 0)
    report.signatures = len(valid)
    report.signed_seq = signed_seq
    report.signers = list(signers.values())
    if chain and (signed_seq or 0) < last_seq and report.problem is None:
        first = (signed_seq or 0) + 1
        report.notices.append(Problem(
            "unsigned-tail", f"entries seq {first}-{last_seq} are not covered by a signed "
            "checkpoint yet: removing them would not be detected", None, first))


def _signature_records(path: Path, report: VerifyReport) -> list[tuple[int, HeadSignature]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        report.notices.append(Problem("unreadable-signature-line",
                                      f"cannot read {path.name}: {exc.strerror or exc}"))
        return []
    records = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw:
            continue
        try:
            records.append((number, HeadSignature.from_dict(loads(raw))))
        except (ValueError, TypeError) as exc:
            report.notices.append(Problem(
                "unreadable-signature-line", f"{path.name} line {number} is unreadable "
                f"({exc}); it counts as no signature", number))
    return records


def _signature_problem(case_dir: Path, record: HeadSignature, where: str,
                       trusted: set[str] | None) -> Problem | None:
    if record.statement != record.expected_statement():
        return Problem("bad-signature", f"{where}: the signed statement does not match the "
                       "record's fields", None, record.seq)
    if not _FINGERPRINT.match(record.key):
        return Problem("bad-signature", f"{where}: malformed key fingerprint", None, record.seq)
    path = key_file(case_dir, record.key)
    public_key = load_public_key(path)
    short = record.key[:16]
    if public_key is None:
        return Problem("unknown-key", f"{where} was made with key {short}..., which is not in "
                       f"{KEYS_DIR}/ of the case", None, record.seq)
    actual = key_fingerprint(public_key)
    if actual != record.key:
        return Problem("key-mismatch", f"{where}: {KEYS_DIR}/{short}....pub holds a different "
                       f"key ({actual[:16]}...): the key file was replaced", None, record.seq)
    if trusted is not None and record.key not in trusted:
        return Problem("unknown-key", f"{where} was made with key {short}..., which is not "
                       "among the trusted keys", None, record.seq)
    if not signature_valid(record, public_key):
        return Problem("bad-signature", f"{where}: the Ed25519 signature does not verify with "
                       f"key {short}...", None, record.seq)
    return None
