"""The debrief of a training exercise: the score, per competency, and for each point lost what
happened, what was expected and why (with the rule's source). HTML (self-contained: no
scripts, no links out, every value escaped) and PDF, both marked SIMULATION."""

from __future__ import annotations

import html
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from triage_app import APP_NAME, __version__
from triage_app.reporting.pdf_layout import pdf_fonts, pdf_styles
from triage_app.simulation.scenario import Scenario
from triage_app.simulation.score import LostPoints, Score
from triage_app.storage.durable import replace_file

MARK = "SIMULATION — training exercise, not real evidence"
CATEGORY_WORDS = {"missed": "missed", "order": "out of order", "unsafe": "unsafe",
                  "above_level": "refused attempt"}


def write(scenario: Scenario, result: Score, case_ref: str, html_path: Path,
          pdf_path: Path) -> None:
    """Both debriefs, each written whole or not at all."""
    generated = datetime.now(UTC).isoformat(timespec="seconds")
    replace_file(html_path, render_html(scenario, result, case_ref, generated).encode("utf-8"))
    replace_file(pdf_path, render_pdf(scenario, result, case_ref, generated))


def _summary_rows(scenario: Scenario, result: Score, case_ref: str) -> list[tuple[str, str]]:
    taken = result.time
    limit = f" (limit {taken.limit_minutes} minutes)" if taken.limit_minutes else ""
    return [
        ("Scenario", f"{scenario.name}: {scenario.title} ({scenario.level}, difficulty "
                     f"{scenario.difficulty})"),
        ("Pack SHA-256", scenario.sha256),
        ("Exercise case", case_ref),
        ("Trainee", ", ".join(result.trainees) or "nobody played"),
        ("Trainer", ", ".join(result.trainers) or "-"),
        ("Time taken", f"{taken.seconds / 60:.1f} minutes{limit}, "
                       f"{taken.first or '-'} to {taken.last or '-'}"),
        ("Score", f"{result.score} / 100"),
    ]


def _source(lost: LostPoints) -> str:
    if not lost.source:
        return "-"
    return f"{lost.source}: {lost.source_text}" if lost.source_text else lost.source


def _lost_rows(result: Score) -> list[list[str]]:
    return [[f"{CATEGORY_WORDS[x.category]} ({x.id})", f"-{x.points}", x.competency,
             x.happened, x.expected, x.why, _source(x)] for x in result.lost]


def _competency_rows(result: Score) -> list[list[str]]:
    return [[name, f"{c.earned} / {c.possible}", f"-{c.penalties}" if c.penalties else "0",
             str(c.score)] for name, c in result.competencies.items()]


def _other_rows(result: Score) -> list[list[str]]:
    rows = [["met", x] for x in result.met]
    rows += [["not applicable (its event was not injected)", x] for x in result.not_applicable]
    rows += [["specialist requested (no points lost)",
              f"{r.action}" + (f" on {r.exhibit}" if r.exhibit else "") + f" (entry {r.seq})"]
             for r in result.specialist_requests]
    rows += [["event injected", f"{e['event']} at entry {e['seq']} by {e['officer']}"]
             for e in result.events]
    return rows


LOST_HEAD = ("Lost", "Points", "Competency", "What happened", "What was expected", "Why",
             "Source")


def render_html(scenario: Scenario, result: Score, case_ref: str, generated: str) -> str:
    e = html.escape

    def table(head: tuple[str, ...], rows: list[list[str]], empty: str) -> str:
        if not rows:
            return f"<p>{e(empty)}</p>"
        cells = "".join(f"<th>{e(h)}</th>" for h in head)
        body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>"
                       for row in rows)
        return f"<table><tr>{cells}</tr>{body}</table>"

    summary = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>"
                      for k, v in _summary_rows(scenario, result, case_ref))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>SIMULATION debrief {e(scenario.name)} {e(case_ref)}</title>
<style>
body{{font-family:sans-serif;margin:2em;color:#1b1f23}}
table{{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}}
td,th{{border:1px solid #9aa4ad;padding:3px 6px;vertical-align:top;font-size:90%;text-align:left}}
th{{background:#2f3e4e;color:#fff}} .score{{font-size:200%;font-weight:bold}}
.sim{{background:#b00020;color:#fff;padding:.5em;font-weight:bold;text-align:center}}
</style></head><body>
<p class="sim">{e(MARK)}</p>
<h1>Training debrief</h1>
<p>{e(APP_NAME)} {e(__version__)} — generated {e(generated)} UTC</p>
<p class="score">{result.score} / 100</p>
<table>{summary}</table>
<h2>Competencies</h2>
{table(("Competency", "Earned", "Penalties", "Score"), _competency_rows(result), "none")}
<h2>Points lost</h2>
{table(LOST_HEAD, _lost_rows(result), "No point was lost.")}
<h2>Also recorded</h2>
{table(("", ""), _other_rows(result), "nothing else")}
<h2>The scenario</h2>
<p>{e(scenario.narrative).replace(chr(10), "<br>")}</p>
<p class="sim">{e(MARK)}</p>
</body></html>
"""


def render_pdf(scenario: Scenario, result: Score, case_ref: str, generated: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = pdf_fonts()
    styles = pdf_styles(8.5)
    body, cell, head, title, heading = (styles[k] for k in ("body", "cell", "head", "title",
                                                             "heading"))
    mark = ParagraphStyle("mark", parent=body, fontName=bold, textColor=colors.white,
                          backColor=colors.HexColor("#b00020"), borderPadding=4, alignment=1)

    def p(text: Any, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    def table(header: tuple[str, ...] | None, rows: list[list[str]], widths: list[float]) -> Table:
        data = ([[p(h, head) for h in header]] if header else []) + [[p(c) for c in r]
                                                                      for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
        style: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9aa4ad")),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f3e4e")))
        t.setStyle(TableStyle(style))
        return t

    story: list[Any] = [p(MARK, mark), Spacer(1, 4 * mm), p("Training debrief", title),
                        p(f"{APP_NAME} {__version__} — generated {generated} UTC", body),
                        Spacer(1, 3 * mm),
                        table(None, [list(r) for r in _summary_rows(scenario, result, case_ref)],
                              [40, 229]),
                        p("Competencies", heading),
                        table(("Competency", "Earned", "Penalties", "Score"),
                              _competency_rows(result), [80, 40, 40, 40]),
                        p("Points lost", heading)]
    lost = _lost_rows(result)
    story.append(table(LOST_HEAD, lost, [30, 14, 28, 55, 50, 50, 42]) if lost
                 else p("No point was lost.", body))
    other = _other_rows(result)
    if other:
        story += [p("Also recorded", heading), table(None, other, [80, 189])]
    story += [p("The scenario", heading), p(scenario.narrative, body)]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#b00020"))
        canvas.drawString(14 * mm, 8 * mm, f"SIMULATION - training debrief {scenario.name} "
                                           f"{case_ref}")
        canvas.drawRightString(283 * mm, 8 * mm, f"page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm,
                            rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"SIMULATION debrief {scenario.name} {case_ref}",
                            author=f"{APP_NAME} {__version__}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
