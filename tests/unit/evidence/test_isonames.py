"""ISO 9660 discs listed by their Rock Ridge names, as ``isoinfo -R -f`` (cdrkit) lists them,
with the name TSK shows (8.3 or Joliet) kept as the alias. Discs made by ``genisoimage``."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from tests.fixtures.images import need, write_tree
from triage_app.core.jobs import CancelToken
from triage_app.engine.process import FileProcessor
from triage_app.evidence.source import open_source

FILES = {
    "DIR_X/Long Name With Spaces and ünïcödé.txt": b"long\n",
    "semi;colon.txt": b"semi\n",
    "README": b"no extension\n",
    "Sub Folder/deeper still/a name longer than sixty-four characters, which Joliet cuts short.txt": b"x\n",
    **{f"batch/photo {n:02d} (copy).jpeg": bytes([n]) * (n + 1) for n in range(40)},
    **{f"empties/empty {n}.txt": b"" for n in range(3)},
}


def _disc(tmp_path: Path, *options: str) -> Path:
    need("genisoimage")
    tree = tmp_path / "tree"
    write_tree(tree, FILES)
    (tree / "an empty folder").mkdir()
    image = tmp_path / "disc.iso"
    subprocess.run(["genisoimage", "-quiet", *options, "-o", str(image), str(tree)], check=True)
    return image


@pytest.mark.parametrize("options", [("-R",), ("-R", "-J")], ids=["rock-ridge", "rock-ridge+joliet"])
def test_iso_names_agree_with_isoinfo_rock_ridge(tmp_path: Path, options: tuple[str, ...]) -> None:
    need("isoinfo")
    image = _disc(tmp_path, *options)
    isoinfo = subprocess.run(["isoinfo", "-R", "-f", "-i", str(image)], check=True,
                             capture_output=True, text=True).stdout.splitlines()
    processor = FileProcessor([])
    with open_source(image) as source:
        results = {e.path: processor.process(e, CancelToken()) for e in source.entries(CancelToken())
                   if not e.path.startswith("/$OrphanFiles")}
    assert sorted(results) == sorted(isoinfo)
    for rel, data in FILES.items():
        assert results[f"/{rel}"].hashes["sha256"] == hashlib.sha256(data).hexdigest(), rel
    assert results["/semi;colon.txt"].entry.alias == ("semi_colon.txt" if "-J" in options
                                                      else "SEMI_COL.TXT")
