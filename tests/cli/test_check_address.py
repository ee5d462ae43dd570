"""`triage-app check-address`: the JSON contract, redaction, exit codes, bad input."""

from __future__ import annotations

import json

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
    ("\x00\x01\x02garbage", "control"),
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


def test_stdin_lines(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{P2WPKH}\n\n{WIF}\n"))
    code, out = run_json(capsys, "-")
    assert code == 0 and [o["kind"] for o in out] == ["address", "private-key"]


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
