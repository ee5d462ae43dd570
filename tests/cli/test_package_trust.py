"""Issue 15 items 1 and 4-7: forged, relabelled, padded, awkwardly named and hostile packages.

Each forgery is built the way a defence expert would build it by hand: the ledger re-chained,
checkpoints and tag manifest re-signed, bag-info edited to match.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.images import make_ext4
from tests.fixtures.packages import simulation_bag
from tests.unit.custody.helpers import entries_of, rechain
from triage_app.core.officer import Endorsement, Officer, load_officer, save_officer
from triage_app.custody.keycard import make_card, profile_card
from triage_app.custody.keys import key_fingerprint, signing_key
from triage_app.custody.verify import verify_ledger
from triage_app.package import layout, writer


@pytest.fixture(autouse=True)
def l2_officer(monkeypatch):
    """Collection and imaging need an L2 officer (design section 1)."""
    return act_as(monkeypatch, "L2")


def _set_info(bag: Path, **changes: str) -> None:
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        name = line.split(":", 1)[0]
        key = name.replace("-", "_")
        out.append(f"{name}: {changes.pop(key)}" if key in changes else line)
    out += [f"{k.replace('_', '-')}: {v}" for k, v in changes.items()]
    (bag / "bag-info.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def _reseal(bag: Path, key: Ed25519PrivateKey) -> None:
    """New tag manifests over whatever is in the bag now, signed with ``key``."""
    writer._write_tag_manifests(bag)
    (bag / layout.SIGNATURE).write_bytes(key.sign((bag / "tagmanifest-sha256.txt").read_bytes()))


def _verify(capsys, bag: Path, *extra) -> tuple[int, dict]:
    run = run_cli(capsys, "package", "verify", bag, "--json", *extra)
    return run.code, run.json()


def _import_refused(capsys, bag: Path, lab: Path, *extra) -> str:
    run = run_cli(capsys, "package", "import", bag, "--into", lab, *extra)
    assert run.code != 0 and run.err.startswith("error: "), run.err
    assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err
    assert not lab.exists() or not [p for p in lab.iterdir() if not p.name.startswith(".")]
    return run.err


def test_a_package_re_signed_with_an_attackers_key_is_refused(exported, tmp_path, capsys):
    metadata = exported / "metadata"
    entries = entries_of(metadata)
    kept = [e for e in entries if e["action"] != "collect.finished"]  # drop an entry
    attacker = Ed25519PrivateKey.generate()
    fingerprint = key_fingerprint(attacker.public_key())
    officer = load_officer(None)
    shutil.rmtree(metadata / "signer-keys")
    rechain(metadata, kept, attacker, officer.id)
    (metadata / "signer-keys" / f"{fingerprint}.officer.json").write_bytes(
        make_card(officer, attacker).to_bytes())
    report = verify_ledger(metadata, trust=None)
    _set_info(exported, Custody_Head_SHA256=report.head_sha256 or "",
              Custody_Entry_Count=str(len(kept)), Signer_Key_SHA256=fingerprint)
    _reseal(exported, attacker)
    code, result = _verify(capsys, exported)
    assert code == 1 and not result["ok"]
    assert any(p["kind"] == "signature" and "unknown signer" in p["message"]
               for p in result["problems"]), result["problems"]
    assert any("not among" in p["message"] for p in result["problems"] if p["kind"] == "custody")
    _import_refused(capsys, exported, tmp_path / "lab")


def test_tag_manifest_and_checkpoints_signed_by_different_keys(exported, tmp_path, capsys):
    other = Officer(id="PC456", name="Sam Jones", agency="Kent Police",
                    endorsements=(Endorsement("L2-removable-media"),))
    save_officer(other)
    key = signing_key(other)
    profile_card(other, key)  # PC456 is trusted on this machine too
    _set_info(exported, Signer_Key_SHA256=key_fingerprint(key.public_key()),
              Officer="Sam Jones (PC456)")
    _reseal(exported, key)
    code, result = _verify(capsys, exported)
    assert code == 1
    assert any("two signers for one package" in p["message"] for p in result["problems"])


def test_lab_trusted_keys_folder_decides_and_the_default_is_not_the_bags_keys(
        exported, tmp_path, capsys, app_home):
    lab_keys = tmp_path / "lab-keys"
    lab_keys.mkdir()
    code, result = _verify(capsys, exported, "--trusted-keys", lab_keys)  # nobody trusted
    assert code == 1 and any("unknown signer" in p["message"] for p in result["problems"])
    for card in (exported / "metadata/signer-keys").glob("*.officer.json"):
        shutil.copy(card, lab_keys)
    assert _verify(capsys, exported, "--trusted-keys", lab_keys)[0] == 0
    # a lab machine: no officer profiles, the lab setting holds the trusted cards
    shutil.rmtree(app_home / "data" / "officers")
    assert _verify(capsys, exported)[0] == 1
    shutil.copytree(lab_keys, app_home / "config" / "trusted-keys")
    code, result = _verify(capsys, exported)
    assert code == 0 and result["signer"].startswith("Officer L2 (PC-L2)")
    run = run_cli(capsys, "package", "verify", exported)
    assert f"signer key {result['signer_key']} (Officer L2" in run.out


def test_a_simulation_package_relabelled_live_is_refused(tmp_path, capsys):
    bag = simulation_bag(tmp_path, capsys)
    _set_info(bag, Package_Mode="LIVE")
    _reseal(bag, signing_key(load_officer(None)))  # even with the trusted officer's own key
    code, result = _verify(capsys, bag)
    assert code == 1 and any(p["kind"] == "mode" and "recorded the export as SIMULATION"
                             in p["message"] for p in result["problems"]), result["problems"]
    _import_refused(capsys, bag, tmp_path / "lab")


def test_package_mode_given_twice_is_refused(tmp_path, capsys):
    bag = simulation_bag(tmp_path, capsys)
    with open(bag / "bag-info.txt", "a", encoding="utf-8") as info:
        info.write("Package-Mode: LIVE\n")
    _reseal(bag, signing_key(load_officer(None)))
    code, result = _verify(capsys, bag)
    assert code == 1 and any("gives Package-Mode 2 times" in p["message"]
                             for p in result["problems"])


@pytest.mark.parametrize("extra", ["evil.sh", "metadata/extra.json"])
def test_files_outside_every_manifest_are_refused(exported, tmp_path, capsys, extra):
    (exported / extra).write_text("#!/bin/sh\nrm -rf /\n")
    code, result = _verify(capsys, exported)
    assert code == 1 and any(p["kind"] == "unlisted" and extra in p["message"]
                             for p in result["problems"])
    _import_refused(capsys, exported, tmp_path / "lab")


AWKWARD = {"odd/50%.txt": b"percent\n", "odd/new\nline.txt": b"newline\n",
           "odd/stra\u00dfe \u65e5\u672c.txt": b"non-ascii\n", "odd/a:b?c*.txt": b"windows\n",
           "odd/CON.txt": b"reserved\n"}


def test_awkward_names_and_two_exhibits_round_trip(tmp_path, capsys, case_at):
    image = make_ext4(tmp_path / "usb.raw", AWKWARD)
    second = make_ext4(tmp_path / "card.raw", {"DCIM/100%/IMG 1.JPG": b"jpeg\n"})
    case = tmp_path / "case"
    assert run_cli(capsys, "collect", image, "--case", case_at(case), "--exhibit", "ABC/1").code == 0
    assert run_cli(capsys, "collect", second, "--case", case_at(case), "--exhibit", "ABC/2").code == 0
    out = tmp_path / "out"
    out.mkdir()
    run = run_cli(capsys, "package", "export", case, "--out", out)
    assert run.code == 0, run.err
    bag = Path(run.out.strip())
    assert "ABC_1+ABC_2" in bag.name
    stock = subprocess.run([str(Path(sys.executable).with_name("bagit.py")), "--validate",
                            str(bag)], capture_output=True, text=True)
    assert stock.returncode == 0, stock.stderr
    assert _verify(capsys, bag)[0] == 0
    run = run_cli(capsys, "package", "import", bag, "--into", tmp_path / "lab", "--json")
    assert run.code == 0, run.err
    copied = Path(run.json()["package"])
    stored = {p.read_bytes() for p in (copied / "data").rglob("*") if p.is_file()}
    assert set(AWKWARD.values()) | {b"jpeg\n"} <= stored
    dfxml = (copied / "metadata/files.dfxml").read_text(encoding="utf-8")
    assert "50%.txt" in dfxml and "IMG 1.JPG" in dfxml


def _deep(root: Path, depth: int) -> None:
    fd = os.open(root, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=fd)
        inner = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)


def _undeep(root: Path) -> None:
    """Remove what :func:`_deep` made without recursion (pytest's cleanup would recurse)."""
    chain, path = [], root / "d"
    while path.is_dir():
        chain.append(path)
        path = path / "d"
    for folder in reversed(chain):
        folder.rmdir()


def _ledger_line(bag: Path, index: int, text: bytes) -> None:
    ledger = bag / "metadata/custody.jsonl"
    lines = ledger.read_bytes().splitlines(keepends=True)
    lines[index] = text
    ledger.write_bytes(b"".join(lines))


HOSTILE = {
    "bagit.txt not UTF-8": lambda bag: (bag / "bagit.txt").write_bytes(
        b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n\xff\xfe\n"),
    "bag-info.txt not UTF-8": lambda bag: (bag / "bag-info.txt").write_bytes(
        (bag / "bag-info.txt").read_bytes() + b"Note: \xc3\x28\n"),
    "manifest not UTF-8": lambda bag: (bag / "manifest-sha256.txt").write_bytes(
        (bag / "manifest-sha256.txt").read_bytes() + b"00  data/\xff\n"),
    "Payload-Oxum not numeric": lambda bag: _set_info(bag, Payload_Oxum="lots.many"),
    "data 1100 folders deep": lambda bag: _deep(bag / "data", 1100),
    "NaN in the ledger": lambda bag: _ledger_line(
        bag, 1, (bag / "metadata/custody.jsonl").read_bytes().splitlines(keepends=True)[1]
        .replace(b'"details":{', b'"details":{"x":NaN,', 1)),
    "100,000-deep JSON in the ledger": lambda bag: _ledger_line(
        bag, 1, b'{"action":' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"),
}


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_each_hostile_bag_gets_a_one_line_refusal(exported, tmp_path, capsys, attack):
    HOSTILE[attack](exported)
    try:
        code, result = _verify(capsys, exported)
        assert code == 1 and result["problems"]
        _import_refused(capsys, exported, tmp_path / "lab")
    finally:
        _undeep(exported / "data")


def test_findings_of_the_wrong_shape_refuse_the_import_and_leave_nothing(exported, tmp_path,
                                                                          capsys):
    (exported / "metadata/findings.json").write_text('{"not": "a list"}')
    _reseal(exported, signing_key(load_officer(None)))  # signed by the trusted officer
    assert _verify(capsys, exported)[0] == 0  # the bag itself holds together ...
    lab = tmp_path / "lab"
    assert "findings.json is not a list of findings" in _import_refused(capsys, exported, lab)
    assert not any(lab.iterdir())  # ... and no half import blocks a later one


def test_import_into_a_folder_inside_the_bag_is_refused(exported, capsys):
    before = sorted(p.relative_to(exported) for p in exported.rglob("*"))
    err = _import_refused(capsys, exported, exported / "data" / "lab")
    assert "inside the package" in err
    assert sorted(p.relative_to(exported) for p in exported.rglob("*")) == before


def test_a_bag_name_with_a_newline_is_refused(exported, tmp_path, capsys):
    odd = exported.with_name(exported.name + "\nX")
    exported.rename(odd)
    assert "not a triage package name" in _import_refused(capsys, odd, tmp_path / "lab")


def test_verify_is_bounded_by_the_payload_not_the_manifests_claims(exported, capsys):
    with open(exported / "manifest-sha256.txt", "a", encoding="utf-8") as manifest:
        for n in range(1_500_000):
            manifest.write(f"{n:064x}  data/f{n}\n")
    started = time.monotonic()
    code, result = _verify(capsys, exported)
    elapsed = time.monotonic() - started
    assert code == 1 and any("names more files than the bag holds" in p["message"]
                             for p in result["problems"])
    assert elapsed < 5, elapsed
