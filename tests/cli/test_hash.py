"""``triage-app hash``: the JSON contract, E01 media hashes, bad input."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.fixtures.images import digests, make_e01, make_ext4


def test_hash_files_and_folder_json(tmp_path: Path, capsys) -> None:
    (tmp_path / "sub").mkdir()
    a, b = tmp_path / "a.bin", tmp_path / "sub" / "b.txt"
    a.write_bytes(os.urandom(5 * 1024 * 1024 + 7))  # several chunks, odd size
    b.write_bytes(b"hello\n")
    run = run_cli(capsys, "hash", a, tmp_path / "sub", "--json")
    assert run.code == 0, run.err
    rows = run.json()
    assert [r["path"] for r in rows] == [str(a), str(b)]
    for row, path in zip(rows, (a, b), strict=False):
        data = path.read_bytes()
        assert {k: row[k] for k in ("md5", "sha1", "sha256")} == digests(data)
        assert row["size"] == len(data)


def test_hash_e01_is_the_decoded_media_and_verified(tmp_path: Path, capsys) -> None:
    raw = make_ext4(tmp_path / "m.raw", {"x.txt": b"x" * 5000})
    e01 = make_e01(raw, tmp_path / "m")
    run = run_cli(capsys, "hash", e01, "--json")
    assert run.code == 0, run.err
    [row] = run.json()
    assert row["md5"] == hashlib.md5(raw.read_bytes()).hexdigest()
    assert row["sha256"] == hashlib.sha256(raw.read_bytes()).hexdigest()
    assert row["container"] == "ewf" and row["verification"] == "verified"


def test_hash_human_output_is_hashdeep_like(tmp_path: Path, capsys) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"abc")
    run = run_cli(capsys, "hash", f)
    d = digests(b"abc")
    assert run.out == f"{d['md5']}  {d['sha1']}  {d['sha256']}  {f}\n"


def test_hash_missing_path_is_one_line_and_nonzero(tmp_path: Path, capsys) -> None:
    run = run_cli(capsys, "hash", tmp_path / "nope")
    assert run.code != 0
    assert run.err.count("\n") == 1 and "no such file" in run.err
    assert "Traceback" not in run.err


def test_hash_random_bytes_named_e01(tmp_path: Path, capsys) -> None:
    fake = tmp_path / "evidence.E01"
    fake.write_bytes(os.urandom(10000))
    before = fake.read_bytes()
    run = run_cli(capsys, "hash", fake, "--json")
    # Not an EWF image: it is hashed as the plain file it is, and left untouched.
    assert run.code == 0
    assert run.json()[0]["sha256"] == hashlib.sha256(before).hexdigest()
    assert fake.read_bytes() == before


def test_hash_says_a_file_named_e01_without_its_signature_was_hashed_as_a_plain_file(
        tmp_path: Path, capsys, case_at) -> None:
    fake = tmp_path / "random.E01"
    fake.write_bytes(os.urandom(10000))
    refused = run_cli(capsys, "scan", fake, "--case", case_at(tmp_path / "case"))
    assert refused.code != 0 and "no EWF signature" in refused.err
    run = run_cli(capsys, "hash", fake, "--json")
    assert run.code == 0, run.err
    note = "named like an EWF image but has no EWF signature: hashed as a plain file"
    assert run.json()[0]["note"] == note
    assert f"note: {fake}: {note}" in run.err
    human = run_cli(capsys, "hash", fake)
    assert human.code == 0 and note in human.err and human.out.endswith(f"  {fake}\n")
    plain = tmp_path / "random.bin"
    plain.write_bytes(fake.read_bytes())
    assert "note" not in run_cli(capsys, "hash", plain, "--json").json()[0]


def test_hash_stdout_is_valid_json_even_with_errors(tmp_path: Path, capsys) -> None:
    good = tmp_path / "g"
    good.write_bytes(b"1")
    run = run_cli(capsys, "hash", good, tmp_path / "missing", "--json")
    assert run.code == 1
    assert "missing" in run.err
    rows = json.loads(run.out)
    assert rows[0]["md5"] == digests(b"1")["md5"]
    assert rows[1]["path"] == str(tmp_path / "missing") and "no such file" in rows[1]["error"]


def test_hash_with_case_is_recorded_in_custody(tmp_path: Path, capsys, case_at) -> None:
    f = tmp_path / "exhibit.bin"
    f.write_bytes(b"seized")
    run = run_cli(capsys, "hash", f, "--case", case_at(tmp_path / "case"))
    assert run.code == 0
    ledger = (tmp_path / "case" / "custody.jsonl").read_text()
    assert "hash.computed" in ledger and digests(b"seized")["sha256"] in ledger
    assert run_cli(capsys, "custody", "verify", tmp_path / "case").code == 0
