"""Canonical bytes of an entry: what the chain hashes must be stable and unambiguous."""

from __future__ import annotations

import json

import pytest

from triage_app.custody.entry import GENESIS_PREV, CustodyEntry


def _entry(**changes) -> CustodyEntry:
    fields = dict(seq=1, prev=GENESIS_PREV, time="2026-01-02T03:04:05.000006+00:00",
                  local_time="2026-01-02T04:04:05.000006+01:00", zone="Europe/Berlin",
                  clock=None, officer="PC123", officer_name="Jane Smith",
                  endorsement="L1", action="case.created", exhibit="ABC/1", tool="field-triage",
                  tool_version="0.1.0", reason="Zeugin „Tür offen“ ✓")
    fields.update(changes)
    return CustodyEntry(**fields)


def test_line_is_sorted_compact_ascii_with_one_newline():
    line = _entry().to_line()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert line.isascii() and b": " not in line and b", " not in line
    assert line.startswith(b'{"action":"case.created","clock":null,')
    keys = list(json.loads(line))
    assert keys == sorted(keys)
    assert json.loads(line)["reason"] == "Zeugin „Tür offen“ ✓"


def test_round_trip_is_byte_exact():
    entry = _entry(inputs=[{"path": "/x", "sha256": "ab" * 32}], details={"n": 1.5})
    assert CustodyEntry.from_line(entry.to_line()) == entry
    assert CustodyEntry.from_line(entry.to_line()).to_line() == entry.to_line()


@pytest.mark.parametrize("line", [
    b"[]", b"{}", b'{"seq": 1}', b"not json",
    _entry().to_line().replace(b'"seq":1', b'"seq":"1"'),
    _entry().to_line().replace(b'"v":1', b'"v":1,"extra":2'),
])
def test_malformed_lines_are_rejected(line):
    with pytest.raises(ValueError):
        CustodyEntry.from_line(line)
