"""Fuzz: photos of every format the reader knows (JPEG, TIFF, PNG, WebP, HEIC/HEIF, AVIF and
raw formats), damaged mostly in their metadata, read through the fenced parser and `exif`."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.cli import main

IMAGES = Path(__file__).resolve().parents[3] / "shared/corpora/exif/images"
FORMATS = ("jpg", "tif", "tiff", "png", "webp", "heic", "heif", "avif", "nef", "raf", "rw2",
           "dng", "psd", "jxl")
TIME_LIMIT = 3.0
BATCH = 8


def _seeds() -> list[Path]:
    """The smallest two files of each format: quick to parse, metadata near the start."""
    chosen = []
    for suffix in FORMATS:
        found = sorted((p for p in IMAGES.rglob(f"*.{suffix}") if p.stat().st_size < 400_000),
                       key=lambda p: (p.stat().st_size, str(p)))
        chosen += found[:2]
    return chosen


def test_damaged_photos_are_read_or_warned_about_within_the_limit(tmp_path, capsys, app_home):
    seeds = _seeds()
    assert len(seeds) >= 15, seeds
    mutator, fuzz = Mutator(f"photos/{SEED}"), Fuzz("photos")
    for i in cases(40):
        batch, notes = [], []
        for j in range(BATCH):
            seed = mutator.rng.choice(seeds)
            data = seed.read_bytes()
            data, note = mutator.mutate_bytes(data, focus=(0, min(len(data), 8192)))
            path = tmp_path / f"{i}-{j}{seed.suffix}"
            path.write_bytes(data)
            batch.append(str(path))
            notes.append(f"{path.name} from {seed.name}: {note}")
        note = " | ".join(notes)
        # Each file has TIME_LIMIT in a worker; two workers share the batch.
        seconds = BATCH * (TIME_LIMIT + 1) / 2 + 10
        started = time.monotonic()
        with fuzz.case(i, note, seconds=seconds, may_write=(app_home,)):
            code = main(["exif", "--json", "--time-limit", str(TIME_LIMIT), *batch])
            out, err = capsys.readouterr()
            records = json.loads(out)
            fuzz.expect(i, note, code in (0, 1) and "Traceback" not in err
                        and len(records) == BATCH, f"exif: exit {code}: {err[-300:]}")
        elapsed = time.monotonic() - started
        fuzz.expect(i, note, elapsed < seconds, f"the batch took {elapsed:.1f} s")
        for path in batch:
            Path(path).unlink()
    fuzz.assert_clean()
