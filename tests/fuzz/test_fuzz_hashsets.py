"""Fuzz: hash-set files (NSRL RDS v3 SQLite, Project VIC VICS JSON, plain lists, CSV,
hashdeep), imported into a fresh library each and looked up."""

from __future__ import annotations

import json
from pathlib import Path

from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from tests.unit.hashsets.test_library import HASHES, MD5, SHA1, SHA256, _nsrl_rds_v3
from triage_app.hashsets.library import HashSetLibrary

TEXT_SEEDS = {
    "vics.json": json.dumps({
        "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/"
                          "Default/$metadata#Media",
        "value": [{"MediaID": 1, "Category": 1, "MD5": MD5.upper(), "SHA1": SHA1.upper(),
                   "MediaSize": 13}, {"MediaID": 2, "Category": 0, "MD5": "ab" * 16}]}),
    "md5sum.txt": f"{MD5}  notepad.exe\n{'cd' * 16} *other.dll\n",
    "list.csv": f"name,sha256,size\nnotepad.exe,{SHA256},13\n\"a,b\",{'ef' * 32},1\n",
    "hashdeep.txt": f"%%%% HASHDEEP-1.0\n%%%% size,md5,sha256,filename\n## x\n"
                    f"13,{MD5},{SHA256},/x/notepad.exe\n",
}


def _lookup_all(library: HashSetLibrary) -> None:
    library.lookup(HASHES)
    library.lookup({"md5": "0" * 32, "sha256": "f" * 64})
    library.sets()


def test_mutated_text_hash_sets_import_or_are_refused_in_one_sentence(tmp_path):
    mutator, fuzz = Mutator(f"hashsets/{SEED}"), Fuzz("hash sets (text)")
    for i in cases(200):
        name = mutator.rng.choice(sorted(TEXT_SEEDS))
        data, note = mutator.mutate_document(TEXT_SEEDS[name])
        folder = tmp_path / f"library-{i}"
        folder.mkdir()
        path = tmp_path / f"{i}-{name}"
        path.write_bytes(data)
        with fuzz.case(i, f"{name}: {note}", seconds=10, may_write=(folder,), keep=path), \
                HashSetLibrary(folder) as library:
            library.import_file(path, kind=mutator.rng.choice(("known", "notable", None)))
            _lookup_all(library)
    fuzz.assert_clean()


def test_mutated_nsrl_databases_register_or_are_refused_in_one_sentence(tmp_path):
    seed = _nsrl_rds_v3(tmp_path / "seed.db").read_bytes()
    mutator, fuzz = Mutator(f"nsrl/{SEED}"), Fuzz("hash sets (NSRL SQLite)")
    for i in cases(120):
        data, note = mutator.mutate_bytes(seed, focus=(0, len(seed)))
        folder = tmp_path / f"library-{i}"
        folder.mkdir()
        path = tmp_path / f"{i}-RDS.db"
        path.write_bytes(data)
        with fuzz.case(i, note, seconds=10, may_write=(folder,), keep=path), \
                HashSetLibrary(folder) as library:
            library.import_file(path)
            _lookup_all(library)
        _damage_library(mutator, folder, i, fuzz)
    fuzz.assert_clean()


def _damage_library(mutator: Mutator, folder: Path, i: int, fuzz) -> None:
    """The library's own database, damaged on disk afterwards, then opened again."""
    library_db = folder / "library.sqlite"
    data, note = mutator.mutate_bytes(library_db.read_bytes(), rounds=2)
    library_db.write_bytes(data)
    with fuzz.case(i, f"library.sqlite: {note}", seconds=10, may_write=(folder,)), \
            HashSetLibrary(folder) as library:
        _lookup_all(library)
