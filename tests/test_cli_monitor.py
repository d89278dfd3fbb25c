"""reports, overdue and check through the CLI (in-process), on the real plan."""

from __future__ import annotations

import csv
import io
import json

from kehoach_cli.present.text import display_width
from tests.conftest import REAL_PLAN
from tests.test_replay_2021 import ALL, PLAN, record, submit


def run(cli, *args: str, path=REAL_PLAN):
    return cli("--file", str(path), *args)


# --- reports ---------------------------------------------------------------------------


def test_reports_matrix_symbols_legend_and_count(cli, plan_file):
    submit(cli, plan_file, "stc", "2021-01", "19/01/2021")
    submit(cli, plan_file, "stc", "2021-02", "25/02/2021")  # 3 days after 22/02
    submit(cli, plan_file, "sxd", "2021-01", "22/01/2021")  # 2 days late
    result = run(cli, "--today", "23/02/2021", "reports", "--report", "bc-thang", path=plan_file)
    assert result.exit_code == 0, result
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Đơn vị"))
    assert header.split() == ["Đơn", "vị", "T01", "T02", "Đúng", "hạn"]
    rows = {line.split("  ")[0].strip(): line.split() for line in lines}
    assert rows["Sở Tài chính"][-3:] == ["✓", "✗", "1/2"]  # the 25/02 report is not known yet
    assert rows["Sở Xây dựng"][-3:] == ["+2", "✗", "0/2"]
    assert rows["Huyện Vũ Quang"][-3:] == ["✗", "✗", "0/2"]
    assert "✓ nộp đúng hạn" in result.stdout and "· chưa đến hạn" in result.stdout
    later = run(
        cli, "--today", "01/03/2021", "reports", "-r", "bc-thang", "-a", "stc", path=plan_file
    )
    stc = next(line for line in later.stdout.splitlines() if line.startswith("Sở Tài chính"))
    assert stc.split()[-4:] == ["✓", "+3", "·", "1/2"]


def test_reports_matrix_of_a_full_year_fits_80_columns(cli):
    result = run(cli, "--today", "31/12/2021", "reports")
    assert result.exit_code == 0
    assert "T12" in result.stdout and "Báo cáo năm tình hình thực hiện" in result.stdout
    assert "bc-nam" not in result.stdout and "bc-thang" not in result.stdout  # names, not ids
    assert max(display_width(line) for line in result.stdout.splitlines()) <= 80


def test_reports_in_english(cli):
    result = run(cli, "--lang", "en", "--today", "21/01/2021", "reports", "-r", "bc-thang")
    assert "M01" in result.stdout and "not yet due" in result.stdout


def test_reports_from_to_choose_the_columns(cli):
    result = run(
        cli, "--today", "31/12/2021", "reports", "-r", "bc-thang", "--from", "03/2021",
        "--to", "quý II/2021", "-a", "stc", "--format", "json",
    )  # fmt: skip
    assert [r["period"] for r in json.loads(result.stdout)] == [
        "2021-03",
        "2021-04",
        "2021-05",
        "2021-06",
    ]
    table = run(cli, "--today", "31/12/2021", "reports", "-r", "bc-thang", "--from", "2021-11")
    header = next(line for line in table.stdout.splitlines() if line.startswith("Đơn vị"))
    assert header.split()[2:4] == ["T11", "T12"]


def test_reports_to_in_the_future_shows_pending_periods(cli):
    args = ("reports", "-r", "bc-thang", "-a", "stc", "--to", "2021-03", "--format", "json")
    result = run(cli, "--today", "05/01/2021", *args)
    assert [(r["period"], r["state"]) for r in json.loads(result.stdout)] == [
        ("2021-01", "pending"),
        ("2021-02", "pending"),
        ("2021-03", "pending"),
    ]


def test_reports_csv_has_bom_and_the_documented_keys(cli):
    result = run(cli, "--today", "21/01/2021", "reports", "-r", "bc-thang", "--format", "csv")
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert list(rows[0]) == [
        "agency", "report", "period", "due", "effective_due", "submitted", "state", "days_late",
    ]  # fmt: skip
    assert len(rows) == 38
    assert rows[0]["submitted"] == "" and rows[0]["state"] == "missing"


def test_reports_markdown_has_vietnamese_headers(cli):
    result = run(
        cli, "--today", "21/01/2021", "reports", "-r", "bc-thang", "-a", "stc", "--format", "md"
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Đơn vị | Báo cáo | Kỳ | Hạn |")
    assert "| Sở Tài chính | bc-thang | tháng 01/2021 | 20/01/2021 |" in lines[2]
    assert "chưa nộp (quá hạn)" in lines[2]


def test_reports_unknown_report_or_period_is_a_usage_error(cli):
    bad = run(cli, "reports", "--report", "bc-tuan")
    assert bad.exit_code == 2
    assert "bc-thang" in bad.stderr and "Traceback" not in bad.stderr
    bad_period = run(cli, "reports", "--from", "13/2021")
    assert bad_period.exit_code == 2
    assert "Kỳ báo cáo không hợp lệ" in bad_period.stderr
    backwards = run(cli, "reports", "--from", "2021-05", "--to", "2021-03")
    assert backwards.exit_code == 2


def test_reports_for_an_agency_that_reports_nothing(cli):
    result = run(cli, "--today", "21/01/2021", "reports", "--agency", "vpubnd")
    assert result.exit_code == 0
    assert "Không có kỳ báo cáo nào" in result.stdout


# --- overdue -----------------------------------------------------------------------------


def test_overdue_table_most_overdue_first_and_exit_1(cli):
    result = run(cli, "--today", "05/04/2021", "overdue", "--agency", "skhdt", "--stale-days", "0")
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "ngày" in line.split("  ")[0]]
    assert [line.split()[0] for line in lines] == ["75", "63", "42", "14"]
    assert "Nhiệm vụ II.1.2" in result.stdout
    assert "31/01/2021" in result.stdout and "→ 01/02/2021" in result.stdout
    assert "CHƯA CẬP NHẬT" not in result.stdout


def test_overdue_json_rows_have_the_documented_keys(cli):
    result = run(cli, "--today", "02/02/2021", "overdue", "-a", "stc", "--format", "json")
    rows = json.loads(result.stdout)
    assert rows == [
        {
            "kind": "report",
            "ref": "bc-thang",
            "period": "2021-01",
            "agency": "stc",
            "due": "2021-01-20",
            "effective_due": "2021-01-20",
            "extended_to": None,
            "extension_ref": None,
            "days_overdue": 13,
            "title": "Báo cáo tình hình thực hiện Chương trình hàng tháng",
        },
        {
            "kind": "task",
            "ref": "II.1.2",
            "period": None,
            "agency": "stc",
            "due": "2021-01-31",
            "effective_due": "2021-02-01",
            "extended_to": None,
            "extension_ref": None,
            "days_overdue": 1,
            "title": rows[1]["title"],
        },
    ]
    assert rows[1]["title"].startswith("Kịp thời xây dựng, ban hành kế hoạch")


def test_overdue_nothing_is_exit_0_with_a_sentence(cli):
    result = run(cli, "--today", "10/01/2021", "overdue")
    assert result.exit_code == 0
    assert result.stdout.strip() == "Không có việc nào quá hạn tính đến ngày 10/01/2021."


def test_overdue_group_agency(cli):
    rows = json.loads(
        run(
            cli, "--today", "21/01/2021", "overdue", "-a", "UBND cấp huyện", "--format", "json"
        ).stdout
    )
    assert len(rows) == 13 and all(r["agency"].startswith("ubnd-") for r in rows)


def test_overdue_lists_stale_ongoing_tasks_apart(cli, plan_file):
    record(cli, plan_file, "stc", "1.3", "in_progress", "15/03/2021")
    result = run(cli, "--today", "01/04/2021", "overdue", "-a", "stc", path=plan_file)
    assert result.exit_code == 1
    stale = result.stdout.split("CHƯA CẬP NHẬT", 1)[1]
    assert "Sở Tài chính: 9 nhiệm vụ, lâu nhất 90 ngày:" in " ".join(stale.split())
    assert " 1.3," not in stale and "2.1" in stale
    fresh = run(cli, "--today", "31/03/2021", "overdue", "-a", "stc", path=plan_file)
    assert "CHƯA CẬP NHẬT" not in fresh.stdout  # 89 days


def test_stale_alone_does_not_make_overdue_exit_1(cli, plan_file):
    for month in range(1, 5):
        submit(cli, plan_file, "stc", f"2021-{month:02d}", f"{month * 5:02d}/{month:02d}/2021")
    record(cli, plan_file, "stc", "II.1.2", "done", "20/01/2021")
    result = run(cli, "--today", "25/04/2021", "overdue", "-a", "stc", path=plan_file)
    assert result.exit_code == 0, result
    assert "Không có việc nào quá hạn" in result.stdout and "CHƯA CẬP NHẬT" in result.stdout


# --- check --------------------------------------------------------------------------------


def flat(text: str) -> str:
    """``text`` with its line breaks and indents as single spaces: what a wrapped mail says."""
    return " ".join(text.split())


def test_check_groups_the_agencies_that_owe_the_same_thing(cli):
    result = run(cli, "--today", "02/02/2021", "check", "--stale-days", "0")
    assert result.exit_code == 1
    out = result.stdout
    assert flat(out).startswith(
        "Chương trình công tác năm 2021 của UBND tỉnh Hà Tĩnh Tình hình ngày thứ Ba 02/02/2021: "
        "76 việc quá hạn, 0 việc đến hạn trong 3 ngày tới. QUÁ HẠN - Báo cáo tình hình thực "
        "hiện Chương trình hàng tháng, tháng 01/2021: hạn thứ Tư 20/01/2021, quá hạn 13 ngày "
        "Đơn vị (38): Sở KHĐT, Sở Tài chính, Sở NNPTNT,"
    )
    assert "- Nhiệm vụ II.1.2: hạn thứ Hai 01/02/2021 (lùi từ 31/01/2021), quá hạn 1 ngày" in out
    entries = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(entries) == 2  # one per thing owed, not one per agency
    assert flat(out).endswith("Huyện Thạch Hà, Huyện Vũ Quang")
    assert len(out.splitlines()) < 40
    assert max(map(display_width, out.splitlines())) <= 78
    assert "bc-thang" not in out and "(skhdt)" not in out  # names, not codes
    assert "\x1b[" not in out and "│" not in out


def test_check_mail_of_19_february_reads_at_a_glance(cli):
    for lang, owed in (("vi", "Đơn vị (38)"), ("en", "Agencies (38)")):
        result = run(cli, "--lang", lang, "--today", "19/02/2021", "check")
        assert result.exit_code == 1  # something is overdue
        lines = result.stdout.splitlines()
        assert len(lines) < 40, len(lines)
        assert result.stdout.count(owed) == 3
        assert max(map(display_width, lines)) <= 78


def test_check_due_soon_with_within(cli):
    quiet_day = run(cli, "--today", "15/01/2021", "check")
    assert (quiet_day.exit_code, quiet_day.stdout) == (0, "")
    result = run(cli, "--today", "15/01/2021", "check", "--within", "5")
    assert result.exit_code == 0
    assert "ĐẾN HẠN TRONG 5 NGÀY TỚI" in result.stdout
    assert "tháng 01/2021: hạn thứ Tư 20/01/2021, còn 5 ngày Đơn vị (38):" in flat(result.stdout)


def test_check_today_says_today(cli):
    result = run(cli, "--today", "20/01/2021", "check", "-a", "stc")
    assert "hạn thứ Tư 20/01/2021, hôm nay Đơn vị (1): Sở Tài chính" in flat(result.stdout)


def test_check_json(cli, plan_file):
    submit(cli, plan_file, "stc", "2021-01", "18/01/2021")
    result = run(
        cli,
        "--today",
        "19/01/2021",
        "check",
        "-a",
        "@departments",
        "--format",
        "json",
        path=plan_file,
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["today"] == "2021-01-19" and data["within"] == 3
    assert data["overdue"] == [] and data["stale"] == []
    assert len(data["due_soon"]) == 24
    assert "stc" not in {r["agency"] for r in data["due_soon"]}
    assert set(data["due_soon"][0]) == {
        "kind", "ref", "period", "agency", "due", "effective_due", "extended_to",
        "extension_ref", "days_left", "title",
    }  # fmt: skip


def test_check_json_lists_stale_items(cli):
    data = json.loads(
        run(cli, "--today", "05/04/2021", "check", "-a", "stc", "--format", "json").stdout
    )
    assert {r["task"] for r in data["stale"]} >= {"1.3", "2.1"}
    assert data["stale"][0] == {
        "task": data["stale"][0]["task"],
        "agency": "stc",
        "last_update": None,
        "since": "2021-01-01",
        "days": 94,
        "title": data["stale"][0]["title"],
    }


def test_check_quiet_prints_nothing(cli):
    result = run(cli, "--today", "02/02/2021", "check", "--quiet")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_check_in_english(cli):
    result = run(cli, "--lang", "en", "--today", "21/01/2021", "check", "-a", "stc")
    assert "OVERDUE" in result.stdout
    assert (
        "- Báo cáo tình hình thực hiện Chương trình hàng tháng, 01/2021: due Wednesday 20/01/2021,"
    ) in flat(result.stdout)


def test_every_reporting_unit_is_listed_by_check(cli):
    out = flat(run(cli, "--today", "21/01/2021", "check").stdout)
    assert all(PLAN.agency_label(key) in out for key in ALL)


def test_help_is_vietnamese_with_examples(cli):
    for name in ("reports", "overdue", "check"):
        result = cli(name, "--help")
        assert result.exit_code == 0
        assert "Ví dụ" in result.stdout
        assert "╭" not in result.stdout
