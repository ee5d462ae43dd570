"""CashAddr, EIP-55, TRON, XRP and Monero vectors."""

from __future__ import annotations

import pytest

from tests.unit.crypto.vectors import load
from triage_app.crypto import cashaddr, evm, monero, xrp
from triage_app.crypto.base58 import RIPPLE_ALPHABET, decode_check, encode_check
from triage_app.crypto.identify import check
from triage_app.crypto.keccak import keccak256
from triage_app.crypto.records import DecodeError

CASH = load("cashaddr_vectors.json")
EIP55 = load("eip55_vectors.json")
TRON = load("tron_and_evm_derivation_vectors.json")
XRP = load("xrp_address_codec_vectors.json")
XMR = load("monero_vectors.json")


# --- CashAddr ---------------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASH["checksum_only_vectors"], ids=lambda c: c["string"][:20])
def test_cashaddr_checksum_only(case):
    cashaddr.split(case["string"])  # checksum verifies
    with pytest.raises(DecodeError):
        cashaddr.decode(case["string"])
    assert not check(case["string"]).valid


@pytest.mark.parametrize("case", CASH["legacy_translation"], ids=lambda c: c["legacy"][:12])
def test_cashaddr_legacy_pairs(case):
    prefix, kind, body = cashaddr.decode(case["cashaddr"])
    assert (prefix, cashaddr.TYPES[kind], body.hex()) == (
        "bitcoincash", case["type"].lower(), case["hash160"])
    assert cashaddr.encode(prefix, kind, body) == case["cashaddr"]
    for text in (case["cashaddr"], case["cashaddr"].split(":")[1], case["cashaddr"].upper()):
        result = check(text)
        assert result.valid, result.reason
        assert result.interpretations[0].to_dict() == {
            "currency": "BCH", "network": "mainnet", "type": case["type"].lower()}
    legacy = check(case["legacy"])
    assert ("BCH", "mainnet", case["type"].lower()) in {
        (i.currency, i.network, i.type) for i in legacy.interpretations}


@pytest.mark.parametrize("case", CASH["larger_vectors"], ids=lambda c: c["cashaddr"][:20])
def test_cashaddr_sizes(case):
    prefix, kind, body = cashaddr.decode(case["cashaddr"])
    assert (kind, body.hex()) == (case["type"], case["data_hex"].lower())
    assert cashaddr.encode(prefix, kind, body) == case["cashaddr"]


@pytest.mark.parametrize("case", CASH["undefined_type_vectors_subset"],
                         ids=lambda c: c["cashaddr"][:20])
def test_cashaddr_undefined_types(case):
    cashaddr.split(case["cashaddr"])
    with pytest.raises(DecodeError):
        cashaddr.decode(case["cashaddr"])


@pytest.mark.parametrize("case", CASH["invalid_derived"], ids=lambda c: c["reason"][:20])
def test_cashaddr_invalid(case):
    assert not check(case["cashaddr"]).valid


# --- EIP-55 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("case", EIP55["valid"], ids=lambda c: c["address"][:12])
def test_eip55_valid(case):
    result = check(case["address"])
    assert result.valid and result.checksum == "verified"
    assert evm.checksum_encode(case["address"][2:]) == case["checksum_encoding"]


@pytest.mark.parametrize("case", EIP55["invalid"], ids=lambda c: c["address"][:12])
def test_eip55_invalid(case):
    result = check(case["address"])
    assert not result.valid and "checksum mismatch" in result.reason


@pytest.mark.parametrize("case", EIP55["no_checksum"], ids=lambda c: c["address"][:12])
def test_eip55_unchecksummed_accepted(case):
    for text in (case["address"], "0x" + case["address"][2:].upper()):
        result = check(text)
        assert result.valid and result.checksum == "absent"
        assert "no checksum" in result.explanation


def test_keccak_is_not_sha3():
    assert keccak256(b"").hex() == EIP55["keccak256_empty_string"]
    assert keccak256(b"a" * 300) != keccak256(b"a" * 301)  # multi-block input


# --- TRON -------------------------------------------------------------------------------------

def _tron_cases():
    yield TRON["tronpy_key_derivation"]["tron_base58"], TRON["tronpy_key_derivation"]["tron_hex"]
    yield TRON["tronpy_pubkey_to_address"]["tron_base58"], None
    yield TRON["zero_address"]["tron_base58"], TRON["zero_address"]["tron_hex"]
    for contract in TRON["known_contracts"]:
        yield contract["tron_base58"], contract["tron_hex"]


@pytest.mark.parametrize("text, hex_", list(_tron_cases()))
def test_tron_valid(text, hex_):
    result = check(text)
    assert result.valid and result.interpretations[0].currency == "TRX"
    if hex_:
        assert decode_check(text).hex() == hex_


def test_tron_and_evm_share_the_account():
    vector = TRON["tronpy_key_derivation"]
    pub = bytes.fromhex(vector["public_key_xy_hex"])
    account = keccak256(pub)[-20:]
    assert "41" + account.hex() == vector["tron_hex"]
    assert evm.checksum_encode(account.hex()) == vector["ethereum_address_same_key_derived"]
    assert check(vector["ethereum_address_same_key_derived"]).valid
    assert check(TRON["zero_address"]["ethereum_form"]).valid
    for case in TRON["ethereum_private_key_to_address"]:
        assert check(case["address"]).checksum == "verified"


def test_tron_invalid():
    bad_checksum, bitcoin_form = TRON["invalid_derived"]
    assert not check(bad_checksum["string"]).valid
    result = check(bitcoin_form["string"])
    assert "TRX" not in {i.currency for i in result.interpretations}
    assert ("BTC", "p2pkh") in {(i.currency, i.type) for i in result.interpretations}


# --- XRP --------------------------------------------------------------------------------------

EXPECTED_XRP_KIND = {"classic_address (AccountID)": "address", "node public key": "public-key",
                     "account public key": "public-key"}


@pytest.mark.parametrize("case", XRP["codec_vectors"], ids=lambda c: c["encoded"][:12])
def test_xrp_codec(case):
    payload = bytes.fromhex(case["version_hex"] + case["hex"])
    assert encode_check(payload, RIPPLE_ALPHABET) == case["encoded"]
    result = check(case["encoded"])
    assert result.valid, result.reason
    assert result.kind == EXPECTED_XRP_KIND.get(case["kind"], "private-key")
    assert result.sensitive == case["kind"].startswith("family seed")


@pytest.mark.parametrize("case", XRP["x_address_vectors"],
                         ids=lambda c: f"{c['classic_address'][:8]}-{c['tag']}")
def test_xrp_x_addresses(case):
    for network in ("mainnet", "testnet"):
        text = case[f"x_address_{network}"]
        got_network, account, tag = xrp.decode_x_address(text)
        assert (got_network, account.hex().upper(), tag) == (
            network, case["account_id_hex"], case["tag"])
        assert check(text).interpretations[0].network == network
    assert check(case["classic_address"]).valid


@pytest.mark.parametrize("case", XRP["special_accounts"], ids=lambda c: c["classic_address"])
def test_xrp_special_accounts(case):
    assert decode_check(case["classic_address"], RIPPLE_ALPHABET)[1:].hex().upper() == (
        case["account_id_hex"])
    assert check(case["classic_address"]).valid


@pytest.mark.parametrize("case", XRP["invalid_derived"], ids=lambda c: c["string"])
def test_xrp_invalid(case):
    assert not check(case["string"]).valid


# --- Monero -----------------------------------------------------------------------------------

@pytest.mark.parametrize("case", XMR["base58_encode_block"], ids=lambda c: c["hex"])
def test_monero_block_encode(case):
    assert monero.encode_block(bytes.fromhex(case["hex"])) == case["encoded"]
    assert monero.decode_block(case["encoded"]).hex() == case["hex"]


@pytest.mark.parametrize("text", XMR["base58_decode_block_invalid"])
def test_monero_block_decode_invalid(text):
    with pytest.raises(DecodeError):
        monero.decode_block(text)


@pytest.mark.parametrize("case", XMR["base58_encode"], ids=lambda c: c["hex"][:16])
def test_monero_encode(case):
    assert monero.encode(bytes.fromhex(case["hex"])) == case["encoded"]


@pytest.mark.parametrize("case", XMR["base58_decode_valid"], ids=lambda c: c["encoded"][:16])
def test_monero_decode(case):
    assert monero.decode(case["encoded"]).hex() == case["hex"]


@pytest.mark.parametrize("text", XMR["base58_decode_invalid"])
def test_monero_decode_invalid(text):
    with pytest.raises(DecodeError):
        monero.decode(text)


@pytest.mark.parametrize("case", XMR["encode_decode_addr"], ids=lambda c: c["address"][:16])
def test_monero_address_codec(case):
    assert monero.decode_address(case["address"]) == (case["tag"],
                                                      bytes.fromhex(case["data_hex"]))
    assert monero.encode_address(case["tag"], bytes.fromhex(case["data_hex"])) == (
        case["address"])


@pytest.mark.parametrize("case", XMR["decode_addr_invalid"], ids=lambda c: c["reason"])
def test_monero_address_invalid(case):
    with pytest.raises(DecodeError):
        monero.decode_address(case["string"])


@pytest.mark.parametrize("case", [*XMR["functional_test_valid_addresses"],
                                  XMR["unit_test_real_address"], *XMR["other_known"],
                                  {"address": XMR["functional_test_openalias"]["resolves_to"],
                                   "network": "mainnet", "type": "subaddress"}],
                         ids=lambda c: c["address"][:10])
def test_monero_real_addresses(case):
    result = check(case["address"])
    assert result.valid, result.reason
    assert result.interpretations[0].to_dict() == {
        "currency": "XMR", "network": case["network"], "type": case["type"]}
    _, data = monero.decode_address(case["address"])
    if "public_spend_key" in case:
        assert data[:64].hex() == case["public_spend_key"] + case["public_view_key"]
    if "spend_then_view_public_keys_hex" in case:
        assert data[:64].hex() == case["spend_then_view_public_keys_hex"]


@pytest.mark.parametrize("text", XMR["functional_test_invalid_addresses"])
def test_monero_invalid_addresses(text):
    assert not check(text).valid
