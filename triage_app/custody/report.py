"""Custody exports: JSON and CSV for tools, a printable PDF for officers to check and sign.

Every export carries the verification verdict and the head (seq + SHA-256) it was made from,
so a printed page can be matched to the ledger later.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from triage_app import __version__
from triage_app.core.officer import UNASSIGNED_ID
from triage_app.custody.entry import CustodyEntry, line_sha256
from triage_app.custody.ledger import LEDGER_FILE
from triage_app.custody.verify import LedgerLine, VerifyReport, read_lines, verify_ledger
from triage_app.errors import InputError, StorageError
from triage_app.reporting.pdf_layout import pdf_fonts, pdf_styles, signature_box

CSV_COLUMNS = ("seq", "time_utc", "local_time", "zone", "clock_offset_s", "officer",
               "officer_name", "endorsement", "action", "exhibit", "reason", "inputs", "outputs",
               "details", "tool", "tool_version", "line_sha256")


@dataclass(frozen=True, slots=True)
class CustodyRecord:
    """A ledger as read for display: every line (entries and torn bytes) and the verdict."""

    case_dir: Path
    lines: list[LedgerLine]
    verdict: VerifyReport

    @property
    def entries(self) -> list[tuple[LedgerLine, CustodyEntry]]:
        return [(ln, ln.entry) for ln in self.lines if ln.entry is not None]


def load_record(case_dir: Path) -> CustodyRecord:
    path = Path(case_dir) / LEDGER_FILE
    if not path.is_file():
        raise InputError(f"no custody ledger in {case_dir} (expected {LEDGER_FILE})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StorageError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return CustodyRecord(Path(case_dir), read_lines(data), verify_ledger(Path(case_dir)))


def describe_files(files: list[dict[str, Any]]) -> str:
    """``path (sha256 1a2b…)`` per file, for people; the JSON export keeps everything."""
    parts = []
    for item in files:
        name = (item.get("path") or item.get("source") or item.get("name") or item.get("id")
                or json.dumps(item))
        hashes = [f"{k} {v}" for k in ("sha256", "sha1", "md5") if (v := item.get(k))]
        parts.append(f"{name} ({hashes[0]})" if hashes else str(name))
    return "; ".join(parts)


def _clock_offset(entry: CustodyEntry) -> str:
    return f"{entry.clock['offset_seconds']:+g}" if entry.clock else ""


def export_json(record: CustodyRecord) -> str:
    data = {
        "format": "field-triage custody export v1",
        "case_dir": str(record.case_dir),
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "verification": record.verdict.to_dict(),
        "entries": [dict(entry.to_dict(), line=ln.number, line_sha256=line_sha256(ln.raw))
                    for ln, entry in record.entries],
        "unreadable_lines": [{"line": ln.number, "offset": ln.offset, "bytes": len(ln.raw),
                              "error": ln.error} for ln in record.lines if ln.entry is None],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_csv(record: CustodyRecord) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for ln, e in record.entries:
        writer.writerow([e.seq, e.time, e.local_time, e.zone or "", _clock_offset(e), e.officer,
                         e.officer_name, e.endorsement or "", e.action, e.exhibit or "",
                         e.reason or "", describe_files(e.inputs), describe_files(e.outputs),
                         json.dumps(e.details, ensure_ascii=False) if e.details else "",
                         e.tool, e.tool_version, line_sha256(ln.raw)])
    return out.getvalue()


def verdict_text(verdict: VerifyReport) -> str:
    if verdict.ok and not verdict.interrupted:
        return f"VERIFIED - {verdict.message}"
    if verdict.ok:
        return f"VERIFIED, WITH AN INTERRUPTED WRITE - {verdict.message}"
    return f"FAILED ({verdict.kind}) - {verdict.message}"


def export_pdf(record: CustodyRecord, out: Path) -> None:
    """A landscape A4 custody record: summary, entry table, signature blocks, head on each page."""
    try:
        _render_pdf(record, out)
    except OSError as exc:
        raise StorageError(f"cannot write {out}: {exc.strerror or exc}") from exc


def _render_pdf(record: CustodyRecord, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts()
    styles = pdf_styles(8)
    body, cell, head, mono, title, heading = (styles[k] for k in (
        "body", "cell", "head", "mono", "title", "heading"))
    verdict = record.verdict
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    last = record.entries[-1] if record.entries else None
    head_text = (f"seq {last[1].seq}, SHA-256 {line_sha256(last[0].raw)}" if last
                 else "empty ledger")

    def p(text: Any, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    story: list[Any] = [p("Chain of custody record", title), Spacer(1, 2 * mm)]
    summary = [
        ("Case folder", str(record.case_dir)),
        ("Ledger", f"{LEDGER_FILE} ({len(record.entries)} entries)"),
        ("Head", head_text),
        ("Verified", f"{verdict.entries} entries in order from the first"),
        ("Signed through", f"seq {verdict.signed_seq}" if verdict.signed_seq
         else "not signed" if verdict.ok else "not checked: the chain does not hold"),
        ("Signers", ", ".join(f"{s['officer']} (key {s['key'][:16]})" for s in verdict.signers)
         or "none"),
        ("Verification", verdict_text(verdict)),
        ("Generated", f"{generated} by Field Triage {__version__}"),
    ]
    summary_table = Table([[p(k, body), p(v, body)] for k, v in summary],
                          colWidths=[32 * mm, 235 * mm])
    summary_table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), bold), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (1, 6), (1, 6),
         colors.HexColor("#e3f4e3" if verdict.ok else "#f8d7d7")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    story += [summary_table]
    if verdict.notices:
        story += [p("Notices", heading)]
        story += [p(f"- {n.message}", body) for n in verdict.notices]

    story += [p("Entries", heading)]
    header = ["Seq", "Time (UTC) / local", "Officer / endorsement", "Action / exhibit",
              "Reason, inputs and outputs", "Line SHA-256"]
    rows: list[list[Any]] = [[p(h, head) for h in header]]
    for ln, e in record.entries:
        when = f"{e.time[:19].replace('T', ' ')}Z\n{e.local_time[:19].replace('T', ' ')} " \
               f"{e.local_time[26:]} {e.zone or ''}"
        if e.clock:
            when += f"\nclock {_clock_offset(e)} s vs {e.clock.get('reference')}"
        who = e.officer_name if e.officer == UNASSIGNED_ID else f"{e.officer_name} ({e.officer})"
        what = "\n".join(part for part in (
            e.reason or "",
            f"in: {describe_files(e.inputs)}" if e.inputs else "",
            f"out: {describe_files(e.outputs)}" if e.outputs else "",
            json.dumps(e.details, ensure_ascii=False) if e.details else "") if part)
        digest = line_sha256(ln.raw)
        rows.append([p(e.seq), p(when), p(f"{who}\n{e.endorsement or 'no endorsement'}"),
                     p(f"{e.action}\n{e.exhibit or ''}"), p(what),
                     p(f"{digest[:32]}\n{digest[32:]}", mono)])
    for ln in record.lines:
        if ln.entry is None:
            rows.append([p("-"), p(f"line {ln.number}"), p(""), p("unreadable line"),
                         p(f"{len(ln.raw)} bytes at offset {ln.offset}: {ln.error}"), p("")])
    table = Table(rows, repeatRows=1,
                  colWidths=[10 * mm, 44 * mm, 42 * mm, 38 * mm, 85 * mm, 48 * mm])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f3e4e")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f3f5")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa4ad")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [table, Spacer(1, 6 * mm)]

    statement = (f"I have checked this record against the ledger head {head_text}. "
                 "Times are as recorded by the app clock; no time was adjusted.")
    blocks = Table([[signature_box("Checked and signed by", styles, 125),
                     signature_box("Received by (hand-over)", styles, 125)]],
                   colWidths=[134 * mm, 134 * mm])
    story += [KeepTogether([p("Declaration", heading), p(statement, body), Spacer(1, 2 * mm),
                            blocks])]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 6.5)
        canvas.drawString(12 * mm, 7 * mm, f"Custody record - {record.case_dir.name} - "
                          f"head {head_text}")
        canvas.drawRightString(285 * mm, 7 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=12 * mm, bottomMargin=13 * mm,
                            title="Chain of custody record", author=f"Field Triage {__version__}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
