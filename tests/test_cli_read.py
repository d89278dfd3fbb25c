"""agencies, list, show, deadlines through the CLI, on the real plan with a fixed day."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.core.model import Task
from kehoach_cli.core.queries import in_section, search_text
from kehoach_cli.core.text import fold
from kehoach_cli.present.text import display_width
from tests.conftest import REAL_PLAN

PLAN = ("--file", str(REAL_PLAN))
JAN25 = ("--today", "25/01/2021")  # the day the examples are set on
FEB10 = ("--today", "10/02/2021")  # after the II.1.2 deadline (effective 01/02/2021)

# Events as `kehoach record` / `kehoach submit` append them (one line each).
STC_EVENTS = """log = [
  { date = 2021-01-20, task = "1.3", status = "in_progress", note = "Đang xây dựng dự thảo" },
  { date = 2021-01-28, task = "1.3", status = "done", note = "Đã trình UBND tỉnh", ref = "Tờ trình số 15/TTr-STC", by = "Nguyễn Văn A" },
  { date = 2021-01-19, report = "bc-thang", period = "2021-01", ref = "Báo cáo số 10/BC-STC" },
  { date = 2021-01-22, task = "5.5", status = "blocked", note = "Chờ ý kiến UBND tỉnh" },
  { date = 2021-02-04, task = "II.1.2", status = "done", note = "Ban hành kế hoạch", ref = "Kế hoạch số 20/KH-STC" },
]"""  # noqa: E501 (one event per line, as the tool writes them)
DUC_THO_EVENTS = """log = [
  { date = 2021-01-29, task = "II.1.2", status = "done", ref = "Kế hoạch số 5/KH-UBND" },
]"""


@pytest.fixture
def recorded(plan_file: Path) -> tuple[str, str]:
    """``--file`` for a copy of the plan with a few events for stc and Đức Thọ."""
    text = plan_file.read_text(encoding="utf-8")
    for agency, events in (("stc", STC_EVENTS), ("ubnd-duc-tho", DUC_THO_EVENTS)):
        empty = f"[events.{agency}]\nlog = []\n"
        assert text.count(empty) == 1
        text = text.replace(empty, f"[events.{agency}]\n{events}\n")
    plan_file.write_text(text, encoding="utf-8")
    return ("--file", str(plan_file))


def ok(result) -> str:
    assert result.exit_code == 0, result
    assert "\x1b" not in result.stdout  # no colour or control codes when not a terminal
    return result.stdout


def rows_of(result) -> list[dict]:
    return json.loads(ok(result))


def widest(text: str) -> int:
    return max(display_width(line) for line in text.splitlines())


# --- agencies -----------------------------------------------------------------------


def test_agencies_json_has_one_row_per_agency_with_counts(cli):
    rows = rows_of(cli(*PLAN, "agencies", "--format", "json"))
    assert len(rows) == 42
    assert list(rows[0]) == ["key", "name", "short", "kind", "groups", "leads", "supports"]
    by_key = {r["key"]: r for r in rows}
    # stc leads 1.3 and 5.5 directly, 2.1-2.3, 8.3.1-8.3.2, II.1.1-II.1.4 through @all
    assert by_key["stc"] == {
        "key": "stc",
        "name": "Sở Tài chính",
        "short": "Sở Tài chính",
        "kind": "department",
        "groups": ["departments", "all"],
        "leads": 11,
        "supports": 24,
    }
    assert by_key["ubnd-ky-anh"]["groups"] == ["districts", "all"]
    assert by_key["ubnd-ky-anh"]["kind"] == "district"
    assert by_key["ttxtdt"]["leads"] == 0 and by_key["ttxtdt"]["supports"] == 3
    assert by_key["ubmttq"]["leads"] == 1  # the request II.3 names it
    assert by_key["vpubnd"]["groups"] == []


def test_agencies_table_in_vietnamese(cli):
    out = ok(cli(*PLAN, "agencies"))
    assert "Tên (tên gọi tắt)" in out and "Chủ trì" in out and "Phối hợp" in out
    assert "Sở Kế hoạch và Đầu tư (Sở KHĐT)" in out
    assert "cấp huyện" in out
    assert "@districts: UBND các huyện, thành phố, thị xã (13 đơn vị)" in out
    assert "@all: Các sở, ban, ngành, địa phương (38 đơn vị)" in out


def test_agencies_table_in_english(cli):
    out = ok(cli("--lang", "en", *PLAN, "agencies"))
    assert "Name (short name)" in out and "Leads" in out and "Supports" in out
    assert "department" in out and "district" in out
    assert "(38 agencies)" in out
    assert "Sở Tài chính" in out  # names keep their diacritics


def test_agencies_csv_has_bom_and_keys(cli):
    out = ok(cli(*PLAN, "agencies", "--format", "csv"))
    assert out.startswith("\ufeff")
    reader = list(csv.reader(io.StringIO(out.lstrip("\ufeff"))))
    assert reader[0] == ["key", "name", "short", "kind", "groups", "leads", "supports"]
    stc = next(r for r in reader if r[0] == "stc")
    assert stc[4] == "departments; all"


def test_agencies_table_fits_80_columns(cli):
    for lang in ("vi", "en"):
        out = ok(cli("--lang", lang, *PLAN, "agencies", env={"COLUMNS": "80"}))
        assert widest(out) <= 80, (lang, widest(out))


def test_agencies_markdown(cli):
    out = ok(cli(*PLAN, "agencies", "--format", "md"))
    assert out.startswith("| Mã | Tên (tên gọi tắt) |")
    assert "| stc | Sở Tài chính |" in out


# --- list ---------------------------------------------------------------------------

LIST_KEYS = ["id", "section", "kind", "text", "lead", "support", "due", "effective_due"]


def test_list_json_one_row_per_task(cli):
    rows = rows_of(cli(*PLAN, *JAN25, "list", "--format", "json"))
    assert len(rows) == 89
    assert list(rows[0]) == [*LIST_KEYS, "done", "total", "overdue"]
    by_id = {r["id"]: r for r in rows}
    plan_task = by_id["II.1.2"]
    assert plan_task["due"] == "2021-01-31"
    assert plan_task["effective_due"] == "2021-02-01"
    assert len(plan_task["lead"]) == 38 and "ubnd-ky-anh" in plan_task["lead"]
    assert plan_task["total"] == 38 and plan_task["done"] == 0 and plan_task["overdue"] == 0
    assert by_id["1.3"]["lead"] == ["stc"]
    assert "stc" not in by_id["1.3"]["support"] and "skhdt" in by_id["1.3"]["support"]
    assert by_id["1.3"]["due"] is None and by_id["1.3"]["effective_due"] is None
    assert by_id["II.3"]["kind"] == "request" and by_id["II.3"]["total"] == 0


def test_list_table_in_vietnamese(cli):
    out = ok(cli(*PLAN, *JAN25, "list"))
    header = out.splitlines()[0]
    for label in ("Mã", "Nội dung", "Chủ trì", "Hạn", "Trạng thái"):
        assert label in header
    assert "0/38 hoàn thành" in out
    assert "thường xuyên" in out
    assert "31/01/2021" in out and "→ 01/02/2021" in out
    assert "đề nghị (không" in out  # II.3 and II.4
    assert "Sở Tài chính" in out


def test_list_table_in_english(cli):
    out = ok(cli("--lang", "en", *PLAN, *JAN25, "list"))
    assert out.splitlines()[0].split()[:2] == ["ID", "Task"]
    assert "0/38 done" in out and "ongoing" in out and "not started" in out


def test_list_for_one_agency_includes_tasks_led_through_groups(cli):
    rows = rows_of(cli(*PLAN, *JAN25, "list", "--agency", "stc", "--format", "json"))
    assert [r["id"] for r in rows] == [
        "1.3",
        "2.1",
        "2.2",
        "2.3",
        "5.5",
        "8.3.1",
        "8.3.2",
        "II.1.1",
        "II.1.2",
        "II.1.3",
        "II.1.4",
    ]
    assert list(rows[0]) == [
        *LIST_KEYS,
        "agency",
        "role",
        "status",
        "timeliness",
        "days",
        "date",
        "extended_to",
        "extension_ref",
    ]
    due = rows[8]
    assert due["agency"] == "stc" and due["role"] == "lead"
    assert due["status"] == "not_started"
    assert due["timeliness"] == "on_track" and due["days"] == 7
    assert rows[0]["timeliness"] == "ongoing" and rows[0]["date"] is None


@pytest.mark.parametrize(
    "typed",
    ["so tai chinh", "Tài chính", "stc", unicodedata.normalize("NFD", "Tài chính")],
)
def test_list_agency_however_typed(cli, typed):
    rows = rows_of(cli(*PLAN, *JAN25, "list", "--agency", typed, "--format", "json"))
    assert {r["agency"] for r in rows} == {"stc"}
    assert len(rows) == 11


def test_list_agency_table_shows_status_and_days_left(cli):
    out = ok(cli(*PLAN, *JAN25, "list", "--agency", "tai chinh"))
    assert out.splitlines()[0] == "Đơn vị: Sở Tài chính (stc)"  # what 'tai chinh' was taken for
    assert "Đơn vị" not in out.splitlines()[2]  # one agency: no agency column
    assert "trong hạn, còn 7 ngày" in out
    assert "chưa thực hiện" in out


def test_list_role_support_and_all(cli):
    support = rows_of(
        cli(*PLAN, *JAN25, "list", "-a", "stc", "--role", "support", "--format", "json")
    )
    assert len(support) == 24
    assert {r["role"] for r in support} == {"support"}
    assert all(r["status"] is None and r["timeliness"] is None for r in support)
    assert "3.2" in {r["id"] for r in support}
    both = rows_of(cli(*PLAN, *JAN25, "list", "-a", "stc", "--role", "all", "--format", "json"))
    assert len(both) == 35
    out = ok(cli(*PLAN, *JAN25, "list", "-a", "stc", "--role", "all"))
    lines = {line.split()[0]: line for line in out.splitlines()[2:] if line[:1].strip()}
    assert lines["3.2"].endswith("phối hợp")  # supports 3.2: no status of its own
    assert lines["1.3"].endswith("chưa thực hiện")  # leads 1.3


def test_list_group_gives_one_row_per_task_and_member(cli):
    rows = rows_of(
        cli(
            *PLAN, *JAN25, "list", "--agency", "@districts", "--section", "II.1", "--format", "json"
        )
    )
    assert len(rows) == 4 * 13
    assert {r["agency"] for r in rows} == set(
        json.loads(ok(cli(*PLAN, "agencies", "--format", "json")))[i]["key"] for i in range(29, 42)
    )
    out = ok(cli(*PLAN, *JAN25, "list", "--agency", "UBND cấp huyện", "--section", "II.1"))
    assert out.splitlines()[0] == "Nhóm: UBND các huyện, thành phố, thị xã (@districts, 13 đơn vị)"
    assert "Đơn vị" in out.splitlines()[2]
    assert "Huyện Kỳ Anh" in out and "TX Kỳ Anh" in out


def test_list_ambiguous_agency_lists_candidates(cli):
    result = cli(*PLAN, "list", "--agency", "Sở")
    assert result.exit_code == 2
    assert "nhiều đơn vị" in result.stderr
    assert "stc: Sở Tài chính" in result.stderr
    assert "Traceback" not in result.stderr
    result = cli(*PLAN, "list", "--agency", "Kỳ Anh")
    assert result.exit_code == 2
    assert "ubnd-tx-ky-anh" in result.stderr and "ubnd-ky-anh" in result.stderr


def test_list_unknown_agency_suggests(cli):
    result = cli(*PLAN, "list", "--agency", "taichinh")
    assert result.exit_code == 2
    assert "Có phải" in result.stderr and "Sở Tài chính (stc)" in result.stderr


def test_list_section_takes_subsections_only(cli):
    rows = rows_of(cli(*PLAN, "list", "--section", "1", "--format", "json"))
    ids = [r["id"] for r in rows]
    assert ids == ["1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.2.1", "1.2.2", "1.2.3", "1.3"]
    rows = rows_of(cli(*PLAN, "list", "--section", "ii.1", "--format", "json"))
    assert [r["id"] for r in rows] == ["II.1.1", "II.1.2", "II.1.3", "II.1.4"]
    assert len(rows_of(cli(*PLAN, "list", "--section", "10", "--format", "json"))) == 4
    result = cli(*PLAN, "list", "--section", "12")
    assert result.exit_code == 2 and "Không có mục '12'" in result.stderr


def test_in_section_does_not_confuse_1_and_10():
    task = Task(id="10.1.1", section="10.1", text="x", lead=())
    assert not in_section(task, "1")
    assert in_section(task, "10") and in_section(task, "10.1") and in_section(task, "10.1.1")


def test_list_due_filters(cli):
    rows = rows_of(cli(*PLAN, "list", "--due-before", "31/01/2021", "--format", "json"))
    assert [r["id"] for r in rows] == ["II.1.2"]
    assert rows_of(cli(*PLAN, "list", "--due-after", "2021-02-01", "--format", "json")) == []
    both = ("--due-after", "31/01/2021", "--due-before", "31/01/2021")
    rows = rows_of(cli(*PLAN, "list", *both, "--format", "json"))
    assert [r["id"] for r in rows] == ["II.1.2"]
    result = cli(*PLAN, "list", "--due-before", "31/02/2021")
    assert result.exit_code == 2 and "31/02/2021" in result.stderr


def test_list_search_is_accent_insensitive(cli):
    for typed in (
        "quy hoach tinh",
        "Quy hoạch tỉnh",
        unicodedata.normalize("NFD", "quy hoạch tỉnh"),
    ):
        rows = rows_of(cli(*PLAN, "list", "--search", typed, "--format", "json"))
        assert [r["id"] for r in rows] == ["1.2.1", "1.2.2", "4.4.4"]
    rows = rows_of(cli(*PLAN, "list", "--search", "244/2020/NQ-HĐND", "--format", "json"))
    assert [r["id"] for r in rows] == ["II.1.1"]


def test_search_covers_references():
    task = Task(id="9.9", section="9", text="Triển khai", lead=(), references=("Luật Đất đai",))
    assert "luat dat dai" in search_text(task)
    assert fold("đất đai") in search_text(task)


def test_list_filters_combine(cli):
    rows = rows_of(
        cli(*PLAN, "list", "--section", "1", "--search", "Sở Tài chính", "--format", "json")
    )
    assert [r["id"] for r in rows] == ["1.3"]


def test_list_overdue_on_the_real_plan(cli):
    assert rows_of(cli(*PLAN, *JAN25, "list", "--overdue", "--format", "json")) == []
    rows = rows_of(cli(*PLAN, *FEB10, "list", "--overdue", "--format", "json"))
    assert [r["id"] for r in rows] == ["II.1.2"]
    assert rows[0]["overdue"] == 38
    out = ok(cli(*PLAN, *FEB10, "list", "--overdue"))
    assert "0/38 hoàn thành," in out and "38 quá hạn" in out


def test_list_bad_status_is_an_error(cli):
    result = cli(*PLAN, "list", "--status", "xong rồi")
    assert result.exit_code == 2
    assert "Trạng thái không hợp lệ" in result.stderr and "overdue" in result.stderr


def test_list_fits_80_columns(cli):
    for args in (
        ("list",),
        ("list", "--agency", "stc"),
        ("list", "--agency", "@districts", "--section", "II"),
        ("list", "--agency", "@districts", "--role", "all"),
        ("--lang", "en", "list", "--agency", "stc"),
    ):
        out = ok(cli(*PLAN, *JAN25, *args, env={"COLUMNS": "80"}))
        assert widest(out) <= 80, (args, widest(out))


def test_list_csv_and_markdown(cli):
    out = ok(cli(*PLAN, *JAN25, "list", "--agency", "stc", "--format", "csv"))
    assert out.startswith("\ufeff")
    reader = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert reader[8]["id"] == "II.1.2" and reader[8]["timeliness"] == "on_track"
    assert reader[8]["due"] == "2021-01-31"
    md = ok(cli(*PLAN, *JAN25, "list", "--section", "1.2", "--format", "md"))
    assert md.startswith("| Mã | Nội dung | Chủ trì | Hạn | Trạng thái |")
    assert md.count("\n| 1.2.") == 3


# --- list, show, deadlines with recorded events ---------------------------------------


def test_list_statuses_from_events(cli, recorded):
    rows = rows_of(cli(*recorded, *FEB10, "list", "--agency", "stc", "--format", "json"))
    by_id = {r["id"]: r for r in rows}
    assert by_id["1.3"]["status"] == "done" and by_id["1.3"]["date"] == "2021-01-28"
    assert by_id["5.5"]["status"] == "blocked"
    assert by_id["II.1.2"]["timeliness"] == "done_late" and by_id["II.1.2"]["days"] == 3
    out = ok(cli(*recorded, *FEB10, "list", "--agency", "stc"))
    assert "hoàn thành quá hạn 3 ngày" in out
    assert "vướng mắc" in out


def test_list_status_filter_accepts_codes_and_words(cli, recorded):
    for word in ("done", "hoàn thành", "hoan thanh"):
        rows = rows_of(cli(*recorded, *FEB10, "list", "--status", word, "--format", "json"))
        assert [r["id"] for r in rows] == ["1.3", "II.1.2"]
    rows = rows_of(cli(*recorded, *FEB10, "list", "-s", "vướng mắc,done", "--format", "json"))
    assert [r["id"] for r in rows] == ["1.3", "5.5", "II.1.2"]
    rows = rows_of(
        cli(*recorded, *FEB10, "list", "-a", "stc", "-s", "done_late", "--format", "json")
    )
    assert [r["id"] for r in rows] == ["II.1.2"]
    rows = rows_of(cli(*recorded, *FEB10, "list", "-a", "stc", "-s", "quá hạn", "--format", "json"))
    assert rows == []  # stc's own II.1.2 is done (late), not overdue


def test_list_summary_counts_done_and_overdue(cli, recorded):
    rows = rows_of(cli(*recorded, *FEB10, "list", "--section", "II.1", "--format", "json"))
    plan_task = next(r for r in rows if r["id"] == "II.1.2")
    assert (plan_task["done"], plan_task["total"], plan_task["overdue"]) == (2, 38, 36)
    out = ok(cli(*recorded, *FEB10, "list", "--section", "II.1"))
    assert "2/38 hoàn thành," in out and "36 quá hạn" in out
    en = ok(cli("--lang", "en", *recorded, *FEB10, "list", "--section", "II.1"))
    assert "2/38 done," in en and "36 overdue" in en


def test_list_group_with_events(cli, recorded):
    rows = rows_of(
        cli(*recorded, *FEB10, "list", "-a", "@districts", "-s", "done", "--format", "json")
    )
    assert [(r["id"], r["agency"], r["timeliness"]) for r in rows] == [
        ("II.1.2", "ubnd-duc-tho", "done_on_time")
    ]
    overdue = rows_of(
        cli(*recorded, *FEB10, "list", "-a", "@districts", "--overdue", "--format", "json")
    )
    assert len(overdue) == 12 and "ubnd-duc-tho" not in {r["agency"] for r in overdue}
    assert {r["days"] for r in overdue} == {9}


SHOW_KEYS = [
    "id",
    "section",
    "kind",
    "text",
    "lead",
    "support",
    "due",
    "effective_due",
    "section_title",
    "tracked",
    "references",
    "note",
    "assignments",
    "history",
]


def test_show_json_real_plan(cli):
    detail = json.loads(ok(cli(*PLAN, *JAN25, "show", "ii.1.2", "--format", "json")))
    assert list(detail) == SHOW_KEYS
    assert detail["id"] == "II.1.2"
    assert detail["due"] == "2021-01-31" and detail["effective_due"] == "2021-02-01"
    assert len(detail["assignments"]) == 38
    first = detail["assignments"][0]
    assert first == {
        "agency": "skhdt",
        "status": "not_started",
        "timeliness": "on_track",
        "days": 7,
        "date": None,
        "note": "",
        "effective_due": "2021-02-01",
        "extended_to": None,
        "extension_ref": None,
    }
    assert detail["history"] == []


def test_show_table_real_plan(cli):
    out = ok(cli(*PLAN, *JAN25, "show", "II.1.2"))
    assert out.startswith("Nhiệm vụ II.1.2")
    assert "II. TỔ CHỨC THỰC HIỆN" in out
    assert "Các sở, ban, ngành, địa phương (38 đơn vị)" in out
    assert "31/01/2021 (Chủ nhật)" in out
    assert "01/02/2021 (thứ Hai)" in out  # mid-sentence: lower case
    assert "hạn rơi vào Chủ nhật nên lùi sang ngày làm việc tiếp theo" in " ".join(out.split())
    assert "next_working_day" not in out
    assert "Tình hình thực hiện của các đơn vị chủ trì" in out
    assert "trong hạn, còn 7 ngày" in out
    assert "Chưa có cập nhật nào." in out


def test_show_untitled_section_and_missing_lead(cli):
    out = ok(cli(*PLAN, *JAN25, "show", "1.1.1"))
    assert "1. (không có tiêu đề trong bản trích xuất)" in out
    assert "1.1. (không có tiêu đề trong bản trích xuất)" in out
    assert "chưa xác định" in out
    assert "Căn cứ:" in out and "Ghi chú:" in out


def test_show_request_is_not_tracked(cli):
    out = ok(cli(*PLAN, *JAN25, "show", "II.3"))
    assert "không theo dõi tiến độ" in out
    assert "Ủy ban Mặt trận Tổ quốc tỉnh" in out
    detail = json.loads(ok(cli(*PLAN, "show", "II.3", "--format", "json")))
    assert detail["tracked"] is False and detail["kind"] == "request"
    assert detail["assignments"] == []
    en = ok(cli("--lang", "en", *PLAN, "show", "II.3"))
    assert "not tracked" in en


def test_show_full_names_and_groups_with_counts(cli):
    out = ok(cli(*PLAN, *JAN25, "show", "3.2", env={"COLUMNS": "200"}))
    assert "Sở Lao động, Thương binh và Xã hội" in out
    assert "Sở Tài chính; Sở Xây dựng; UBND các huyện, thành phố, thị xã (13 đơn vị)" in out


def test_show_in_english(cli):
    out = ok(cli("--lang", "en", *PLAN, *JAN25, "show", "II.1.2"))
    assert out.startswith("Task II.1.2")
    assert "31/01/2021 (Sunday)" in out and "01/02/2021 (Monday)" in out
    assert "on track, 7 days left" in out
    assert "No updates yet." in out


def test_show_with_events_gives_status_and_history(cli, recorded):
    detail = json.loads(ok(cli(*recorded, *FEB10, "show", "II.1.2", "--format", "json")))
    by_agency = {a["agency"]: a for a in detail["assignments"]}
    assert by_agency["stc"]["timeliness"] == "done_late" and by_agency["stc"]["days"] == 3
    assert by_agency["stc"]["date"] == "2021-02-04"
    assert by_agency["ubnd-duc-tho"]["timeliness"] == "done_on_time"
    assert by_agency["skhdt"]["timeliness"] == "overdue" and by_agency["skhdt"]["days"] == 9
    assert [h["agency"] for h in detail["history"]] == ["stc", "ubnd-duc-tho"]  # newest first
    out = ok(cli(*recorded, *FEB10, "show", "II.1.2"))
    assert "hoàn thành quá hạn 3 ngày" in out
    assert "hoàn thành đúng hạn" in out
    assert "quá hạn 9 ngày" in out
    assert "Kế hoạch số 20/KH-STC" in out


def test_show_history_lists_every_update(cli, recorded):
    detail = json.loads(ok(cli(*recorded, *FEB10, "show", "1.3", "--format", "json")))
    assert detail["history"] == [  # newest first, as ``history`` lists them
        {
            "date": "2021-01-28",
            "agency": "stc",
            "kind": "status",
            "status": "done",
            "withdraws": None,
            "extended_to": None,
            "withdrawn": False,
            "note": "Đã trình UBND tỉnh",
            "ref": "Tờ trình số 15/TTr-STC",
            "by": "Nguyễn Văn A",
        },
        {
            "date": "2021-01-20",
            "agency": "stc",
            "kind": "status",
            "status": "in_progress",
            "withdraws": None,
            "extended_to": None,
            "withdrawn": False,
            "note": "Đang xây dựng dự thảo",
            "ref": "",
            "by": "",
        },
    ]
    assert detail["assignments"][0]["status"] == "done"
    out = ok(cli(*recorded, *FEB10, "show", "1.3"))
    history = out.split("Lịch sử cập nhật")[1]
    assert "20/01/2021" in history and "28/01/2021" in history
    assert "đang thực hiện" in history and "Nguyễn Văn A" in history


def test_show_csv_and_markdown(cli, recorded):
    out = ok(cli(*recorded, *FEB10, "show", "1.3", "--format", "csv"))
    reader = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert reader == [
        {
            "task": "1.3",
            "agency": "stc",
            "status": "done",
            "timeliness": "ongoing",
            "days": "0",
            "date": "2021-01-28",
            "note": "Đã trình UBND tỉnh",
            "effective_due": "",
            "extended_to": "",
            "extension_ref": "",
        }
    ]
    md = ok(cli(*recorded, *FEB10, "show", "1.3", "--format", "md"))
    assert md.startswith("# Nhiệm vụ 1.3")
    assert "- **Chủ trì**: Sở Tài chính" in md
    assert "## Lịch sử cập nhật" in md and "| 28/01/2021 | Sở Tài chính |" in md


def test_show_unknown_task(cli):
    result = cli(*PLAN, "show", "1.2.9")
    assert result.exit_code == 2
    assert "Không có nhiệm vụ mã '1.2.9'" in result.stderr


def test_show_fits_80_columns(cli, recorded):
    for task in ("II.1.2", "1.1.1", "9.1.1"):
        out = ok(cli(*recorded, *FEB10, "show", task, env={"COLUMNS": "80"}))
        assert widest(out) <= 80, (task, widest(out))


# --- deadlines ----------------------------------------------------------------------

DEADLINE_KEYS = [
    "date",
    "effective_date",
    "days_left",
    "kind",
    "ref",
    "period",
    "title",
    "agencies",
    "pending",
]


def test_deadlines_json_on_25_january(cli):
    rows = rows_of(cli(*PLAN, *JAN25, "deadlines", "--format", "json"))
    assert list(rows[0]) == DEADLINE_KEYS
    assert [(r["ref"], r["period"]) for r in rows] == [
        ("bc-thang", "2021-01"),
        ("II.1.2", None),
        ("bc-thang", "2021-02"),
    ]
    monthly, plan_task, february = rows
    assert monthly["kind"] == "report" and monthly["date"] == "2021-01-20"
    assert monthly["days_left"] == -5
    assert len(monthly["agencies"]) == 38 and monthly["pending"] == monthly["agencies"]
    assert plan_task["kind"] == "task"
    assert plan_task["date"] == "2021-01-31" and plan_task["effective_date"] == "2021-02-01"
    assert plan_task["days_left"] == 7
    assert len(plan_task["pending"]) == 38
    assert february["effective_date"] == "2021-02-22"  # 20/02/2021 is a Saturday


def test_deadlines_table_on_25_january(cli):
    out = ok(cli(*PLAN, *JAN25, "deadlines"))
    assert out.startswith("Hôm nay 25/01/2021")
    assert "24/02/2021" in out
    for expected in (
        "20/01/2021",
        "Thứ Tư",
        "quá hạn 5 ngày",
        "31/01/2021",
        "Chủ nhật",
        "→ 01/02/2021",
        "Thứ Hai",
        "còn 7 ngày",
        "38/38",
        "Các sở, ban,",
        "tháng 01/2021",
        "II.1.2: Kịp thời",
    ):
        assert expected in out, expected
    assert out.index("20/01/2021") < out.index("31/01/2021") < out.index("20/02/2021")


def test_deadlines_in_english(cli):
    out = ok(cli("--lang", "en", *PLAN, *JAN25, "deadlines"))
    assert out.startswith("Today 25/01/2021")
    assert "5 days overdue" in out and "7 days left" in out
    assert "Sunday" in out and "Monday" in out and "Wednesday" in out


def test_deadlines_fit_80_columns(cli):
    for args in (("deadlines",), ("--lang", "en", "deadlines", "--within", "90")):
        out = ok(cli(*PLAN, *JAN25, *args, env={"COLUMNS": "80"}))
        assert widest(out) <= 80, (args, widest(out))


def test_deadlines_within_and_range(cli):
    rows = rows_of(cli(*PLAN, *JAN25, "deadlines", "--within", "7", "--format", "json"))
    assert [r["ref"] for r in rows] == ["bc-thang", "II.1.2"]  # 01/02 is exactly 7 days away
    rows = rows_of(cli(*PLAN, *JAN25, "deadlines", "--within", "6", "--format", "json"))
    assert [r["ref"] for r in rows] == ["bc-thang", "II.1.2"]  # written for Sunday 31/01
    rows = rows_of(cli(*PLAN, *JAN25, "deadlines", "--within", "5", "--format", "json"))
    assert [r["ref"] for r in rows] == ["bc-thang"]  # the overdue report stays
    rows = rows_of(
        cli(
            *PLAN,
            *JAN25,
            "deadlines",
            "--from",
            "01/12/2021",
            "--to",
            "31/12/2021",
            "--format",
            "json",
        )
    )
    assert [(r["ref"], r["date"], r["days_left"]) for r in rows] == [
        ("bc-nam", "2021-12-10", 319),
        ("bc-thang", "2021-12-20", 329),
    ]
    out = ok(cli(*PLAN, *JAN25, "deadlines", "--from", "01/12/2021", "--to", "31/12/2021"))
    assert out.startswith("Các hạn từ 01/12/2021 đến 31/12/2021")
    assert "năm 2021" in out and "tháng 12/2021" in out


def test_deadlines_whole_year_lists_every_report_and_the_task(cli):
    rows = rows_of(
        cli(
            *PLAN,
            *JAN25,
            "deadlines",
            "--from",
            "2021-01-01",
            "--to",
            "2021-12-31",
            "--format",
            "json",
        )
    )
    assert len(rows) == 12 + 1 + 1
    dates = [r["effective_date"] for r in rows]
    assert dates == sorted(dates)


def test_deadlines_for_one_agency(cli):
    rows = rows_of(cli(*PLAN, *JAN25, "deadlines", "--agency", "Đức Thọ", "--format", "json"))
    assert [r["ref"] for r in rows] == ["bc-thang", "II.1.2", "bc-thang"]
    assert all(r["agencies"] == ["ubnd-duc-tho"] for r in rows)
    out = ok(cli(*PLAN, *JAN25, "deadlines", "--agency", "duc tho"))
    assert "Huyện Đức Thọ" in out and "1/1" in out


def test_deadlines_for_a_group_names_the_group(cli, recorded):
    out = ok(cli(*recorded, *FEB10, "deadlines", "--agency", "@districts", env={"COLUMNS": "120"}))
    assert "UBND các huyện," in out and "thành phố, thị xã" in out  # wrapped in its cell
    assert "12/13" in out  # Đức Thọ has made its plan
    rows = rows_of(cli(*recorded, *FEB10, "deadlines", "-a", "@districts", "--format", "json"))
    task_row = next(r for r in rows if r["ref"] == "II.1.2")
    assert len(task_row["agencies"]) == 13 and "ubnd-duc-tho" not in task_row["pending"]


def test_deadlines_met_past_items_are_not_overdue(cli, recorded):
    rows = rows_of(cli(*recorded, *FEB10, "deadlines", "--agency", "stc", "--format", "json"))
    # stc sent the January report and made its plan: nothing past is owed
    assert [(r["ref"], r["period"]) for r in rows] == [("bc-thang", "2021-02")]
    assert rows[0]["days_left"] == 12
    everything = rows_of(
        cli(
            *recorded,
            *FEB10,
            "deadlines",
            "-a",
            "stc",
            "--from",
            "01/01/2021",
            "--to",
            "28/02/2021",
            "--format",
            "json",
        )
    )
    assert [r["ref"] for r in everything] == ["bc-thang", "II.1.2", "bc-thang"]
    assert everything[0]["pending"] == [] and everything[1]["pending"] == []
    out = ok(
        cli(*recorded, *FEB10, "deadlines", "-a", "stc", "--from", "01/01/2021", "--within", "58")
    )
    assert "đã xong" in out and "0/1" in out


def test_deadlines_pending_counts_from_events(cli, recorded):
    rows = rows_of(cli(*recorded, *FEB10, "deadlines", "--format", "json"))
    january, plan_task = rows[0], rows[1]
    assert january["ref"] == "bc-thang" and january["days_left"] == -21
    assert len(january["pending"]) == 37 and "stc" not in january["pending"]
    assert plan_task["days_left"] == -9 and len(plan_task["pending"]) == 36
    out = ok(cli(*recorded, *FEB10, "deadlines"))
    assert "37/38" in out and "36/38" in out and "quá hạn 9 ngày" in out


def test_deadlines_empty_window(cli):
    quiet = ("deadlines", "--from", "01/03/2021", "--to", "10/03/2021")
    assert "Không có hạn nào trong khoảng này." in ok(cli(*PLAN, *JAN25, *quiet))
    assert rows_of(cli(*PLAN, *JAN25, *quiet, "--format", "json")) == []
    # at the end of the year stc still owes every monthly report it never sent
    late = rows_of(
        cli(*PLAN, "--today", "25/12/2021", "deadlines", "-a", "stc", "--format", "json")
    )
    assert len(late) == 14 and all(r["pending"] == ["stc"] for r in late)


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "10/02/2021", "--to", "01/02/2021"),
        ("--within", "-1"),
        ("--from", "2021/02/01"),
        ("--agency", "Sở"),
    ],
)
def test_deadlines_mistakes_exit_2(cli, args):
    result = cli(*PLAN, *JAN25, "deadlines", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


def test_deadlines_markdown_has_a_blank_line_before_the_table(cli):
    out = ok(cli(*PLAN, *JAN25, "deadlines", "--format", "md"))
    heading, table = out.split("\n\n", 1)
    assert heading.startswith("Hôm nay 25/01/2021")
    assert table.startswith("| Hạn | Còn lại | Nội dung | Đơn vị thực hiện | Chưa xong |")
    assert "| 31/01/2021 Chủ nhật → 01/02/2021 Thứ Hai | còn 7 ngày |" in table


def test_deadlines_csv(cli):
    out = ok(cli(*PLAN, *JAN25, "deadlines", "--format", "csv"))
    reader = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    assert list(reader[0]) == DEADLINE_KEYS
    assert reader[1]["effective_date"] == "2021-02-01" and reader[1]["days_left"] == "7"


def test_today_matters_not_the_clock(cli):
    first = rows_of(cli(*PLAN, "--today", "01/03/2021", "deadlines", "--format", "json"))
    assert first[0]["days_left"] == (date(2021, 1, 20) - date(2021, 3, 1)).days


# --- help ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("agencies", "kehoach agencies --format csv"),
        ("list", "kehoach list --agency 'tài chính'"),
        ("show", "kehoach show II.1.2"),
        ("deadlines", "kehoach deadlines --within 7"),
    ],
)
def test_help_is_vietnamese_with_an_example(cli, command, example):
    out = ok(cli(command, "--help"))
    assert "Ví dụ" in out
    assert example in out
    assert "Định dạng đầu ra" in out  # --format explained in Vietnamese
    assert "╭" not in out


def test_main_help_lists_the_read_commands(cli):
    out = ok(cli("--help"))
    for name in ("agencies", "list", "show", "deadlines"):
        assert name in out
