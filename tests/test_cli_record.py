"""record, submit, history and add, through the CLI."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import REAL_PLAN, plan_bytes
from tests.test_writer import HOSTILE, _changed_lines

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = pytest.mark.usefixtures("wide_terminal")


@pytest.fixture
def kh(cli, plan_file):
    """``kehoach --file <copy> --today 10/02/2021 ARGS``."""

    def run(*args: str, today: str = "10/02/2021", **kwargs):
        return cli("--file", str(plan_file), "--today", today, *args, **kwargs)

    return run


def _log(plan_file: Path, agency: str) -> list[dict]:
    data = tomllib.loads(plan_file.read_text(encoding="utf-8"))
    return data["events"].get(agency, {}).get("log", [])


def _history(kh, *args: str) -> list[dict]:
    result = kh("history", *args, "--format", "json")
    assert result.exit_code == 0, result
    return json.loads(result.stdout)


# -- record ---------------------------------------------------------------------


def test_record_prints_what_was_recorded_and_the_timeliness(kh, plan_file):
    result = kh(
        "record", "II.1.2", "hoàn thành", "--agency", "stc", "--date", "28/01/2021",
        "--ref", "Kế hoạch số 12/KH-STC", "--by", "Nguyễn Văn A",
    )  # fmt: skip
    assert result.exit_code == 0, result
    assert result.stdout == (
        "Đã ghi: Sở Tài chính — II.1.2 → hoàn thành (28/01/2021): hoàn thành đúng hạn\n"
    )
    assert _log(plan_file, "stc") == [
        {
            "date": __import__("datetime").date(2021, 1, 28),
            "task": "II.1.2",
            "status": "done",
            "ref": "Kế hoạch số 12/KH-STC",
            "by": "Nguyễn Văn A",
        }
    ]


# an ongoing task has no deadline: recording on it says so, whatever the status
ONGOING = "nhiệm vụ thường xuyên, không có hạn"


@pytest.mark.parametrize(
    ("args", "today", "state"),
    [
        (("II.1.2", "done", "-a", "huong khe", "-d", "05/02/2021"), "10/02/2021",
         "hoàn thành quá hạn 4 ngày"),  # due Sunday 31/01, effective Monday 01/02
        (("II.1.2", "in_progress", "-a", "skhdt"), "10/02/2021", "quá hạn 9 ngày"),
        (("II.1.2", "in_progress", "-a", "skhdt"), "25/01/2021", "trong hạn, còn 7 ngày"),
        (("II.1.2", "in_progress", "-a", "skhdt"), "01/02/2021", "trong hạn, hạn là hôm nay"),
        (("1.3", "blocked"), "10/02/2021", ONGOING),
        (("1.3", "cancelled"), "10/02/2021", "dừng thực hiện"),
    ],
)  # fmt: skip
def test_record_timeliness(kh, args, today, state):
    result = kh("record", *args, today=today)
    assert result.exit_code == 0, result
    assert result.stdout.rstrip("\n").endswith(f": {state}")


def test_record_in_english(kh):
    result = kh("--lang", "en", "record", "II.1.2", "done", "-a", "stc", "-d", "03/02/2021")
    assert (
        result.stdout == "Recorded: Sở Tài chính — II.1.2 → done (03/02/2021): done 2 days late\n"
    )


@pytest.mark.parametrize(
    "words",
    [
        ["hoàn thành"],
        ["hoan thanh"],
        ["hoan-thanh"],
        ["HOÀN", "THÀNH"],
        [unicodedata.normalize("NFD", "hoàn thành")],
        ["done"],
        ["Done"],
    ],
)
def test_status_words(kh, plan_file, words):
    result = kh("record", "1.3", *words)
    assert result.exit_code == 0, result
    assert _log(plan_file, "stc")[-1]["status"] == "done"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("chưa thực hiện", "not_started"),
        ("dang thuc hien", "in_progress"),
        ("vướng-mắc", "blocked"),
        ("dừng thực hiện", "cancelled"),
        ("not_started", "not_started"),
    ],
)
def test_every_status_can_be_typed_in_vietnamese(kh, plan_file, words, code):
    assert kh("record", "1.3", words).exit_code == 0
    assert _log(plan_file, "stc")[-1]["status"] == code


def test_unknown_status_lists_the_valid_words_and_writes_nothing(kh, plan_file):
    before = plan_file.read_bytes()
    result = kh("record", "1.3", "xong hết rồi")
    assert result.exit_code == 2
    assert "Trạng thái không hợp lệ: 'xong hết rồi'" in result.stderr
    assert "hoàn thành" in result.stderr and "in_progress" in result.stderr
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("II.1.2", "done"), "38 đơn vị chủ trì"),
        (("1.3", "done", "-a", "@districts"), "Huyện Vũ Quang không chủ trì nhiệm vụ 1.3"),
        (("1.3", "done", "-a", "skhdt"), "không chủ trì nhiệm vụ 1.3"),
        (("1.3", "done", "-a", "không có ai"), "Không tìm thấy đơn vị"),
        (("II.3", "done"), "đề nghị"),
        (("1.1.1", "done"), "chưa có đơn vị chủ trì"),
        (("9.9.9", "done"), "Không có nhiệm vụ mã '9.9.9'"),
        (("1.3", "done", "-d", "11/02/2021"), "còn ở phía trước"),
        (("1.3", "done", "-d", "31/12/2020"), "trước ngày bắt đầu của kế hoạch"),
        (("1.3", "done", "-d", "2021/02/01"), "Ngày không hợp lệ"),
    ],
)
def test_record_refusals_exit_2_and_write_nothing(kh, plan_file, args, message):
    before = plan_file.read_bytes()
    result = kh("record", *args)
    assert result.exit_code == 2, result
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert plan_file.read_bytes() == before


def test_multi_lead_task_names_the_option_and_an_example(kh):
    result = kh("record", "II.1.2", "done")
    assert "--agency" in result.stderr and "Các sở, ban, ngành, địa phương" in result.stderr


def test_task_ids_are_matched_without_case(kh, plan_file):
    assert kh("record", "ii.1.3", "in_progress", "-a", "stc").exit_code == 0
    assert _log(plan_file, "stc")[-1]["task"] == "II.1.3"


def test_backdated_record_warns_that_a_newer_update_wins(kh):
    assert kh("record", "1.3", "done", "-d", "05/02/2021").exit_code == 0
    result = kh("record", "1.3", "blocked", "-d", "01/02/2021")
    assert result.exit_code == 0
    assert "(01/02/2021): nhiệm vụ thường xuyên" in result.stdout
    assert "05/02/2021" in result.stderr and "hoàn thành" in result.stderr


@pytest.mark.parametrize("note", HOSTILE)
def test_hostile_notes_round_trip_through_history_json(kh, plan_file, note):
    result = kh("record", "1.3", "done", "--note", note, "--ref", note, "--by", note)
    assert result.exit_code == 0, result
    expected = unicodedata.normalize("NFC", note)
    row = _history(kh, "1.3")[0]
    assert (row["note"], row["ref"], row["by"]) == (expected, expected, expected)
    assert kh("validate").exit_code == 0


def test_hostile_notes_round_trip_through_show_json(kh):
    for note in HOSTILE:
        assert kh("record", "1.3", "in_progress", "--note", note).exit_code == 0
    shown = kh("show", "1.3", "--format", "json")
    assert shown.exit_code == 0, shown
    notes = [row["note"] for row in json.loads(shown.stdout)["history"]]
    assert sorted(notes) == sorted(unicodedata.normalize("NFC", n) for n in HOSTILE)


def test_note_that_is_not_utf8_is_refused(kh, plan_file):
    before = plan_file.read_bytes()
    bad = b"ghi ch\xfa".decode("utf-8", "surrogateescape")
    result = kh("record", "1.3", "done", "--note", bad)
    assert result.exit_code == 2
    assert "không phải UTF-8" in result.stderr
    assert plan_file.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="argv is Unicode on Windows")
def test_non_utf8_bytes_on_the_real_command_line(plan_file, tmp_path):
    before = plan_file.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "kehoach_cli", "--file", str(plan_file), "--today",
         "10/02/2021", "record", "1.3", "done", "--note", b"ghi ch\xfa"],
        env={"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"},
        capture_output=True,
        check=False,
    )  # fmt: skip
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert "không phải UTF-8" in stderr
    assert "Traceback" not in stderr
    assert plan_file.read_bytes() == before


def test_escape_sequence_in_a_note_is_refused(kh):
    result = kh("record", "1.3", "done", "--note", "\x1b[2J")
    assert result.exit_code == 2
    assert "U+001B" in result.stderr


def test_full_disk_exits_2_and_leaves_the_file(kh, plan_file, monkeypatch):
    before = plan_file.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    result = kh("record", "1.3", "done")
    assert result.exit_code == 2
    assert "ổ đĩa đã hết chỗ trống" in result.stderr and "Tệp vẫn như cũ" in result.stderr
    assert "No space" not in result.stderr
    assert plan_file.read_bytes() == before
    assert [p.name for p in plan_file.parent.iterdir() if "tmp" in p.name] == []


def test_read_only_file_exits_2_and_leaves_the_file(kh, plan_file, monkeypatch):
    before = plan_file.read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m: m != os.W_OK and real(p, m))
    result = kh("record", "1.3", "done")
    assert result.exit_code == 2
    assert "chỉ cho đọc" in result.stderr
    assert plan_file.read_bytes() == before


def test_embedded_sample_refuses_writes_and_points_to_init(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = REAL_PLAN.read_bytes()
    for args in (
        ("record", "1.3", "done"),
        ("submit", "stc"),
        ("add", "N1", "--section", "1", "--text", "x", "--lead", "stc"),
    ):
        result = cli("--today", "10/02/2021", *args)
        assert result.exit_code == 2, result
        assert "kehoach init" in result.stderr
    assert REAL_PLAN.read_bytes() == before


def test_notepad_copy_stays_crlf_with_bom_and_changes_one_line(cli, tmp_path):
    notepad = tmp_path / "tasks.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + plan_bytes().replace(b"\n", b"\r\n"))
    run = ("--file", str(notepad), "--today", "10/02/2021")
    assert cli(*run, "record", "1.3", "in_progress").exit_code == 0
    before = notepad.read_bytes()
    assert cli(*run, "record", "1.3", "done", "--note", "a\nb").exit_code == 0
    after = notepad.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    assert after.count(b"\n") == after.count(b"\r\n")
    removed, added = _changed_lines(before, after)
    assert removed == []
    assert added == [b'  { date = 2021-02-10, task = "1.3", status = "done", note = "a\\nb" },\r']


# -- submit ---------------------------------------------------------------------


def test_submit_defaults_to_the_earliest_overdue_period_of_the_monthly_report(kh, plan_file):
    result = kh("submit", "tai chinh", "--ref", "Báo cáo số 40/BC-STC", today="25/03/2021")
    assert result.exit_code == 0, result
    assert result.stdout == (
        "Đã ghi: Sở Tài chính nộp Báo cáo tình hình thực hiện Chương trình hàng tháng, "
        "tháng 01/2021 (25/03/2021): trễ 64 ngày\n"
    )
    assert _log(plan_file, "stc")[-1]["period"] == "2021-01"
    assert kh("submit", "stc", today="25/03/2021").exit_code == 0
    assert kh("submit", "stc", today="25/03/2021").exit_code == 0
    periods = [e["period"] for e in _log(plan_file, "stc")]
    assert periods == ["2021-01", "2021-02", "2021-03"]


def test_submit_defaults_to_the_next_period_when_nothing_is_overdue(kh, plan_file):
    assert (
        kh("submit", "stc", "-p", "01/2021", "-d", "18/01/2021", today="20/02/2021").exit_code == 0
    )
    result = kh("submit", "stc", today="20/02/2021")  # February's 20th is a Saturday
    assert result.exit_code == 0, result
    assert "tháng 02/2021 (20/02/2021): đúng hạn" in result.stdout
    assert _log(plan_file, "stc")[-1]["period"] == "2021-02"


def test_submit_the_same_period_twice_needs_correct(kh, plan_file):
    assert kh("submit", "stc", "-p", "2021-01", "-d", "25/01/2021").exit_code == 0
    before = plan_file.read_bytes()
    again = kh("submit", "stc", "-p", "01/2021", "-d", "26/01/2021")
    assert again.exit_code == 2
    assert "đã được ghi nộp" in again.stderr and "--correct" in again.stderr
    assert plan_file.read_bytes() == before
    fixed = kh("submit", "stc", "-p", "01/2021", "-d", "26/01/2021", "--correct")
    assert fixed.exit_code == 0, fixed
    assert "(26/01/2021): trễ 6 ngày" in fixed.stdout
    assert [e["date"].day for e in _log(plan_file, "stc")] == [25, 26]


def test_a_correction_dated_before_the_recorded_one_is_refused(kh, plan_file):
    assert kh("submit", "stc", "-p", "2021-01", "-d", "25/01/2021").exit_code == 0
    result = kh("submit", "stc", "-p", "2021-01", "-d", "15/01/2021", "--correct")
    assert result.exit_code == 2
    assert "ngày muộn nhất" in result.stderr
    assert len(_log(plan_file, "stc")) == 1


def test_submit_the_yearly_report(kh, plan_file):
    result = kh("submit", "ubnd-huong-khe", "--report", "bc-nam", "--period", "năm 2021",
                "-d", "10/12/2021", today="15/12/2021")  # fmt: skip
    assert result.exit_code == 0, result
    assert "năm 2021 (10/12/2021): đúng hạn" in result.stdout
    assert _log(plan_file, "ubnd-huong-khe")[-1]["report"] == "bc-nam"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("stc", "-p", "2021-Q1"), "tính theo tháng"),
        (("stc", "-p", "2022-01"), "không có kỳ tháng 01/2022"),
        (("stc", "-p", "tháng mười"), "Kỳ báo cáo không hợp lệ"),
        (("stc", "--report", "bc-quy"), "Không có báo cáo 'bc-quy'"),
        (("stc", "--report", "BC-NAM", "-p", "03/2021"), "tính theo năm"),
        (("stc", "--report", "bc-nam", "-p", "03/2021"), "tính theo năm"),
        (("vpubnd",), "không có nghĩa vụ gửi báo cáo"),
        (("@districts", "vpubnd"), "VP UBND không có nghĩa vụ gửi báo cáo"),
        (("stc", "-p", "2021-03"), "Kỳ tháng 03/2021 chưa bắt đầu (bắt đầu từ ngày 01/03/2021)"),
        (("stc", "-d", "11/02/2021"), "còn ở phía trước"),
    ],
)
def test_submit_refusals(kh, plan_file, args, message):
    before = plan_file.read_bytes()
    result = kh("submit", *args)
    assert result.exit_code == 2, result
    assert message in result.stderr
    assert plan_file.read_bytes() == before


def test_refusals_are_worded_in_english_too(kh):
    result = kh("--lang", "en", "submit", "stc", "-p", "2022-01")
    assert result.stderr == (
        "Error: Report bc-thang has no period 01/2022; its periods run from 01/2021 to 12/2021.\n"
    )
    result = kh("--lang", "en", "submit", "stc", "-p", "2021")
    assert "has one period per month, but '2021' is a year" in result.stderr


def test_submit_without_report_when_the_plan_has_no_single_monthly_one(cli, tmp_path):
    text = plan_bytes().decode("utf-8").replace('period = "month"', 'period = "year"')
    text = text.replace("FREQ=MONTHLY;BYMONTHDAY=20", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20")
    path = tmp_path / "tasks.toml"
    path.write_text(text, encoding="utf-8")
    result = cli("--file", str(path), "--today", "10/02/2021", "submit", "stc")
    assert result.exit_code == 2
    assert "--report" in result.stderr and "bc-thang" in result.stderr


# -- history --------------------------------------------------------------------


def test_history_is_newest_first_with_stable_json_keys(kh):
    assert kh("record", "1.3", "in_progress", "-d", "01/02/2021", "--by", "A").exit_code == 0
    assert kh("submit", "stc", "-p", "01/2021", "-d", "18/01/2021").exit_code == 0
    assert kh("record", "II.1.2", "done", "-a", "huong khe", "-d", "05/02/2021").exit_code == 0
    assert kh("record", "1.3", "done", "-d", "01/02/2021").exit_code == 0
    rows = _history(kh)
    assert [(r["date"], r["kind"], r["task"] or r["report"], r["agency"]) for r in rows] == [
        ("2021-02-05", "status", "II.1.2", "ubnd-huong-khe"),
        ("2021-02-01", "status", "1.3", "stc"),  # same date: written later comes first
        ("2021-02-01", "status", "1.3", "stc"),
        ("2021-01-18", "report", "bc-thang", "stc"),
    ]
    assert set(rows[0]) == {
        "kind", "task", "report", "period", "agency", "status", "withdraws", "extended_to",
        "withdrawn", "date", "note", "ref", "by",
    }  # fmt: skip
    assert rows[1]["status"] == "done" and rows[2]["by"] == "A"
    assert rows[3] | {} == {
        "date": "2021-01-18", "agency": "stc", "kind": "report", "task": None,
        "report": "bc-thang", "period": "2021-01", "status": None, "withdraws": None,
        "extended_to": None, "withdrawn": False, "note": None, "ref": None, "by": None,
    }  # fmt: skip


def test_history_filters_by_task_and_by_agency_or_group(kh):
    assert kh("record", "1.3", "done", "-d", "01/02/2021").exit_code == 0
    assert kh("record", "II.1.2", "done", "-a", "huong khe", "-d", "05/02/2021").exit_code == 0
    assert kh("record", "II.1.2", "done", "-a", "stc", "-d", "06/02/2021").exit_code == 0
    assert [r["agency"] for r in _history(kh, "II.1.2")] == ["stc", "ubnd-huong-khe"]
    assert [r["task"] for r in _history(kh, "--agency", "@districts")] == ["II.1.2"]
    assert [r["task"] for r in _history(kh, "--agency", "Sở Tài chính")] == ["II.1.2", "1.3"]
    assert _history(kh, "II.1.2", "--agency", "stc")[0]["date"] == "2021-02-06"


def test_history_table_and_empty_message(kh):
    empty = kh("history")
    assert empty.exit_code == 0
    assert empty.stdout == "Chưa có cập nhật nào.\n"
    assert kh("history", "--format", "json").stdout.strip() == "[]"
    assert kh("submit", "stc", "-p", "01/2021", "-d", "18/01/2021").exit_code == 0
    assert kh("record", "1.3", "done", "-d", "01/02/2021", "-n", "đã trình").exit_code == 0
    table = kh("history").stdout
    lines = table.splitlines()
    assert lines[0].split()[:2] == ["Ngày", "Đơn"]
    assert "01/02/2021" in lines[2] and "hoàn thành" in lines[2] and "đã trình" in lines[2]
    assert "Báo cáo tình hình thực hiện Chương trình" in lines[3] and "bc-thang" not in table
    assert "tháng 01/2021" in table
    csv = kh("history", "--format", "csv").stdout
    assert csv.startswith(
        "\ufeffdate,agency,kind,task,report,period,status,withdraws,extended_to,withdrawn,"
        "note,ref,by"
    )


def test_history_of_an_unknown_task_is_an_error(kh):
    result = kh("history", "42")
    assert result.exit_code == 2
    assert "Không có nhiệm vụ mã '42'" in result.stderr


# -- add ------------------------------------------------------------------------


def test_add_appends_a_task_that_can_then_be_recorded(kh, plan_file):
    text = 'Tổ chức "Ngày hội" #1 \\ phát sinh'
    result = kh(
        "add", "10.2.9", "--section", "10.2", "--text", unicodedata.normalize("NFD", text),
        "--lead", "thông tin và truyền thông", "--support", "UBND cấp huyện", "--support", "stc",
        "--due", "30/06/2021", "--note", "Theo Công văn số 1/UBND",
    )  # fmt: skip
    assert result.exit_code == 0, result
    assert result.stdout == (
        "Đã thêm nhiệm vụ 10.2.9 vào mục 10.2; chủ trì: Sở Thông tin và Truyền thông; hạn: "
        "30/06/2021.\n"
    )
    task = tomllib.loads(plan_file.read_text(encoding="utf-8"))["tasks"][-1]
    assert task == {
        "id": "10.2.9",
        "section": "10.2",
        "text": text,
        "lead": ["stttt"],
        "support": ["@districts", "stc"],
        "due": __import__("datetime").date(2021, 6, 30),
        "note": "Theo Công văn số 1/UBND",
    }
    recorded = kh("record", "10.2.9", "done", "-d", "09/02/2021")
    assert recorded.exit_code == 0, recorded
    assert recorded.stdout.endswith(": hoàn thành đúng hạn\n")


def test_add_an_ongoing_task_led_by_a_group(kh, plan_file):
    result = kh("add", "II.5", "--section", "II", "--text", "Rà soát", "--lead", "@districts")
    assert result.exit_code == 0, result
    assert "hạn: thường xuyên" in result.stdout
    task = tomllib.loads(plan_file.read_text(encoding="utf-8"))["tasks"][-1]
    assert task == {"id": "II.5", "section": "II", "text": "Rà soát", "lead": ["@districts"]}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("1.3", "--section", "1", "--text", "x", "--lead", "stc"), "đã có"),
        (("ii.1.2", "--section", "1", "--text", "x", "--lead", "stc"), "đã có"),
        (("N1", "--section", "10.9", "--text", "x", "--lead", "stc"), "Mục '10.9' chưa có"),
        (
            ("N1", "--section", "1", "--text", "x", "--lead", "sở tài chíinh xyz"),
            "Không tìm thấy đơn vị",
        ),
        (
            ("N1", "--section", "1", "--text", "x", "--lead", "stc", "--support", "zzz"),
            "Không tìm thấy",
        ),
        (("N1", "--section", "1", "--text", "  ", "--lead", "stc"), "đang trống"),
        (
            ("N1", "--section", "1", "--text", "x", "--lead", "stc", "--due", "01/01/2022"),
            "nằm ngoài",
        ),
        (("N 1", "--section", "1", "--text", "x", "--lead", "stc"), "mã chỉ gồm chữ, số"),
        (("N1", "--section", "1", "--text", "a\x00b", "--lead", "stc"), "U+0000"),
    ],
)
def test_add_refusals_exit_2_and_write_nothing(kh, plan_file, args, message):
    before = plan_file.read_bytes()
    result = kh("add", *args)
    assert result.exit_code == 2, result
    assert message in result.stderr
    assert plan_file.read_bytes() == before


def test_add_needs_a_lead(kh):
    result = kh("add", "N1", "--section", "1", "--text", "x")
    assert result.exit_code == 2
    assert "--lead" in result.stderr
