"""Synthetic content: every planted artefact is what the app's own checks call valid."""

from __future__ import annotations

import hashlib

import pytest

from triage_app.config import resource
from triage_app.crypto import bip39
from triage_app.crypto.identify import check
from triage_app.errors import InputError
from triage_app.hashsets.library import read_plain_list
from triage_app.simulation import artefacts
from triage_app.simulation.artefacts import COINS, Stream, make_content


@pytest.mark.parametrize("coin", sorted(COINS))
def test_each_coin_gives_a_valid_address_of_that_coin(coin):
    text = artefacts.address(coin, Stream(3, coin))
    result = check(text)
    assert result.valid and result.kind == "address", text
    expected = {"btc-segwit": "BTC", "trx": "TRX"}.get(coin, coin.upper())
    assert expected in {i.currency for i in result.interpretations}


def test_a_seed_phrase_has_a_valid_checksum_and_the_seed_decides_it():
    first = artefacts.seed_phrase(12, Stream(1, "x"))
    assert bip39.to_entropy(first.split(), "english")
    assert first == artefacts.seed_phrase(12, Stream(1, "x"))
    assert first != artefacts.seed_phrase(12, Stream(2, "x"))
    with pytest.raises(InputError, match="13"):
        artefacts.seed_phrase(13, Stream(1, "x"))


def test_the_bundled_training_set_lists_exactly_the_known_files():
    listed = {value for _, value, _ in read_plain_list(resource("hashsets",
                                                                artefacts.TRAINING_SET_FILE))}
    made = {hashlib.sha256(artefacts.known_file(n)).hexdigest()
            for n in range(1, artefacts.KNOWN_FILES + 1)}
    assert listed == made and len(made) == artefacts.KNOWN_FILES


def test_content_is_a_function_of_seed_and_place():
    spec = {"kind": "addresses", "coins": ["btc", "eth"], "repeat": 2}
    one, plants = make_content(spec, seed=5, place="usb/log.txt")
    assert one == make_content(spec, seed=5, place="usb/log.txt")[0]
    assert one != make_content(spec, seed=6, place="usb/log.txt")[0]
    assert one != make_content(spec, seed=5, place="usb/other.txt")[0]
    assert [p.value in one.decode() for p in plants] == [True, True]


@pytest.mark.parametrize("spec, words", [({"kind": "nonsense"}, "unknown content kind"),
                                         ({"kind": "wallet", "wallet": "paper"}, "unknown wallet"),
                                         ({"kind": "addresses", "coins": ["zzz"]}, "unknown coin"),
                                         ({"kind": "known-file", "set": "nsrl"}, "training"),
                                         ({"kind": "photo", "gps": [91, 0]}, "not on Earth")])
def test_bad_content_is_refused_in_one_line(spec, words):
    with pytest.raises(InputError, match=words):
        make_content(spec, seed=1, place="x/y")
