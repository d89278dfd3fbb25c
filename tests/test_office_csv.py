"""CSV people can open: ``--labels vi`` (the default of ``export csv``) gives
Vietnamese headers, full agency names, states in words and numbers as numbers;
``--labels codes`` (the default of ``--format csv``) the stable keys."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

TODAY = ("--today", "05/04/2021")


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_export_csv_summary_is_in_words_with_numbers_and_no_boolean(cli):
    text = cli(*TODAY, "export", "csv", "--what", "summary").stdout
    rows = rows_of(text)
    scores = json.loads(cli(*TODAY, "summary", "--format", "json").stdout)
    assert list(rows[0])[:3] == ["Đơn vị", "Nhiệm vụ chủ trì", "Hoàn thành đúng hạn"]
    assert "false" not in text and "true" not in text
    assert [r["Đơn vị"] for r in rows] == [s["name"] for s in scores]
    assert rows[-1]["Đơn vị"] == "Tổng cộng"
    for row, score in zip(rows, scores, strict=True):
        assert int(row["Nhiệm vụ chủ trì"]) == score["tasks"]
        rate = row["Tỷ lệ hoàn thành"]
        assert (float(rate) if rate else None) == score["completion_rate"]


def test_labels_codes_gives_the_stable_keys(cli):
    codes = cli(*TODAY, "export", "csv", "--what", "summary", "--labels", "codes").stdout
    assert codes == cli(*TODAY, "summary", "--format", "csv").stdout
    assert codes.lstrip("\ufeff").startswith("agency,name,tasks,")
    assert "true" not in codes and "false" not in codes  # the totals row has no agency key
    assert codes.splitlines()[-1].startswith(",Tổng cộng,")


def test_format_csv_in_words_on_request(cli):
    overdue = rows_of(cli(*TODAY, "overdue", "--format", "csv", "--labels", "vi").stdout)
    assert overdue[0]["Loại"] == "Báo cáo"
    assert overdue[0]["Đơn vị"] == "Sở Kế hoạch và Đầu tư"
    assert overdue[0]["Hạn"] == "20/01/2021" and overdue[0]["Số ngày quá hạn"] == "75"
    reports = rows_of(cli(*TODAY, "reports", "--format", "csv", "--labels", "vi").stdout)
    assert {r["Tình trạng"] for r in reports} == {"chưa nộp (quá hạn)", "chưa đến hạn"}


def test_export_csv_tasks_in_english(cli):
    rows = rows_of(cli(*TODAY, "--lang", "en", "export", "csv").stdout)
    assert rows[0]["Status"] == "not started" and rows[0]["Timeliness"] == "ongoing"


# --- every command with --format csv ----------------------------------------------

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
PEOPLE_DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
CODES = ("not_started", "in_progress", "on_track", "done_on_time", "done_late", "bc-thang")
READ_COMMANDS = {
    "list": ["list"],
    "list --agency": ["list", "--agency", "ubnd-duc-tho", "--role", "all"],
    "list --agency group": ["list", "--agency", "@departments"],
    "agencies": ["agencies"],
    "deadlines": ["deadlines", "--from", "01/01/2021", "--to", "30/06/2021"],
    "history": ["history"],
    "show": ["show", "II.1.2"],
}


@pytest.fixture
def kh(cli, plan_file):
    """``kehoach --file <copy> --today 10/03/2021 ARGS`` on a plan with a status,
    a submission, an extension and a withdrawal recorded."""

    def run(*args: str):
        return cli("--file", str(plan_file), "--today", "10/03/2021", *args)

    for line in (
        ("record", "II.1.2", "done", "-a", "stc", "-d", "28/01/2021", "-n", "Đã ban hành"),
        ("record", "II.1.2", "in_progress", "-a", "ubnd-duc-tho", "-d", "02/02/2021"),
        ("record", "1.3", "in_progress", "-d", "01/02/2021", "--by", "Trần B"),
        ("withdraw", "1.3", "--note", "Ghi nhầm"),
        ("submit", "stc", "-d", "18/02/2021", "--ref", "Báo cáo số 40/BC-STC"),
        ("extend", "II.1.2", "-a", "skhdt", "--to", "31/03/2021", "--ref", "Công văn số 50"),
    ):
        assert run(*line).exit_code == 0, line
    return run


def _agency_keys(kh) -> set[str]:
    return {a["key"] for a in json.loads(kh("agencies", "--format", "json").stdout)}


@pytest.mark.parametrize("name", list(READ_COMMANDS))
def test_labels_codes_is_the_csv_of_today(kh, name):
    args = READ_COMMANDS[name]
    plain = kh(*args, "--format", "csv")
    assert plain.exit_code == 0, plain
    assert kh(*args, "--format", "csv", "--labels", "codes").stdout == plain.stdout


@pytest.mark.parametrize("name", list(READ_COMMANDS))
def test_labels_vi_is_in_words_without_codes(kh, name):
    args = READ_COMMANDS[name]
    text = kh(*args, "--format", "csv", "--labels", "vi").stdout
    codes = kh(*args, "--format", "csv").stdout
    assert text.startswith("\ufeff") and text != codes
    header, *rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows
    assert all(" " in h or h[0].isupper() for h in header)  # headers in words
    assert not set(header) & set(codes.lstrip("\ufeff").split("\r\n")[0].split(","))
    cells = [cell for row in rows for cell in row]
    keys = _agency_keys(kh)
    assert not keys & set(cells)  # no agency key as a cell ...
    for cell in cells:
        assert not any(key in cell for key in keys if "-" in key)  # ... nor within one
        assert not any(code in cell for code in CODES), cell
        assert cell not in ("true", "false", "True", "False")
        assert not ISO_DATE.search(cell), cell
    if name != "agencies":
        assert any(PEOPLE_DATE.fullmatch(cell) for cell in cells)


def test_list_in_words_names_agencies_and_counts_as_numbers(kh):
    rows = rows_of(kh("list", "--format", "csv", "--labels", "vi").stdout)
    task = next(r for r in rows if r["Mã"] == "II.1.2")
    assert task["Hạn"] == "31/01/2021" and task["Hạn thực tế"] == "01/02/2021"
    assert task["Chủ trì"] == "Các sở, ban, ngành, địa phương (38 đơn vị)"
    assert task["Số đơn vị chủ trì đã hoàn thành"] == "1"
    assert task["Loại"] == "nhiệm vụ"
    mine = rows_of(
        kh("list", "--agency", "ubnd-duc-tho", "--format", "csv", "--labels", "vi").stdout
    )
    row = next(r for r in mine if r["Mã"] == "II.1.2")
    assert row["Đơn vị"] == "UBND huyện Đức Thọ" and row["Vai trò"] == "chủ trì"
    assert row["Trạng thái"] == "đang thực hiện" and row["Tiến độ"] == "quá hạn"
    assert row["Số ngày"] == "37" and row["Ngày cập nhật"] == "02/02/2021"


def test_history_and_show_in_words(kh):
    rows = rows_of(kh("history", "--format", "csv", "--labels", "vi").stdout)
    events = {(r["Đơn vị"], r["Loại"]): r for r in rows}
    extension = events[("Sở Kế hoạch và Đầu tư", "gia hạn")]
    assert extension["Trạng thái"] == "gia hạn đến 31/03/2021"
    assert extension["Văn bản"] == "Công văn số 50"
    report = events[("Sở Tài chính", "báo cáo")]
    assert report["Nội dung"].endswith("tháng 01/2021") and report["Ngày"] == "18/02/2021"
    withdrawn = next(r for r in rows if r["Người ghi"] == "Trần B")
    assert withdrawn["Trạng thái"] == "đang thực hiện (đã rút lại)"
    shown = rows_of(kh("show", "II.1.2", "--format", "csv", "--labels", "vi").stdout)
    skhdt = next(r for r in shown if r["Đơn vị"] == "Sở Kế hoạch và Đầu tư")
    assert skhdt["Gia hạn đến"] == "31/03/2021" and skhdt["Tiến độ"] == "trong hạn"


def test_deadlines_and_agencies_in_words(kh):
    args = ("deadlines", "--from", "01/01/2021", "--to", "28/02/2021")
    rows = rows_of(kh(*args, "--format", "csv", "--labels", "vi").stdout)
    january = rows[0]
    assert january["Loại"] == "Báo cáo" and january["Việc"] == "Báo cáo tháng 01/2021"
    assert january["Hạn"] == "20/01/2021"
    assert "Sở Tài chính" not in january["Đơn vị chưa thực hiện"]
    assert "Sở Kế hoạch và Đầu tư" in january["Đơn vị chưa thực hiện"]
    agencies = rows_of(kh("agencies", "--format", "csv", "--labels", "vi").stdout)
    stc = next(r for r in agencies if r["Tên đầy đủ"] == "Sở Tài chính")
    assert stc["Loại"] == "sở, ngành" and int(stc["Số nhiệm vụ chủ trì"]) > 0


@pytest.mark.parametrize("name", list(READ_COMMANDS))
def test_labels_vi_in_english(kh, name):
    text = kh("--lang", "en", *READ_COMMANDS[name], "--format", "csv", "--labels", "vi").stdout
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert not re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]", ",".join(header).lower())
    assert "not_started" not in text


def test_labels_help_is_in_both_languages(cli):
    assert "codes" in cli("list", "--help").stdout
    english = cli("--lang", "en", "deadlines", "--help").stdout
    assert "stable keys for scripts" in english
