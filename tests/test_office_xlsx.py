"""``export xlsx`` read back with openpyxl: sheets, headers, real dates, print
setup, and the figures of summary, reports and overdue for the same day."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from tests.office_replay import as_json, invoke, replay

TODAY = "05/04/2021"
SHEETS_VI = ["Nhiệm vụ", "Báo cáo định kỳ", "Tổng hợp", "Quá hạn"]
SHEETS_EN = ["Tasks", "Periodic reports", "Summary", "Overdue"]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return replay(tmp_path_factory.mktemp("office-xlsx"))


@pytest.fixture(scope="module")
def book(plan: Path) -> openpyxl.Workbook:
    target = plan.parent / "so.xlsx"
    invoke("--file", str(plan), "--today", TODAY, "export", "xlsx", "-o", str(target))
    return openpyxl.load_workbook(target)


def test_the_sheets_and_their_print_setup(book):
    assert book.sheetnames == SHEETS_VI
    for sheet in book:
        assert sheet.freeze_panes in ("A3", "B3")
        assert sheet.auto_filter.ref.startswith("A2:")
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth in (None, 1)  # 1 is the default, left out
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$2:$2"


def test_tasks_a_row_per_task_and_lead_with_real_dates(book, plan):
    sheet = book["Nhiệm vụ"]
    headers = [c.value for c in sheet[2]]
    assert headers == [
        "Mã", "Mục", "Nội dung", "Cơ quan chủ trì", "Hạn", "Hạn thực tế", "Trạng thái",
        "Tiến độ", "Số ngày", "Cập nhật lần cuối", "Ghi chú",
    ]  # fmt: skip
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    exported = json.loads(invoke("--file", str(plan), "--today", TODAY, "export", "json").stdout)
    assert len(rows) == len(exported)
    snv = next(r for r in rows if r[0] == "II.1.2" and r[3] == "Sở Nội vụ")
    assert snv[4] == datetime(2021, 1, 31) and snv[5] == datetime(2021, 2, 1)
    assert snv[6:10] == ["hoàn thành", "hoàn thành quá hạn 9 ngày", 9, datetime(2021, 2, 10)]
    cell = next(c for c in sheet["E"] if isinstance(c.value, datetime))
    assert cell.number_format == "dd/mm/yyyy"
    assert sheet["C3"].alignment.wrap_text
    assert 20 < sheet.column_dimensions["C"].width < 64  # long texts wrap at 60 characters


def test_the_report_grid_colours_each_state(book, plan):
    sheet = book["Báo cáo định kỳ"]
    rows = as_json(plan, TODAY, "reports")
    fills = {"on_time": "C8E6C9", "late": "FFE082", "missing": "EF9A9A", "pending": "ECEFF1"}
    agencies = list(dict.fromkeys(r["agency"] for r in rows))
    grid = [list(row) for row in sheet.iter_rows(min_row=3, max_row=2 + len(agencies))]
    found = {state: 0 for state in fills}
    for row in grid:
        for cell in row[1:]:
            colour = cell.fill.fgColor.rgb[-6:]
            for state, fill in fills.items():
                found[state] += colour == fill
    assert found == {state: sum(r["state"] == state for r in rows) for state in fills}
    legend = [c.value for c in sheet["A"] if c.value][len(agencies) + 2 :]
    assert legend == ["Chú giải", "đúng hạn", "trễ hạn", "chưa nộp (quá hạn)", "chưa đến hạn"]


def test_the_summary_sheet_has_the_summary_s_figures(book, plan):
    sheet = book["Tổng hợp"]
    scores = as_json(plan, TODAY, "summary")
    keys = (
        "tasks", "done_on_time", "done_late", "on_track", "overdue", "overdue_over_30",
        "blocked", "ongoing", "reports_on_time", "reports_late", "reports_missing",
        "completion_rate", "on_time_rate",
    )  # fmt: skip
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert len(rows) == len(scores)
    for row, score in zip(rows, scores, strict=True):
        assert row[0] == score["name"]
        for value, key in zip(row[1:], keys, strict=True):
            if key.endswith("_rate"):
                assert value == pytest.approx(score[key], abs=5e-5) if score[key] else not value
            else:
                assert value == score[key]
    total = sheet.cell(sheet.max_row, 13)
    assert total.number_format == "0.0%"
    assert rows[-1][0] == "Tổng cộng"


def test_the_overdue_sheet_lists_what_overdue_lists(book, plan):
    sheet = book["Quá hạn"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    overdue = as_json(plan, TODAY, "overdue")
    assert len(rows) == len(overdue)
    assert [r[5] for r in rows] == [o["days_overdue"] for o in overdue]
    assert [r[4].date() for r in rows] == [date.fromisoformat(o["effective_due"]) for o in overdue]


def test_in_english(plan, tmp_path):
    target = tmp_path / "book.xlsx"
    invoke("--file", str(plan), "--today", TODAY, "--lang", "en", "export", "xlsx", "-o",
           str(target))  # fmt: skip
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == SHEETS_EN
    assert book["Tasks"]["D2"].value == "Lead agency"


def test_xlsx_needs_a_file(cli, plan):
    result = cli("--file", str(plan), "export", "xlsx")
    assert result.exit_code == 2 and result.stderr.startswith("Lỗi: ")
