"""A small real case for the gallery tests: scene photos scanned with a notable hash set.

Photos come from the shared EXIF corpus (three Nikon GPS photos from Arezzo, one without GPS);
the notable set lists the SHA-256 of one of them, so the scan's known-file analyzer flags it
exactly as an agency's set would.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from triage_app.case.case import Case
from triage_app.core.officer import Endorsement, Officer, load_officer, save_officer
from triage_app.engine.scan import scan_source
from triage_app.errors import InputError
from triage_app.evidence.source import open_source
from triage_app.hashsets.library import HashSetLibrary

GPS = ("DSCN0010.jpg", "DSCN0012.jpg", "DSCN0021.jpg")
NOTABLE = "DSCN0012.jpg"
PLAIN = "landscape_6.jpg"  # no GPS; EXIF orientation 6


@dataclass(frozen=True)
class PhotoCase:
    case_dir: Path
    evidence: Path
    notable_path: str  # as the case records it, inside the evidence folder
    notable_sha256: str


def officer(level: str) -> Officer:
    person = Officer(id=f"officer-{level.lower()}", name=f"Test officer {level}",
                     endorsements=(Endorsement(level),))
    try:
        save_officer(person)
    except InputError:  # made earlier in this test
        return load_officer(person.id)
    return person


def photo_evidence(corpora: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    images = corpora / "exif" / "images" / "exif-py" / "jpg"
    for name in GPS:
        shutil.copy(images / "gps" / name, folder / name)
    shutil.copy(images / "orientation" / PLAIN, folder / PLAIN)
    return folder


def notable_case(corpora: Path, tmp_path: Path) -> PhotoCase:
    evidence = photo_evidence(corpora, tmp_path / "evidence")
    sha = hashlib.sha256((evidence / NOTABLE).read_bytes()).hexdigest()
    listing = tmp_path / "notable-set.txt"
    listing.write_text(sha + "\n")
    library = HashSetLibrary()
    try:
        library.import_file(listing, name="Test notable set", version="1", kind="notable")
    finally:
        library.close()
    case_dir = tmp_path / "case"
    with Case.open(case_dir, officer=officer("L2")) as case, open_source(evidence) as source:
        scan_source(case, source, exhibit="ABC/1")
    return PhotoCase(case_dir, evidence, f"/{NOTABLE}", sha)


def custody_actions(case_dir: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in (case_dir / "custody.jsonl").read_text().splitlines()]
