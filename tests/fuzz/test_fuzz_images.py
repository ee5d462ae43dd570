"""Fuzz: disk images (ext2/ext4, FAT, NTFS, ISO 9660, MBR, E01), damaged mostly where the file
system keeps its metadata, then scanned into a case as an officer would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.fixtures.images import make_ext4, make_fat, need
from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.cli import build_parser, main
from triage_app.evidence import listing_probe

CORPUS = Path(__file__).resolve().parents[3] / "shared/corpora/disk-images"
FILES = {"Users/alex/notes.txt": b"meet at 6\n" * 20, "DCIM/IMG_0001.JPG": b"\xff\xd8\xff" * 300,
         "wallet.txt": b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4\n"}


CASE_SECONDS = 20  # a scan of these images takes about a second, more on a loaded machine
# The Sleuth Kit (its own istat and fls too) runs for minutes in C code on some damaged images
# (an 18 KB ext2 image whose root directory claims 3 GB, ISO 9660 images with a damaged
# directory record): the walk is tried in a fenced worker first, which here gives up well
# within the case's limit and the scan refuses the image in one line.
STALL_SECONDS = 3


def _ntfs(target: Path) -> Path:
    need("mkntfs", "ntfscp")
    with open(target, "wb") as handle:
        handle.truncate(2 << 20)
    subprocess.run(["mkntfs", "-F", "-q", "-s", "512", "-c", "512", "-L", "FUZZ", str(target)],
                   check=True, capture_output=True)
    note = target.with_suffix(".txt")
    note.write_bytes(FILES["Users/alex/notes.txt"])
    subprocess.run(["ntfscp", "-f", str(target), str(note), "notes.txt"], check=True,
                   capture_output=True)
    return target


def _seeds(root: Path) -> list[tuple[Path, tuple[int, int]]]:
    """(image, where its metadata lies): the mutations land there four times in five."""
    root.mkdir()
    return [
        (make_ext4(root / "ext4.raw", FILES, size="1M"), (1024, 64 * 1024)),
        (make_fat(root / "fat.raw", FILES, size_kib=1024), (0, 24 * 1024)),
        (_ntfs(root / "ntfs.raw"), (0, 40 * 1024)),
        (CORPUS / "pytsk/image.raw", (1024, 48 * 1024)),
        (CORPUS / "dfvfs/iso9660.raw", (32 * 1024, 64 * 1024)),
        (CORPUS / "dfvfs/mbr.raw", (0, 66 * 1024)),
        (CORPUS / "plaso/image.E01", (0, 4 * 1024)),
    ]


def test_damaged_images_are_scanned_or_refused_in_one_line(tmp_path, capsys, app_home,
                                                           monkeypatch, case_at):
    monkeypatch.setattr(listing_probe, "STALL_SECONDS", STALL_SECONDS)
    seeds = _seeds(tmp_path / "seeds")
    build_parser()  # imports every command here once, so each forked case starts warm
    mutator, fuzz = Mutator(f"images/{SEED}"), Fuzz("disk images")
    for i in cases(70):
        seed, focus = seeds[i % len(seeds)]
        data, note = mutator.mutate_bytes(seed.read_bytes(), focus=focus)
        work = tmp_path / f"case-{i}"
        work.mkdir()
        image = work / f"evidence{seed.suffix}"
        image.write_bytes(data)
        image.chmod(0o444)
        case = case_at(work / "case")  # made with `case new`, as an officer would
        note = f"{seed.name}: {note}"

        def scan(image=image, case=case) -> str | None:
            code = main(["scan", str(image), "--case", str(case), "--jsonl"])
            err = sys.stderr.getvalue()
            if code not in (0, 1, 3) or "Traceback" in err:
                return f"scan: exit {code}: {err[-300:]}"
            return None

        fuzz.in_child(i, note, scan, seconds=CASE_SECONDS, may_write=(case, app_home),
                      keep=image)
        fuzz.expect(i, note, image.read_bytes() == data, "the evidence changed", image)
        if not any(f.case == i for f in fuzz.failures):
            shutil.rmtree(work)
    fuzz.assert_clean()
