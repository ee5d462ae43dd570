"""An artefact repeated in a file is one finding with its count everywhere it shows; keys,
seeds and wallet files are urgent and listed first."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.fixtures.images import make_ext4

ADDRESS = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"
LINE = f"2024-03-01 12:00:00 INFO paid to {ADDRESS}\n".encode()
FILES = {"var/log/pay.log": LINE * 5000, "home/bob/notes.txt": f"backup\n{SEED}\n".encode(),
         "home/bob/other.log": LINE * 3}


def test_one_finding_per_artefact_and_urgent_first_everywhere(tmp_path: Path, capsys,
                                                              case_at) -> None:
    image = make_ext4(tmp_path / "usb.raw", FILES, size="16M")
    case = tmp_path / "case"
    run = run_cli(capsys, "scan", image, "--case", case_at(case), "--exhibit", "ABC/1", "--jsonl")
    assert run.code == 0, run.err
    records = run.jsonl()
    files = {r["path"]: r for r in records if r["record"] == "file"}
    address, = [f for f in files["/var/log/pay.log"]["findings"] if f["kind"] == "crypto-address"]
    start = LINE.index(ADDRESS.encode())
    assert address["count"] == 5000 and address["offset"] == start
    assert address["offsets"] == [start + i * len(LINE) for i in range(16)]
    assert not address["urgent"]
    seed, = [f for f in files["/home/bob/notes.txt"]["findings"] if f["kind"] == "crypto-seed-phrase"]
    assert seed["urgent"] and seed["count"] == 1
    assert records[-1]["urgent"] == 1

    listed = run_cli(capsys, "findings", "list", case, "--json").json()
    assert listed[0]["kind"] == "crypto-seed-phrase" and listed[0]["urgent"]
    stored, = [f for f in listed if f["path"] == "/var/log/pay.log"]
    assert stored["count"] == 5000 and len(stored["offsets"]) == 16
    text = run_cli(capsys, "findings", "list", case).out
    assert text.index("URGENT: treat it as cash: call a specialist now") < text.index(ADDRESS)
    assert "5000 times" in text

    decided = run_cli(capsys, "findings", "dismiss", case, str(stored["id"]), "--reason", "ok")
    assert decided.code == 0, decided.err
    after = run_cli(capsys, "findings", "list", case, "--json").json()
    assert [f["status"] for f in after if f["path"] == "/var/log/pay.log"] == ["dismissed"]

    out = tmp_path / "out"
    out.mkdir()
    exported = run_cli(capsys, "package", "export", case, "--out", out)
    assert exported.code == 0, exported.err
    bag = Path(exported.out.strip())
    packaged = json.loads((bag / "metadata/findings.json").read_text())
    assert packaged[0]["urgent"] is True
    assert [f["count"] for f in packaged if f["path"] == "/var/log/pay.log"] == [5000]
    report = (bag / "metadata/report.html").read_text()
    assert "(5000 times in this file)" in report and "URGENT (treat it as cash" in report


def test_a_summary_names_the_urgent_findings(tmp_path: Path, capsys, case_at) -> None:
    image = make_ext4(tmp_path / "usb.raw", FILES, size="16M")
    run = run_cli(capsys, "scan", image, "--case", case_at(tmp_path / "case"))
    assert run.code == 0, run.err
    lines = run.out.splitlines()
    assert lines[1].startswith("  URGENT: 1 private keys, seed phrases or wallet files - "
                               "treat it as cash: call a specialist now")
