"""What the printable reports share: fonts, text styles and the block an officer signs.

reportlab is imported inside the functions: it is only needed when a PDF is made.
"""

from __future__ import annotations

from typing import Any


def pdf_fonts() -> tuple[str, str]:
    """Vera ships inside reportlab (so in the frozen app too) and covers more than Latin-1."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
        pdfmetrics.registerFont(TTFont("VeraBd", "VeraBd.ttf"))
    return "Vera", "VeraBd"


def pdf_styles(base: float) -> dict[str, Any]:
    """body, cell, head (white on dark), mono, title and heading styles around a body size."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=base, leading=base * 1.25)
    cell = ParagraphStyle("cell", parent=body, fontSize=base - 1, leading=(base - 1) * 1.2)
    return {
        "body": body,
        "cell": cell,
        "head": ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white),
        "mono": ParagraphStyle("mono", parent=cell, fontName="Courier", fontSize=base - 2.5,
                               leading=(base - 1) * 1.2),
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=base * 1.9,
                                leading=base * 2.35),
        "heading": ParagraphStyle("heading", parent=body, fontName=bold, fontSize=base * 1.25,
                                  leading=base * 1.6, spaceBefore=base * 0.8,
                                  spaceAfter=base * 0.4),
    }


def signature_box(role: str, styles: dict[str, Any], width_mm: float):
    """Name, ID, agency, date and time, and a space to sign, under ``role``."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [[Paragraph(role, styles["heading"])]] + [
        [Paragraph(label, styles["body"])]
        for label in ("Name", "ID / collar number", "Agency", "Date and time", "Signature")]
    box = Table(rows, colWidths=[width_mm * mm],
                rowHeights=[8 * mm, 9 * mm, 9 * mm, 9 * mm, 9 * mm, 18 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("LINEBELOW", (0, 1), (-1, -2), 0.25, colors.grey),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return box
