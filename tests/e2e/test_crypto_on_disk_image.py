"""Issue 5, done-when: a scan of a disk image with a planted wallet file and seed phrase reports
both, with the secret redacted everywhere it is written."""

from __future__ import annotations

import os
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.fixtures.images import make_ext4

SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"
# A Berkeley DB btree header (magic 0x00053162 at offset 12), as Bitcoin Core's wallet.dat has.
WALLET = (b"\x00" * 12 + b"\x62\x31\x05\x00" + b"\x09\x00\x00\x00" + b"\x00\x10\x00\x00"
          + os.urandom(8168) + b"\x00\x00main" + b"\x00" * 100 + b"defaultkey")


def test_planted_wallet_and_seed_in_an_image_are_found_and_redacted(tmp_path: Path, capsys,
                                                                    case_at) -> None:
    image = make_ext4(tmp_path / "laptop.raw", {
        "home/alex/.bitcoin/wallet.dat": WALLET,
        "home/alex/Documents/backup words.txt": f"my words: {SEED}\n".encode(),
        "home/alex/Documents/shopping.txt": b"milk eggs bread\n" * 40,
    })
    run = run_cli(capsys, "scan", image, "--case", case_at(tmp_path / "case"), "--jsonl")
    assert run.code == 0, run.err
    files = {r["path"]: r for r in run.jsonl() if r["record"] == "file"}
    wallet = [f for f in files["/home/alex/.bitcoin/wallet.dat"]["findings"] if f["analyzer"] == "crypto"]
    assert any("wallet" in f["kind"] for f in wallet), wallet
    seeds = [f for f in files["/home/alex/Documents/backup words.txt"]["findings"]
             if f["analyzer"] == "crypto"]
    assert any(f["sensitive"] and "seed" in f["kind"] for f in seeds), seeds
    shopping = files["/home/alex/Documents/shopping.txt"]["findings"]
    assert not [f for f in shopping if f["analyzer"] == "crypto"]
    # The phrase is a key to funds: never in the output, the case store or the ledger in clear.
    assert SEED not in run.out and "wave sausage worth" not in run.out
    stored = [p for p in (tmp_path / "case").rglob("*") if p.is_file()]
    assert any(p.name == "case.sqlite" for p in stored)
    for path in stored:
        assert b"wave sausage worth" not in path.read_bytes(), path
