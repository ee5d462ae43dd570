"""Fuzz: a real triage package (scan, collect, scene photo, export), damaged or made hostile,
then verified and imported. Verifying writes nothing; importing writes only into its target."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from tests.cli.helpers import act_as, run_cli
from tests.fixtures.cases import make_case
from tests.fixtures.images import make_ext4
from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.cli import main
from triage_app.package.verify import verify_package

FILES = {"Users/alex/notes.txt": b"meet at 6\n" * 20, "tmp/a b.bin": bytes(range(256)) * 30}
PHOTO = (Path(__file__).resolve().parents[3]
         / "shared/corpora/exif/images/exif-py/jpg/gps/DSCN0010.jpg")


def _exported(root: Path, capsys, monkeypatch) -> Path:
    officer = act_as(monkeypatch, "L2")  # collection needs L2
    image = make_ext4(root / "usb.raw", FILES, size="2M")
    case = make_case(root / "case", officer)
    for argv in (("scan", image, "--case", case, "--exhibit", "ABC/1"),
                 ("collect", image, "--case", case, "--exhibit", "ABC/1"),
                 ("scene", "add", PHOTO, "--case", case)):
        assert run_cli(capsys, *argv).code == 0
    out = root / "out"
    out.mkdir()
    run = run_cli(capsys, "package", "export", case, "--out", out)
    assert run.code == 0, run.err
    return Path(run.out.strip())


def _hostile(mutator: Mutator, bag: Path) -> str:
    """A structural change a crafted package could carry."""
    data = bag / "data"
    victim = mutator.rng.choice(sorted(p for p in data.rglob("*") if p.is_file()))
    choice = mutator.rng.randrange(6)
    if choice == 0:
        victim.unlink()
        victim.symlink_to("/etc/passwd")
        return f"{victim.name} made a link out of the bag"
    if choice == 1:
        os.mkfifo(data / "pipe")
        return "a FIFO in data/"
    if choice == 2:
        with open(bag / "manifest-sha256.txt", "a") as out:
            out.write(f"{'0' * 64}  data/../../escaped.txt\n")
        return "a manifest line pointing out of the bag"
    if choice == 3:
        victim.rename(victim.with_name("new\nline.txt"))
        return "a payload file renamed with a newline"
    if choice == 4:
        (data / os.fsdecode(b"bad-\xff-name.txt")).write_bytes(b"x")
        return "a file name that is not UTF-8"
    (bag / "data" / "deep").mkdir()
    path = bag / "data" / "deep"
    for _ in range(60):
        path = path / "d"
    path.mkdir(parents=True)
    return "a 60-deep folder"


def test_damaged_and_hostile_packages_are_refused_in_words(tmp_path, capsys, app_home, monkeypatch):
    seed_bag = _exported(tmp_path / "seed", capsys, monkeypatch)
    tag_files = sorted(p.relative_to(seed_bag) for p in seed_bag.rglob("*")
                       if p.is_file() and not p.is_relative_to(seed_bag / "data"))
    mutator, fuzz = Mutator(f"packages/{SEED}"), Fuzz("triage packages")
    for i in cases(60):
        work = tmp_path / f"case-{i}"
        bag = work / seed_bag.name
        shutil.copytree(seed_bag, bag, symlinks=True)
        if mutator.rng.random() < 0.2:
            note = _hostile(mutator, bag)
        else:
            target = bag / mutator.rng.choice(tag_files)
            if target.suffix in (".txt", ".json", ".jsonl", ".jsonld", ".dfxml", ".html") \
                    and mutator.rng.random() < 0.6:
                text, note = mutator.mutate_text(target.read_text(encoding="utf-8"))
                target.write_bytes(text.encode("utf-8", "surrogatepass"))
            else:
                data, note = mutator.mutate_bytes(target.read_bytes())
                target.write_bytes(data)
            note = f"{target.relative_to(bag)}: {note}"
        lab = work / "lab"
        with fuzz.case(i, note, seconds=30, may_write=(app_home,)):
            verify_package(bag).to_dict()
            code = main(["package", "verify", str(bag), "--json"])
            err = capsys.readouterr().err
            fuzz.expect(i, note, code in (0, 1) and "Traceback" not in err,
                        f"package verify: exit {code}: {err[-300:]}")
        if i % 4 == 0:
            with fuzz.case(i, note, seconds=30, may_write=(app_home, lab)):
                code = main(["package", "import", str(bag), "--into", str(lab)])
                err = capsys.readouterr().err
                fuzz.expect(i, note, code in (0, 1, 4) and "Traceback" not in err,
                            f"package import: exit {code}: {err[-300:]}")
        for folder, _dirs, _files in os.walk(work):
            os.chmod(folder, 0o755)  # an import leaves its copy read-only
        shutil.rmtree(work)
    fuzz.assert_clean()
