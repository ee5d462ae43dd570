"""Fuzz: typed and pasted text for `check-address`, from valid addresses, keys and seeds."""

from __future__ import annotations

import io
import json

from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.cli import main
from triage_app.crypto import bip39
from triage_app.crypto.identify import check

SEEDS = [
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
    "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a",
    "TJRyWwFs9wTFGZg3JbrVriFbNfCug5tDeC", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
    "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ",
    "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kej"
    "MRNNU3TGtRBeJgk33yuGBxrMPHi",
    "6PRVWUbkzzsbcVac2qwfssoUJAN1Xhrg6bNk8J7Nzm5H7kxEbn2Nh2ZoGg",
    "bitcoin:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4?amount=0.1&label=x",
    *(bip39.from_entropy(bytes(range(n)), lang) for n, lang in (
        (16, "english"), (32, "english"), (16, "japanese"), (20, "spanish"), (24, "french"),
        (16, "chinese_simplified"), (28, "korean"))),
    "1. abandon 2. abandon 3. abandon 4. abandon 5. abandon 6. abandon 7. abandon "
    "8. abandon 9. abandon 10. abandon 11. abandon 12. about",
]
OTHER_LIST_WORDS = ["ábaco", "abaisser", "あいこくしん", "的", "가격", "abbaglio", "ábaco"]


def _mutate(mutator: Mutator, text: str) -> tuple[str, str]:
    if " " in text and mutator.rng.random() < 0.3:  # a word from another list
        words = text.split()
        i = mutator.rng.randrange(len(words))
        words[i] = mutator.rng.choice(OTHER_LIST_WORDS)
        return " ".join(words), f"word {i} from another list"
    if mutator.rng.random() < 0.2:
        return text + mutator.rng.choice(("", " ", "")) + text, "pasted twice"
    return mutator.mutate_text(text)


def test_checking_mutated_text_never_raises():
    mutator, fuzz = Mutator(f"check-address/{SEED}"), Fuzz("check-address")
    for i in cases(3000):
        text, note = _mutate(mutator, mutator.rng.choice(SEEDS))
        with fuzz.case(i, note, seconds=5):
            result = check(text)
            fuzz.expect(i, note, "\u202e" not in result.display and "\x1b" not in result.display,
                        f"a hidden character is shown raw: {result.display!r}")
            json.dumps(result.to_dict())
    fuzz.assert_clean()


def test_the_command_answers_every_mutated_line(app_home, capsys, monkeypatch):
    mutator, fuzz = Mutator(f"check-address-cli/{SEED}"), Fuzz("check-address command")
    for i in cases(40):
        lines = [_mutate(mutator, mutator.rng.choice(SEEDS)) for _ in range(25)]
        data = "\n".join(text for text, _ in lines).encode("utf-8", "surrogatepass")
        data, note = mutator.mutate_bytes(data, rounds=1) if i % 2 else (data, "text only")
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        argv = ["check-address", "-"] + (["--json"] if i % 3 else [])
        with fuzz.case(i, note, seconds=20, may_write=(app_home,)):
            code = main(argv)
            out, err = capsys.readouterr()
            fuzz.expect(i, note, code in (0, 1) and "Traceback" not in err,
                        f"exit {code}: {err[-300:]}")
            if "--json" in argv:
                records = json.loads(out)
                fuzz.expect(i, note, out.isascii() and isinstance(records, list),
                            "JSON output not an ASCII array")
    fuzz.assert_clean()
