"""Forgeries and damage the verifier must name precisely, and interruptions it must not call
tampering."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.unit.custody.helpers import (
    entries_of,
    ledger_lines,
    open_ledger,
    rechain,
    write_entries,
    write_lines,
)
from triage_app.core.officer import Endorsement, Officer, save_officer
from triage_app.custody.entry import line_sha256
from triage_app.custody.keycard import make_card, profile_card
from triage_app.custody.keys import key_fingerprint, public_key, public_key_pem, signing_key
from triage_app.custody.signing import SIGNATURES_FILE, sign_head, signature_line
from triage_app.custody.trust import trusted_folder
from triage_app.custody.verify import verify_ledger

# write_entries(case, officer, 5) gives seq 1-5 and a signed checkpoint at seq 6.


def test_intact_ledger_verifies(case_dir, officer):
    write_entries(case_dir, officer, 5)
    report = verify_ledger(case_dir)
    assert report.ok and report.problem is None
    assert report.entries == 6 and report.head_seq == 6 and report.signed_seq == 6
    assert report.signers == [{"key": report.signers[0]["key"], "officer": "PC123",
                                "name": "Jane Smith", "agency": "Kent Police", "seqs": [6]}]
    assert report.notices == [] and report.end_signed
    assert report.message == ("custody ledger intact: 6 entries, signed through seq 6; the end "
                              "is covered by a signature")


def test_edited_middle_line(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    lines[2] = lines[2].replace(b"step 3", b"step 9")
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert not report.ok
    assert (report.kind, report.line, report.seq) == ("edited", 3, 3)
    assert "entry seq 3 (line 3) was changed after it was written" in report.message
    assert "prev recorded in seq 4" in report.message


def test_edited_prev_field_names_that_line(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    entry = json.loads(lines[3])
    lines[3] = lines[3].replace(entry["prev"].encode(), b"f" * 64)
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line, report.seq) == ("edited", 4, 4)
    assert "its prev no longer matches the entry before it" in report.message


def test_edited_first_line(case_dir, officer):
    write_entries(case_dir, officer, 3)
    lines = ledger_lines(case_dir)
    lines[0] = lines[0].replace(b"0" * 64, b"1" * 64)
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line) == ("edited", 1)
    assert "prev must be 64 zeros" in report.message


def test_deleted_line(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    del lines[1]
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line, report.seq) == ("deleted", 2, 2)
    assert report.message == ("entry seq 2 is missing: line 2 holds seq 3 where seq 2 belongs "
                              "(lines were deleted)")


def test_deleted_lines_range(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    del lines[1:4]
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert report.kind == "deleted" and "entry seq 2-4 is missing" in report.message


def test_swapped_lines(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    lines[1], lines[2] = lines[2], lines[1]
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line, report.seq) == ("reordered", 2, 2)
    assert "line 2 holds seq 3 where seq 2 belongs (seq 2 is at line 3)" in report.message


def test_copied_line(case_dir, officer):
    write_entries(case_dir, officer, 4)
    lines = ledger_lines(case_dir)
    lines.insert(3, lines[1])
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line) == ("reordered", 4)


def test_dropped_last_line_is_truncation(case_dir, officer):
    write_entries(case_dir, officer, 5)
    write_lines(case_dir, ledger_lines(case_dir)[:-1])
    report = verify_ledger(case_dir)
    assert (report.kind, report.seq) == ("truncated", 6)
    assert "covers seq 6 but the ledger now ends at seq 5" in report.message


def test_dropped_tail_is_truncation(case_dir, officer):
    write_entries(case_dir, officer, 5)
    write_lines(case_dir, ledger_lines(case_dir)[:2])
    report = verify_ledger(case_dir)
    assert report.kind == "truncated" and "ends at seq 2" in report.message


def test_edited_last_line(case_dir, officer):
    write_entries(case_dir, officer, 5)
    lines = ledger_lines(case_dir)
    lines[-1] = lines[-1].replace(b"end of test", b"end of tost")
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line, report.seq) == ("edited", 6, 6)
    assert "entry seq 6 (line 6) differs from the head signed at" in report.message


def _replace_signature(case_dir: Path, **changes) -> None:
    path = case_dir / SIGNATURES_FILE
    record = json.loads(path.read_bytes())
    record.update(changes)
    path.write_text(json.dumps(record) + "\n")


def test_replaced_signature_bytes(case_dir, officer):
    write_entries(case_dir, officer, 3)
    forged = Ed25519PrivateKey.generate().sign(b"something else")
    _replace_signature(case_dir, signature=base64.b64encode(forged).decode())
    report = verify_ledger(case_dir)
    assert (report.kind, report.seq) == ("bad-signature", 4)
    assert "the Ed25519 signature does not verify" in report.message


def test_signature_statement_that_does_not_match_fields(case_dir, officer):
    write_entries(case_dir, officer, 3)
    _replace_signature(case_dir, seq=2)
    report = verify_ledger(case_dir)
    assert report.kind == "bad-signature"
    assert "statement does not match" in report.message


def test_signature_by_a_key_not_in_the_case(case_dir, officer):
    """A forger re-signs the head with their own key and does not add it to the case."""
    write_entries(case_dir, officer, 3)
    head = json.loads((case_dir / SIGNATURES_FILE).read_bytes())
    forger = Ed25519PrivateKey.generate()
    record = sign_head(forger, seq=head["seq"], head=head["head"], signed_at=head["signed_at"],
                       officer="PC123", reason="forged")
    (case_dir / SIGNATURES_FILE).write_bytes(signature_line(record))
    report = verify_ledger(case_dir)
    assert report.kind == "unknown-key"
    assert f"key {record.key}, which is not among this machine's officer" in report.message


def test_forger_key_and_card_added_to_case_are_not_trusted(case_dir, officer, tmp_path):
    """The forger's key and a self-made card claiming PC123 travel in the case; a key is
    believed only through the verifier's own cards, so the forgery is an unknown key."""
    write_entries(case_dir, officer, 3)
    genuine = verify_ledger(case_dir).signers[0]["key"]
    head = json.loads((case_dir / SIGNATURES_FILE).read_bytes())
    forger = Ed25519PrivateKey.generate()
    record = sign_head(forger, seq=head["seq"], head=head["head"], signed_at=head["signed_at"],
                       officer="PC123", reason="forged")
    (case_dir / SIGNATURES_FILE).write_bytes(signature_line(record))
    (case_dir / "signer-keys" / f"{record.key}.pub").write_bytes(
        public_key_pem(forger.public_key()))
    (case_dir / "signer-keys" / f"{record.key}.officer.json").write_bytes(
        make_card(officer, forger).to_bytes())
    report = verify_ledger(case_dir)
    assert report.kind == "unknown-key" and record.key in report.message
    lab = tmp_path / "lab-trust"
    lab.mkdir()
    shutil.copy(case_dir / "signer-keys" / f"{genuine}.officer.json", lab)
    report = verify_ledger(case_dir, trust=trusted_folder(lab))
    assert report.kind == "unknown-key" and f"among the trusted keys in {lab}" in report.message


def test_key_file_replaced(case_dir, officer):
    write_entries(case_dir, officer, 3)
    key_path = next((case_dir / "signer-keys").glob("*.pub"))
    key_path.write_bytes(public_key_pem(Ed25519PrivateKey.generate().public_key()))
    report = verify_ledger(case_dir)
    assert report.kind == "key-mismatch" and "the key file was replaced" in report.message


def test_key_files_missing_from_the_case_do_not_matter_to_a_verifier_with_the_card(
        case_dir, officer, tmp_path):
    """The keys in the case serve third parties (openssl); our verifier believes its cards."""
    write_entries(case_dir, officer, 3)
    lab = tmp_path / "lab-trust"
    shutil.copytree(case_dir / "signer-keys", lab)
    shutil.rmtree(case_dir / "signer-keys")
    assert verify_ledger(case_dir, trust=trusted_folder(lab)).ok
    assert verify_ledger(case_dir, trust=trusted_folder(tmp_path)).kind == "unknown-key"


def test_missing_head_signature(case_dir, officer):
    write_entries(case_dir, officer, 2)  # checkpoint at 3
    write_entries(case_dir, officer, 2)  # entries 4, 5, checkpoint at 6
    (case_dir / SIGNATURES_FILE).unlink()
    report = verify_ledger(case_dir)
    assert (report.kind, report.line, report.seq) == ("missing-signature", 3, 3)
    assert "checkpoint seq 3 (line 3" in report.message
    assert "later entries do not record an interrupted seal" in report.message


def test_unsigned_last_checkpoint_reads_as_an_interrupted_seal(case_dir, officer):
    """A crash between the checkpoint entry and its signature: not tampering, and recorded."""
    write_entries(case_dir, officer, 2)
    (case_dir / SIGNATURES_FILE).unlink()
    report = verify_ledger(case_dir)
    assert report.ok
    assert [n.kind for n in report.notices] == ["missing-signature", "unsigned-tail"]
    assert "the seal was interrupted" in report.notices[0].message
    with open_ledger(case_dir, officer) as ledger:
        ledger.record("next")
    lines = ledger_lines(case_dir)
    assert json.loads(lines[3])["action"] == "custody.interrupted-seal"
    assert json.loads(lines[3])["details"] == {"seq": 3}
    assert verify_ledger(case_dir).ok


def test_missing_earlier_signature_covered_by_a_later_one_is_a_notice(case_dir, officer):
    write_entries(case_dir, officer, 2)  # checkpoint at 3
    write_entries(case_dir, officer, 2)  # entries 4, 5, checkpoint at 6
    path = case_dir / SIGNATURES_FILE
    path.write_bytes(path.read_bytes().splitlines(keepends=True)[1])
    report = verify_ledger(case_dir)
    assert report.ok
    assert [n.kind for n in report.notices] == ["missing-signature"]


def test_garbled_signature_file_never_crashes(case_dir, officer):
    write_entries(case_dir, officer, 2)
    (case_dir / SIGNATURES_FILE).write_bytes(b"\x00\xff{not json\n[1,2]\n{\"seq\": \"x\"}\n")
    report = verify_ledger(case_dir)
    assert report.ok and report.signed_seq is None  # the last checkpoint reads as unsigned
    assert [n.kind for n in report.notices] == ["unreadable-signature-line"] * 3 + [
        "missing-signature", "unsigned-tail"]


def test_corrupt_json_line(case_dir, officer):
    write_entries(case_dir, officer, 4)
    lines = ledger_lines(case_dir)
    lines[1] = lines[1][:30] + b"\n"
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line) == ("corrupt-json", 2)
    assert report.message.startswith("line 2 is not a valid custody entry (")


def test_valid_json_that_is_not_an_entry(case_dir, officer):
    write_entries(case_dir, officer, 2)
    lines = ledger_lines(case_dir)
    lines.insert(1, b'{"seq": 2}\n')
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert report.kind == "corrupt-json" and "missing" in report.message


def test_non_canonical_line_is_edited(case_dir, officer):
    write_entries(case_dir, officer, 2, seal=False)
    lines = ledger_lines(case_dir)
    lines[-1] = json.dumps(json.loads(lines[-1]), indent=1).replace("\n", " ").encode() + b"\n"
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert (report.kind, report.line) == ("edited", 2)
    assert "not in the canonical form" in report.message


def test_torn_last_line_is_an_interrupted_write_not_tampering(case_dir, officer):
    write_entries(case_dir, officer, 3)
    path = case_dir / "custody.jsonl"
    path.write_bytes(path.read_bytes() + b'{"action":"test.step-9","clock":nu')
    report = verify_ledger(case_dir)
    assert report.ok and report.interrupted
    assert report.entries == 4
    torn = report.notices[0]
    assert (torn.kind, torn.line, torn.seq) == ("torn-last-line", 5, 5)
    assert "a write was interrupted" in torn.message


def test_zeros_after_a_power_cut_are_an_interrupted_write(case_dir, officer):
    write_entries(case_dir, officer, 2, seal=False)
    path = case_dir / "custody.jsonl"
    path.write_bytes(path.read_bytes() + b"\0" * 300)
    report = verify_ledger(case_dir)
    assert report.ok and report.interrupted


def test_garbage_after_the_last_entry_is_not_an_interruption(case_dir, officer):
    write_entries(case_dir, officer, 2, seal=False)
    path = case_dir / "custody.jsonl"
    path.write_bytes(path.read_bytes() + b"rm -rf evidence")
    report = verify_ledger(case_dir)
    assert (report.kind, report.line) == ("damaged-tail", 3)
    assert "the last 15 bytes (lines 3-3" in report.message


def test_torn_signed_line_is_truncation(case_dir, officer):
    write_entries(case_dir, officer, 3)
    lines = ledger_lines(case_dir)
    write_lines(case_dir, lines[:-1] + [lines[-1][:50]])
    report = verify_ledger(case_dir)
    assert report.kind == "truncated" and "removed or torn" in report.message


def test_unsigned_tail_is_a_notice(case_dir, officer):
    write_entries(case_dir, officer, 2)
    write_entries(case_dir, officer, 2, seal=False)
    report = verify_ledger(case_dir)
    assert report.ok and not report.interrupted
    assert [(n.kind, n.seq) for n in report.notices] == [("unsigned-tail", 4)]


def test_missing_and_garbage_ledgers_give_verdicts(case_dir, officer):
    report = verify_ledger(case_dir)
    assert report.kind == "missing-ledger" and not report.ok
    (case_dir / "custody.jsonl").write_bytes(b"\x00\x01\x02\n\xff\xfe\n")
    assert verify_ledger(case_dir).kind == "damaged-tail"
    (case_dir / "custody.jsonl").write_bytes(b'{"action":"x"}\n' * 2)
    assert verify_ledger(case_dir).kind == "damaged-tail"
    (case_dir / "custody.jsonl").write_bytes(b"")
    empty = verify_ledger(case_dir)
    assert empty.ok and empty.entries == 0


def test_report_serialises(case_dir, officer):
    write_entries(case_dir, officer, 2)
    data = verify_ledger(case_dir).to_dict()
    assert json.loads(json.dumps(data))["ok"] is True
    assert data["message"].startswith("custody ledger intact")
    assert data["signers"][0]["key"] == key_fingerprint(public_key(officer))


def test_a_signature_line_nested_too_deep_is_a_notice_not_a_crash(case_dir, officer):
    # Found by the fuzz suite: json.loads raises RecursionError, which is not a ValueError.
    write_entries(case_dir, officer, 3)
    with open(case_dir / SIGNATURES_FILE, "ab") as out:
        out.write(b'{"a":' * 48_000 + b"1" + b"}" * 48_000 + b"\n")
    report = verify_ledger(case_dir)
    assert report.ok and report.signed_seq == 4
    assert [n.kind for n in report.notices] == ["unreadable-signature-line"]
    assert "nested too deeply" in report.notices[0].message


def test_a_ledger_line_nested_too_deep_is_a_broken_entry(case_dir, officer):
    write_entries(case_dir, officer, 3)
    lines = ledger_lines(case_dir)
    lines[1] = b"[" * 48_000 + b"]" * 48_000 + b"\n"
    write_lines(case_dir, lines)
    report = verify_ledger(case_dir)
    assert not report.ok and report.line == 2


# --- issue 15 item 2: one officer's key never signs for another -----------------------------

def _second_officer() -> tuple[Officer, Ed25519PrivateKey]:
    other = Officer(id="PC456", name="Sam Jones", agency="Kent Police",
                    endorsements=(Endorsement("L2-removable-media"),))
    save_officer(other)
    key = signing_key(other)
    profile_card(other, key)  # a real officer of this machine: the key is trusted, for PC456
    return other, key


@pytest.mark.parametrize("claimed", ["PC123", "PC456"])
def test_another_officers_key_cannot_re_sign_an_edited_ledger(case_dir, officer, claimed):
    write_entries(case_dir, officer, 3)
    _, key = _second_officer()
    entries = entries_of(case_dir)
    entries[1]["reason"] = "step 2, edited"
    rechain(case_dir, entries, key, claimed)
    report = verify_ledger(case_dir)  # both officers' keys are trusted here
    assert report.kind == "key-mismatch" and not report.ok
    assert "belongs to Sam Jones (PC456" in report.message
    assert "one officer's key cannot sign for another" in report.message


def test_a_signature_moved_to_an_entry_that_is_not_its_checkpoint(case_dir, officer):
    write_entries(case_dir, officer, 3)
    entries = entries_of(case_dir)
    key = signing_key(officer)
    rechain(case_dir, entries, key, "PC123")
    record = json.loads((case_dir / SIGNATURES_FILE).read_bytes())
    moved = sign_head(key, seq=2, head=line_sha256(ledger_lines(case_dir)[1]),
                      signed_at=record["signed_at"], officer="PC123", reason="moved")
    (case_dir / SIGNATURES_FILE).write_bytes(signature_line(moved))
    report = verify_ledger(case_dir)
    assert report.kind == "key-mismatch" and "is not a checkpoint naming key" in report.message
