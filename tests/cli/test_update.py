"""``triage-app update``: the agency makes a bundle with an openssl key, the laptop applies
it; every refusal is one line on stderr with a non-zero exit."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import run_cli
from tests.fixtures.keys import openssl_key
from tests.fixtures.updates import rewrite, write_update


@pytest.fixture
def keys(tmp_path):
    return openssl_key(tmp_path, "agency"), openssl_key(tmp_path, "stranger")


def _make(capsys, tmp_path, key, version="2026.12.1", out="update.ftupdate"):
    folder = write_update(tmp_path / f"src-{version}", version=version)
    run = run_cli(capsys, "update", "make", folder, "--key", key, "--out", tmp_path / out)
    assert run.code == 0, run.err
    return tmp_path / out


def _refused(run, reason):
    assert run.code == 1 and run.out == ""
    assert run.err.count("\n") == 1 and reason in run.err, run.err


def test_make_trust_apply_and_list(capsys, tmp_path, keys):
    (agency_key, agency_pem), _ = keys
    bundle = _make(capsys, tmp_path, agency_key)
    _refused(run_cli(capsys, "update", "apply", bundle), "signed by a key this app does not trust")

    assert run_cli(capsys, "officer", "add", "SGT1", "--name", "S. Sergeant",
                   "--endorse", "SUPERVISOR:2099-12-31").code == 0
    trusted = run_cli(capsys, "update", "trust", agency_pem, "--officer", "SGT1")
    assert trusted.code == 0 and "now trusted" in trusted.out

    applied = run_cli(capsys, "update", "apply", bundle)
    assert applied.code == 0 and "installed agency-x 2026.12.1" in applied.out
    listing = run_cli(capsys, "update", "list", "--json").json()
    assert [(i["name"], i["version"]) for i in listing["installed"]] == [("agency-x", "2026.12.1")]
    assert [k["origin"] for k in listing["trusted_keys"]] == ["added"]


def test_every_refusal_has_its_reason(capsys, tmp_path, keys, monkeypatch):
    (agency_key, agency_pem), (stranger_key, _) = keys
    shipped = tmp_path / "shipped-keys"  # the agency's key as built into the app
    shipped.mkdir()
    (shipped / "agency.pem").write_bytes(agency_pem.read_bytes())
    monkeypatch.setattr("triage_app.updates.trust.shipped_keys_dir", lambda: shipped)
    current = _make(capsys, tmp_path, agency_key, "2")
    assert run_cli(capsys, "update", "apply", current).code == 0

    unsigned = rewrite(_make(capsys, tmp_path, agency_key, "3", "u.ftupdate"),
                       tmp_path / "unsigned.ftupdate", {"manifest.sig": None})
    _refused(run_cli(capsys, "update", "apply", unsigned), "is unsigned")
    tampered = rewrite(_make(capsys, tmp_path, agency_key, "3", "t.ftupdate"),
                       tmp_path / "tampered.ftupdate", {"payload/hashsets/known.txt": b"0" * 32})
    _refused(run_cli(capsys, "update", "apply", tampered), "altered")
    older = _make(capsys, tmp_path, agency_key, "1", "older.ftupdate")
    _refused(run_cli(capsys, "update", "apply", older), "older than the installed 2")
    wrong_key = _make(capsys, tmp_path, stranger_key, "3", "stranger.ftupdate")
    _refused(run_cli(capsys, "update", "apply", wrong_key), "does not trust")

    listing = run_cli(capsys, "update", "list", "--json").json()
    assert [i["version"] for i in listing["installed"]] == ["2"]


def test_only_l3_or_supervisor_may_trust_a_key(capsys, tmp_path, keys):
    (_, agency_pem), _ = keys
    assert run_cli(capsys, "officer", "add", "PC2", "--name", "P. Two", "--endorse", "L2").code == 0
    refused = run_cli(capsys, "update", "trust", agency_pem, "--officer", "PC2")
    assert refused.code == 4 and "L3 or SUPERVISOR" in refused.err
    assert run_cli(capsys, "update", "list", "--json").json()["trusted_keys"] == []


def test_make_with_a_wrong_key_says_so(capsys, tmp_path):
    rsa_key, _ = openssl_key(tmp_path, "rsa", algorithm="rsa")
    folder = write_update(tmp_path / "src")
    run = run_cli(capsys, "update", "make", folder, "--key", rsa_key, "--out", tmp_path / "b")
    assert run.code == 1 and "not an Ed25519 key" in run.err
    assert not (tmp_path / "b").exists()
    assert json.loads((folder / "update.json").read_text())["version"] == "2026.12.1"
