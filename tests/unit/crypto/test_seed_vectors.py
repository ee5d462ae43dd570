"""BIP-39 (all official lists) and Electrum seed vectors."""

from __future__ import annotations

import hashlib
from unicodedata import normalize

import pytest

from tests.unit.crypto.test_key_vectors import master_xprv
from tests.unit.crypto.vectors import load
from triage_app import config
from triage_app.crypto import bip39, electrum
from triage_app.crypto.identify import check
from triage_app.crypto.records import DecodeError


def _trezor():
    for language, cases in load("bip39_trezor_vectors.json").items():
        for n, case in enumerate(cases):
            yield pytest.param(language, *case, id=f"{language}-{n}")


TREZOR = list(_trezor())


def test_bundled_english_list_is_the_official_one():
    rules = load("bip39_extra_cases.json")["rules"]
    digest = hashlib.sha256(config.resource("bip39", "english.txt").read_bytes()).hexdigest()
    assert digest == rules["wordlist_sha256_english"]
    assert set(load("bip39_trezor_vectors.json")) == set(bip39.LANGUAGES)


@pytest.mark.parametrize("language, entropy, mnemonic, seed, xprv", TREZOR)
def test_trezor_mnemonic_from_entropy(language, entropy, mnemonic, seed, xprv):
    phrase = bip39.from_entropy(bytes.fromhex(entropy), language)
    assert normalize("NFKD", phrase) == normalize("NFKD", mnemonic)
    assert ("\u3000" in phrase) == (language == "japanese")


@pytest.mark.parametrize("language, entropy, mnemonic, seed, xprv", TREZOR)
def test_trezor_mnemonic_checks_and_derives(language, entropy, mnemonic, seed, xprv):
    words = bip39.words_of(mnemonic)
    assert bip39.to_entropy(words, language).hex() == entropy
    result = check(mnemonic)
    assert result.valid, result.reason
    assert result.kind == "seed-phrase" and result.sensitive
    assert language in result.details["languages"]
    derived = bip39.seed(mnemonic, "TREZOR")
    assert derived.hex() == seed
    assert master_xprv(derived) == xprv


def test_japanese_vectors_use_ideographic_space():
    mnemonic = load("bip39_trezor_vectors.json")["japanese"][0][1]
    assert "\u3000" in mnemonic and " " not in mnemonic
    assert check(mnemonic).details["language"] == "japanese"


@pytest.mark.parametrize("case", load("bip39_extra_cases.json")["checksum_cases"],
                         ids=lambda c: c["reason"][:30])
def test_bip39_checksum_cases(case):
    words = bip39.words_of(case["mnemonic"])
    if case["expected_valid"]:
        bip39.to_entropy(words, case["language"])
    else:
        with pytest.raises(DecodeError):
            bip39.to_entropy(words, case["language"])
    types = {i.type for i in check(case["mnemonic"]).interpretations}
    assert ("bip39" in types) == case["expected_valid"]
    seed_hex = case.get("seed_hex_no_passphrase")
    if seed_hex:
        assert bip39.seed(case["mnemonic"]).hex() == seed_hex


@pytest.mark.parametrize("case", load("bip39_extra_cases.json")["seed_derivation_cases"],
                         ids=lambda c: c["passphrase"][:10] or "no-passphrase")
def test_bip39_seed_derivation_cases(case):
    assert bip39.seed(case["mnemonic"], case["passphrase"]).hex() == case["seed_hex"]
    if "mnemonic_utf8_hex" in case:
        assert case["mnemonic"].encode().hex().startswith(case["mnemonic_utf8_hex"])
    assert check(case["mnemonic"]).valid


def _bip39_english_status(phrase: str) -> str:
    try:
        bip39.to_entropy(bip39.words_of(phrase), "english")
    except DecodeError as exc:
        return "bip39-checksum-invalid" if str(exc) == "checksum mismatch" else "not-bip39"
    return "bip39-valid"


@pytest.mark.parametrize("case", load("electrum_seed_vectors.json")["seed_type_cases"],
                         ids=lambda c: c["phrase"].strip()[:20])
def test_electrum_seed_type(case):
    assert electrum.seed_type(case["phrase"]) == (
        case["expected_electrum_seed_type"] or None)
    assert case["bip39_status_english"].startswith(_bip39_english_status(case["phrase"]))


@pytest.mark.parametrize("case", load("electrum_seed_vectors.json")["seed_derivation_cases"],
                         ids=lambda c: c["name"])
def test_electrum_seed_derivation(case):
    assert electrum.seed_type(case["mnemonic"]) == case["seed_type"]
    assert electrum.seed(case["mnemonic"], case["passphrase"]).hex() == case["bip32_seed_hex"]
    result = check(case["mnemonic"])
    assert result.valid and result.kind == "seed-phrase"
    assert f"electrum-{case['seed_type']}" in {i.type for i in result.interpretations}


def test_electrum_seed_also_reported_as_possible_bip39():
    # Some Electrum seeds pass a BIP-39 checksum by chance; both readings must be reported.
    phrases = [c["phrase"] for c in load("electrum_seed_vectors.json")["seed_type_cases"]]
    for phrase in phrases:
        result = check(phrase)
        types = {i.type for i in result.interpretations}
        if _bip39_english_status(phrase) == "bip39-valid":
            assert "bip39" in types
        if electrum.seed_type(phrase) and len(phrase.split()) >= 12:
            assert any(t.startswith("electrum-") for t in types), phrase


def test_monero_seed_checksum_word():
    # Monero 25-word seeds are not claimed as BIP-39 or Electrum seeds.
    example = load("monero_vectors.json")["wallet_seed_example"]
    result = check(example["mnemonic_25_words"])
    assert "bip39" not in {i.type for i in result.interpretations}
