"""The content of synthetic evidence files, made from a seed: the same seed and place give the
same bytes on every run and every machine.

Each file's content is described by a ``content`` mapping of a scenario (``kind`` and its
options) and made by :func:`make_content`, which also says what a scan of it must find
(:class:`Plant`). Crypto artefacts are encoded with the app's own codecs (``triage_app.crypto``),
so what is planted is exactly what the scanner validates: addresses of several coins with
valid checksums, a BIP-39 phrase with a valid checksum, a wallet file the wallet detector
knows. Known files come from the bundled training hash set (``resources/hashsets``).
"""

from __future__ import annotations

import hashlib
import io
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from triage_app.crypto import base58, bech32, bip39, cashaddr, evm, monero
from triage_app.errors import InputError

TRAINING_SET = "training"
TRAINING_SET_FILE = "training-known-files.txt"
TRAINING_SET_VERSION = "1"
KNOWN_FILES = 8  # entries of the training hash set
KNOWN_FILE_BYTES = 6000


class Stream:
    """Deterministic bytes from a label: SHA-256 in counter mode (not Python's ``random``,
    whose algorithms may change between versions)."""

    def __init__(self, *label: object) -> None:
        self._key = hashlib.sha256("\x1f".join(map(str, label)).encode("utf-8")).digest()
        self._counter = 0
        self._buffer = b""

    def bytes(self, n: int) -> bytes:
        while len(self._buffer) < n:
            self._buffer += hashlib.sha256(self._key + self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def below(self, n: int) -> int:
        """A number in [0, n) (bias below 2**-32 for the small n used here)."""
        return int.from_bytes(self.bytes(8), "big") % n

    def choice(self, items):
        return items[self.below(len(items))]


@dataclass(frozen=True, slots=True)
class Plant:
    """What a scan of the file must report: the finding kind and, where it matters, the value."""

    artefact: str  # address | seed-phrase | wallet | photo | known-file | text
    finding: str | None  # the finding kind a scan records (None: nothing to find)
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"artefact": self.artefact, "finding": self.finding, "value": self.value}


# --- addresses ------------------------------------------------------------------------------

def _p2pkh(version: int) -> Callable[[Stream], str]:
    return lambda s: base58.encode_check(bytes([version]) + s.bytes(20))


def _segwit(s: Stream) -> str:
    return bech32.encode_segwit("bc", 0, s.bytes(20))


def _eth(s: Stream) -> str:
    return evm.checksum_encode(s.bytes(20).hex())


def _xmr(s: Stream) -> str:
    return monero.encode_address(18, s.bytes(64))


def _tron(s: Stream) -> str:
    return base58.encode_check(b"\x41" + s.bytes(20))


def _xrp(s: Stream) -> str:
    return base58.encode_check(b"\x00" + s.bytes(20), base58.RIPPLE_ALPHABET)


def _bch(s: Stream) -> str:
    return cashaddr.encode("bitcoincash", 0, s.bytes(20))


COINS: dict[str, Callable[[Stream], str]] = {
    "btc": _p2pkh(0x00), "btc-segwit": _segwit, "eth": _eth, "xmr": _xmr, "ltc": _p2pkh(0x30),
    "doge": _p2pkh(0x1E), "bch": _bch, "trx": _tron, "xrp": _xrp,
}


def address(coin: str, stream: Stream) -> str:
    try:
        return COINS[coin](stream)
    except KeyError:
        raise InputError(f"unknown coin {coin!r} (known: {', '.join(COINS)})") from None


def _addresses(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    coins = spec.get("coins") or ["btc", "eth"]
    repeat = int(spec.get("repeat", 1))
    chosen = [(coin, address(coin, stream)) for coin in coins]
    lines = []
    for n in range(repeat):
        for coin, text in chosen:
            lines.append(f"2026-04-{n % 28 + 1:02d} sent to {coin.upper()} {text}")
    return ("\n".join(lines) + "\n").encode("ascii"), [
        Plant("address", "crypto-address", text) for _, text in chosen]


# --- seed phrase ----------------------------------------------------------------------------

def seed_phrase(words: int, stream: Stream) -> str:
    if words not in bip39.WORD_COUNTS:
        raise InputError(f"a BIP-39 phrase has {', '.join(map(str, bip39.WORD_COUNTS))} words, "
                         f"not {words}")
    return bip39.from_entropy(stream.bytes(words * 4 // 3))


def _seed(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    phrase = seed_phrase(int(spec.get("words", 12)), stream)
    heading = spec.get("note", "backup words - do not lose")
    return f"{heading}\n\n{phrase}\n".encode("ascii"), [
        Plant("seed-phrase", "crypto-seed-phrase", phrase)]


# --- wallet files ---------------------------------------------------------------------------

def _bdb_wallet(stream: Stream) -> bytes:
    """A Berkeley DB btree file as Bitcoin Core writes wallet.dat: the BDB magic at offset 12
    and the record names only wallets write (``mkey``, ``ckey``, ``bestblock``...)."""
    meta = bytearray(4096)
    struct.pack_into("<QII", meta, 0, 0, 0, 0)
    meta[12:16] = b"\x62\x31\x05\x00"  # btree magic, little-endian
    struct.pack_into("<II", meta, 16, 9, 4096)  # version, page size
    leaf = bytearray(4096)
    at = 64
    records = [b"\x04mkey" + stream.bytes(48), b"\x0aminversion" + b"\x60\xea\x00\x00",
               b"\x0bbestblock" + stream.bytes(36)]
    records += [b"\x04ckey" + stream.bytes(33) + stream.bytes(48) for _ in range(4)]
    for record in records:
        leaf[at:at + len(record)] = record
        at += len(record) + 8
    return bytes(meta + leaf)


def _electrum_wallet(stream: Stream) -> bytes:
    xpub = base58.encode_check(bytes.fromhex("0488b21e") + stream.bytes(74))
    return (b'{"seed_version": 52, "wallet_type": "standard", "use_encryption": true, '
            b'"keystore": {"type": "bip32", "xpub": "' + xpub.encode("ascii") + b'"}}\n')


WALLETS: dict[str, Callable[[Stream], bytes]] = {
    "bitcoin-core": _bdb_wallet, "electrum": _electrum_wallet}


def _wallet(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    kind = spec.get("wallet", "bitcoin-core")
    if kind not in WALLETS:
        raise InputError(f"unknown wallet {kind!r} (known: {', '.join(WALLETS)})")
    return WALLETS[kind](stream), [Plant("wallet", "crypto-wallet-file", kind)]


# --- photos ---------------------------------------------------------------------------------

def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return (float(degrees), float(minutes), seconds)


def _photo(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    """A JPEG with EXIF (camera, time taken) and, when given, a GPS position."""
    from PIL import ExifTags, Image, ImageDraw

    picture = Image.new("RGB", (320, 240), tuple(stream.bytes(3)))
    draw = ImageDraw.Draw(picture)
    for _ in range(6):
        x, y = stream.below(280), stream.below(200)
        draw.rectangle((x, y, x + 20 + stream.below(60), y + 20 + stream.below(60)),
                       fill=tuple(stream.bytes(3)))
    taken = spec.get("taken", "2026-05-01T10:00:00")
    try:
        stamp = datetime.fromisoformat(str(taken)).strftime("%Y:%m:%d %H:%M:%S")
    except ValueError:
        raise InputError(f"the photo time {taken!r} is not an ISO date and time") from None
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = str(spec.get("make", "Simcam"))
    exif[ExifTags.Base.Model] = str(spec.get("model", "Trainer One"))
    exif[ExifTags.Base.DateTime] = stamp
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = stamp
    plants = [Plant("photo", "exif.metadata", stamp)]
    if spec.get("gps") is not None:
        lat, lon = (float(v) for v in spec["gps"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"the photo position {lat}, {lon} is not on Earth")
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps[ExifTags.GPS.GPSVersionID] = b"\x02\x03\x00\x00"
        gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
        gps[ExifTags.GPS.GPSLatitude] = _dms(lat)
        gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
        gps[ExifTags.GPS.GPSLongitude] = _dms(lon)
        plants.append(Plant("photo", "exif.gps", f"{lat:.6f}, {lon:.6f}"))
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif.tobytes(), quality=85)
    return out.getvalue(), plants


# --- known files ----------------------------------------------------------------------------

def known_file(number: int) -> bytes:
    """Entry ``number`` (1..KNOWN_FILES) of the training hash set: fixed, seed-independent
    bytes, so the bundled set lists their hashes once for every scenario."""
    if not 1 <= number <= KNOWN_FILES:
        raise InputError(f"the training hash set has files 1 to {KNOWN_FILES}, not {number}")
    head = f"Field Triage training known file {number}\n".encode("ascii")
    return head + Stream("training-known-file", number).bytes(KNOWN_FILE_BYTES - len(head))


def _known(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    if spec.get("set", TRAINING_SET) != TRAINING_SET:
        raise InputError(f"known files come from the bundled {TRAINING_SET!r} hash set only")
    number = int(spec.get("number", 0)) or stream.below(KNOWN_FILES) + 1
    data = known_file(number)
    return data, [Plant("known-file", "knownfile.notable", hashlib.sha256(data).hexdigest())]


def _text(spec: dict[str, Any], stream: Stream) -> tuple[bytes, list[Plant]]:
    return str(spec.get("text", "")).encode("utf-8"), []


KINDS: dict[str, Callable[[dict[str, Any], Stream], tuple[bytes, list[Plant]]]] = {
    "text": _text, "seed-phrase": _seed, "wallet": _wallet, "addresses": _addresses,
    "photo": _photo, "known-file": _known,
}


def make_content(spec: dict[str, Any], *, seed: int, place: str) -> tuple[bytes, list[Plant]]:
    """The bytes of a file whose ``content`` is ``spec``, and what a scan must find in it.
    ``place`` (evidence id and path) keeps files of one seed apart."""
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind not in KINDS:
        raise InputError(f"{place}: unknown content kind {kind!r} (known: {', '.join(KINDS)})")
    return KINDS[kind](spec, Stream(seed, place))
