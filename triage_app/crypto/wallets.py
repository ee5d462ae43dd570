"""Wallet files, wallet apps and hardware-wallet traces, recognised by path and by content.

Path rules match the lower-cased path inside the evidence; content rules look at the first
bytes and, for database files, at record names that only wallets write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Browser-extension wallets by their store ID (Chrome/Brave/Edge profiles: .../Extensions/<id>/,
# .../Local Extension Settings/<id>/, .../IndexedDB/chrome-extension_<id>_0...).
EXTENSION_WALLETS = {
    "nkbihfbeogaeaoehlefnkodbefgpgknn": "MetaMask",
    "ejbalbakoplchlghecdalmeeeajnimhm": "MetaMask (Edge)",
    "hnfanknocfeofbddgcijnmhnfnkdnaad": "Coinbase Wallet",
    "bfnaelmomeimhlpmgjnjophhpkkoljpa": "Phantom",
    "egjidjbpglichdcondbcbdnbeeppgdph": "Trust Wallet",
    "fhbohimaelbohpjbbldcngcnapndodjp": "Binance Wallet",
    "fnjhmkhhmkbjkkabndcnnogagogbneec": "Ronin Wallet",
    "ibnejdfjmmkpcnlpebklmnkoeoihofec": "TronLink",
    "dmkamcknogkgcdfhhbddcghachkejeap": "Keplr",
    "acmacodkjbdgmoleebolmdjonilkdbch": "Rabby",
    "mcohilncbfahbmgdjkbpemcciiolgcge": "OKX Wallet",
    "aholpfdialjgjfhomihkjbmgjidlcdno": "Exodus Web3 Wallet",
    "aiifbnbfobpmeekipheeijimdpnlpgpp": "Terra Station",
    "ffnbelfdoeiohenkjibnmadjiehjhajb": "Yoroi",
    "webextension@metamask.io": "MetaMask (Firefox)",
}


@dataclass(slots=True, frozen=True)
class WalletTrace:
    kind: str  # wallet-file | wallet-app | hardware-wallet
    label: str
    confidence: str
    why: str


_PATH_RULES = (
    (r"(^|/)wallet\.dat$", "wallet-file", "Bitcoin Core-style wallet.dat", "medium"),
    (r"/(bitcoin|litecoin|dogecoin|dashcore)/wallets/[^/]+/wallet\.dat$", "wallet-file",
     "Bitcoin Core wallet folder", "high"),
    (r"/\.?electrum(-ltc)?/(testnet/)?wallets/[^/]+$", "wallet-file", "Electrum wallet file",
     "high"),
    (r"/exodus/exodus\.wallet/", "wallet-file", "Exodus wallet", "high"),
    (r"/exodus/", "wallet-app", "Exodus app data", "medium"),
    (r"/\.?walletwasabi/client/wallets/[^/]+\.json$", "wallet-file", "Wasabi wallet file", "high"),
    (r"/\.?walletwasabi/", "wallet-app", "Wasabi app data", "medium"),
    (r"/ledger live/", "hardware-wallet", "Ledger Live (Ledger hardware wallet app)", "high"),
    (r"/@trezor/suite-desktop/|/trezor suite/", "hardware-wallet",
     "Trezor Suite (Trezor hardware wallet app)", "high"),
    (r"/trezord|/trezor bridge/|51-trezor\.rules$", "hardware-wallet", "Trezor Bridge / udev",
     "medium"),
    (r"20-hw1\.rules$|/ledger/", "hardware-wallet", "Ledger udev rules or data", "medium"),
    (r"/atomic/local storage/leveldb/", "wallet-app", "Atomic Wallet data", "high"),
    (r"/monero/wallets/[^/]+\.keys$|\.keys$", "wallet-file", "Monero wallet keys file", "low"),
    (r"/ethereum/keystore/utc--", "wallet-file", "Ethereum keystore file", "high"),
    (r"\.(aes\.json|wallet)$", "wallet-file", "wallet backup (by extension)", "low"),
)
_COMPILED = tuple((re.compile(p), k, label, c) for p, k, label, c in _PATH_RULES)
_EXT_IDS = re.compile("|".join(re.escape(i) for i in EXTENSION_WALLETS))

BDB_MAGIC = (b"\x62\x31\x05\x00", b"\x00\x05\x31\x62")  # Berkeley DB btree, at offset 12
SQLITE_MAGIC = b"SQLite format 3\x00"
# Record names only Bitcoin Core-family wallets write (length-prefixed keys).
WALLET_DB_MARKERS = re.compile(
    rb"\x0bdefaultkey|\x04mkey|\x04ckey|\x0bbestblock|\x10walletdescriptor|\x0aminversion")


def by_path(path: str) -> list[WalletTrace]:
    lower = path.lower()
    traces = []
    match = _EXT_IDS.search(lower)
    if match:
        traces.append(WalletTrace("wallet-app", f"{EXTENSION_WALLETS[match.group()]} "
                                  "browser-extension wallet data", "high",
                                  f"extension ID {match.group()} in the path"))
    for pattern, kind, label, confidence in _COMPILED:
        if pattern.search(lower):
            traces.append(WalletTrace(kind, label, confidence, "path"))
            break
    return traces


def database_kind(head: bytes) -> str | None:
    """'bdb' or 'sqlite' when the file is a database a wallet could be, else None."""
    if len(head) >= 16 and head[12:16] in BDB_MAGIC:
        return "bdb"
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    return None


def by_content(head: bytes, database: str | None, markers: set[bytes]) -> list[WalletTrace]:
    traces = []
    if database and markers:
        label = ("Bitcoin Core wallet (Berkeley DB)" if database == "bdb"
                 else "Bitcoin Core descriptor wallet (SQLite)")
        names = ", ".join(sorted(m.decode("ascii", "replace")[1:] for m in markers))
        traces.append(WalletTrace("wallet-file", label, "high", f"wallet records: {names}"))
    stripped = head.lstrip()
    if stripped.startswith(b"QklFMQ"):
        traces.append(WalletTrace("wallet-file", "Electrum encrypted wallet file", "high",
                                  "content starts with base64 'BIE1'"))
    elif stripped.startswith(b"{") and b'"seed_version"' in head and b'"keystore' in head:
        traces.append(WalletTrace("wallet-file", "Electrum wallet file (not encrypted)", "high",
                                  "JSON with seed_version and keystore"))
    if head.startswith(b"SECO"):
        traces.append(WalletTrace("wallet-file", "Exodus encrypted seed file (SECO)", "high",
                                  "content starts with 'SECO'"))
    if b'"KeyringController"' in head and b'"vault"' in head:
        traces.append(WalletTrace("wallet-file", "MetaMask-style encrypted vault", "high",
                                  "KeyringController vault record"))
    return traces
