"""The checker on odd input: mixed word lists, near-miss secrets, hidden characters."""

from __future__ import annotations

import json

import pytest

from triage_app.crypto import bip39
from triage_app.crypto.identify import check, looks_secret

P2WPKH = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
P2PKH = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
XPRV = ("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kej"
        "MRNNU3TGtRBeJgk33yuGBxrMPHi")
SEED24 = bip39.from_entropy(bytes(range(32)))


@pytest.mark.parametrize("phrase", [
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo ábaco",
    # Japanese, with one French word in place of the last
    bip39.from_entropy(bytes(16), "japanese").rsplit("\u3000", 1)[0] + "\u3000abaisser",
])
def test_words_from_two_lists_are_refused_in_words(phrase):
    result = check(phrase)
    assert not result.valid and "more than one BIP-39 word list" in result.reason
    assert result.sensitive  # twelve real seed words are still most of a seed


@pytest.mark.parametrize("text", [
    XPRV + "\u202e",  # valid once the override is removed: a secret
    SEED24.replace("o", "\u03bf", 1),  # Greek omicron: fails, still a seed
    WIF + WIF,  # pasted twice
    WIF + " " + WIF,
    SEED24.replace(SEED24.split()[3], SEED24.split()[3][:-1] + "x"),  # a typo
    WIF[:10] + "0" + WIF[11:],  # a character outside Base58
    XPRV[:-1] + "I",
])
def test_anything_shaped_like_a_secret_is_redacted(text):
    result = check(text)
    assert result.sensitive and looks_secret(text)
    shown = result.display + json.dumps(result.to_dict()["redacted"]) + (result.reason or "")
    shown += result.explanation
    for part in (WIF, XPRV, " ".join(SEED24.split()[1:4])):
        assert part not in shown
    assert "redacted" in result.display


@pytest.mark.parametrize("text", [P2WPKH, P2PKH, P2PKH[:-1] + "3", "hello",
                                  "bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t5"])
def test_addresses_and_words_are_not_taken_for_secrets(text):
    assert not check(text).sensitive and check(text).display == text


@pytest.mark.parametrize("char, name", [
    ("\u202e", "RIGHT-TO-LEFT OVERRIDE"), ("\u2066", "LEFT-TO-RIGHT ISOLATE"),
    ("\u200b", "ZERO WIDTH SPACE"), ("\x1b", "control character"),
    ("\u3164", "HANGUL FILLER")])
def test_hidden_characters_are_removed_named_and_escaped(char, name):
    text = P2PKH[:9] + char + P2PKH[9:]
    result = check(text)
    assert result.valid and result.normalized == P2PKH
    assert result.display == f"{P2PKH[:9]}<U+{ord(char):04X}>{P2PKH[9:]}"
    assert char not in result.display
    assert [(h.position, h.name) for h in result.hidden] == [(10, name)]
    assert f"U+{ord(char):04X} {name} at character 10" in result.hidden_note
    assert result.to_dict()["hidden_characters"] == [
        {"position": 10, "code_point": f"U+{ord(char):04X}", "name": name}]


def test_a_direction_control_is_called_out():
    assert "read differently" in check(P2PKH + "\u202e").hidden_note
    assert "direction" not in check(P2PKH + "\u200b").hidden_note


def test_an_invisible_character_at_the_end_is_not_dropped_in_silence():
    result = check(P2WPKH + "\ufeff")
    assert result.valid and result.normalized == P2WPKH
    assert "U+FEFF" in result.hidden_note


def test_an_address_typed_in_groups_says_what_was_checked():
    result = check("bc1q w508 d6qe jxtd g4y5 r3za rvar y0c5 xw7k v8f3 t4")
    assert result.valid and result.normalized == P2WPKH and not result.hidden


def test_control_characters_only_are_empty_input():
    result = check("\x00\x01\u202e")
    assert not result.valid and result.reason == "empty input" and len(result.hidden) == 3


@pytest.mark.parametrize("text", ["x" * 1_000_000, "abandon " * 100_000, "\u202e" * 500_000])
def test_an_overlong_input_is_refused_quickly_and_shown_shortened(text):
    import time

    started = time.monotonic()
    result = check(text)
    assert time.monotonic() - started < 1.0
    assert not result.valid and "too long" in result.reason
    assert len(result.display) < 1100 and f"[{len(text)} characters" in result.display
