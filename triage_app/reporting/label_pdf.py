"""An exhibit label as a PDF: a 62 mm label-printer roll or an A4 sheet.

The label carries what a bag needs (exhibit reference, description, seal, case, officer, time,
LIVE or SIMULATION) and the custody head at print time: the SHA-256 of the ledger's last line,
in full as text and as a QR code, so the bag can later be tied to an exact state of the
custody ledger. reportlab and segno are imported inside :func:`render_label`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from triage_app.errors import InputError

SIZES = ("62mm", "a4")


@dataclass(frozen=True, slots=True)
class LabelContent:
    exhibit: str
    description: str
    seal: str | None
    case_ref: str
    officer: str
    printed_at: str  # UTC, as recorded
    mode: str  # LIVE | SIMULATION
    head_seq: int
    head_sha256: str


def render_label(content: LabelContent, size: str = "62mm") -> bytes:
    """The label's PDF bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from triage_app.reporting.pdf_layout import pdf_fonts

    if size not in SIZES:
        raise InputError(f"unknown label size {size!r}: use {' or '.join(SIZES)}")
    width = 62 * mm
    page = (width, 100 * mm) if size == "62mm" else A4
    left, top = (3 * mm, page[1] - 6 * mm) if size == "62mm" else (20 * mm, page[1] - 20 * mm)
    regular, bold = pdf_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=page)
    pdf.setTitle(f"Exhibit label {content.exhibit}")
    y = top
    pdf.setFont(bold, 14)
    pdf.drawString(left, y, content.exhibit)
    pdf.setFont(bold, 9)
    pdf.drawRightString(left + width - 6 * mm, y, content.mode)
    rows = [content.description, f"Seal: {content.seal or '-'}", f"Case: {content.case_ref}",
            f"Officer: {content.officer}", f"Printed: {content.printed_at}",
            f"Custody head (entry {content.head_seq}):"]
    pdf.setFont(regular, 7.5)
    for row in rows:
        y -= 4.2 * mm
        pdf.drawString(left, y, row[:48])
    pdf.setFont("Courier", 6.2)
    for part in (content.head_sha256[:32], content.head_sha256[32:]):
        y -= 3.2 * mm
        pdf.drawString(left, y, part)
    _draw_qr(pdf, content.head_sha256, left, y - 3 * mm, 32 * mm)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw_qr(pdf, text: str, left: float, top: float, side: float) -> None:
    """The QR code of ``text`` as vector squares (sharp at any printer resolution)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    rows = list(code.matrix_iter(border=4))
    cell = side / len(rows)
    pdf.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                pdf.rect(left + c * cell, top - (r + 1) * cell, cell, cell, stroke=0, fill=1)
