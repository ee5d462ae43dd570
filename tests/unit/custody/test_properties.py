"""Property tests: over random ledgers, any single-byte edit, deleted line or swap is caught."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage_app.core.officer import UNASSIGNED
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import verify_ledger

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_operation = st.one_of(
    st.tuples(st.just("record"), st.sampled_from(["scan.started", "file.hashed", "note"]),
              st.one_of(st.none(), _text), st.one_of(st.none(), st.just("ABC/1"), _text)),
    st.tuples(st.just("clock"), _text, st.floats(-3600, 3600, allow_nan=False)),
    st.tuples(st.just("checkpoint"), _text),
)
_settings = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture,
                                            HealthCheck.too_slow])


def _build(operations: list[tuple]) -> Path:
    """A ledger from the operations, always ending with a signed checkpoint."""
    case_dir = Path(tempfile.mkdtemp(prefix="custody-prop-"))
    with CustodyLedger.open(case_dir, UNASSIGNED, tool_name="t", tool_version="1") as ledger:
        for op in operations:
            if op[0] == "record":
                ledger.record(op[1], reason=op[2], exhibit=op[3],
                              inputs=[{"path": op[2] or "", "sha256": "ab" * 32}])
            elif op[0] == "clock":
                ledger.record_clock_check(op[1], op[2])
            else:
                ledger.checkpoint(op[1])
        ledger.checkpoint("final seal")
    return case_dir


@_settings
@given(st.lists(_operation, max_size=8), st.data())
def test_any_single_byte_edit_is_detected(operations, data):
    case_dir = _build(operations)
    try:
        assert verify_ledger(case_dir).ok
        path = case_dir / "custody.jsonl"
        raw = bytearray(path.read_bytes())
        position = data.draw(st.integers(0, len(raw) - 1), label="position")
        raw[position] = data.draw(st.integers(0, 255).filter(lambda b: b != raw[position]),
                                  label="new byte")
        path.write_bytes(bytes(raw))
        report = verify_ledger(case_dir)
        assert not report.ok, f"undetected edit at byte {position}"
        assert report.kind in {"edited", "corrupt-json", "deleted", "reordered", "truncated",
                               "damaged-tail"}
    finally:
        shutil.rmtree(case_dir)


@_settings
@given(st.lists(_operation, min_size=1, max_size=8), st.data())
def test_any_deleted_or_swapped_line_is_detected(operations, data):
    case_dir = _build(operations)
    try:
        path = case_dir / "custody.jsonl"
        lines = path.read_bytes().splitlines(keepends=True)
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        if data.draw(st.booleans(), label="swap"):
            j = data.draw(st.integers(0, len(lines) - 1).filter(lambda j: j != i), label="other")
            lines[i], lines[j] = lines[j], lines[i]
            expected = {"reordered", "edited"}
        else:
            del lines[i]
            expected = {"deleted", "truncated", "edited"}
        path.write_bytes(b"".join(lines))
        report = verify_ledger(case_dir)
        assert not report.ok and report.kind in expected, report.message
    finally:
        shutil.rmtree(case_dir)


@_settings
@given(st.lists(_operation, max_size=6), st.integers(1, 400))
def test_a_cut_short_last_write_is_an_interruption_and_recovers(operations, cut):
    """Cutting into an unsigned last entry is what a crash does: it must never read as
    tampering, and the next write must record it so the ledger verifies again."""
    case_dir = _build(operations)
    try:
        with CustodyLedger.open(case_dir, UNASSIGNED, tool_name="t", tool_version="1") as ledger:
            ledger.record("last", reason="x" * 200)
        path = case_dir / "custody.jsonl"
        raw = path.read_bytes()
        last_start = raw.rstrip(b"\n").rfind(b"\n") + 1
        path.write_bytes(raw[:max(last_start + 1, len(raw) - cut)])
        report = verify_ledger(case_dir)
        assert report.ok and report.interrupted, report.message
        with CustodyLedger.open(case_dir, UNASSIGNED, tool_name="t", tool_version="1") as ledger:
            ledger.record("after the crash")
        assert verify_ledger(case_dir).ok
    finally:
        shutil.rmtree(case_dir)
