"""``triage-app collect``: byte-identical copies checked with hashdeep and sha256sum, original
times, ADS mapping, --select, deleted files, safe names, full disk, mismatch and cancel."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import digests, make_e01, make_ext4, need, tree_snapshot
from triage_app.case.case import Case
from triage_app.core.jobs import CancelToken
from triage_app.errors import Cancelled
from triage_app.evidence.source import open_source
from triage_app.preserve import copy as copy_module
from triage_app.preserve.collect import collect

FILES = {"Users/bob/Documents/report.txt": b"quarterly report\n" * 50,
         "Users/bob/Pictures/photo.jpg": bytes.fromhex("ffd8ffe000104a464946") + os.urandom(3000),
         "Users/amy/Documents/notes.md": b"# notes\n",
         "data/big.bin": os.urandom(5 * 1024 * 1024 + 3),
         "empty.txt": b""}
NTFS_JPEG = "dftt/8-jpeg-search/8-jpeg-search.dd"
NTFS_UNDEL = "dftt/7-undel-ntfs/7-ntfs-undel.dd"


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    """Collection and imaging need L2 (design section 1); these tests act as an L2 officer."""
    return act_as(monkeypatch, "L2")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "evidence"
    for i, (rel, data) in enumerate(FILES.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        os.utime(path, (1600000000 + i, 1500000000 + i))
    return root


def _collected(run) -> dict[str, dict]:
    return {r["original_path"]: r for r in run.jsonl() if r["record"] == "collected"}


def _ledger(case: Path) -> list[dict]:
    return [json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()]


def _rows(case: Path) -> list[dict]:
    with Case.open(case) as opened:
        return [dict(r) for r in opened.store.collected()]


def test_folder_copies_pass_a_hashdeep_audit_and_keep_times(folder, tmp_path, capsys,
                                                            case_at) -> None:
    need("hashdeep")
    before = tree_snapshot(folder)
    case = tmp_path / "case"
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC/1",
                  "--jsonl")
    assert run.code == 0, run.err
    summary = run.jsonl()[-1]
    assert summary["status"] == "finished" and summary["files"] == len(FILES)
    files = _collected(run)
    for i, (rel, data) in enumerate(FILES.items()):
        record = files[f"/{rel}"]
        assert record["hashes"] == digests(data)
        assert record["stored_path"] == f"evidence/ABC_1/logical/{rel}"
        assert record["times"]["mtime"] == 1500000000 + i
        st = (case / record["stored_path"]).stat()  # before anything reads the copy
        assert (int(st.st_mtime), int(st.st_atime)) == (1500000000 + i, 1600000000 + i)
    assert tree_snapshot(folder) == before  # not even an access time moved
    logical = case / "evidence" / "ABC_1" / "logical"
    known = subprocess.run(["hashdeep", "-c", "sha256", "-r", "-l", "."], cwd=folder,
                           capture_output=True, check=True).stdout
    (tmp_path / "known.txt").write_bytes(known)
    audit = subprocess.run(["hashdeep", "-c", "sha256", "-r", "-l", "-a", "-k",
                            str(tmp_path / "known.txt"), "."], cwd=logical, capture_output=True,
                           text=True)
    assert "Audit passed" in audit.stdout, audit.stdout + audit.stderr
    rows = _rows(case)
    assert {r["original_path"]: r["sha256"] for r in rows} == {
        f"/{rel}": hashlib.sha256(data).hexdigest() for rel, data in FILES.items()}
    assert all(r["verified"] == 1 and r["exhibit"] == "ABC/1" for r in rows)
    # The manifest hash in custody is sha256sum's listing of the copies, sorted by path.
    listing = subprocess.run("find evidence -type f | LC_ALL=C sort | tr '\\n' '\\0' | "
                             "xargs -0 sha256sum | sha256sum", shell=True, cwd=case,
                             capture_output=True, text=True, check=True).stdout.split()[0]
    [finished] = [e for e in _ledger(case) if e["action"] == "collect.finished"]
    assert finished["outputs"][0]["manifest_sha256"] == summary["manifest_sha256"] == listing
    actions = [e["action"] for e in _ledger(case)]
    assert actions[actions.index("collect.finished") + 1] == "custody.checkpoint"
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_select_globs_and_exhibit_default(folder, tmp_path, capsys, case_at) -> None:
    case = tmp_path / "case"
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--select",
                  "/Users/*/Documents/**",
                  "--select", "*.JPG", "--jsonl")
    assert run.code == 0, run.err
    assert sorted(_collected(run)) == ["/Users/amy/Documents/notes.md",
                                       "/Users/bob/Documents/report.txt",
                                       "/Users/bob/Pictures/photo.jpg"]
    assert run.jsonl()[-1]["exhibit"] == "UNREF/evidence"
    assert (case / "evidence" / "UNREF_evidence" / "logical" / "Users").is_dir()
    started = [e for e in _ledger(case) if e["action"] == "collect.started"][0]
    assert started["details"]["default_exhibit"] is True
    again = run_cli(capsys, "collect", folder, "--case", case_at(case), "--jsonl")
    assert again.jsonl()[-1]["skipped"] == 3 and again.jsonl()[-1]["files"] == 2


def test_ntfs_ads_mapping_matches_icat_and_metadata_is_left_out(disk_images, tmp_path,
                                                               capsys, case_at) -> None:
    need("ifind", "istat", "icat")
    image = disk_images / NTFS_JPEG
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    case = tmp_path / "case"
    run = run_cli(capsys, "collect", image, "--case", case_at(case), "--exhibit", "ABC/2",
                  "--jsonl")
    assert run.code == 0, run.err
    files = _collected(run)
    ads = files["/misc/file13.dll:here"]
    assert ads["stored_path"] == "evidence/ABC_2/logical/misc/file13.dll__ADS__here"
    inode = subprocess.run(["ifind", "-n", "/misc/file13.dll", str(image)], capture_output=True,
                           text=True, check=True).stdout.strip()
    istat = subprocess.run(["istat", str(image), inode], capture_output=True, text=True,
                           check=True).stdout
    attr = re.search(r"\$DATA \(128-(\d+)\)\s+Name: here", istat)[1]
    stream = subprocess.run(["icat", str(image), f"{inode}-128-{attr}"], capture_output=True,
                            check=True).stdout
    assert (case / ads["stored_path"]).read_bytes() == stream
    assert ads["hashes"] == digests(stream)
    assert not any(p.startswith("/$") for p in files)  # $MFT, $BadClus:$Bad … left out
    assert not any(r["deleted"] for r in files.values())
    assert "/del1/file6.jpg" not in files  # deleted: only with --include-deleted
    jpgs = run_cli(capsys, "collect", image, "--case", case_at(tmp_path / "c2"), "--select",
                   "*.jpg",
                   "--jsonl")
    assert sorted(_collected(jpgs)) == ["/alloc/file1.jpg", "/invalid/file3.jpg",
                                        "/invalid/file4.jpg"]
    assert hashlib.sha256(image.read_bytes()).hexdigest() == digest


def test_deleted_files_only_on_request_and_flagged(disk_images, tmp_path, capsys, case_at) -> None:
    image = disk_images / NTFS_UNDEL
    plain = run_cli(capsys, "collect", image, "--case", case_at(tmp_path / "c1"), "--jsonl")
    assert plain.code == 0 and set(_collected(plain)) == {"/System Volume Information/tracking.log"}
    run = run_cli(capsys, "collect", image, "--case", case_at(tmp_path / "c2"), "--include-deleted",
                  "--jsonl")
    files = _collected(run)
    assert files["/mult1.dat:ADS"]["hashes"]["md5"] == "ba1b9eedb1c091ddca253d35dde8f616"
    assert files["/mult1.dat:ADS"]["deleted"] is True
    assert files["/$OrphanFiles/sing2.dat"]["deleted"] is True
    assert run.jsonl()[-1]["deleted"] == sum(r["deleted"] for r in files.values()) >= 8


def test_collect_from_ext4_raw_and_e01(tmp_path, capsys, case_at) -> None:
    raw = make_ext4(tmp_path / "disk.raw", {k: v for k, v in FILES.items() if k != "data/big.bin"})
    e01 = make_e01(raw, tmp_path / "disk")
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (raw, e01)}
    for n, image in enumerate((raw, e01)):
        run = run_cli(capsys, "collect", image, "--case", case_at(tmp_path / f"c{n}"), "--exhibit",
                      f"EX/{n}", "--select", "/Users/**", "--jsonl")
        assert run.code == 0, run.err
        files = _collected(run)
        assert {p: r["hashes"] for p, r in files.items()} == {
            f"/{k}": digests(v) for k, v in FILES.items() if k.startswith("Users/")}
        tree = tmp_path / "disk.tree"  # what make_ext4 copied in, times included
        assert all(r["times"]["mtime"] == int((tree / p[1:]).stat().st_mtime)
                   for p, r in files.items())
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (raw, e01)} == before


def test_unstorable_names_get_safe_names_and_keep_the_original(tmp_path, capsys, case_at) -> None:
    root = tmp_path / "src"
    names = ['what?.txt', 'a:b.txt', 'CON', 'trailing.']
    for name in names:
        (root / "d").mkdir(parents=True, exist_ok=True)
        (root / "d" / name).write_bytes(name.encode())
    (root / "d" / "What_.txt").write_bytes(b"clash")  # takes the safe name of what?.txt
    run = run_cli(capsys, "collect", root, "--case", case_at(tmp_path / "case"), "--jsonl")
    assert run.code == 0, run.err
    stored = {p: r["stored_path"].rsplit("/", 1)[1] for p, r in _collected(run).items()}
    assert stored["/d/a:b.txt"] == "a_b.txt" and stored["/d/CON"] == "_CON"
    assert stored["/d/trailing."] == "trailing_"
    assert {stored["/d/what?.txt"], stored["/d/What_.txt"]} == {"What_.txt", "what___2.txt"}
    assert run.jsonl()[-1]["renamed"] == 4  # What_.txt came first and kept its name
    for path, record in _collected(run).items():
        assert (tmp_path / "case" / record["stored_path"]).read_bytes() == (
            root / path.lstrip("/")).read_bytes()


def _full_disk_after(monkeypatch, limit: int) -> None:
    """ENOSPC once the evidence copies on disk reach ``limit`` bytes in total (the ledger
    and case store still write, as a disk with a little room left would let them)."""
    real_write = os.write
    written = {"n": 0}

    def write(fd, data):
        target = os.readlink(f"/proc/self/fd/{fd}")
        if "/evidence/" in target:
            if written["n"] + len(data) > limit:
                raise OSError(errno.ENOSPC, "No space left on device")
            written["n"] += len(data)
        return real_write(fd, data)

    monkeypatch.setattr(copy_module.os, "write", write)


def test_full_disk_keeps_finished_files_and_a_verifying_ledger(folder, tmp_path, capsys,
                                                              monkeypatch, case_at) -> None:
    case = tmp_path / "case"
    _full_disk_after(monkeypatch, 1024 * 1024)
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC/1")
    assert run.code == 1 and "case drive is full" in run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    on_disk = sorted(p.relative_to(case).as_posix() for p in (case / "evidence").rglob("*")
                     if p.is_file())
    rows = _rows(case)
    assert on_disk == sorted(r["stored_path"] for r in rows)  # no partial file left behind
    assert len(rows) == 4 and "/data/big.bin" not in {r["original_path"] for r in rows}
    for row in rows:
        assert hashlib.sha256((case / row["stored_path"]).read_bytes()).hexdigest() == row["sha256"]
    [failed] = [e for e in _ledger(case) if e["action"] == "collect.failed"]
    assert failed["details"]["unfinished"] == "/data/big.bin"
    assert failed["details"]["files"] == 4 and "full" in failed["reason"]
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_a_copy_that_does_not_verify_stops_the_job(folder, tmp_path, capsys, monkeypatch,
                                                   case_at) -> None:
    real_fsync = os.fsync

    def flip_first_byte(fd: int) -> None:  # the drive "stores" one byte wrong
        path = os.readlink(f"/proc/self/fd/{fd}")
        if "/evidence/" in path and os.fstat(fd).st_size > 1000:
            with open(path, "r+b") as handle:
                first = handle.read(1)
                handle.seek(0)
                handle.write(bytes([first[0] ^ 0xFF]))
        real_fsync(fd)

    monkeypatch.setattr(copy_module.os, "fsync", flip_first_byte)
    case = tmp_path / "case"
    run = run_cli(capsys, "collect", folder, "--case", case_at(case))
    assert run.code == 1 and "verification failed" in run.err
    [failed] = [e for e in _ledger(case) if e["action"] == "collect.failed"]
    assert "verification failed" in failed["reason"]
    assert run_cli(capsys, "custody", "verify", case).code == 0


def test_cancel_mid_job_records_it_keeps_finished_files_and_resumes(folder, tmp_path,
                                                                   capsys, case_at) -> None:
    for i in range(12):
        (folder / "bulk" / f"{i:02d}.bin").parent.mkdir(exist_ok=True)
        (folder / "bulk" / f"{i:02d}.bin").write_bytes(os.urandom(2000))
    cancel = CancelToken()
    done = []

    def stop_after_three(item) -> None:
        done.append(item)
        if len(done) == 3:
            cancel.cancel()

    case = case_at(tmp_path / "case")
    with open_source(folder) as source, Case.open(case) as opened, \
            pytest.raises(Cancelled) as stopped:
        collect(opened, source, exhibit="ABC/1", cancel=cancel, on_file=stop_after_three)
    assert stopped.value.outcome == "cancelled; kept in the case: 3 files collected and verified"
    ledger = _ledger(case)
    [cancelled] = [e for e in ledger if e["action"] == "collect.cancelled"]
    assert cancelled["details"]["files"] == 3
    assert all((case / d.stored_path).read_bytes() == (folder / d.original_path[1:]).read_bytes()
               for d in done)
    assert not list(case.rglob("*.part"))
    assert run_cli(capsys, "custody", "verify", case).code == 0
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC/1",
                  "--jsonl")
    assert run.jsonl()[-1]["skipped"] == 3 and run.jsonl()[-1]["files"] == len(FILES) + 12 - 3


def test_ctrl_c_says_what_was_kept_only_when_something_was(folder, tmp_path, capsys,
                                                           monkeypatch, case_at) -> None:
    from triage_app.cli import collect_cmd
    from triage_app.core.jobs import Throttle
    from triage_app.preserve import collect as collect_module

    for i in range(12):
        (folder / "bulk" / f"{i:02d}.bin").parent.mkdir(exist_ok=True)
        (folder / "bulk" / f"{i:02d}.bin").write_bytes(os.urandom(2000))
    monkeypatch.setattr(collect_module, "Throttle", lambda callback: Throttle(callback, 0.0))

    def ctrl_c_when(condition):
        class Progress:
            sent = False

            def __call__(self, p) -> None:
                if not self.sent and condition(p):
                    self.sent = True
                    os.kill(os.getpid(), signal.SIGINT)

            def done(self) -> None:
                pass
        return Progress

    case = tmp_path / "case"
    monkeypatch.setattr(collect_cmd, "StderrProgress",
                        ctrl_c_when(lambda p: p.phase == "collecting" and p.files_done == 0))
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC/1")
    assert run.code == 130 and run.err == "interrupted: cancelled; nothing half-written is kept\n"
    monkeypatch.setattr(collect_cmd, "StderrProgress", ctrl_c_when(lambda p: p.files_done == 2))
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC/1")
    files = [e for e in _ledger(case) if e["action"] == "collect.cancelled"][-1]["details"]["files"]
    assert run.code == 130 and files >= 2
    assert run.err == f"interrupted: cancelled; kept in the case: {files} files collected and " \
                      "verified\n"


@pytest.mark.parametrize("argv, words", [
    (["collect", "/nonexistent/src", "--case", "{case}"], "no such file"),
    (["collect", "{src}", "--case", "{case}", "--select", ""], "selection"),
    (["collect", "{src}", "--case", "{case}", "--exhibit", "  "], "exhibit reference is empty"),
])
def test_bad_input_is_one_line(folder, tmp_path, capsys, argv, words, case_at) -> None:
    case_at(tmp_path / "case")
    argv = [a.format(case=tmp_path / "case", src=folder) for a in argv]
    run = run_cli(capsys, *argv)
    assert run.code != 0 and words in run.err
    assert run.err.count("\n") == 1 and "Traceback" not in run.err


def test_two_references_sharing_a_folder_are_refused(folder, tmp_path, capsys, case_at) -> None:
    case = tmp_path / "case"
    assert run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit",
                   "ABC/1").code == 0
    run = run_cli(capsys, "collect", folder, "--case", case_at(case), "--exhibit", "ABC_1")
    assert run.code == 1 and "share the folder" in run.err


def test_collect_refuses_a_case_folder_inside_the_evidence(tmp_path, capsys, case_at) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    (evidence / "a.txt").write_text("x")
    case = case_at(evidence / "case")  # made by `case new` before the folder was evidence
    before = tree_snapshot(evidence)
    run = run_cli(capsys, "collect", evidence, "--case", case_at(case))
    assert run.code == 1 and "on the evidence itself" in run.err
    assert tree_snapshot(evidence) == before
