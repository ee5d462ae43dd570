"""Fuzz: watch-list files in every format the import reads (OFAC XML, advanced XML, CSV, JSON,
text), then the stored lists loaded back and matched."""

from __future__ import annotations

import json

from tests.cli.test_watchlist import ADVANCED_XML, BECH, ETH, SDN_CSV, SDN_XML, XBT
from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.crypto.watchlists import WatchIndex, import_list, load_all, store_dir

SEEDS = {
    "sdn.xml": SDN_XML, "sdn_advanced.xml": ADVANCED_XML, "sdn.csv": SDN_CSV,
    "agency.csv": f"address,currency,note\n{BECH},BTC,case 17\n{ETH},ETH,\"a, b\"\n",
    "agency.json": json.dumps({"date": "2024-05-01", "addresses": [
        {"address": BECH, "currency": "BTC", "note": "x"}, XBT]}),
    "plain.txt": f"# agency list\n{BECH}\n{XBT}  # note\n{ETH}\n",
}


def test_mutated_watch_lists_import_or_are_refused_in_one_sentence(tmp_path, app_home):
    mutator, fuzz = Mutator(f"watchlists/{SEED}"), Fuzz("watch lists")
    for i in cases(250):
        name = mutator.rng.choice(sorted(SEEDS))
        data, note = mutator.mutate_document(SEEDS[name])
        path = tmp_path / f"{i}-{name}"
        path.write_bytes(data)
        note = f"{name}: {note}"
        with fuzz.case(i, note, seconds=10, may_write=(app_home,), keep=path):
            import_list(path, f"list {i}", fmt=mutator.rng.choice(("auto", "auto", "csv")))
            index = WatchIndex(load_all())
            index.describe(index.match(BECH))
        for stored in store_dir().glob("*"):  # the next case starts with an empty store
            stored.unlink()
    fuzz.assert_clean()
