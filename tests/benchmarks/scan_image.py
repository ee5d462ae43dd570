"""Random ext4 images of ordinary files for the scan benchmark, made with ``mke2fs -d``.

The mix is what a seized laptop holds: prose, logs (some with a crypto address repeated),
CSV/JSON/HTML/source code, JPEG and PNG photos, ELF programs, ZIP and gzip archives, PDF,
random data and empty files. The same seed gives the same files.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import subprocess
import zipfile
from pathlib import Path

from PIL import Image

from triage_app.crypto import bip39

MIB = 1024 * 1024
# Checksum-valid addresses (Bitcoin genesis, a P2SH, a Bech32 and an EIP-55 address).
ADDRESSES = ("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
             "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
             "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")

_FUNCTION_WORDS = ["the", "and", "of", "to", "in", "was", "for", "with", "on", "that"]


class _Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.words = bip39.wordlist("english")
        self.vocabulary = list(self.words) + _FUNCTION_WORDS * 200
        self.programs = sorted(p for p in Path("/usr/bin").iterdir()
                               if p.is_file() and not p.is_symlink() and p.stat().st_size < 4 * MIB)

    def prose(self, size: int) -> bytes:
        # Function words (none is a BIP-39 word) keep twelve dictionary words in a row as rare
        # as in real text.
        words = self.rng.choices(self.vocabulary, k=size // 6 + 1)
        lines = (" ".join(words[i:i + 10]).capitalize() + "." for i in range(0, len(words), 10))
        return "\n".join(lines).encode()[:size]

    def log(self, size: int) -> bytes:
        rng = self.rng
        address = rng.choice(ADDRESSES)
        lines, total, n = [], 0, 0
        while total < size:
            n += 1
            extra = f" paid to {address}" if rng.random() < 0.3 else ""
            line = f"2024-03-{n % 28 + 1:02d} 12:{n % 60:02d}:00 INFO request {n} ok{extra}"
            lines.append(line)
            total += len(line) + 1
        return "\n".join(lines).encode()

    def csv(self, size: int) -> bytes:
        rng = self.rng
        rows = ["id,name,amount,date"]
        while sum(map(len, rows)) < size:
            rows.append(f"{len(rows)},{rng.choice(self.words)},{rng.random() * 1000:.2f},2023-01-01")
        return "\n".join(rows).encode()

    def json(self, size: int) -> bytes:
        items = []
        while sum(map(len, items)) < size:
            items.append(f'{{"key": "{self.rng.choice(self.words)}", "value": {len(items)}}}')
        return ("[" + ",\n".join(items) + "]").encode()

    def html(self, size: int) -> bytes:
        return (b"<!DOCTYPE html>\n<html><head><title>page</title></head><body>\n<p>"
                + self.prose(size).replace(b"\n", b"</p>\n<p>") + b"</p>\n</body></html>\n")

    def source(self, size: int) -> bytes:
        lines = ["#!/usr/bin/env python3", "import os", ""]
        while sum(map(len, lines)) < size:
            name = self.rng.choice(self.words)
            lines += [f"def {name}_{len(lines)}(value):", f"    return value * {len(lines)}", ""]
        return "\n".join(lines).encode()

    def photo(self, fmt: str) -> bytes:
        rng = self.rng
        width, height = rng.randint(32, 640), rng.randint(32, 480)
        image = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
        out = io.BytesIO()
        image.save(out, fmt, quality=85) if fmt == "JPEG" else image.save(out, fmt)
        return out.getvalue()

    def program(self) -> bytes:
        return self.rng.choice(self.programs).read_bytes()

    def archive(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for i in range(self.rng.randint(1, 4)):
                zf.writestr(f"doc{i}.txt", self.prose(self.rng.randint(100, 20000)))
        return out.getvalue()

    def pdf(self, size: int) -> bytes:
        body = self.prose(size).replace(b"(", b"").replace(b")", b"")
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /Length "
                + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream endobj\n"
                b"trailer << /Root 1 0 R >>\n%%EOF\n")


# (weight, extension, maker) — roughly the share of each kind on an ordinary drive.
_KINDS = (
    (18, "txt", lambda m, s: m.prose(s)),
    (8, "log", lambda m, s: m.log(s)),
    (6, "csv", lambda m, s: m.csv(s)),
    (6, "json", lambda m, s: m.json(s)),
    (8, "html", lambda m, s: m.html(s)),
    (10, "py", lambda m, s: m.source(s)),
    (14, "jpg", lambda m, s: m.photo("JPEG")),
    (5, "png", lambda m, s: m.photo("PNG")),
    (5, "", lambda m, s: m.program()),
    (4, "zip", lambda m, s: m.archive()),
    (4, "gz", lambda m, s: gzip.compress(m.prose(s), mtime=0)),
    (4, "pdf", lambda m, s: m.pdf(s)),
    (5, "bin", lambda m, s: m.rng.randbytes(s)),
    (3, "dat", lambda m, s: b""),
)


def mixed_tree(root: Path, count: int, seed: int) -> int:
    """Write ``count`` files of mixed kinds under ``root``; returns their total size."""
    rng = random.Random(seed)
    maker = _Maker(rng)
    weights = [k[0] for k in _KINDS]
    total = 0
    for i in range(count):
        _, ext, make = rng.choices(_KINDS, weights)[0]
        size = int(min(rng.lognormvariate(9.5, 1.5), 4 * MIB))  # median ~13 KB, long tail
        data = make(maker, size)
        folder = root / f"dir{i // 200:03d}" / maker.words[i % 7]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / (f"f{i:06d}.{ext}" if ext else f"f{i:06d}")).write_bytes(data)
        total += len(data)
    return total


def small_tree(root: Path, count: int, seed: int) -> int:
    """``count`` small text files (a few hundred bytes each) in folders of 1,000."""
    rng = random.Random(seed)
    maker = _Maker(rng)
    total = 0
    for i in range(count):
        folder = root / f"d{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = maker.prose(rng.randint(50, 900))
        (folder / f"n{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def make_ext4(tree: Path, image: Path, data_bytes: int) -> Path:
    """An ext4 image holding ``tree``, sized for its data and inodes."""
    inodes = sum(1 for _ in tree.rglob("*")) + 1024
    size_kib = int(data_bytes * 1.25 / 1024) + inodes * 6 + 16 * 1024
    subprocess.run(["mke2fs", "-q", "-F", "-t", "ext4", "-N", str(inodes), "-d", str(tree),
                    str(image), f"{size_kib}k"],
                   check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, "E2FSPROGS_FAKE_TIME": "1700000000"})
    return image
