"""The recipes in docs/custody-format.md work with standard tools alone, as printed there."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.unit.custody.helpers import ledger_lines, write_entries, write_lines
from triage_app.custody.verify import verify_ledger

DOC = Path(__file__).resolve().parents[3] / "docs" / "custody-format.md"


def _block(heading: str, index: int = 0) -> str:
    """The ``index``-th ```sh block under the section ``heading``."""
    section = DOC.read_text(encoding="utf-8").split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)```", section, re.S)[index]


def _sh(script: str, cwd: Path) -> str:
    result = subprocess.run(["sh", "-c", script], cwd=cwd, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


needs_sha256sum = pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs sha256sum")


@needs_sha256sum
def test_chain_recipe_with_sha256sum_alone(case_dir, officer):
    write_entries(case_dir, officer, 6)
    # Unicode, quotes and a nested "prev" key must not confuse the recipe.
    from tests.unit.custody.helpers import open_ledger
    with open_ledger(case_dir, officer) as ledger:
        ledger.record("note", reason='Zeuge sagt: "prev" \\ ü 🚓', details={"prev": "0" * 64})
        ledger.checkpoint("end")
    head = verify_ledger(case_dir).head_sha256
    out = _sh(_block("Checking the chain with `sha256sum` alone"), case_dir)
    assert "BROKEN" not in out
    assert out.strip() == f"checked 9 lines; head sha256 {head}"
    assert "head matches" in _sh(_block("Checking the chain with `sha256sum` alone", 1), case_dir)


@needs_sha256sum
def test_chain_recipe_finds_an_edit(case_dir, officer):
    write_entries(case_dir, officer, 4)
    lines = ledger_lines(case_dir)
    lines[1] = lines[1].replace(b"step 2", b"step 7")
    write_lines(case_dir, lines)
    out = _sh(_block("Checking the chain with `sha256sum` alone"), case_dir)
    assert "BROKEN at line 3" in out


@pytest.mark.skipif(not (shutil.which("openssl") and shutil.which("jq")),
                    reason="needs openssl and jq")
def test_signature_recipe_with_openssl(case_dir, officer):
    write_entries(case_dir, officer, 2)
    out = _sh(_block("Checking a signature with `openssl` (and `jq`)"), case_dir)
    assert "Signature Verified Successfully" in out
