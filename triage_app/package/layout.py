"""Names and places inside a triage package."""

from __future__ import annotations

import re
from datetime import datetime

# the values of Package-Mode: the mode of the case the package was exported from
from triage_app.case.case import MODE_LIVE as MODE_LIVE
from triage_app.case.case import MODE_SIMULATION as MODE_SIMULATION

BAG_PREFIX = "TRIAGE_"
PARTIAL_SUFFIX = ".partial"
PARTIAL_MARKER = "EXPORT-INCOMPLETE.txt"
DATA = "data"
METADATA = "metadata"
SCENE_PHOTOS = "data/scene"  # the scene photos, from the case's scene/ folder
SIGNATURE = "tagmanifest-sha256.txt.sig"
MANIFEST_ALGORITHMS = ("sha256", "sha512")
METADATA_FILES = ("case.jsonld", "files.dfxml", "hashdeep-sha256.txt", "custody.jsonl",
                  "findings.json", "hashsets.json", "report.html", "report.pdf")

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_component(text: str) -> str:
    """A path component that is valid on every file system we meet (FAT, NTFS, ext, HFS+)."""
    cleaned = _UNSAFE.sub("_", text).strip("._") or "x"
    return cleaned[:64]


def bag_name(case_ref: str, exhibits: list[str], when: datetime) -> str:
    shown = [safe_component(e) for e in exhibits[:3]]
    if len(exhibits) > 3:
        shown.append(f"{len(exhibits) - 3}more")
    exhibit_part = "+".join(shown) if shown else "no-exhibits"
    return f"{BAG_PREFIX}{safe_component(case_ref)}_{exhibit_part}_{when:%Y%m%dT%H%M%SZ}"
