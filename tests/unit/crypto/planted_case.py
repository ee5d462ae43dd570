"""A real case to review: a folder with planted crypto artefacts, scanned by the engine.

Shared by the review tests (core, CLI and GUI). The folder holds an address, a WIF private key
and a BIP-39 seed phrase in a text file, and a seed phrase in a UTF-16LE file, between random
bytes, so the scanner finds them as it would on seized media.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from triage_app.case.case import Case
from triage_app.core.officer import Endorsement, Officer, save_officer
from triage_app.engine.scan import build_analyzers, scan_source
from triage_app.evidence.source import open_source

ADDRESS = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"
SEED16 = ("letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd "
          "amount doctor acoustic avoid letter always")  # 18 words, written in UTF-16LE


@dataclass
class PlantedCase:
    case_dir: Path
    evidence: Path
    officer_l1: Officer
    officer_l3: Officer
    seed_offset: int
    wif_offset: int


def officers() -> tuple[Officer, Officer]:
    l1 = Officer("PC101", "Pat Constable", "Test Police", (Endorsement("L1"),))
    l3 = Officer("DS301", "Sam Specialist", "Test Police", (Endorsement("L3-live-data"),))
    for officer in (l1, l3):
        save_officer(officer)
    return l1, l3


def make_planted_case(root: Path) -> PlantedCase:
    rng = random.Random(5)
    evidence = root / "evidence"
    (evidence / "docs").mkdir(parents=True)
    head = rng.randbytes(3000)
    notes = (head + f"\nsend to {ADDRESS}\n".encode() + rng.randbytes(500)
             + f"\n{WIF}\n".encode() + rng.randbytes(700) + f"\n{SEED}\n".encode()
             + rng.randbytes(900))
    (evidence / "docs" / "notes.bin").write_bytes(notes)
    (evidence / "backup.txt").write_bytes(rng.randbytes(1000) + f" {SEED16} ".encode("utf-16-le")
                                          + rng.randbytes(300))
    l1, l3 = officers()
    case_dir = root / "case"
    with open_source(evidence) as source, Case.open(case_dir, officer=l1) as case:
        scan_source(case, source, exhibit="ABC/1", analyzers=build_analyzers(["crypto"]))
    return PlantedCase(case_dir, evidence, l1, l3, seed_offset=notes.index(SEED.encode()),
                       wif_offset=notes.index(WIF.encode()))
