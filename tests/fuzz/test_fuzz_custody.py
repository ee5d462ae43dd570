"""Fuzz: a real case's custody ledger and signed heads, damaged, then verified and shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.fuzz.harness import SEED, Fuzz, cases
from tests.fuzz.mutator import Mutator
from triage_app.cli import main
from triage_app.core.officer import load_officer
from triage_app.custody.ledger import CustodyLedger
from triage_app.custody.verify import verify_ledger


def _sealed_case(root: Path, capsys) -> Path:
    case = root / "case"
    case.mkdir(parents=True)
    assert main(["officer", "add", "PC123", "--name", "Jane Smith", "--endorse", "L2"]) == 0
    with CustodyLedger.open(case, load_officer("PC123"), tool_name="field-triage",
                            tool_version="0.1.0") as ledger:
        for n in range(6):
            ledger.record("scan.file-hashed", exhibit="ABC/1", reason=f"file {n} ü",
                          inputs=[{"path": f"/f{n}", "sha256": f"{n:064x}"}])
    assert main(["custody", "seal", str(case), "--officer", "PC123"]) == 0
    capsys.readouterr()
    return case


def test_damaged_ledgers_are_reported_never_a_traceback(tmp_path, capsys, app_home):
    seed_case = _sealed_case(tmp_path / "seed", capsys)
    files = sorted(p.relative_to(seed_case) for p in seed_case.rglob("*") if p.is_file())
    mutator, fuzz = Mutator(f"custody/{SEED}"), Fuzz("custody ledgers")
    for i in cases(150):
        case = tmp_path / f"case-{i}"
        shutil.copytree(seed_case, case)
        target = case / mutator.rng.choice(
            [f for f in files if f.name == "custody.jsonl"] * 3 + files)
        if mutator.rng.random() < 0.6:
            text, note = mutator.mutate_text(target.read_text(encoding="utf-8"))
            target.write_text(text, encoding="utf-8", errors="surrogatepass")
        else:
            data, note = mutator.mutate_bytes(target.read_bytes())
            target.write_bytes(data)
        note = f"{target.relative_to(case)}: {note}"
        # Verifying writes nothing: only the app's own folder may change (key cache, logs).
        with fuzz.case(i, note, seconds=15, may_write=(app_home,)):
            report = verify_ledger(case)
            report.message  # noqa: B018 - the sentence shown to the officer must build
            for argv in (["custody", "verify", str(case), "--json"],
                         ["custody", "show", str(case)]):
                code = main(argv)
                err = capsys.readouterr().err
                fuzz.expect(i, note, code in (0, 1) and "Traceback" not in err,
                            f"{' '.join(argv[:2])}: exit {code}: {err[-300:]}")
        shutil.rmtree(case)
    fuzz.assert_clean()
