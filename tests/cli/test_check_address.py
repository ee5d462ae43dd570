"""`triage-app check-address`: the JSON contract, redaction, exit codes, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tests.unit.crypto.vectors import load
from triage_app.cli import main

P2WPKH = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
SEED = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon " \
       "abandon about"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"


def run_json(capsys, *texts: str) -> tuple[int, list[dict]]:
    code = main(["check-address", "--json", *texts])
    return code, json.loads(capsys.readouterr().out)


def test_json_contract(capsys):
    v1_bech32 = load("bip173_bech32.json")["bip173_valid_but_invalid_since_bip350"][0]["address"]
    code, out = run_json(capsys, P2WPKH, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", v1_bech32, SEED,
                         "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJo"
                         "Cu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8", WIF)
    assert code == 1  # one input is invalid
    assert [o["input"] for o in out][0] == P2WPKH
    assert [(o["valid"], o["kind"]) for o in out] == [
        (True, "address"), (False, None), (False, None), (True, "seed-phrase"),
        (True, "extended-key"), (True, "private-key")]
    assert out[0]["interpretations"] == [{"currency": "BTC", "network": "mainnet",
                                          "type": "p2wpkh"}]
    assert out[1]["reason"] == "checksum mismatch" and out[1]["interpretations"] == []
    assert out[2]["reason"] == "Bech32 checksum used for a v1 program"
    assert "reason" not in out[0]
    for o in out:
        assert o["explanation"] and o["next_step"]
    assert "specialist" in out[3]["next_step"] and "photograph" in out[3]["next_step"]
    assert out[3]["sensitive"] and SEED not in out[3]["redacted"]
    assert WIF not in out[5]["redacted"]


def test_several_chains_for_one_string(capsys):
    code, out = run_json(capsys, "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC")
    assert code == 0
    readings = {(i["currency"], i["type"]) for i in out[0]["interpretations"]}
    assert {("BTC", "p2sh"), ("BCH", "p2sh"), ("LTC", "p2sh")} <= readings


def test_testnet_string_names_every_network(capsys):
    _, out = run_json(capsys, "tb1qcrh3yqn4nlleplcez2yndq2ry8h9ncg3qh7n54")
    assert {i["network"] for i in out[0]["interpretations"]} == {"testnet", "testnet4", "signet"}


def test_human_output_redacts_secrets(capsys):
    code = main(["check-address", WIF, SEED])
    out = capsys.readouterr().out
    assert code == 0
    assert WIF not in out and "abandon about" not in out
    assert "5Hue…vyTJ" in out and "12-word phrase starting 'abandon'" in out
    assert "VALID private-key" in out and "call a crypto specialist now" in out


def test_human_output_for_address(capsys):
    assert main(["check-address", P2WPKH]) == 0
    out = capsys.readouterr().out
    assert P2WPKH in out and "VALID address: BTC p2wpkh (mainnet)" in out
    assert "no watch list is loaded" in out


@pytest.mark.parametrize("text, reason_part", [
    ("hello", "no known address"),
    ("\x00\x01\x02garbage", "no known address"),
    ("x" * 5000, "too long"),
    ("Привет мир 你好 world", "words"),
    ("", "empty"),
    ("ff" * 32, "hexadecimal"),
])
def test_bad_input_is_not_recognised(capsys, text, reason_part):
    code, out = run_json(capsys, text)
    assert code == 1
    assert out[0]["valid"] is False and out[0]["kind"] is None
    assert reason_part in out[0]["reason"]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_lines(capsys, monkeypatch):
    _stdin(monkeypatch, f"{P2WPKH}\n\n{WIF}\n".encode())
    code, out = run_json(capsys, "-")
    assert code == 0 and [o["kind"] for o in out] == ["address", "private-key"]


def test_every_stdin_line_is_checked(capsys, monkeypatch):
    _stdin(monkeypatch, (f"{P2WPKH}\n" * 10_000 + "not an address\n").encode())
    code, out = run_json(capsys, "-")
    assert len(out) == 10_001 and out[-1]["input"] == "not an address"
    assert code == 1  # the 10,001st is invalid: it counts


def test_stdin_that_is_not_utf8_is_named_not_a_traceback(capsys, monkeypatch):
    _stdin(monkeypatch, P2WPKH.encode() + b"\xff\n")
    code, out = run_json(capsys, "-")
    assert out[0]["hidden_characters"][0]["name"] == "broken text (not valid UTF-8)"
    assert out[0]["valid"] and code == 0


def test_mixed_word_lists_answer_every_input(capsys):
    code = main(["check-address", P2WPKH, "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo ábaco"])
    out = capsys.readouterr().out
    assert code == 1 and P2WPKH in out and "more than one BIP-39 word list" in out
    assert "ábaco" not in out


def test_human_output_escapes_and_names_hidden_characters(capsys):
    text = P2WPKH[:20] + "\u202e" + P2WPKH[20:]
    assert main(["check-address", text]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and f"{P2WPKH[:20]}<U+202E>{P2WPKH[20:]}" in out
    assert "WARNING: 1 hidden character (U+202E RIGHT-TO-LEFT OVERRIDE at character 21)" in out
    assert f"text checked: {P2WPKH}" in out


def test_json_output_is_ascii_so_no_control_reaches_the_terminal(capsys):
    assert main(["check-address", "--json", P2WPKH + "\u202e", "\x1b[2Jabc"]) == 1
    raw = capsys.readouterr().out
    assert raw.isascii() and "\x1b" not in raw
    assert json.loads(raw)[0]["input"] == P2WPKH + "\u202e"


def test_near_miss_secrets_are_redacted_in_human_output(capsys):
    typo = SEED.replace("about", "abuot")
    assert main(["check-address", WIF + WIF, typo]) == 1
    out = capsys.readouterr().out
    assert WIF not in out and "abuot" not in out and "abandon abandon" not in out
    assert out.count("redacted") == 2


def test_output_to_a_full_device_is_one_line(tmp_path):
    for args in (["check-address", P2WPKH], ["check-address", "--json", P2WPKH]):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "triage_app", *args], stdout=full,
                                  stderr=subprocess.PIPE, text=True, timeout=60)
        assert done.returncode == 1
        assert done.stderr.splitlines() == [
            "error: cannot write the output (No space left on device); nothing more was "
            "written"]


def test_payment_uri_is_understood(capsys):
    _, out = run_json(capsys, f"bitcoin:{P2WPKH}?amount=0.1&label=x")
    assert out[0]["valid"] and out[0]["normalized"] == P2WPKH


def test_watchlist_hit_is_reported(capsys, tmp_path):
    listing = tmp_path / "agency.csv"
    listing.write_text(f"address,currency,note\n{P2WPKH.upper()},BTC,ransomware case 17\n")
    assert main(["watchlist", "import", str(listing), "--name", "Agency", "--date",
                 "2026-01-31"]) == 0
    capsys.readouterr()
    _, out = run_json(capsys, P2WPKH, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    hit = out[0]["watchlist"]["hits"][0]
    assert (hit["list_name"], hit["list_date"], hit["note"]) == (
        "Agency", "2026-01-31", "ransomware case 17")
    miss = out[1]["watchlist"]
    assert miss["hits"] == [] and "clean" not in miss["summary"]
    assert "no match in the 1 list loaded (Agency 2026-01-31)" in miss["summary"]
