"""Version bytes and prefixes of the Bitcoin-family chains, as their reference clients set them.

Bitcoin's testnet3, testnet4 and signet share every prefix, and regtest shares their Base58
versions, so a string alone cannot say which of them it belongs to: it gets one
interpretation for each.
"""

from __future__ import annotations

from dataclasses import dataclass

BTC_TEST_NETWORKS = ("testnet", "testnet4", "signet")


@dataclass(slots=True, frozen=True)
class Chain:
    currency: str
    network: str
    p2pkh: tuple[int, ...]
    p2sh: tuple[int, ...]
    wif: int | None
    hrp: str | None = None  # segwit human-readable part


CHAINS = (
    Chain("BTC", "mainnet", (0x00,), (0x05,), 0x80, "bc"),
    *(Chain("BTC", net, (0x6F,), (0xC4,), 0xEF, "tb") for net in BTC_TEST_NETWORKS),
    Chain("BTC", "regtest", (0x6F,), (0xC4,), 0xEF, "bcrt"),
    Chain("BCH", "mainnet", (0x00,), (0x05,), 0x80),
    Chain("BCH", "testnet", (0x6F,), (0xC4,), 0xEF),
    # Litecoin moved P2SH from '3' (0x05) to 'M' (0x32) and from '2' (0xC4) to 'Q' (0x3A);
    # its client still accepts the old versions.
    Chain("LTC", "mainnet", (0x30,), (0x32, 0x05), 0xB0, "ltc"),
    Chain("LTC", "testnet", (0x6F,), (0x3A, 0xC4), 0xEF, "tltc"),
    Chain("LTC", "regtest", (0x6F,), (0x3A, 0xC4), 0xEF, "rltc"),
    Chain("DOGE", "mainnet", (0x1E,), (0x16,), 0x9E),
    Chain("DOGE", "testnet", (0x71,), (0xC4,), 0xF1),
)

SEGWIT_HRPS = {c.hrp for c in CHAINS if c.hrp}
