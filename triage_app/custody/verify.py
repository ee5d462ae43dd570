"""Checking a case's custody ledger and head signatures, with a precise verdict.

The verdict names the *first* problem (by position in the ledger) and its kind:

``edited``, ``deleted``, ``reordered``, ``truncated``, ``corrupt-json``, ``bad-signature``,
``unknown-key``, ``key-mismatch``, ``missing-signature``, ``missing-ledger``, ``replaced``,
``damaged-tail`` (bytes after the last entry that no interrupted write leaves, with their size),
``mixed-mode`` (an entry not marked like the first: LIVE and SIMULATION entries in one ledger).

A simulation ledger's checkpoints must be signed with a training key (its card says so) and a
LIVE ledger's never are: the wrong kind of key is ``key-mismatch``.

Signers are believed only through :mod:`triage_app.custody.trust`: a key that no trusted card
binds to the officer the checkpoint names is ``unknown-key`` or ``key-mismatch``. When the case
store's record of the ledger (:class:`CaseBinding`) is given, a ledger that is not the one the
case began with (``replaced``), is shorter than a signed checkpoint the store saw
(``truncated``) or lost a signature the store saw (``missing-signature``) fails too.

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
from typing import Any

from triage_app.core.json_input import loads
from triage_app.custody.entry import (
    ACTION_CHECKPOINT,
    ACTION_INTERRUPTED_SEAL,
    ACTION_INTERRUPTED_WRITE,
    GENESIS_PREV,
    CustodyEntry,
    line_sha256,
)
from triage_app.custody.keycard import describe
from triage_app.custody.keys import key_fingerprint
from triage_app.custody.ledger import LEDGER_FILE, is_simulation
from triage_app.custody.signing import (
    KEYS_DIR,
    SIGNATURES_FILE,
    HeadSignature,
    key_file,
    load_public_key,
    signature_valid,
)
from triage_app.custody.tail import MAX_TORN_BYTES, plausibly_torn
from triage_app.custody.trust import TrustedKeys, default_trust

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


@dataclass(frozen=True, slots=True)
class CaseBinding:
    """What the case store recorded of its ledger: the SHA-256 of the first line, the
    (seq, head) of every checkpoint it saw signed, and the case id."""

    genesis: str | None
    checkpoints: tuple[tuple[int, str], ...] = ()
    case_id: str | None = None


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
    trust: str = ""  # which keys were believed
    case: dict[str, Any] | None = None  # the binding in the first entry (case_id, case_ref...)
    simulation: bool = False  # the first entry marks the ledger SIMULATION (training)
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
        end = ("the end is covered by a signature" if self.end_signed
               else "the END IS NOT covered by a signature")
        return f"custody ledger intact: {self.entries} entries, {signed}; {end}"

    @property
    def end_signed(self) -> bool:
        return self.head_seq is not None and self.signed_seq == self.head_seq

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
        data["end_signed"] = self.end_signed
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


def verify_ledger(case_dir: Path, *, trust: TrustedKeys | None = None,
                  binding: CaseBinding | None = None) -> VerifyReport:
    """Check the chain of ``case_dir/custody.jsonl`` and the head signatures beside it.

    ``trust``: the key cards to believe (default: :func:`default_trust`); a signature by any
    other key is ``unknown-key`` even if its public key travels in the case. ``binding``: the
    case store's record of this ledger, when there is one.
    """
    case_dir = Path(case_dir)
    path = case_dir / LEDGER_FILE
    trust = trust if trust is not None else default_trust()
    report = VerifyReport(ledger=str(path), trust=trust.source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.ok = False
        report.problem = Problem("missing-ledger", f"cannot read {path}: {exc.strerror or exc}")
        return report
    lines = read_lines(data)
    chain = _check_chain(lines, report)
    chain = _check_mode(chain, report)
    valid: dict[int, HeadSignature] = {}
    if report.problem is None:
        valid = _check_signatures(case_dir, chain, report, trust)
    if binding is not None:
        _check_binding(lines, chain, valid, binding, report)
    report.case = _case_binding(chain)
    if chain and chain[-1].entry is not None:  # the chain holds only entries
        report.head_seq = chain[-1].entry.seq
        report.head_sha256 = line_sha256(chain[-1].raw)
    report.ok = report.problem is None
    return report


def _case_binding(chain: list[LedgerLine]) -> dict[str, Any] | None:
    """The case the ledger is bound to: its first entry, or for a case made before cases had
    ids, the ``case.bound`` entry that bound it later."""
    entries = [ln.entry for ln in chain if ln.entry is not None]
    for entry in entries[:1] + [e for e in entries if e.action == "case.bound"]:
        if entry.details.get("case_id"):
            return {"case_id": entry.details["case_id"], "case_ref": entry.details.get("case_ref"),
                    "created": entries[0].time, "officer": entries[0].officer}
    return None


def _check_chain(lines: list[LedgerLine], report: VerifyReport) -> list[LedgerLine]:
    """Walk the chain; returns the lines that verify (entries only), stopping at a problem."""
    chain: list[LedgerLine] = []
    expected_seq, expected_prev = 1, GENESIS_PREV
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.complete and (line.entry is not None or plausibly_torn(line.raw)):
            report.notices.append(Problem(
                "torn-last-line",
                f"line {line.number} ({len(line.raw)} bytes) is incomplete: a write was "
                f"interrupted (crash, power cut or full disk); the {len(chain)} entries before "
                "it verify", line.number, expected_seq))
            break
        if line.entry is None:
            if not line.complete:  # not what an interrupted write leaves
                report.problem = _damaged_tail(lines, i, len(chain), expected_seq)
                break
            end = i
            while end + 1 < len(lines) and lines[end + 1].entry is None:
                end += 1
            run = lines[i:end + 1]
            follower = lines[end + 1] if end + 1 < len(lines) else None
            at_end = follower is None or not follower.complete
            if at_end and not _torn_not_damaged(lines[i:]):
                report.problem = _damaged_tail(lines, i, len(chain), expected_seq)
                break
            if at_end:
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


def _check_mode(chain: list[LedgerLine], report: VerifyReport) -> list[LedgerLine]:
    """Every entry is marked as the first one is (SIMULATION or not); the chain up to the first
    that is not."""
    first = next((ln.entry for ln in chain if ln.entry is not None), None)
    if first is None:
        return chain
    report.simulation = is_simulation(first)
    for index, line in enumerate(chain):
        if line.entry is not None and is_simulation(line.entry) != report.simulation:
            mode = "SIMULATION" if report.simulation else "LIVE"
            problem = Problem("mixed-mode", f"entry seq {line.entry.seq} (line {line.number}) is "
                              f"not marked as the case's first entry is ({mode}): live and "
                              "simulation entries never share a ledger", line.number,
                              line.entry.seq)
            if report.problem is None or (report.problem.seq or 0) > line.entry.seq:
                report.problem = problem
            report.entries = index
            return chain[:index]
    return chain


def _torn_not_damaged(tail: list[LedgerLine]) -> bool:
    """Whether the lines at the end are what an interrupted write leaves (see custody.tail)."""
    return (sum(len(ln.raw) for ln in tail) <= MAX_TORN_BYTES
            and all(plausibly_torn(ln.raw) for ln in tail))


def _damaged_tail(lines: list[LedgerLine], i: int, good: int, seq: int) -> Problem:
    size = sum(len(ln.raw) for ln in lines[i:])
    return Problem("damaged-tail", f"the last {size} bytes (lines {lines[i].number}-"
                   f"{lines[-1].number}, from byte {lines[i].offset}) are not entries and not "
                   f"what an interrupted write leaves: the ledger was damaged after its last "
                   f"entry; the {good} entries before them verify", lines[i].number, seq)


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
        if (own_link_intact or after is None) and before.entry is not None:
            return Problem("edited", f"entry seq {before.entry.seq} (line {before.number}) was "
                           f"changed after it was written: its SHA-256 no longer matches the "
                           f"prev recorded in seq {entry.seq}", before.number,
                           before.entry.seq)
        return Problem("edited", f"entry seq {entry.seq} (line {line.number}) was changed after "
                       "it was written: its prev no longer matches the entry before it",
                       line.number, entry.seq)
    if entry.to_line() != line.raw:
        return Problem("edited", f"entry seq {entry.seq} (line {line.number}) is not in the "
                       "canonical form the app writes: it was edited", line.number, entry.seq)
    return None


def _check_signatures(case_dir: Path, chain: list[LedgerLine], report: VerifyReport,
                      trust: TrustedKeys) -> dict[int, HeadSignature]:
    by_seq = {ln.entry.seq: ln for ln in chain if ln.entry}
    last_seq = chain[-1].entry.seq if chain and chain[-1].entry else 0
    problems: list[Problem] = []
    valid: dict[int, HeadSignature] = {}
    signers: dict[str, dict[str, Any]] = {}
    for number, record in _signature_records(case_dir / SIGNATURES_FILE, report):
        where = f"signature line {number} (seq {record.seq}, officer {record.officer})"
        problem = _signature_problem(case_dir, record, where, trust)
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
            else:
                problem = _binding_problem(record, target, trust.cards[record.key], where,
                                           report.simulation)
        if problem:
            problems.append(problem)
            continue
        valid[record.seq] = record
        card = trust.cards[record.key]
        signer = signers.setdefault(record.key, {"key": record.key, "officer": card.officer,
                                                 "name": card.name, "agency": card.agency,
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
    return valid


def _binding_problem(record: HeadSignature, target: LedgerLine, card, where: str,
                     simulation: bool) -> Problem | None:
    """A signature must sit on a checkpoint that names its key, for the officer the key is
    bound to: one officer's key never signs for another; a training key signs simulation
    ledgers only, and only a training key signs them."""
    entry = target.entry
    assert entry is not None
    short = record.key[:16]
    if entry.action != ACTION_CHECKPOINT or entry.details.get("key") != record.key:
        return Problem("key-mismatch", f"{where}: entry seq {entry.seq} (line {target.number}) "
                       f"is not a checkpoint naming key {short}...: the signature was made for "
                       "another ledger or moved", target.number, entry.seq)
    if card.officer != record.officer or card.officer != entry.officer:
        return Problem("key-mismatch", f"{where}: key {short}... belongs to {describe(card)}, "
                       f"but the checkpoint (seq {entry.seq}, line {target.number}) names officer "
                       f"{entry.officer}: one officer's key cannot sign for another",
                       target.number, entry.seq)
    if card.training != simulation:
        what = ("a training key signs only simulation (training) cases" if card.training
                else "a simulation (training) case is signed only with a training key")
        return Problem("key-mismatch", f"{where}: key {short}... is {describe(card)}, but {what}",
                       target.number, entry.seq)
    return None


def _check_binding(lines: list[LedgerLine], chain: list[LedgerLine],
                   valid: dict[int, HeadSignature], binding: CaseBinding,
                   report: VerifyReport) -> None:
    """Compare the ledger with what the case store recorded of it."""
    problems: list[Problem] = []
    bound = (_case_binding(chain) or {}).get("case_id")
    if (binding.genesis and (not lines or line_sha256(lines[0].raw) != binding.genesis)) or \
            (binding.case_id and bound != binding.case_id):
        problems.append(Problem("replaced", f"the ledger belongs to case {bound}, not to this "
                                f"case ({binding.case_id}): its first entry is not the one the "
                                "case store recorded; the ledger was replaced, or copied from "
                                "another case", 1, 1))
    by_seq = {ln.entry.seq: ln for ln in chain if ln.entry}
    last_seq = max(by_seq, default=0)
    for seq, head in binding.checkpoints:
        line = by_seq.get(seq)
        if line is None:
            problems.append(Problem("truncated", f"the case store recorded a signed checkpoint "
                                    f"at seq {seq}, but the ledger ends at seq {last_seq}: it was "
                                    "cut back", None, last_seq + 1))
        elif line_sha256(line.raw) != head:
            problems.append(Problem("edited", f"entry seq {seq} (line {line.number}) differs from "
                                    "the signed checkpoint the case store recorded",
                                    line.number, seq))
        elif seq not in valid:
            problems.append(Problem("missing-signature", f"the case store recorded a signature of "
                                    f"checkpoint seq {seq}, which is missing or invalid in "
                                    f"{SIGNATURES_FILE}: signatures were removed",
                                    line.number, seq))
    if problems:
        first = min(problems, key=lambda p: p.seq if p.seq is not None else 0)
        if report.problem is None or (first.seq or 0) < (report.problem.seq or 0):
            report.problem = first


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
                       trust: TrustedKeys) -> Problem | None:
    if record.statement != record.expected_statement():
        return Problem("bad-signature", f"{where}: the signed statement does not match the "
                       "record's fields", None, record.seq)
    if not _FINGERPRINT.match(record.key):
        return Problem("bad-signature", f"{where}: malformed key fingerprint", None, record.seq)
    card = trust.card(record.key)
    if card is None:
        return Problem("unknown-key", f"{where} was made with key {record.key}, which is not "
                       f"among {trust.source}", None, record.seq)
    public_key = card.verifying_key()
    travelling = load_public_key(key_file(case_dir, record.key))
    if travelling is not None and key_fingerprint(travelling) != record.key:
        actual = key_fingerprint(travelling)
        return Problem("key-mismatch", f"{where}: {KEYS_DIR}/{record.key[:16]}....pub holds a "
                       f"different key ({actual[:16]}...): the key file was replaced", None,
                       record.seq)
    if public_key is None or not signature_valid(record, public_key):
        return Problem("bad-signature", f"{where}: the Ed25519 signature does not verify with "
                       f"key {record.key[:16]}...", None, record.seq)
    return None
