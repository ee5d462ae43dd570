"""The triage package: collect → export → stock validators and our verifier; tampering,
hostile bags, simulation packages, disk full and lab import."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import bagit
import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import make_ext4, need
from tests.fixtures.packages import FILES, SHARED_SCHEMA, simulation_bag
from triage_app.case.case import Case
from triage_app.errors import StorageError
from triage_app.package import layout, writer
from triage_app.package.writer import export_package


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    """The packages hold collected files and images, which need an L2 officer."""
    return act_as(monkeypatch, "L2")


def test_stock_validators_and_our_verifier_accept_the_package(exported: Path, capsys) -> None:
    need("hashdeep", "xmllint")
    bagit.Bag(str(exported)).validate()
    case_validate = Path(sys.executable).with_name("case_validate")
    result = subprocess.run([str(case_validate), str(exported / "metadata/case.jsonld")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "Conforms: True" in result.stdout, result.stdout[-2000:]
    result = subprocess.run(["xmllint", "--noout", "--schema", str(SHARED_SCHEMA),
                             str(exported / "metadata/files.dfxml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    result = subprocess.run(["hashdeep", "-c", "sha256", "-r", "-l", "-a", "-k",
                             "../metadata/hashdeep-sha256.txt", "."], cwd=exported / "data",
                            capture_output=True, text=True)
    assert "Audit passed" in result.stdout + result.stderr, result.stdout + result.stderr
    run = run_cli(capsys, "package", "verify", exported, "--json")
    assert run.code == 0, run.out
    report = run.json()
    assert report["ok"] and report["mode"] == "LIVE" and report["files"] == 5
    assert (exported / "data/scene/scene-01.jpg").is_file()
    info = (exported / "bag-info.txt").read_text()
    assert "Package-Mode: LIVE" in info and f"Custody-Head-SHA256: {report['custody_head']}" in info
    for rel in FILES:
        assert (exported / "data/ABC_1/logical" / rel).read_bytes() == FILES[rel]
    dfxml = (exported / "metadata/files.dfxml").read_text()
    assert "/Users/alex/notes.txt" in dfxml and "<mtime" in dfxml


def test_openssl_checks_the_signature_without_our_code(exported: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    info = dict(line.split(": ", 1) for line in (exported / "bag-info.txt").read_text().splitlines())
    key = exported / "metadata/signer-keys" / f"{info['Signer-Key-SHA256']}.pub"
    result = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(key), "-rawin",
                             "-in", str(exported / "tagmanifest-sha256.txt"),
                             "-sigfile", str(exported / layout.SIGNATURE)], capture_output=True, text=True)
    assert "Signature Verified Successfully" in result.stdout, result.stdout + result.stderr


def test_one_flipped_payload_byte_fails(exported: Path, capsys) -> None:
    target = exported / "data/ABC_1/logical/Users/alex/notes.txt"
    data = bytearray(target.read_bytes())
    data[3] ^= 1
    target.write_bytes(bytes(data))
    run = run_cli(capsys, "package", "verify", exported, "--json")
    assert run.code == 1
    problems = run.json()["problems"]
    assert any(p["kind"] == "payload" and "notes.txt" in p["message"] for p in problems)


def test_one_edited_custody_line_fails(exported: Path, capsys) -> None:
    ledger = exported / "metadata/custody.jsonl"
    lines = ledger.read_bytes().splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if b'"source.attached"' in line)
    lines[at] = lines[at].replace(b"source.attached", b"source.attacheD")
    ledger.write_bytes(b"".join(lines))
    run = run_cli(capsys, "package", "verify", exported, "--json")
    assert run.code == 1
    kinds = {p["kind"] for p in run.json()["problems"]}
    assert "custody" in kinds and "payload" in kinds  # the chain breaks and the tag manifest too


@pytest.mark.parametrize("tag_file, damage", [  # found by the fuzz suite
    ("bag-info.txt", lambda data: b"\xe5" + data),  # not UTF-8: UnicodeDecodeError in bagit
    ("manifest-sha256.txt", lambda data: data[:60] + b"\xff\xff" + data[60:]),
    ("bagit.txt", lambda data: data + data.splitlines(keepends=True)[1]),  # TypeError in bagit
    ("bag-info.txt", lambda data: data.replace(b"Payload-Oxum: ", b"Payload-Oxum: 1.x")),
])
def test_damaged_tag_files_are_problems_not_tracebacks(exported: Path, capsys, tag_file,
                                                       damage) -> None:
    path = exported / tag_file
    path.write_bytes(damage(path.read_bytes()))
    run = run_cli(capsys, "package", "verify", exported, "--json")
    assert run.code == 1 and run.json()["problems"] and "Traceback" not in run.err


def test_replaced_signature_fails(exported: Path, capsys) -> None:
    (exported / layout.SIGNATURE).write_bytes(os.urandom(64))
    run = run_cli(capsys, "package", "verify", exported)
    assert run.code == 1 and "signature" in run.out


def test_import_verifies_copies_read_only_and_records_receipt(exported: Path, tmp_path: Path, capsys) -> None:
    lab = tmp_path / "lab"
    run = run_cli(capsys, "package", "import", exported, "--into", lab, "--json")
    assert run.code == 0, run.err
    result = run.json()
    folder = Path(result["lab_folder"])
    assert folder.parent == lab and result["summary"]["files"] == 5
    copied = folder / "package" / "data/ABC_1/logical/Users/alex/notes.txt"
    assert copied.read_bytes() == FILES["Users/alex/notes.txt"]
    assert not os.access(copied, os.W_OK) or os.geteuid() == 0
    assert copied.stat().st_mode & 0o222 == 0
    assert "package.received" in (folder / "custody.jsonl").read_text()
    assert run_cli(capsys, "custody", "verify", folder).code == 0
    again = run_cli(capsys, "package", "import", exported, "--into", lab)
    assert again.code == 1 and "imported before" in again.err


def _listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.mark.parametrize("attack", ["traversal", "absolute", "symlink", "fifo", "huge-manifest"])
def test_hostile_bags_are_refused_and_nothing_is_written(exported: Path, tmp_path: Path, capsys,
                                                         attack: str) -> None:
    bag = exported
    manifest = bag / "manifest-sha256.txt"
    if attack == "traversal":
        manifest.write_text(manifest.read_text() + "0" * 64 + "  data/../../../evil.txt\n")
    elif attack == "absolute":
        manifest.write_text(manifest.read_text() + "0" * 64 + "  /etc/passwd\n")
    elif attack == "symlink":
        os.symlink("/etc/passwd", bag / "data/passwd")
    elif attack == "fifo":
        os.mkfifo(bag / "data/pipe")
    else:
        with open(bag / "manifest-sha512.txt", "ab") as handle:
            handle.truncate(300 * 1024 * 1024)  # sparse: a 300 MiB manifest, never read
    lab = tmp_path / "lab"
    before = _listing(tmp_path)
    run = run_cli(capsys, "package", "import", bag, "--into", lab)
    assert run.code == 1 and run.err.startswith("error: refused"), run.err
    assert _listing(tmp_path) - before <= {"lab"}
    assert not lab.exists() or not any(lab.iterdir())
    assert not (tmp_path / "evil.txt").exists()


def test_simulation_package_needs_allow_simulation(tmp_path: Path, capsys) -> None:
    bag = simulation_bag(tmp_path, capsys)
    assert "Package-Mode: SIMULATION" in (bag / "bag-info.txt").read_text()
    assert "SIMULATION" in (bag / "metadata/report.html").read_text()
    refused = run_cli(capsys, "package", "import", bag, "--into", tmp_path / "lab")
    assert refused.code == 1 and "SIMULATION" in refused.err
    allowed = run_cli(capsys, "package", "import", bag, "--into", tmp_path / "lab",
                      "--allow-simulation")
    assert allowed.code == 0 and "SIMULATION PACKAGE" in allowed.out
    [receipt] = (tmp_path / "lab").glob("*/custody.jsonl")  # the lab's record keeps the mark
    received = [json.loads(line) for line in receipt.read_text().splitlines()]
    assert [e["details"]["simulation"] for e in received if e["action"] == "package.received"
            ] == [True]
    ledger = [json.loads(line) for line in next(receipt.parent.glob("*/metadata/custody.jsonl"))
              .read_text().splitlines()]
    assert all(e["details"]["case_mode"] == "SIMULATION" for e in ledger)


def test_disk_full_during_export_leaves_no_partial_bag_and_records_it(tmp_path: Path, capsys,
                                                                      monkeypatch, case_at) -> None:
    image = make_ext4(tmp_path / "usb.raw", FILES)
    assert run_cli(capsys, "collect", image, "--case", case_at(tmp_path / "case"), "--exhibit",
                   "ABC/1").code == 0
    out = tmp_path / "out"
    out.mkdir()
    calls = {"n": 0}
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        """The export drive fills up at its second file; the case drive is fine."""
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(out)):
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    with Case.open(tmp_path / "case") as case:
        collected_before = len(case.store.collected())
        monkeypatch.setattr(writer.os, "fsync", full_disk)
        with pytest.raises(StorageError, match="No space left"):
            export_package(case, out)
        monkeypatch.setattr(writer.os, "fsync", real_fsync)
        assert len(case.store.collected()) == collected_before
    assert list(out.iterdir()) == []
    ledger = (tmp_path / "case/custody.jsonl").read_text()
    assert "package.export-failed" in ledger and "partial_removed" in ledger
    assert run_cli(capsys, "custody", "verify", tmp_path / "case").code == 0


def test_fat32_target_refuses_files_over_4_gib(tmp_path: Path, capsys, monkeypatch,
                                               case_at) -> None:
    image = make_ext4(tmp_path / "usb.raw", FILES)
    assert run_cli(capsys, "collect", image, "--case", case_at(tmp_path / "case"), "--exhibit",
                   "ABC/1").code == 0
    monkeypatch.setattr(writer, "filesystem_type", lambda path: "vfat")
    monkeypatch.setattr(writer, "FAT_MAX_FILE", 100)  # stand-in for 4 GiB on a small test
    out = tmp_path / "out"
    out.mkdir()
    run = run_cli(capsys, "package", "export", tmp_path / "case", "--out", out)
    assert run.code == 1 and "FAT32" in run.err and "2G segments" in run.err
    assert list(out.iterdir()) == []


def _section(html: str, heading: str) -> str:
    """The HTML from ``<h2>heading</h2>`` to the next heading ('' when there is none)."""
    start = html.find(f"<h2>{heading}</h2>")
    return "" if start < 0 else html[start:html.find("<h2>", start + 1)]


def _export(tmp_path: Path, capsys, case: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    run = run_cli(capsys, "package", "export", case, "--out", out)
    assert run.code == 0, run.err
    return Path(run.out.strip())


def _pdf_text(pdf: Path) -> str:
    need("pdftotext")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_report_lists_the_exhibit_a_scanned_stick_was_scanned_under(tmp_path: Path,
                                                                      capsys, case_at) -> None:
    image = make_ext4(tmp_path / "stick.raw", FILES)
    case = tmp_path / "case"
    assert run_cli(capsys, "scan", image, "--case", case_at(case), "--exhibit", "ABC/7").code == 0
    bag = _export(tmp_path, capsys, case)
    exhibits = _section((bag / "metadata/report.html").read_text(), "Exhibits")
    assert "<td>ABC/7</td>" in exhibits and str(image) in exhibits
    pdf = _pdf_text(bag / "metadata/report.pdf")
    assert "ABC/7" in pdf and "none" not in pdf.split("Exhibits", 1)[1].split("Preserved", 1)[0]


def test_report_lists_a_cancelled_image_as_not_preserved(tmp_path: Path, capsys, case_at) -> None:
    from triage_app.core.jobs import CancelToken
    from triage_app.errors import Cancelled
    from triage_app.evidence.source import open_source
    from triage_app.preserve.imaging import make_image

    kept = make_ext4(tmp_path / "kept.raw", FILES)
    stopped = make_ext4(tmp_path / "stopped.raw", {"x.bin": os.urandom(2_000_000)}, size="4M")
    case = tmp_path / "case"
    assert run_cli(capsys, "image", kept, "--case", case_at(case), "--exhibit", "ABC/1").code == 0
    cancel = CancelToken()
    with open_source(stopped) as source, Case.open(case) as opened, pytest.raises(Cancelled):
        make_image(opened, source, exhibit="ABC/2", cancel=cancel,
                   progress=lambda p: cancel.cancel() if p.bytes_done else None)
    bag = _export(tmp_path, capsys, case)
    html = (bag / "metadata/report.html").read_text()
    images, not_preserved = _section(html, "Disk images"), _section(html, "Images not preserved")
    assert "ABC/1" in images and str(kept) in images
    assert "ABC/2" not in images and str(stopped) not in images
    assert "<td>ABC/2</td>" in not_preserved and "cancelled" in not_preserved
    pdf = _pdf_text(bag / "metadata/report.pdf")
    listed_as_images = pdf.split("Disk images", 1)[1].split("Images not preserved", 1)[0]
    assert "ABC/1" in listed_as_images and "ABC/2" not in listed_as_images
    assert "ABC/2" in pdf.split("Images not preserved", 1)[1]


def test_too_little_room_names_sizes_that_are_not_rounded_to_zero(tmp_path: Path, capsys,
                                                                   monkeypatch, case_at) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "note.txt").write_bytes(b"x" * 700)
    case = tmp_path / "case"
    assert run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit",
                   "ABC/1").code == 0
    out = tmp_path / "out"
    out.mkdir()
    real_usage = shutil.disk_usage
    monkeypatch.setattr(writer.shutil, "disk_usage",
                        lambda path: real_usage(path)._replace(free=20 * 1024 * 1024))
    run = run_cli(capsys, "package", "export", case, "--out", out)
    assert run.code == 1
    assert " 0.0 " not in run.err, run.err
    assert "has 20.0 MiB free; the package needs about 700 B plus 64.0 MiB of working room" \
        in run.err


def test_the_report_and_case_graph_name_the_legal_authority_in_force(exported: Path) -> None:
    html = (exported / "metadata/report.html").read_text()
    authority = _section(html, "Case")
    assert "warrant W-2026-0042" in authority and "Test Magistrates&#x27; Court" in authority
    assert "not recorded" not in authority
    graph = (exported / "metadata/case.jsonld").read_text()
    assert '"W-2026-0042"' in graph
