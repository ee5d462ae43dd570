"""Crypto scanner throughput next to grep, on a mix of random bytes and text with addresses.

    python -m tests.benchmarks.crypto_scan [--size-mib N]

Prints figures; asserts nothing about timing. The grep regex is a plain Bitcoin-address
pattern (Base58 P2PKH/P2SH and bech32 ``bc1``, word-bounded), run with ``LC_ALL=C``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from pathlib import Path

from triage_app.crypto import base58, bech32
from triage_app.crypto.scan import ContentScanner

CHUNK = 4 << 20
GREP_REGEX = r"\b([13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[ac-hj-np-z02-9]{11,71})\b"
# Word weights roughly like English prose: function words are frequent and are not BIP-39
# words, so twelve dictionary words in a row stay as rare as in real text.
WORDS = (("the", 12), ("and", 6), ("to", 6), ("of", 6), ("a", 5), ("was", 4), ("in", 4),
         ("officer", 2), ("seized", 1), ("laptop", 1), ("phone", 1), ("from", 2), ("desk", 1),
         ("near", 1), ("window", 1), ("notes", 1), ("mention", 1), ("payment", 1),
         ("sent", 1), ("wallet", 1), ("address", 1), ("below", 1), ("please", 1),
         ("confirm", 1), ("receipt", 1))


def _addresses(rng: random.Random, n: int) -> list[str]:
    out = []
    for i in range(n):
        h = rng.randbytes(20)
        out.append(base58.encode_check(bytes([0x00 if i % 2 else 0x05]) + h) if i % 3
                   else bech32.encode_segwit("bc", 0, h))
    return out


def _text_block(rng: random.Random, size: int, addresses: list[str],
                address_rate: float) -> tuple[bytes, int]:
    """Text lines, padded with newlines to exactly ``size`` bytes, and how many addresses."""
    lines, planted, total = [], 0, 0
    while True:
        line = " ".join(rng.choices(_VOCABULARY, _WEIGHTS, k=rng.randint(6, 14)))
        has_address = rng.random() < address_rate
        if has_address:
            line += " " + rng.choice(addresses)
        if total + len(line) + 1 > size:
            break
        lines.append(line + "\n")
        total += len(line) + 1
        planted += has_address
    return "".join(lines).encode().ljust(size, b"\n"), planted


_VOCABULARY = [w for w, _ in WORDS]
_WEIGHTS = [n for _, n in WORDS]


def build(path: Path, size: int, text_share: float, address_rate: float,
          seed: int = 1) -> tuple[int, int, int]:
    """Write the mix; returns (random bytes, text bytes, addresses planted)."""
    rng = random.Random(seed)
    addresses = _addresses(rng, 1000)
    random_bytes = text_bytes = planted = 0
    block = 1 << 20
    with path.open("wb") as fh:
        while random_bytes + text_bytes < size:
            n = min(block, size - random_bytes - text_bytes)
            if rng.random() < text_share:
                data, k = _text_block(rng, n, addresses, address_rate)
                text_bytes += n
                planted += k
            else:
                data = os.urandom(n)
                random_bytes += n
            fh.write(data)
    return random_bytes, text_bytes, planted


def scan_file(path: Path) -> tuple[float, int, Counter[str]]:
    scanner = ContentScanner(max_hits=10_000_000)
    start = time.perf_counter()
    with path.open("rb", buffering=0) as fh:
        offset = 0
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        while n := fh.readinto(buf):
            scanner.feed(view[:n], offset)
            offset += n
    hits = scanner.finish()
    return time.perf_counter() - start, len(hits), Counter(h.kind for h in hits)


def grep_file(path: Path) -> tuple[float, str]:
    grep = shutil.which("grep")
    if grep is None:
        return float("nan"), "grep not found"
    start = time.perf_counter()
    out = subprocess.run([grep, "-c", "-aE", GREP_REGEX, str(path)], capture_output=True,
                         text=True, env={**os.environ, "LC_ALL": "C"})
    return time.perf_counter() - start, out.stdout.strip()


def false_positives_on_random(size: int) -> int:
    scanner = ContentScanner()
    for offset in range(0, size, CHUNK):
        scanner.feed(os.urandom(min(CHUNK, size - offset)), offset)
    return len(scanner.finish())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--text-share", type=float, default=0.25,
                        help="share of 1 MiB blocks that are text lines (default 0.25)")
    parser.add_argument("--address-rate", type=float, default=0.02,
                        help="share of text lines ending in an address (default 0.02)")
    args = parser.parse_args(argv)
    size = args.size_mib << 20
    with tempfile.TemporaryDirectory(prefix="crypto-bench-") as tmp:
        path = Path(tmp) / "mix.bin"
        random_part, text_part, planted = build(path, size, args.text_share,
                                                args.address_rate)
        print(f"data: {size / 1e6:.0f} MB ({random_part / 1e6:.0f} MB random, "
              f"{text_part / 1e6:.0f} MB text lines with {planted} planted addresses)")
        grep_s, grep_count = grep_file(path)  # also warms the page cache
        scan_s, hits, kinds = scan_file(path)
        grep_s, grep_count = grep_file(path)
        scan_mbs, grep_mbs = size / scan_s / 1e6, size / grep_s / 1e6
        found = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        print(f"scanner: {scan_mbs:7.1f} MB/s  {hits} validated artefacts ({found})")
        print(f"grep   : {grep_mbs:7.1f} MB/s  {grep_count} matching lines  "
              f"(grep -c -aE '{GREP_REGEX}', LC_ALL=C)")
        print(f"ratio  : {scan_mbs / grep_mbs:.2f}x grep (target >= 0.5x)")
    fp_size = min(size, 256 << 20)
    print(f"false positives on {fp_size >> 20} MiB of fresh random bytes: "
          f"{false_positives_on_random(fp_size)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
