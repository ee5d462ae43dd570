"""The content scanner and the crypto analyzer, on real bytes fed as the engine feeds them."""

from __future__ import annotations

import random
import sqlite3

from triage_app.analyzers.base import FileContext
from triage_app.analyzers.crypto import CryptoAnalyzer
from triage_app.core.records import Entry
from triage_app.crypto.scan import ContentScanner

CHUNK = 4 << 20
P2PKH = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
XPUB = ("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqs"
        "efD265TMg7usUDFdp6W1EGMcet8")
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
SEED = ("legal winner thank year wave sausage worth useful legal winner thank yellow")


def random_bytes(n: int, seed: int = 7) -> bytearray:
    return bytearray(random.Random(seed).randbytes(n))


def scan(data: bytes, chunk: int = CHUNK):
    scanner = ContentScanner()
    view = memoryview(data)
    for offset in range(0, len(data), chunk):
        scanner.feed(view[offset:offset + chunk], offset)
    return scanner.finish()


def plant(data: bytearray, offset: int, text: bytes) -> None:
    data[offset:offset + len(text)] = text


def test_planted_artefacts_in_random_data():
    data = random_bytes(6 << 20)
    planted = {
        1_000: (P2PKH, "ascii"), 50_000: (P2WPKH, "ascii"), 90_000: (ETH, "ascii"),
        130_000: (XPUB, "ascii"), 170_000: (WIF, "ascii"), 210_000: (SEED, "ascii"),
        250_000: (P2WPKH, "utf-16le"), 300_001: (SEED, "utf-16le"), 400_000: (WIF, "utf-16le"),
    }
    for offset, (text, encoding) in planted.items():
        plant(data, offset - len(" ".encode(encoding)), f" {text} ".encode(encoding))
    found = {(h.offset, h.encoding): h for h in scan(bytes(data))}
    assert set(found) == {(offset, encoding) for offset, (_, encoding) in planted.items()}
    for offset, (text, encoding) in planted.items():
        assert found[(offset, encoding)].text == text
    assert found[(170_000, "ascii")].sensitive and found[(210_000, "ascii")].kind == "seed-phrase"
    assert found[(90_000, "ascii")].confidence == "high"


def test_artefacts_across_chunk_boundaries_are_found_once():
    data = random_bytes(3 * CHUNK)
    plant(data, CHUNK - 10, f" {P2WPKH} ".encode())
    text16 = f" {SEED} ".encode("utf-16-le")
    plant(data, 2 * CHUNK - 40, text16)
    hits = scan(bytes(data))
    assert [(h.offset, h.text) for h in hits] == [(CHUNK - 9, P2WPKH),
                                                 (2 * CHUNK - 38, SEED)]
    # small chunks (every artefact cut somewhere) give the same answer
    assert [(h.offset, h.text) for h in scan(bytes(data[CHUNK - 100:CHUNK + 200]), 17)] == [
        (91, P2WPKH)]


def test_no_findings_on_random_data():
    for seed in (1, 2, 3):
        assert scan(bytes(random_bytes(4 << 20, seed))) == []


def test_no_findings_on_text_without_artefacts():
    text = (b"The quick brown fox jumps over the lazy dog while the officer writes notes. "
            b"Base64: QmFzZTY0IGlzIG5vdCBhbiBhZGRyZXNzIGF0IGFsbCwgaXQgaXMganVzdCB0ZXh0 "
            b"hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 "
            b"words: abandon ability able about above absent absorb abstract absurd abuse "
            b"access accident\n") * 2000
    assert scan(text) == []


def test_invalid_checksums_are_not_reported():
    data = random_bytes(1 << 20)
    plant(data, 100, f" {P2PKH[:-1]}3 {P2WPKH[:-1]}x {ETH[:-1]}D ".encode())
    assert scan(bytes(data)) == []


def _analyze(path: str, data: bytes):
    analyzer = CryptoAnalyzer()
    entry = Entry(path=path, type="file", size=len(data))
    analysis = analyzer.begin(entry)
    view = memoryview(data)
    for offset in range(0, max(len(data), 1), CHUNK):
        analysis.feed(view[offset:offset + CHUNK], offset)
    return analysis.finish(FileContext(entry=entry, head=data[:FileContext.HEAD_SIZE]))


def test_analyzer_redacts_secrets():
    data = random_bytes(1 << 20)
    plant(data, 5000, f"\n{SEED}\n{WIF}\n{P2PKH}\n".encode())
    findings = _analyze("/home/bob/notes.txt", bytes(data))
    by_kind = {f.kind: f for f in findings}
    assert set(by_kind) == {"crypto-seed-phrase", "crypto-private-key", "crypto-address"}
    seed, key, address = (by_kind[k] for k in ("crypto-seed-phrase", "crypto-private-key",
                                                "crypto-address"))
    assert seed.sensitive and key.sensitive and not address.sensitive
    for secret_finding, secret in ((seed, SEED), (key, WIF)):
        blob = repr(secret_finding.to_dict())
        assert secret not in blob and secret[10:20] not in blob
    assert "12-word phrase starting 'legal'" in seed.summary
    assert "5Hue…vyTJ" in key.summary
    assert address.detail["value"] == P2PKH and address.offset == 5001 + len(SEED) + 1 + len(WIF) + 1
    assert address.detail["encoding"] == "ascii" and "Base58Check" in address.detail["validation"]
    assert address.analyzer == "crypto" and address.confidence == "high"


def test_bitcoin_core_bdb_wallet_detected_by_content():
    page = bytearray(4096)
    page[12:16] = b"\x62\x31\x05\x00"
    data = bytes(page) + b"\x0bdefaultkey" + bytes(100) + b"\x04ckey" + bytes(1000)
    findings = _analyze("/p1/Users/x/renamed.bin", data)
    assert [(f.kind, f.summary, f.confidence) for f in findings] == [
        ("crypto-wallet-file", "Bitcoin Core wallet (Berkeley DB)", "high")]


def test_sqlite_descriptor_wallet_detected(tmp_path):
    db = tmp_path / "wallet.dat"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE main(key BLOB PRIMARY KEY, value BLOB)")
        con.execute("INSERT INTO main VALUES (?, ?)", (b"\x10walletdescriptor" + bytes(32),
                                                       b"wpkh(...)"))
        con.execute("INSERT INTO main VALUES (?, ?)", (b"\x0aminversion", b"\x01"))
    con.close()
    findings = _analyze("/home/u/.bitcoin/wallets/default/wallet.dat", db.read_bytes())
    labels = {f.summary for f in findings}
    assert "Bitcoin Core descriptor wallet (SQLite)" in labels
    assert "Bitcoin Core-style wallet.dat" in labels


def test_wallet_apps_by_path_and_content():
    cases = {
        "/Users/a/AppData/Local/Google/Chrome/User Data/Default/Local Extension Settings/"
        "nkbihfbeogaeaoehlefnkodbefgpgknn/000005.ldb": "MetaMask browser-extension wallet data",
        "/home/a/.electrum/wallets/default_wallet": "Electrum wallet file",
        "/Users/a/AppData/Roaming/Exodus/exodus.wallet/seed.seco": "Exodus wallet",
        "/home/a/.walletwasabi/client/Wallets/Main.json": "Wasabi wallet file",
        "/Users/a/AppData/Roaming/Ledger Live/app.json": "Ledger Live (Ledger hardware wallet app)",
        "/Users/a/AppData/Roaming/@trezor/suite-desktop/config.json":
            "Trezor Suite (Trezor hardware wallet app)",
    }
    for path, label in cases.items():
        assert label in {f.summary for f in _analyze(path, b"{}")}, path
    assert _analyze("/home/a/Documents/report.docx", b"{}") == []
    electrum = _analyze("/x/y", b"QklFMQ" + b"A" * 200)
    assert [f.summary for f in electrum] == ["Electrum encrypted wallet file"]
    exodus = _analyze("/x/z", b"SECO" + bytes(100))
    assert [f.summary for f in exodus] == ["Exodus encrypted seed file (SECO)"]


def test_an_artefact_repeated_in_a_file_is_one_finding_with_its_count_and_first_offsets():
    line = f"2024-03-01 paid to {P2PKH} ok\n".encode()
    data = line * 5000 + f"change to {ETH}\n".encode()
    findings = [f for f in _analyze("/var/log/pay.log", data) if f.kind == "crypto-address"]
    assert [f.detail["value"] for f in findings] == [P2PKH, ETH]
    address = findings[0]
    start = line.index(P2PKH.encode())
    assert address.count == 5000 and address.offset == start
    assert address.offsets == [start + i * len(line) for i in range(16)]
    assert findings[1].count == 1 and findings[1].offsets == [findings[1].offset]


def test_the_distinct_limit_counts_artefacts_not_occurrences():
    data = f" {P2PKH} ".encode() * 50 + f" {P2WPKH} ".encode()
    scanner = ContentScanner(max_hits=1, distinct=True)
    scanner.feed(memoryview(data), 0)
    hits = scanner.finish()
    assert [(h.text, h.count) for h in hits] == [(P2PKH, 50)] and scanner.dropped == 1


def _mixed_text(seed: int) -> bytes:
    """Text that splits into many regions: seed words, numbering, punctuation, form feeds,
    vertical tabs, and now and then an address, a key or a whole seed phrase."""
    from triage_app.crypto import bip39

    rng = random.Random(seed)
    words = bip39.wordlist("english")
    pieces = []
    for _ in range(4000):
        roll = rng.random()
        if roll < 0.004:
            pieces.append(rng.choice([P2PKH, P2WPKH, ETH, XPUB, WIF, SEED, SEED.upper()]))
        elif roll < 0.05:
            pieces.append(f"{rng.randint(1, 30)}{rng.choice(['.', ')', ':', ''])}")
        elif roll < 0.1:
            pieces.append(rng.choice(["the", "to", "a", "abandonment", "Xabsolute", "x" * 30]))
        else:
            pieces.append(rng.choice(words))
        pieces.append(rng.choice([" ", " ", " ", "\n", ", ", "-", "\x0b", "\x0c", ". ", "\t",
                                  "; ", "  "]))
    return "".join(pieces).encode()


def test_whole_buffer_passes_give_what_every_region_gives(monkeypatch):
    from triage_app.crypto import scan as module

    texts = [_mixed_text(seed) for seed in range(12)]
    fast = [[(h.offset, h.kind, h.text) for h in scan(t, chunk=1 << 14)] for t in texts]
    monkeypatch.setattr(module, "_text_buffer_hits", lambda buffer, marks, base: (
        hit for pos, end in module._all_regions(marks)
        for hit in module._region_hits(buffer, pos, end, base)))
    slow = [[(h.offset, h.kind, h.text) for h in scan(t, chunk=1 << 14)] for t in texts]
    assert fast == slow
    assert sum(map(len, fast)) > 50  # the texts do hold artefacts
