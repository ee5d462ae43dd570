"""The "Check an address" page: typed and QR-photo input, redaction, watch lists, custody."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from triage_app.cli import main
from triage_app.core.officer import load_officer
from triage_app.crypto.watchlists import import_list
from triage_app.gui.main_window import MainWindow
from triage_app.gui.pages.crypto_page import CryptoCheckPage
from triage_app.operations.case_state import DeviceDescription
from triage_app.operations.devices import register_device

P2WPKH = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
SEED = "legal winner thank year wave sausage worth useful legal winner thank yellow"
MISTYPED_SEED = SEED.replace("sausage", "sausagr")


def qr_photo(path: Path, text: str, *, scale: int = 6, rotate: int = 0) -> Path:
    """A real QR code picture, written by zxing-cpp, pasted on a grey 'photo' background."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    pixels = code.to_image(scale=scale)
    height, width = pixels.shape
    qr = Image.frombuffer("L", (width, height), bytes(memoryview(pixels)), "raw", "L", 0, 1)
    photo = Image.new("RGB", (width + 300, height + 200), (150, 140, 130))
    photo.paste(qr.convert("RGB").rotate(rotate, expand=True, fillcolor=(255, 255, 255)),
                (120, 80))
    photo.save(path, quality=92)
    return path


@pytest.fixture
def page(qtbot, tmp_path, case_at) -> CryptoCheckPage:
    case_at(tmp_path / "case")  # the case the checks are recorded in, made with `case new`
    window = MainWindow(load_officer(None))
    qtbot.addWidget(window)
    window.show()
    page = window.page(CryptoCheckPage)
    window.show_page(type(page))
    yield page  # the window stays referenced (alive) until the test ends


@pytest.fixture
def no_dialogs(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr("triage_app.gui.pages.crypto_page.show_exception",
                        lambda parent, exc, action: shown.append(str(exc)))
    return shown


def _wait(qtbot, page: CryptoCheckPage) -> None:
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=30000)


def test_typed_inputs_are_checked_explained_and_secrets_redacted(qtbot, page, tmp_path,
                                                                 no_dialogs, caplog):
    caplog.set_level(logging.DEBUG)
    page.input_edit.setPlainText("\n".join([P2WPKH, ETH.lower(), SEED, MISTYPED_SEED,
                                            "not-an-address"]))
    page.check_typed()
    assert not page.check_button.isEnabled()
    _wait(qtbot, page)
    assert no_dialogs == []
    checks = page.outcome.checks
    assert [c.valid for c in checks] == [True, True, True, False, False]
    assert [c.result.kind for c in checks][:3] == ["address", "address", "seed-phrase"]
    text = page.results_text()
    assert "VALID address" in text and "BTC p2wpkh (mainnet)" in text
    assert "no checksum" in text  # all-lowercase EVM address: said plainly
    assert "VALID SEED PHRASE" in text and "call a crypto specialist now" in text
    assert "NOT RECOGNISED" in text and "no known address, key or seed format" in text
    assert "Not recorded: no case is open." in page.status_label.text()
    assert "Secrets were taken out of the box" in page.status_label.text()
    # Watch lists: none loaded, and the page says so instead of implying "clean".
    assert "no watch list is loaded" in text and "clean" not in text.lower()
    # The secrets are gone from the input box and never shown in clear.
    for secret in (SEED, MISTYPED_SEED, "sausagr"):
        assert secret not in text and secret not in page.input_edit.toPlainText()
        assert secret not in caplog.text
    assert "12-word phrase starting 'legal', redacted" in text
    assert page.input_edit.toPlainText().splitlines() == [P2WPKH, ETH.lower(), "not-an-address"]
    page.window().grab().save(str(tmp_path / "crypto-page.png"))


def test_checks_are_recorded_in_the_case_ledger_redacted(qtbot, page, tmp_path, no_dialogs,
                                                         capsys):
    case = tmp_path / "case"
    register_device(page.session.open(case), "ABC/2", DeviceDescription(kind="phone"))
    page.session.recorded()
    page.exhibit_combo.select("ABC/2")
    page.input_edit.setPlainText(f"{P2WPKH}\n{WIF}\n{SEED}")
    page.check_typed()
    _wait(qtbot, page)
    assert no_dialogs == []
    assert "recorded in the custody ledger" in page.status_label.text()
    ledger = (case / "custody.jsonl").read_text()
    entries = [json.loads(line) for line in ledger.splitlines()]
    checks = [e for e in entries if e["action"] == "crypto.check"]
    assert [c["details"]["kind"] for c in checks] == ["address", "private-key", "seed-phrase"]
    assert all(c["exhibit"] == "ABC/2" for c in checks)
    assert checks[0]["inputs"][0]["text"] == P2WPKH
    assert checks[1]["inputs"][0]["text"].startswith("5Hue…vyTJ")
    assert checks[1]["details"]["input_redacted"] is True
    assert WIF not in ledger and SEED not in ledger and "winner thank" not in ledger
    assert [c.recorded_seq for c in page.outcome.checks] == [c["seq"] for c in checks]
    assert "recorded as entry" in page.results_text()
    page.resize(1150, 650)
    page.grab().save("/tmp/shots/check-address-recorded.png")
    assert main(["custody", "verify", str(case)]) == 0
    capsys.readouterr()


def test_watch_list_hit_names_the_list_and_its_date(qtbot, page, tmp_path, no_dialogs):
    listing = tmp_path / "agency.csv"
    listing.write_text(f"address,currency,note\n{P2WPKH.upper()},BTC,fraud ring\n")
    import_list(listing, "Agency list", date="2026-03-01")
    page.input_edit.setPlainText(f"{P2WPKH}\n1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    page.check_typed()
    _wait(qtbot, page)
    first, second = page.outcome.checks
    assert first.watch.listed and second.watch is not None and not second.watch.listed
    text = page.results_text()
    assert "LISTED in Agency list (list dated 2026-03-01) as BTC: fraud ring" in text
    assert "VALID address - ON A WATCH LIST" in text
    assert "no match in the 1 list loaded (Agency list 2026-03-01)" in text
    assert "clean" not in text.lower()


def test_qr_photo_is_decoded_off_the_gui_thread_and_recorded(qtbot, page, tmp_path,
                                                            no_dialogs):
    photo = qr_photo(tmp_path / "scene-photo.jpg", f"bitcoin:{P2WPKH}?amount=0.5", rotate=7)
    case = tmp_path / "case"
    page.session.open(case)
    page.check_photo(str(photo))
    assert not page.photo_button.isEnabled()
    _wait(qtbot, page)
    assert no_dialogs == []
    (check,) = page.outcome.checks
    assert check.valid and check.result.kind == "address" and check.source.endswith(
        "scene-photo.jpg")
    assert "Read from the photo scene-photo.jpg" in page.status_label.text()
    assert P2WPKH in page.results_text() and "BTC p2wpkh" in page.results_text()
    entry = next(json.loads(line) for line in (case / "custody.jsonl").read_text().splitlines()
                 if '"crypto.check"' in line)
    assert entry["inputs"][1]["photo"] == "scene-photo.jpg"
    assert len(entry["inputs"][1]["sha256"]) == 64
    assert page.input_edit.toPlainText() == ""  # what a photo held never lands in the box


def test_qr_photo_of_a_private_key_stays_redacted(qtbot, page, tmp_path, no_dialogs, caplog):
    caplog.set_level(logging.DEBUG)
    photo = qr_photo(tmp_path / "paper-wallet.png", WIF)
    page.check_photo(str(photo))
    _wait(qtbot, page)
    (check,) = page.outcome.checks
    assert check.result.kind == "private-key" and check.secret
    assert WIF not in page.results_text() and WIF not in caplog.text
    assert "5Hue…vyTJ" in page.results_text() and "VALID PRIVATE KEY" in page.results_text()


def test_unreadable_photo_and_photo_without_code_in_plain_words(qtbot, page, tmp_path,
                                                                no_dialogs):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 50)
    page.check_photo(str(broken))
    _wait(qtbot, page)
    blank = tmp_path / "wall.png"
    Image.new("RGB", (400, 300), (200, 200, 200)).save(blank)
    page.check_photo(str(blank))
    _wait(qtbot, page)
    assert len(no_dialogs) == 2
    assert "broken.jpg is not a photo that can be read" in no_dialogs[0]
    assert "no QR code found in wall.png" in no_dialogs[1]
    assert "Could not finish" in page.status_label.text()


def test_empty_input_asks_for_something(qtbot, page, no_dialogs):
    page.input_edit.setPlainText("   \n  ")
    page.check_typed()
    assert page.check_button.isEnabled() and "first" in page.status_label.text()
    assert no_dialogs == []


def test_hidden_characters_are_shown_escaped_and_named(qtbot, page, no_dialogs):
    page.input_edit.setPlainText(P2WPKH[:12] + "\u202e" + P2WPKH[12:])
    page.check_typed()
    _wait(qtbot, page)
    text = page.results_text()
    assert "\u202e" not in text and f"{P2WPKH[:12]}<U+202E>{P2WPKH[12:]}" in text
    assert "U+202E RIGHT-TO-LEFT OVERRIDE at character 13" in text
    assert f"Text checked {P2WPKH}" in text.replace("\t", " ").replace("\n", " ")
