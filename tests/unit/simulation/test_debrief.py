"""The debrief says, for each point lost, what happened, what was expected and why; HTML and
PDF, both marked SIMULATION, the HTML self-contained and escaped."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from tests.fixtures.images import need
from triage_app.simulation.debrief import render_html, write
from triage_app.simulation.scenario import find_scenario
from triage_app.simulation.score import LostPoints, score
from triage_app.workflow import rules as workflow_rules


def _result_with_a_hostile_lost_point():
    scenario = find_scenario("l1-flat-search")
    result = score(scenario, [], workflow_rules.active())
    hostile = LostPoints("x", "unsafe", "device-decisions", 30,
                         "<script>alert('pwned')</script> & <img src=http://evil/>",
                         "never <b>this</b>", "because \"quotes\" & <tags>", "interpol-2021",
                         "INTERPOL guidelines")
    return scenario, replace(result, unsafe=(hostile,))


def test_the_html_is_escaped_self_contained_and_marked_simulation() -> None:
    scenario, result = _result_with_a_hostile_lost_point()
    page = render_html(scenario, result, "EX-<1>", "2026-11-30T10:00:00+00:00")
    assert "<script" not in page and "<img" not in page and "<b>this" not in page
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in page
    assert "EX-&lt;1&gt;" in page
    assert page.count("SIMULATION") >= 3  # title and a banner at the top and the bottom
    assert not re.search(r"<[^>]*\s(src|href)\s*=", page)  # nothing loaded, nothing linked
    assert "default-src 'none'" in page
    for words in ("What happened", "What was expected", "Why", "interpol-2021: INTERPOL"):
        assert words in page


def test_the_pdf_says_the_same_marked_simulation_on_every_page(tmp_path: Path) -> None:
    need("pdftotext")
    scenario, result = _result_with_a_hostile_lost_point()
    html, pdf = tmp_path / "d.html", tmp_path / "d.pdf"
    write(scenario, result, "EX-1", html, pdf)
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")
    assert all("SIMULATION" in page for page in pages if page.strip())
    assert "<script>alert('pwned')</script>" in text  # shown as text, not markup
    assert "l1-flat-search" in text and "no decision was recorded for SIM/1" in text
