"""Installing a verified bundle: newer only, whole or not at all, and recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures.keys import openssl_key
from tests.fixtures.updates import rewrite, write_update
from triage_app.config import data_dir
from triage_app.custody.keys import key_fingerprint
from triage_app.updates import installed, trust
from triage_app.updates.bundle import UpdateRefused, load_private_key, make_bundle


@pytest.fixture
def agency(tmp_path: Path, monkeypatch) -> Path:
    """The agency's private key; its public key ships with the app."""
    private, public = openssl_key(tmp_path, "agency")
    shipped = tmp_path / "shipped-keys"
    shipped.mkdir()
    public.rename(shipped / "agency.pem")
    monkeypatch.setattr(trust, "shipped_keys_dir", lambda: shipped)
    return private


def bundle(tmp_path: Path, key: Path, version: str, files: dict[str, bytes] | None = None) -> Path:
    out = tmp_path / f"update-{version}.ftupdate"
    make_bundle(write_update(tmp_path / f"src-{version}", version=version, files=files),
                load_private_key(key), out)
    return out


def state() -> dict[str, bytes]:
    root = data_dir()
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_apply_installs_the_files_and_records_the_version(tmp_path, agency):
    record = installed.apply_bundle(bundle(tmp_path, agency, "2026.12.1"))
    assert (record.name, record.version, record.contents) == ("agency-x", "2026.12.1",
                                                              ("hashsets", "watchlists"))
    assert record.signer == key_fingerprint(load_private_key(agency).public_key())
    assert (installed.updates_dir() / "agency-x/hashsets/known.txt").is_file()
    on_disk = json.loads((data_dir() / "installed-updates.json").read_text())
    assert on_disk["agency-x"]["version"] == "2026.12.1"
    assert installed.installed_updates() == {"agency-x": record}


def test_a_newer_version_replaces_the_old_content_whole(tmp_path, agency):
    installed.apply_bundle(bundle(tmp_path, agency, "1.0"))
    installed.apply_bundle(bundle(tmp_path, agency, "1.1", {"workflow/rules.json": b"{}"}))
    folder = installed.updates_dir() / "agency-x"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) \
        == ["workflow/rules.json"]
    assert installed.installed_updates()["agency-x"].version == "1.1"
    assert [p.name for p in installed.updates_dir().iterdir()] == ["agency-x"]


@pytest.mark.parametrize("second, reason", [("1.9", "older than the installed 1.10"),
                                            ("1.10", "already installed")])
def test_an_older_or_the_same_version_is_refused_and_nothing_changes(tmp_path, agency, second,
                                                                      reason):
    first = bundle(tmp_path, agency, "1.10")
    installed.apply_bundle(first)
    before = state()
    with pytest.raises(UpdateRefused, match=reason):
        installed.apply_bundle(first if second == "1.10" else bundle(tmp_path, agency, second))
    assert state() == before


def test_a_tampered_bundle_leaves_the_installed_update_as_it_was(tmp_path, agency):
    installed.apply_bundle(bundle(tmp_path, agency, "1"))
    before = state()
    good = bundle(tmp_path, agency, "2")
    bad = rewrite(good, tmp_path / "bad.ftupdate", {"payload/watchlists/sanctions.csv": b"x\n"})
    with pytest.raises(UpdateRefused, match="does not match the signed manifest"):
        installed.apply_bundle(bad)
    assert state() == before
    assert [p.name for p in installed.updates_dir().iterdir()] == ["agency-x"]


def test_a_key_added_on_the_laptop_is_trusted_like_a_shipped_one(tmp_path, agency):
    other, other_public = openssl_key(tmp_path, "regional")
    with pytest.raises(UpdateRefused, match="does not trust"):
        installed.apply_bundle(bundle(tmp_path, other, "1"))
    (trust.added_keys_dir() / "regional.pem").write_bytes(other_public.read_bytes())
    assert installed.apply_bundle(tmp_path / "update-1.ftupdate").version == "1"


def test_an_update_half_swapped_by_a_power_cut_is_restored_before_the_next_apply(tmp_path, agency):
    installed.apply_bundle(bundle(tmp_path, agency, "1"))
    folder = installed.updates_dir() / "agency-x"
    folder.rename(folder.with_name(".agency-x.old"))  # the state between the two renames
    with pytest.raises(UpdateRefused, match="already installed"):
        installed.apply_bundle(tmp_path / "update-1.ftupdate")
    assert (folder / "hashsets/known.txt").is_file()
