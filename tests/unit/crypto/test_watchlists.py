"""Malformed watch lists end in one plain sentence (InputError, StorageError), not a traceback."""

from __future__ import annotations

import pytest

from tests.cli.test_watchlist import ADVANCED_XML
from triage_app.crypto.watchlists import import_list, load_all, store_dir
from triage_app.errors import InputError, StorageError

BECH = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"


@pytest.mark.parametrize("name, content, message", [
    ("big.json", '{"date": "2024-01-01", "addresses": [' + "7" * 5000 + "]}",
     "a number of 5000 digits"),
    ("deep.json", "[" * 48_000 + "]" * 48_000, "nested too deeply"),
    ("date.json", f'{{"date": "last Tuesday", "addresses": ["{BECH}"]}}',
     "its date (last Tuesday) is not YYYY-MM-DD"),
    ("year.xml", ADVANCED_XML.replace("<Year>2024</Year>", "<Year>MMXXIV</Year>"),
     "its date of issue (MMXXIV-3-5) is not a date"),
    ("month.xml", ADVANCED_XML.replace("<Month>3</Month>", "<Month>13</Month>"),
     "is not a date"),
    ("digits.xml", ADVANCED_XML.replace("<Year>2024</Year>", f"<Year>{'9' * 5000}</Year>"),
     "is not a date"),
    ("encoding.xml", ADVANCED_XML.replace('encoding="utf-8"', 'encoding="utf-0"'),
     "unknown encoding: utf-0"),  # found by the fuzz suite: LookupError from the XML parser
])
def test_malformed_lists_are_refused_in_one_sentence(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="is not (a )?readable") as caught:
        import_list(path, "bad")
    assert message in str(caught.value) and len(str(caught.value)) < 200
    assert "set_int_max_str_digits" not in str(caught.value)


def test_a_json_currency_that_is_not_text_is_kept_as_text(tmp_path):
    path = tmp_path / "list.json"
    path.write_text(f'[{{"address": "{BECH}", "currency": 7}}]', encoding="utf-8")
    watchlist, _ = import_list(path, "numbers")
    assert watchlist.entries[0].currency == "7"


@pytest.mark.parametrize("stored", ["[]", "[" * 48_000, '{"entries": 5}'])
def test_a_damaged_stored_list_is_a_storage_error(stored):
    (store_dir() / "damaged.json").write_text(stored, encoding="utf-8")
    with pytest.raises(StorageError, match="the stored watch list damaged.json is damaged"):
        load_all()
