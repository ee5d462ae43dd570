"""BIP-32, SLIP-132, BIP-49/84/86, BIP-38 vectors: extended and private keys."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from tests.unit.crypto.vectors import load
from triage_app.crypto import base58, extended_keys
from triage_app.crypto.identify import check
from triage_app.crypto.records import DecodeError


def master_xprv(seed: bytes, version: int = 0x0488ADE4) -> str:
    """BIP-32 master key serialisation, to tie seeds in the vectors to our Base58Check."""
    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    payload = (version.to_bytes(4, "big") + b"\0" * 9 + digest[32:] + b"\0" + digest[:32])
    return base58.encode_check(payload)


def _bip32_keys():
    for vector in load("bip32_vectors.json")["vectors"]:
        for chain in vector.get("chains", []):
            for form in ("xpub", "xprv"):
                yield pytest.param(chain[form], form, id=f"v{vector['vector']}-{chain['path']}"
                                                          f"-{form}")


@pytest.mark.parametrize("key, form", list(_bip32_keys()))
def test_bip32_keys_validate(key, form):
    result = check(key)
    assert result.valid, result.reason
    assert result.kind == "extended-key"
    assert result.interpretations[0].type == form
    assert result.sensitive == (form == "xprv")
    assert key not in result.display or not result.sensitive


@pytest.mark.parametrize("vector", [v for v in load("bip32_vectors.json")["vectors"]
                                    if "seed_hex" in v], ids=lambda v: f"v{v['vector']}")
def test_bip32_master_key_from_seed(vector):
    master = next(c for c in vector["chains"] if c["path"] == "m")
    assert master_xprv(bytes.fromhex(vector["seed_hex"])) == master["xprv"]


INVALID_REASONS = {
    "pubkey version / prvkey mismatch": "public key version with a private key",
    "prvkey version / pubkey mismatch": "private key version with a public key",
    "invalid pubkey prefix 04": "invalid public key prefix 04",
    "invalid prvkey prefix 04": "invalid private key prefix 04",
    "invalid pubkey prefix 01": "invalid public key prefix 01",
    "invalid prvkey prefix 01": "invalid private key prefix 01",
    "zero depth with non-zero parent fingerprint": "zero depth with non-zero parent fingerprint",
    "zero depth with non-zero index": "zero depth with non-zero index",
    "unknown extended key version": "unknown extended key version",
    "private key 0 not in 1..n-1": "private key out of range",
    "private key n not in 1..n-1": "private key out of range",
    "invalid checksum": "checksum mismatch",
}


@pytest.mark.parametrize("case", load("bip32_vectors.json")["vectors"][4]["invalid_keys"],
                         ids=lambda c: c["reason"])
def test_bip32_invalid_keys(case):
    with pytest.raises(DecodeError) as exc:
        extended_keys.decode(case["key"])
    expected = INVALID_REASONS.get(case["reason"], "public key is not a point on secp256k1")
    assert str(exc.value) == expected
    assert not check(case["key"]).valid


def _slip132():
    data = load("slip132_vectors.json")
    for vector in data["test_vectors"]:
        yield vector["xprv_form"], vector["version_prv_hex"]
        yield vector["xpub_form"], vector["version_pub_hex"]
        yield vector["first_receive_address"], None


@pytest.mark.parametrize("text, version_hex", list(_slip132()))
def test_slip132_vectors(text, version_hex):
    result = check(text)
    assert result.valid, result.reason
    if version_hex:
        assert base58.decode_check(text)[:4].hex() == version_hex
        assert result.interpretations[0].type == text[:4]
    else:
        assert result.kind == "address"


@pytest.mark.parametrize("entry", load("slip132_vectors.json")["registered_versions"],
                         ids=lambda e: e["public_prefix"][:4])
def test_slip132_registered_versions_are_known(entry):
    for version_hex, prefix in ((entry["public_version_hex"], entry["prefix_check"]["public"]),
                                (entry["private_version_hex"], entry["prefix_check"]["private"])):
        version = extended_keys.VERSIONS[int(version_hex, 16)]
        assert version.prefix == prefix[0]
        assert version.private == (version_hex == entry["private_version_hex"])


def _bip49_84_86():
    for vector in load("bip49_84_86_derivation_vectors.json")["vectors"]:
        bip = vector["bip"]
        for key in ("rootpriv", "rootpub", "account_xprv", "account_xpub"):
            if key in vector:
                yield pytest.param(vector[key], "extended-key", None, id=f"{bip}-{key}")
        for n, address in enumerate(vector["addresses"]):
            expected = {"P2WPKH": "p2wpkh", "P2SH-P2WPKH": "p2sh"}.get(
                address["script_type"], "p2tr")
            yield pytest.param(address["address"], "address", expected, id=f"{bip}-addr{n}")
            for key in ("wif", "xprv", "xpub"):
                if key in address:
                    kind = "private-key" if key == "wif" else "extended-key"
                    yield pytest.param(address[key], kind, None, id=f"{bip}-{key}{n}")


@pytest.mark.parametrize("text, kind, script", list(_bip49_84_86()))
def test_bip49_84_86_strings(text, kind, script):
    result = check(text)
    assert result.valid, result.reason
    assert result.kind == kind
    if script:
        assert script in {i.type for i in result.interpretations}


def test_bip84_root_key_from_mnemonic():
    from triage_app.crypto import bip39

    vector = next(v for v in load("bip49_84_86_derivation_vectors.json")["vectors"]
                  if v["bip"] == 84)
    seed = bip39.seed(vector["mnemonic"], vector["passphrase"])
    assert master_xprv(seed, 0x04B2430C) == vector["rootpriv"]


@pytest.mark.parametrize("vector", load("bip38_vectors.json")["vectors"],
                         ids=lambda v: v["encrypted"][:10])
def test_bip38_vectors(vector):
    result = check(vector["encrypted"])
    assert result.valid, result.reason
    assert result.kind == "private-key" and result.sensitive
    assert result.interpretations[0].type == "bip38-encrypted"
    assert check(vector["wif"]).kind == "private-key"
    assert base58.decode_check(vector["encrypted"])[:3].hex() == (
        vector["prefix_hex"] + vector["flagbyte_hex"]).lower()
