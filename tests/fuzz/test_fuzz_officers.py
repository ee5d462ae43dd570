"""Fuzz: officer profiles and their key files, as the app finds them in its data folder."""

from __future__ import annotations

import json

from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.core.officer import Endorsement, Officer, load_officer, officers_dir, save_officer
from triage_app.custody.keys import create_signing_key, public_key, signing_key

PROFILE = Officer("PC123", "Jane Smith", "Kent Police",
                  (Endorsement.parse("L2-removable-media:2027-06-30"), Endorsement.parse("L1")))


def test_mutated_profiles_and_keys_load_or_are_refused_in_one_sentence(app_home):
    save_officer(PROFILE)
    create_signing_key(PROFILE, "passphrase")
    folder = officers_dir()
    originals = {p.name: p.read_bytes() for p in folder.iterdir()}
    plain = Officer("PC9", "Plain Key")
    save_officer(plain)
    create_signing_key(plain, None)
    originals.update({p.name: p.read_bytes() for p in folder.iterdir() if p.stem == "PC9"})
    mutator, fuzz = Mutator(f"officers/{SEED}"), Fuzz("officer profiles and keys")
    for i in cases(300):
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        name = mutator.rng.choice(sorted(originals))
        if name.endswith(".json") and mutator.rng.random() < 0.7:
            text, note = mutator.mutate_text(originals[name].decode())
            data = text.encode()
        else:
            data, note = mutator.mutate_bytes(originals[name], focus=(0, 200))
        (folder / name).write_bytes(data)
        note = f"{name}: {note}"
        officer_id = name.split(".")[0]
        with fuzz.case(i, note, seconds=10, may_write=(app_home,)):
            officer = load_officer(officer_id)
            json.dumps(officer.to_dict())
            officer.highest_level()
            public_key(officer)
            signing_key(officer, lambda: "passphrase")
    fuzz.assert_clean()
