"""The update bundle format: what is signed, and every way a bundle is refused."""

from __future__ import annotations

import base64
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.fixtures.keys import openssl_key
from tests.fixtures.updates import rewrite, trusting, write_update
from triage_app.custody.keys import key_fingerprint
from triage_app.errors import InputError
from triage_app.updates.bundle import (
    UpdateRefused,
    extract,
    load_private_key,
    load_public_key,
    make_bundle,
    open_bundle,
)


@pytest.fixture
def agency(tmp_path: Path) -> tuple[Path, Path]:
    return openssl_key(tmp_path, "agency")


@pytest.fixture
def signed(tmp_path: Path, agency) -> Path:
    make_bundle(write_update(tmp_path / "update"), load_private_key(agency[0]),
                tmp_path / "update.ftupdate")
    return tmp_path / "update.ftupdate"


def test_a_signed_bundle_opens_and_extracts_what_was_put_in(tmp_path, agency, signed):
    archive, manifest, signer = open_bundle(signed, trusting(agency[1]))
    with archive:
        assert (manifest.name, manifest.version) == ("agency-x", "2026.12.1")
        assert manifest.contents == ["hashsets", "watchlists"]
        extract(archive, manifest, tmp_path / "out")
    assert (tmp_path / "out/hashsets/known.txt").read_bytes() == b"d41d8cd98f00b204e9800998ecf8427e\n"
    assert signer == key_fingerprint(load_public_key(agency[1].read_bytes(), "agency.pem"))
    # the signature is plain Ed25519 over the manifest's exact bytes
    with zipfile.ZipFile(signed) as archive:
        sig = json.loads(archive.read("manifest.sig"))
        key = load_public_key(agency[1].read_bytes(), "agency.pem")
        assert isinstance(key, Ed25519PublicKey)
        key.verify(base64.b64decode(sig["signature"]), archive.read("manifest.json"))


def test_unsigned_bundle_is_refused(tmp_path, agency, signed):
    unsigned = rewrite(signed, tmp_path / "unsigned.ftupdate", {"manifest.sig": None})
    with pytest.raises(UpdateRefused, match="is unsigned"):
        open_bundle(unsigned, trusting(agency[1]))


def test_bundle_signed_by_an_untrusted_key_is_refused(tmp_path, agency, signed):
    _, other = openssl_key(tmp_path, "other")
    with pytest.raises(UpdateRefused, match="signed by a key this app does not trust"):
        open_bundle(signed, trusting(other))


def test_signature_made_with_another_key_under_a_trusted_name_is_refused(tmp_path, agency):
    """The fingerprint in manifest.sig is only a hint: the trusted key itself must verify."""
    forger, _ = openssl_key(tmp_path, "forger")
    forged = make_bundle(write_update(tmp_path / "update"), load_private_key(forger),
                         tmp_path / "forged.ftupdate")
    trusted_fp = key_fingerprint(load_public_key(agency[1].read_bytes(), "agency.pem"))
    with zipfile.ZipFile(tmp_path / "forged.ftupdate") as archive:
        sig = json.loads(archive.read("manifest.sig"))
    sig["key"] = trusted_fp
    relabelled = rewrite(tmp_path / "forged.ftupdate", tmp_path / "relabelled.ftupdate",
                         {"manifest.sig": json.dumps(sig).encode()})
    assert forged.name == "agency-x"
    with pytest.raises(UpdateRefused, match="altered: its signature does not match"):
        open_bundle(relabelled, trusting(agency[1]))


def test_edited_manifest_is_refused(tmp_path, agency, signed):
    with zipfile.ZipFile(signed) as archive:
        raw = archive.read("manifest.json")
    edited = rewrite(signed, tmp_path / "edited.ftupdate",
                     {"manifest.json": raw.replace(b"2026.12.1", b"2027.1.1")})
    with pytest.raises(UpdateRefused, match="signature does not match"):
        open_bundle(edited, trusting(agency[1]))


def test_edited_payload_file_is_refused_when_extracted(tmp_path, agency, signed):
    edited = rewrite(signed, tmp_path / "edited.ftupdate",
                     {"payload/hashsets/known.txt": b"ffffffffffffffffffffffffffffffff\n"})
    archive, manifest, _ = open_bundle(edited, trusting(agency[1]))
    with archive, pytest.raises(UpdateRefused, match="hashsets/known.txt does not match"):
        extract(archive, manifest, tmp_path / "out")


def test_added_or_missing_payload_file_is_refused(tmp_path, agency, signed):
    added = rewrite(signed, tmp_path / "added.ftupdate", {"payload/workflow/rules.json": b"{}"})
    with pytest.raises(UpdateRefused, match="payload/workflow/rules.json is not in the signed"):
        open_bundle(added, trusting(agency[1]))
    dropped = rewrite(signed, tmp_path / "dropped.ftupdate", {"payload/hashsets/known.txt": None})
    with pytest.raises(UpdateRefused, match="payload/hashsets/known.txt is missing"):
        open_bundle(dropped, trusting(agency[1]))


def test_flipped_byte_inside_the_compressed_payload_is_refused(tmp_path, agency):
    big = {"hashsets/known.txt": b"".join(b"%032x\n" % n for n in range(2000))}
    bundle = tmp_path / "big.ftupdate"
    make_bundle(write_update(tmp_path / "big", files=big), load_private_key(agency[0]), bundle)
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        info = archive.getinfo("payload/hashsets/known.txt")
    data[info.header_offset + 30 + len(info.filename) + 40] ^= 0xFF  # inside the deflated data
    bundle.write_bytes(bytes(data))
    archive, manifest, _ = open_bundle(bundle, trusting(agency[1]))
    with archive, pytest.raises(UpdateRefused, match="does not match the signed manifest"):
        extract(archive, manifest, tmp_path / "out")


def test_signed_manifest_naming_an_unsafe_path_is_refused(tmp_path, agency):
    """Even the agency's own key cannot place a file outside the update's folder."""
    key = load_private_key(agency[0])
    raw = json.dumps({"format": "field-triage-update/1", "name": "agency-x",
                      "version": "1", "created": "2026-01-01T00:00:00+00:00",
                      "files": [{"path": "hashsets/../../evil", "size": 1,
                                 "sha256": "0" * 64}]}).encode()
    sig = json.dumps({"algorithm": "Ed25519", "key": key_fingerprint(key.public_key()),
                      "signature": base64.b64encode(key.sign(raw)).decode()}).encode()
    bundle = tmp_path / "evil.ftupdate"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("manifest.sig", sig)
        archive.writestr("payload/hashsets/../../evil", b"x")
    with pytest.raises(UpdateRefused, match="unsafe or unknown path"):
        open_bundle(bundle, trusting(agency[1]))


def test_a_manifest_too_large_to_be_one_is_refused_before_it_is_read(tmp_path, agency, signed):
    """A few kilobytes of ZIP can inflate to gigabytes: the size is checked first."""
    bomb = rewrite(signed, tmp_path / "bomb.ftupdate", {"manifest.json": b" " * (17 << 20)})
    assert bomb.stat().st_size < 100_000
    with pytest.raises(UpdateRefused, match="manifest.json is 17825792 bytes"):
        open_bundle(bomb, trusting(agency[1]))


def test_not_a_bundle_is_refused(tmp_path, agency):
    junk = tmp_path / "junk.ftupdate"
    junk.write_bytes(b"not a zip file")
    with pytest.raises(UpdateRefused, match="not an update bundle"):
        open_bundle(junk, trusting(agency[1]))


def test_make_refuses_unknown_content_links_and_a_missing_description(tmp_path, agency):
    key = load_private_key(agency[0])
    folder = write_update(tmp_path / "a", files={"programs/tool.exe": b"MZ"})
    with pytest.raises(InputError, match="hashsets, watchlists, workflow, scenarios"):
        make_bundle(folder, key, tmp_path / "a.ftupdate")
    folder = write_update(tmp_path / "b")
    (folder / "hashsets" / "link.txt").symlink_to("/etc/passwd")
    with pytest.raises(InputError, match="is a link"):
        make_bundle(folder, key, tmp_path / "b.ftupdate")
    folder = write_update(tmp_path / "c")
    (folder / "update.json").unlink()
    with pytest.raises(InputError, match="needs update.json"):
        make_bundle(folder, key, tmp_path / "c.ftupdate")
    assert not any(tmp_path.glob("*.ftupdate"))


def test_keys_other_than_unencrypted_ed25519_pem_are_refused_with_the_reason(tmp_path):
    rsa, _ = openssl_key(tmp_path, "rsa", algorithm="rsa")
    with pytest.raises(InputError, match="not an Ed25519 key"):
        load_private_key(rsa)
    locked = tmp_path / "locked.key"
    subprocess.run(["openssl", "genpkey", "-algorithm", "ed25519", "-aes256", "-pass", "pass:x",
                    "-out", str(locked)], check=True, capture_output=True)
    with pytest.raises(InputError, match="protected by a passphrase"):
        load_private_key(locked)
    (tmp_path / "junk.key").write_text("hello")
    with pytest.raises(InputError, match="not a PEM private key"):
        load_private_key(tmp_path / "junk.key")
    with pytest.raises(InputError, match="cannot read the signing key"):
        load_private_key(tmp_path / "missing.key")
