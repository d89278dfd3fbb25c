"""``report --format html``: one self-contained page whose figures are those of
summary and overdue for the same day; plan text escaped."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kehoach_cli.present.office.word import rate_text
from tests.office_replay import as_json, invoke, replay, summary_total

TODAY = "05/04/2021"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    plan = replay(tmp_path_factory.mktemp("office-html"))
    target = plan.parent / "trang.html"
    invoke("--file", str(plan), "--today", TODAY, "report", "--period", "2021-Q1",
           "--format", "html", "-o", str(target))  # fmt: skip
    return plan, target.read_text(encoding="utf-8")


def test_the_page_is_self_contained(page):
    _, html = page
    assert not re.search(r"https?://", html)
    assert "<link" not in html and "<script" not in html and "src=" not in html
    assert "<style>" in html and "@page { size: A4" in html and "@media print" in html
    assert html.count("<svg") == 2  # the chart per agency and the trend


def test_the_svg_charts_are_well_formed(page):
    _, html = page
    for svg in re.findall(r"<svg.*?</svg>", html, flags=re.S):
        ElementTree.fromstring(svg)


def test_the_figures_are_the_summary_s(page):
    plan, html = page
    total = summary_total(plan, TODAY)
    shown = dict(re.findall(r'data-key="(\w+)">([^<]*)<', html))
    for key in ("tasks", "done_on_time", "done_late", "on_track", "overdue", "ongoing",
                "blocked", "reports_on_time", "reports_late", "reports_missing"):  # fmt: skip
        assert shown[key] == str(total[key]), key
    assert shown["completion_rate"] == rate_text(total["completion_rate"], "vi")
    assert shown["on_time_rate"] == rate_text(total["on_time_rate"], "vi")


def test_the_overdue_list_and_the_grid(page):
    plan, html = page
    overdue = [r for r in as_json(plan, TODAY, "overdue") if r["kind"] == "task"]
    section = html.split("Nhiệm vụ quá hạn</h2>")[1].split("<h2>")[0]
    assert section.count("<tr>") == len(overdue) + 1
    reports = as_json(plan, TODAY, "reports")
    grid = html.split('<table class="grid">')[1].split("</table>")[0]
    for state in ("on_time", "late", "missing", "pending"):
        expected = sum(r["state"] == state and r["report"] == "bc-thang" for r in reports)
        assert grid.count(f'<td class="{state}"') == expected


def test_the_trend_has_a_point_per_monthly_deadline_so_far(page):
    _, html = page
    trend = html.split("hạn báo cáo hằng tháng</h2>")[1]
    assert trend.count("<circle") == 3  # January, February, March


def test_plan_text_is_escaped(page):
    _, html = page
    assert "&lt;việc&gt; phát sinh quý I &amp; báo cáo" in html
    assert "<việc>" not in html
