"""The triage report for the receiving officer and the court, as HTML and as PDF.

Both are rendered from one :class:`ReportData`: case and authority, officer, exhibits with scene
photos, what was preserved with hashes, findings with how they were found and who confirmed
them, the custody summary, the tool version, and a page to sign. Secrets are never printed:
sensitive findings appear in their redacted form only.
"""

from __future__ import annotations

import html
import io
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from triage_app import APP_NAME, __version__
from triage_app.crypto.explain import URGENT_ADVICE
from triage_app.custody.report import verdict_text
from triage_app.custody.verify import VerifyReport
from triage_app.package.payload import PayloadFile
from triage_app.reporting.pdf_layout import pdf_fonts, pdf_styles, signature_box

MAX_LISTED_FILES = 500  # the PDF lists this many preserved files; files.dfxml has them all
_PHOTO_TYPES = (".jpg", ".jpeg", ".png")


@dataclass(slots=True)
class ReportData:
    case_ref: str
    mode: str
    bag_name: str
    officer: str
    authority: dict[str, str] | None
    exhibits: list[dict[str, Any]]
    payload: list[PayloadFile]
    images: list[dict[str, Any]]
    findings: list[dict[str, Any]]
    custody: VerifyReport
    custody_head: str
    images_not_preserved: list[dict[str, Any]] = field(default_factory=list)
    generated: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def simulation(self) -> bool:
        return self.mode == "SIMULATION"


def _finding_rows(data: ReportData) -> list[list[str]]:
    rows = []
    for f in data.findings:
        decided = (f"{f['status']} by {f['decided_by']} at {f['decided_at']}" if f.get("decided_by")
                   else "not yet reviewed by an officer")
        summary = f["summary"] + (f" ({f['count']} times in this file)" if f["count"] > 1 else "")
        if f["urgent"]:
            summary = f"URGENT ({URGENT_ADVICE}): {summary}"
        rows.append([f["path"] or "", summary, f"{f['analyzer']} {f['analyzer_version']}: "
                     f"{f['method']} (confidence {f['confidence']})", decided])
    return rows


# --- HTML ----------------------------------------------------------------------------------------

def render_html(data: ReportData) -> str:
    e = html.escape
    banner = ('<p class="sim">SIMULATION — training material, not real evidence</p>'
              if data.simulation else "")
    authority = (f"{e(data.authority.get('type', ''))} {e(data.authority.get('reference', ''))} — "
                 f"{e(data.authority.get('description', ''))}" if data.authority
                 else "not recorded in the case")
    parts = [f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Triage report {e(data.case_ref)}</title>
<style>
body{{font-family:sans-serif;margin:2em;color:#1b1f23}} h1{{margin-bottom:0}}
table{{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}} td,th{{border:1px solid #9aa4ad;padding:3px 6px;vertical-align:top;font-size:90%}}
th{{background:#2f3e4e;color:#fff;text-align:left}} .mono{{font-family:monospace;font-size:85%;word-break:break-all}}
.sim{{background:#ffe08a;border:2px solid #b58900;padding:.5em;font-weight:bold}} .ok{{background:#e3f4e3}} .bad{{background:#f8d7d7}}
.sign td{{height:2.2em}} img.scene{{max-width:240px;max-height:180px;margin:4px;border:1px solid #999}}
</style></head><body>
{banner}<h1>Digital evidence triage report</h1>
<p>{e(APP_NAME)} {e(__version__)} — package <span class="mono">{e(data.bag_name)}</span> — generated {e(data.generated)} UTC</p>
<h2>Case</h2><table>
<tr><th>Case reference</th><td>{e(data.case_ref)}</td></tr>
<tr><th>Authority</th><td>{authority}</td></tr>
<tr><th>Officer</th><td>{e(data.officer)}</td></tr>
<tr><th>Mode</th><td>{e(data.mode)}</td></tr></table>
<h2>Exhibits</h2><table><tr><th>Reference</th><th>Description</th><th>Source</th></tr>"""]
    for x in data.exhibits:
        parts.append(f"<tr><td>{e(x['ref'])}</td><td>{e(x.get('description') or '')}</td>"
                     f"<td class='mono'>{e(x.get('source') or '')}</td></tr>")
    parts.append("</table>")
    scene = [f for f in data.payload if f.kind == "scene"]
    if scene:
        parts.append("<h2>Scene documentation</h2><p>")
        for f in scene:
            label = e(f.original_path or f.bag_path)
            inner = (f"<img class='scene' src='../{e(f.bag_path)}' alt='{label}'>"
                     if f.bag_path.lower().endswith(_PHOTO_TYPES) else label)
            parts.append(f"<a href='../{e(f.bag_path)}'>{inner}</a>")
        parts.append("</p>")
    if data.images:
        parts.append("<h2>Disk images</h2><table><tr><th>Exhibit</th><th>Source</th><th>Size</th>"
                     "<th>Media hashes</th><th>Unreadable sectors</th></tr>")
        for img in data.images:
            hashes = "<br>".join(f"{k.upper()} {v}" for k, v in img["hashes"].items())
            parts.append(f"<tr><td>{e(img['exhibit'] or '')}</td><td class='mono'>{e(img['source'])}</td>"
                         f"<td>{img['size']}</td><td class='mono'>{hashes}</td>"
                         f"<td>{len(img['bad_sectors'])}</td></tr>")
        parts.append("</table>")
    if data.images_not_preserved:
        parts.append("<h2>Images not preserved</h2><p>These images did not finish; none of "
                     "them is in this package.</p><table><tr><th>Exhibit</th>"
                     "<th>Source</th><th>How it ended</th></tr>")
        parts += [f"<tr><td>{e(i['exhibit'] or '')}</td><td class='mono'>{e(i['source'])}</td>"
                  f"<td>{e(i['status'])}</td></tr>" for i in data.images_not_preserved]
        parts.append("</table>")
    listed = [f for f in data.payload if f.kind != "image"]
    parts.append(f"<h2>Preserved files ({len(listed)})</h2><table><tr><th>Original path</th>"
                 "<th>Exhibit</th><th>Size</th><th>SHA-256</th></tr>")
    for f in listed:
        parts.append(f"<tr><td class='mono'>{e(f.original_path or f.bag_path)}</td><td>{e(f.exhibit or 'scene')}</td>"
                     f"<td>{f.size}</td><td class='mono'>{f.digests['sha256']}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>Findings ({len(data.findings)})</h2><table><tr><th>File</th><th>Finding</th>"
                 "<th>How it was found</th><th>Officer's decision</th></tr>")
    for row in _finding_rows(data):
        parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    verdict = data.custody
    parts.append(f"""</table><h2>Chain of custody</h2><table>
<tr><th>Verification</th><td class="{'ok' if verdict.ok else 'bad'}">{e(verdict_text(verdict))}</td></tr>
<tr><th>Entries</th><td>{verdict.entries}</td></tr>
<tr><th>Head</th><td class="mono">{e(data.custody_head)}</td></tr>
<tr><th>Signers</th><td>{e(', '.join(f"{s['officer']} (key {s['key'][:16]}…)" for s in verdict.signers) or 'none')}</td></tr>
</table><p>The full ledger is in <span class="mono">metadata/custody.jsonl</span>; the package is
checked with <span class="mono">triage-app package verify</span> or with stock tools
(bagit, hashdeep, case_validate, xmllint).</p>
<h2>Signatures</h2><table class="sign">
<tr><th></th><th>Handed over by</th><th>Received by</th></tr>
<tr><th>Name</th><td></td><td></td></tr><tr><th>ID / collar number</th><td></td><td></td></tr>
<tr><th>Date and time</th><td></td><td></td></tr><tr><th>Signature</th><td></td><td></td></tr>
</table></body></html>
""")
    return "\n".join(parts)


# --- PDF -----------------------------------------------------------------------------------------

def render_pdf(data: ReportData, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Image,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    regular, bold = pdf_fonts()
    styles = pdf_styles(9)
    body, cell, head, mono, title, heading = (styles[k] for k in (
        "body", "cell", "head", "mono", "title", "heading"))
    warn = ParagraphStyle("warn", parent=body, fontName=bold, backColor=colors.HexColor("#ffe08a"),
                          borderColor=colors.HexColor("#b58900"), borderWidth=1, borderPadding=4)

    def p(text: Any, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    def table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
        style: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa4ad")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f3e4e")),
                      ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f3f5")])]
        t.setStyle(TableStyle(style))
        return t

    story: list[Any] = []
    if data.simulation:
        story += [p("SIMULATION — training material, not real evidence", warn), Spacer(1, 4 * mm)]
    story += [p("Digital evidence triage report", title),
              p(f"{APP_NAME} {__version__} — generated {data.generated} UTC", body), Spacer(1, 4 * mm)]
    authority = (f"{data.authority.get('type', '')} {data.authority.get('reference', '')} — "
                 f"{data.authority.get('description', '')}" if data.authority
                 else "not recorded in the case")
    story += [table([[p("Case reference", body), p(data.case_ref, body)],
                     [p("Authority", body), p(authority, body)],
                     [p("Officer", body), p(data.officer, body)],
                     [p("Package", body), p(data.bag_name, body)],
                     [p("Mode", body), p(data.mode, body)]], [35, 145], header=False)]
    story += [p("Exhibits", heading),
              table([[p(h, head) for h in ("Reference", "Description", "Source")]] +
                    [[p(x["ref"]), p(x.get("description") or ""), p(x.get("source") or "", mono)]
                     for x in data.exhibits] or [[p("none"), p(""), p("")]], [30, 70, 80])]
    scene = [f for f in data.payload if f.kind == "scene"]
    if scene:
        story += [p("Scene documentation", heading)]
        cells = []
        for f in scene:
            thumb = _thumbnail(f.case_path)
            shown = (Image(thumb, width=55 * mm, height=41 * mm, kind="proportional") if thumb
                     else p("(not a picture that can be shown here)"))
            cells.append([shown, p(f"{f.original_path or f.bag_path}\nSHA-256 {f.digests['sha256']}")])
        story += [table(cells, [60, 120], header=False)]
    if data.images:
        story += [p("Disk images", heading),
                  table([[p(h, head) for h in ("Exhibit", "Source", "Size (bytes)", "Media hashes", "Bad sectors")]] +
                        [[p(i["exhibit"] or ""), p(i["source"], mono), p(i["size"]),
                          p("\n".join(f"{k.upper()} {v}" for k, v in i["hashes"].items()), mono),
                          p(len(i["bad_sectors"]))] for i in data.images], [22, 45, 22, 75, 16])]
    if data.images_not_preserved:
        story += [p("Images not preserved", heading),
                  p("These images did not finish; none of them is in this package.", body),
                  table([[p(h, head) for h in ("Exhibit", "Source", "How it ended")]] +
                        [[p(i["exhibit"] or ""), p(i["source"], mono), p(i["status"])]
                         for i in data.images_not_preserved], [30, 110, 40])]
    listed = [f for f in data.payload if f.kind != "image"]
    story += [p(f"Preserved files ({len(listed)})", heading)]
    if len(listed) > MAX_LISTED_FILES:
        story += [p(f"The first {MAX_LISTED_FILES} are listed; metadata/files.dfxml and the bag "
                    "manifests list every file with its hashes.", body)]
    story += [table([[p(h, head) for h in ("Original path", "Exhibit", "Size", "SHA-256")]] +
                    [[p(f.original_path or f.bag_path), p(f.exhibit or "scene"), p(f.size),
                      p(f.digests["sha256"], mono)] for f in listed[:MAX_LISTED_FILES]]
                    if listed else [[p("no files were preserved")]], [70, 22, 18, 70] if listed else [180])]
    story += [p(f"Findings ({len(data.findings)})", heading),
              table([[p(h, head) for h in ("File", "Finding", "How it was found", "Officer's decision")]] +
                    [[p(c) for c in row] for row in _finding_rows(data)]
                    if data.findings else [[p("no findings")]],
                    [40, 55, 55, 30] if data.findings else [180])]
    verdict = data.custody
    story += [p("Chain of custody", heading),
              table([[p("Verification", body), p(verdict_text(verdict), body)],
                     [p("Entries", body), p(verdict.entries, body)],
                     [p("Head", body), p(data.custody_head, mono)],
                     [p("Signers", body), p(", ".join(f"{s['officer']} (key {s['key'][:16]}…)"
                                                      for s in verdict.signers) or "none", body)]],
                    [35, 145], header=False)]
    story += [PageBreak()]

    statement = (f"The package {data.bag_name} was handed over with custody head "
                 f"{data.custody_head}. Its contents can be checked with stock tools without "
                 f"{APP_NAME}: bagit, hashdeep, case_validate and xmllint.")
    story += [KeepTogether([p("Hand-over", heading), p(statement, body), Spacer(1, 4 * mm),
                            Table([[signature_box("Handed over by", styles, 85),
                                    signature_box("Received by", styles, 85)]],
                                  colWidths=[90 * mm, 90 * mm])])]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 6.5)
        mark = "SIMULATION - " if data.simulation else ""
        canvas.drawString(14 * mm, 8 * mm, f"{mark}Triage report {data.case_ref} - custody head "
                                           f"{data.custody_head[:24]}…")
        canvas.drawRightString(196 * mm, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"Triage report {data.case_ref}", author=f"{APP_NAME} {__version__}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _thumbnail(path: Path) -> io.BytesIO | None:
    """A small JPEG of a scene photo for the PDF, or None when the file is not a picture
    (a video, a document, a damaged file): the report lists it without a picture."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError
    from pillow_heif import register_heif_opener

    register_heif_opener()
    try:
        with PILImage.open(path) as opened:
            img = ImageOps.exif_transpose(opened).convert("RGB")
            img.thumbnail((800, 600))
            out = io.BytesIO()
            img.save(out, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return None
    out.seek(0)
    return out


def findings_json(findings: list[dict[str, Any]]) -> str:
    return json.dumps(findings, ensure_ascii=False, indent=1) + "\n"
