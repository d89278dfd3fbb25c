"""summary and export csv|json|md, with the scoreboard worked out by hand.

The small plan below replays 2021 up to Thursday 15/04/2021. Calendar facts
(deadline rule next_working_day): 31/01 is a Sunday (→ 01/02); 12/02 is in
the Tết break 10–16/02 (→ 17/02); 10/03 a Wednesday; 31/05 a Monday; the
monthly report is due 20/01 (Wed), 20/02 (Sat → 22/02), 20/03 (Sat → 22/03),
20/04 (Tue, not yet due on 15/04).

By hand, as of 15/04/2021 (events dated after it are not seen):

stc  leads 1.1 (done 29/01: on time), 1.3 (done 15/03: 5 days late),
     1.4 (due 31/05, in progress: on track), 2.1 (ongoing, blocked) → 4 tasks.
     Reports: 01 on 18/01 on time, 02 on 22/02 on time, 03 on 25/03 late (3 days).
     completed = 1 + 1 + 2 + 1 = 5, overdue unfinished 0 → completion 100 %.
     due so far: 1.1, 1.3, 01, 02, 03 = 5; on time 1.1, 01, 02 = 3 → 60 %.
sxd  leads 1.2 (due 12/02 → 17/02, done 17/02: on time), 1.3 (in progress:
     overdue since 11/03, 36 days) → 2 tasks.
     Reports: 01 on 20/01 on time, 02 missing (52 days), 03 on 22/03 on time.
     completed 3, overdue unfinished 2 → 60 %; due so far 5, on time 3 → 60 %;
     more than 30 days overdue: 1.3 and report 02 → 2.
hva  (a district) leads 1.3 (cancelled), 1.4 (blocked, on track), 2.2 (ongoing) → 3.
     Reports 01, 02, 03 missing (85, 52 and 24 days) → over 30: 2.
     completed 0, overdue unfinished 3 → 0 %; due so far 3 (1.3 cancelled is
     left out), on time 0 → 0 %.
Worst first: hva, sxd, stc.
Totals: 9 tasks; completed 8, overdue unfinished 5 → 8/13; due so far 13,
on time 6 → 6/13; over 30 days: 4.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import REAL_PLAN

SMALL_PLAN = """\
format = 1

[plan]
id = "thu-2021"
title = "Kế hoạch thử năm 2021"
issuer = "Ủy ban nhân dân tỉnh Hà Tĩnh"
signer = "Nguyễn Văn A"
signer_title = "Chủ tịch"
start = 2021-01-01
end = 2021-12-31
deadline_rule = "next_working_day"

[sections]
"1" = "Nhiệm vụ có hạn"
"2" = "Nhiệm vụ thường xuyên"

[agencies.stc]
name = "Sở Tài chính"
short = "Sở Tài chính"
kind = "department"

[agencies.sxd]
name = "Sở Xây dựng"
short = "Sở Xây dựng"
kind = "department"

[agencies.hva]
name = "UBND huyện Vũ An"
short = "Huyện Vũ An"
kind = "district"

[groups.all]
name = "Các sở, ban, ngành, địa phương"
members = ["stc", "sxd", "hva"]

[[reports]]
id = "bc-thang"
name = "Báo cáo tháng"
from = ["@all"]
to = ["stc"]
rrule = "FREQ=MONTHLY;BYMONTHDAY=20"
period = "month"
task = "2.1"

[[tasks]]
id = "1.1"
section = "1"
text = "Rà soát dự toán; hoàn thành trước 31/01/2021."
lead = ["stc"]
due = 2021-01-31

[[tasks]]
id = "1.2"
section = "1"
text = "Rà soát quy hoạch xây dựng; hoàn thành trước 12/02/2021."
lead = ["sxd"]
due = 2021-02-12

[[tasks]]
id = "1.3"
section = "1"
text = "Ban hành kế hoạch hành động; hoàn thành trước 10/03/2021."
lead = ["@all"]
due = 2021-03-10

[[tasks]]
id = "1.4"
section = "1"
text = "Sơ kết 6 tháng; hoàn thành trước 31/05/2021."
lead = ["stc", "hva"]
due = 2021-05-31

[[tasks]]
id = "2.1"
section = "2"
text = "Theo dõi thu chi ngân sách."
lead = ["stc"]

[[tasks]]
id = "2.2"
section = "2"
text = "Chỉ đạo các xã."
lead = ["hva"]

[events.stc]
log = [
  { date = 2021-01-29, task = "1.1", status = "done" },
  { date = 2021-03-15, task = "1.3", status = "done" },
  { date = 2021-04-01, task = "1.4", status = "in_progress" },
  { date = 2021-02-01, task = "2.1", status = "blocked" },
  { date = 2021-01-18, report = "bc-thang", period = "2021-01" },
  { date = 2021-02-22, report = "bc-thang", period = "2021-02" },
  { date = 2021-03-25, report = "bc-thang", period = "2021-03" },
  { date = 2021-04-16, report = "bc-thang", period = "2021-04" },
]

[events.sxd]
log = [
  { date = 2021-02-17, task = "1.2", status = "done" },
  { date = 2021-03-01, task = "1.3", status = "in_progress" },
  { date = 2021-01-20, report = "bc-thang", period = "2021-01" },
  { date = 2021-03-22, report = "bc-thang", period = "2021-03" },
]

[events.hva]
log = [
  { date = 2021-02-20, task = "1.3", status = "cancelled" },
  { date = 2021-04-10, task = "1.4", status = "blocked" },
]
"""

TODAY = "15/04/2021"


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "thu.toml"
    path.write_text(SMALL_PLAN, encoding="utf-8")
    return path


def summary_json(cli, path: Path, *args: str, today: str = TODAY) -> list[dict]:
    result = cli("--file", str(path), "--today", today, "summary", "--format", "json", *args)
    assert result.exit_code == 0, result
    return json.loads(result.stdout)


def test_the_small_plan_is_valid(cli, small):
    assert cli("--file", str(small), "validate").exit_code == 0


def test_summary_figures_worked_out_by_hand(cli, small):
    rows = summary_json(cli, small)
    assert [r["agency"] for r in rows] == ["hva", "sxd", "stc", None]
    by = {r["agency"]: r for r in rows}
    assert by["stc"] == {
        "agency": "stc",
        "name": "Sở Tài chính",
        "total": False,
        "tasks": 4,
        "done_on_time": 1,
        "done_late": 1,
        "on_track": 1,
        "overdue": 0,
        "blocked": 1,
        "ongoing": 1,
        "cancelled": 0,
        "extended": 0,
        "overdue_over_30": 0,
        "reports_on_time": 2,
        "reports_late": 1,
        "reports_missing": 0,
        "reports_pending": 9,  # April to December; the 16/04 report is not known yet
        "completed": 5,
        "overdue_unfinished": 0,
        "completion_rate": 1.0,
        "due_so_far": 5,
        "on_time_so_far": 3,
        "on_time_rate": 0.6,
    }
    sxd = by["sxd"]
    assert (sxd["tasks"], sxd["done_on_time"], sxd["overdue"], sxd["overdue_over_30"]) == (
        2,
        1,
        1,
        2,
    )
    assert (sxd["reports_on_time"], sxd["reports_missing"]) == (2, 1)
    assert (sxd["completed"], sxd["overdue_unfinished"], sxd["completion_rate"]) == (3, 2, 0.6)
    assert (sxd["due_so_far"], sxd["on_time_so_far"], sxd["on_time_rate"]) == (5, 3, 0.6)
    hva = by["hva"]
    assert (hva["tasks"], hva["cancelled"], hva["on_track"], hva["ongoing"], hva["blocked"]) == (
        3, 1, 1, 1, 1,
    )  # fmt: skip
    assert (hva["reports_missing"], hva["overdue_over_30"]) == (3, 2)
    assert (hva["completion_rate"], hva["due_so_far"], hva["on_time_rate"]) == (0.0, 3, 0.0)
    total = by[None]
    assert total["total"] is True and total["name"] == "Tổng cộng"
    assert (total["tasks"], total["completed"], total["overdue_unfinished"]) == (9, 8, 5)
    assert total["completion_rate"] == round(8 / 13, 4)
    assert (total["due_so_far"], total["on_time_so_far"]) == (13, 6)
    assert total["on_time_rate"] == round(6 / 13, 4)
    assert total["overdue_over_30"] == 4
    assert (total["reports_on_time"], total["reports_late"], total["reports_missing"]) == (4, 1, 4)


def test_a_later_day_sees_later_events(cli, small):
    by = {r["agency"]: r for r in summary_json(cli, small, today="21/04/2021")}
    # stc sent April's report on 16/04: on time; the others now miss April too.
    assert (by["stc"]["reports_on_time"], by["stc"]["reports_pending"]) == (3, 8)
    assert by["sxd"]["reports_missing"] == 2
    assert by["hva"]["reports_missing"] == 4


def test_summary_table_bars_and_totals(cli, small):
    result = cli("--file", str(small), "--today", TODAY, "summary")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    body = [line for line in lines if line.startswith(("Huyện Vũ An", "Sở", "Tổng cộng"))]
    assert [line.split("  ")[0] for line in body] == [
        "Huyện Vũ An", "Sở Xây dựng", "Sở Tài chính", "Tổng cộng",
    ]  # fmt: skip
    assert "░░░░░░░░   0%" in body[0]
    assert "████▊░░░  60%" in body[1]  # 60 % of 8 cells = 4.8 cells
    assert "████████ 100%" in body[2]
    assert body[3].rstrip().endswith("46%")  # on-time rate 6/13
    assert "62%" in body[3]  # completion 8/13
    assert "Hoàn thành = đã hoàn thành ÷ (đã hoàn thành + quá hạn chưa hoàn thành)" in result.stdout
    assert max(len(line) for line in lines) <= 100


def test_summary_for_one_agency_or_group(cli, small):
    rows = summary_json(cli, small, "--agency", "xây dựng")
    assert [r["agency"] for r in rows] == ["sxd", None]
    assert rows[0]["completed"] == rows[1]["completed"] == 3


def test_summary_markdown_has_vietnamese_headers(cli, small):
    result = cli("--file", str(small), "--today", TODAY, "summary", "--format", "md")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Đơn vị | Nhiệm vụ chủ trì | Hoàn thành đúng hạn |")
    assert "Tỷ lệ hoàn thành | Tỷ lệ đúng hạn |" in lines[0]
    assert lines[2].startswith("| UBND huyện Vũ An | 3 |")
    assert lines[-1].startswith("| Tổng cộng | 9 |")
    assert lines[-1].endswith("| 62% | 46% |")


def test_summary_in_english(cli, small):
    result = cli("--lang", "en", "--file", str(small), "--today", TODAY, "summary")
    assert "Total" in result.stdout and "Done = completed" in result.stdout


def test_summary_smoke_on_the_real_plan(cli):
    result = cli("--file", str(REAL_PLAN), "--today", "02/02/2021", "summary", "--format", "json")
    rows = json.loads(result.stdout)
    assert len(rows) == 40  # 38 reporting units, the provincial office (one ongoing task), total
    assert rows[-1]["agency"] is None
    assert rows[-2]["agency"] == "vpubnd" and rows[-2]["completion_rate"] is None
    reporting = rows[:-2]
    assert all(r["overdue"] == 1 and r["reports_missing"] == 1 for r in reporting)
    assert all(r["completion_rate"] == 0.0 for r in reporting)
    assert rows[-1]["overdue_unfinished"] == 76
    table = cli("--file", str(REAL_PLAN), "--today", "02/02/2021", "summary")
    assert table.exit_code == 0 and "Tổng cộng" in table.stdout


def test_a_plan_done_late_counts_as_done_late(cli, plan_file):
    from tests.test_replay_2021 import record

    record(cli, plan_file, "sct", "II.1.2", "done", "05/02/2021")
    rows = summary_json(cli, plan_file, "--agency", "sct", today="06/02/2021")
    assert (rows[0]["done_late"], rows[0]["overdue"], rows[0]["completed"]) == (1, 0, 1)


# --- export csv | json | md --------------------------------------------------------------


def export(cli, path: Path, *args: str, today: str = TODAY):
    return cli("--file", str(path), "--today", today, "export", *args)


def test_export_tasks_csv_has_bom_and_one_row_per_assignment(cli, small):
    result = export(cli, small, "csv", "--labels", "codes")  # the stable keys
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert list(rows[0]) == [
        "task", "section", "agency", "due", "effective_due", "status", "status_date",
        "timeliness", "days", "text",
    ]  # fmt: skip
    assert len(rows) == 9
    got = {(r["task"], r["agency"]): (r["status"], r["timeliness"], r["days"]) for r in rows}
    assert got[("1.3", "stc")] == ("done", "done_late", "5")
    assert got[("1.3", "sxd")] == ("in_progress", "overdue", "36")
    assert got[("1.2", "sxd")] == ("done", "done_on_time", "0")
    assert got[("2.2", "hva")] == ("not_started", "ongoing", "0")
    row = next(r for r in rows if r["task"] == "1.2")
    assert (row["due"], row["effective_due"], row["status_date"]) == (
        "2021-02-12", "2021-02-17", "2021-02-17",
    )  # fmt: skip


def test_export_reports_json_and_summary_md(cli, small):
    reports = json.loads(export(cli, small, "json", "--what", "reports").stdout)
    assert len(reports) == 3 * 4  # three agencies, January to April
    assert {r["state"] for r in reports if r["period"] == "2021-04"} == {"pending"}
    md = export(cli, small, "md", "--what", "summary").stdout
    assert md.splitlines()[0].startswith("| Đơn vị | Nhiệm vụ chủ trì |")
    tasks_md = export(cli, small, "md", "--agency", "stc").stdout
    assert tasks_md.splitlines()[0].startswith("| Mã | Đơn vị | Hạn | Hạn thực tế | Trạng thái |")
    assert "| 1.3 | Sở Tài chính | 10/03/2021 | 10/03/2021 | hoàn thành |" in tasks_md


def test_export_to_a_file_is_atomic_and_spares_the_plan(cli, small, tmp_path):
    target = tmp_path / "out" / "tong-hop.csv"
    missing_dir = export(cli, small, "csv", "--what", "summary", "-o", str(target))
    assert missing_dir.exit_code == 2 and "Không có thư mục" in missing_dir.stderr
    target.parent.mkdir()
    target.write_text("cũ", encoding="utf-8")
    done = export(cli, small, "csv", "--what", "summary", "-o", str(target))
    assert done.exit_code == 0, done
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Tổng cộng".encode() in data
    assert [p.name for p in target.parent.iterdir()] == ["tong-hop.csv"]  # no temporary left
    before = small.read_bytes()
    refused = export(cli, small, "json", "-o", str(small))
    assert refused.exit_code == 2
    assert "tệp kế hoạch" in refused.stderr
    assert small.read_bytes() == before
    relative = cli("--file", str(small), "export", "md", "-o", str(small.parent / "." / small.name))
    assert relative.exit_code == 2 and small.read_bytes() == before
