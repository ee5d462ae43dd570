"""BIP-32 extended keys with their SLIP-132 version bytes (xpub, ypub, zpub, tpub ...)."""

from __future__ import annotations

from dataclasses import dataclass

from triage_app.crypto import base58
from triage_app.crypto.bitcoin import SECP256K1_N
from triage_app.crypto.records import DecodeError, Identification, Interpretation

SECP256K1_P = 2**256 - 2**32 - 977


@dataclass(slots=True, frozen=True)
class KeyVersion:
    prefix: str
    currency: str
    network: str
    script: str  # what addresses the key derives, per SLIP-132
    private: bool


def _pair(pub: int, prv: int, prefixes: str, currency: str, network: str,
          script: str) -> dict[int, KeyVersion]:
    pub_prefix, prv_prefix = prefixes.split("/")
    return {pub: KeyVersion(pub_prefix, currency, network, script, False),
            prv: KeyVersion(prv_prefix, currency, network, script, True)}


# SLIP-132 registered versions, plus Dogecoin's dgub/dgpv (widely used, not registered).
# Vertcoin's "vtcp" reuses the xpub bytes, so it reads as xpub.
VERSIONS: dict[int, KeyVersion] = {
    **_pair(0x0488B21E, 0x0488ADE4, "xpub/xprv", "BTC", "mainnet", "p2pkh or p2sh"),
    **_pair(0x049D7CB2, 0x049D7878, "ypub/yprv", "BTC", "mainnet", "p2sh-p2wpkh"),
    **_pair(0x04B24746, 0x04B2430C, "zpub/zprv", "BTC", "mainnet", "p2wpkh"),
    **_pair(0x0295B43F, 0x0295B005, "Ypub/Yprv", "BTC", "mainnet", "p2sh-p2wsh multisig"),
    **_pair(0x02AA7ED3, 0x02AA7A99, "Zpub/Zprv", "BTC", "mainnet", "p2wsh multisig"),
    **_pair(0x043587CF, 0x04358394, "tpub/tprv", "BTC", "testnet", "p2pkh or p2sh"),
    **_pair(0x044A5262, 0x044A4E28, "upub/uprv", "BTC", "testnet", "p2sh-p2wpkh"),
    **_pair(0x045F1CF6, 0x045F18BC, "vpub/vprv", "BTC", "testnet", "p2wpkh"),
    **_pair(0x024289EF, 0x024285B5, "Upub/Uprv", "BTC", "testnet", "p2sh-p2wsh multisig"),
    **_pair(0x02575483, 0x02575048, "Vpub/Vprv", "BTC", "testnet", "p2wsh multisig"),
    **_pair(0x019DA462, 0x019D9CFE, "Ltub/Ltpv", "LTC", "mainnet", "p2pkh or p2sh"),
    **_pair(0x01B26EF6, 0x01B26792, "Mtub/Mtpv", "LTC", "mainnet", "p2sh-p2wpkh"),
    **_pair(0x0436F6E1, 0x0436EF7D, "ttub/ttpv", "LTC", "testnet", "p2pkh or p2sh"),
    **_pair(0x03E25D7E, 0x03E25945, "ppub/pprv", "POLIS", "mainnet", "p2pkh"),
    **_pair(0x02FACAFD, 0x02FAC398, "dgub/dgpv", "DOGE", "mainnet", "p2pkh or p2sh"),
}


def _on_curve(key: bytes) -> bool:
    x = int.from_bytes(key[1:], "big")
    if x >= SECP256K1_P:
        return False
    rhs = (pow(x, 3, SECP256K1_P) + 7) % SECP256K1_P
    return pow(rhs, (SECP256K1_P - 1) // 2, SECP256K1_P) in (0, 1)


def decode(text: str) -> tuple[KeyVersion, bytes]:
    """(version, 78-byte payload) after every BIP-32 serialisation rule."""
    payload = base58.decode_check(text)
    if len(payload) != 78:
        raise DecodeError(f"wrong length {len(payload)} for an extended key")
    version = VERSIONS.get(int.from_bytes(payload[:4], "big"))
    if version is None:
        raise DecodeError("unknown extended key version")
    depth, fingerprint, index = payload[4], payload[5:9], payload[9:13]
    key = payload[45:]
    if depth == 0 and fingerprint != b"\0\0\0\0":
        raise DecodeError("zero depth with non-zero parent fingerprint")
    if depth == 0 and index != b"\0\0\0\0":
        raise DecodeError("zero depth with non-zero index")
    if version.private:
        if key[0] in (2, 3):
            raise DecodeError("private key version with a public key")
        if key[0] != 0:
            raise DecodeError(f"invalid private key prefix {key[0]:02x}")
        if not 0 < int.from_bytes(key[1:], "big") < SECP256K1_N:
            raise DecodeError("private key out of range")
    else:
        if key[0] == 0:
            raise DecodeError("public key version with a private key")
        if key[0] not in (2, 3):
            raise DecodeError(f"invalid public key prefix {key[0]:02x}")
        if not _on_curve(key):
            raise DecodeError("public key is not a point on secp256k1")
    return version, payload


def identify(text: str) -> Identification:
    version, payload = decode(text)
    return Identification(
        "extended-key", [Interpretation(version.currency, version.network, version.prefix)],
        "Base58Check checksum, SLIP-132 version, depth/fingerprint/index and key validity",
        sensitive=version.private,
        details={"script": version.script, "depth": payload[4],
                 "private": version.private})
