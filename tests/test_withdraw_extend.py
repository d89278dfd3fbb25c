"""withdraw (rút lại) and extend (gia hạn): the events, what every command makes of
them, and the mistakes they refuse."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.planfile.load import RawFile, validate
from kehoach_cli.planfile.merge import merge

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = pytest.mark.usefixtures("wide_terminal")


@pytest.fixture
def kh(cli, plan_file):
    """``kehoach --file <copy> --today 10/03/2021 ARGS``."""

    def run(*args: str, today: str = "10/03/2021"):
        return cli("--file", str(plan_file), "--today", today, *args)

    return run


def ok(result) -> str:
    assert result.exit_code == 0, result
    return result.stdout


def _log(plan_file: Path, agency: str) -> list[dict]:
    data = tomllib.loads(plan_file.read_text(encoding="utf-8"))
    return data["events"].get(agency, {}).get("log", [])


def _json(kh, *args: str, today: str = "10/03/2021"):
    result = kh(*args, "--format", "json", today=today)
    assert result.exit_code in (0, 1), result  # overdue: 1 when something is
    return json.loads(result.stdout)


def _assignment(kh, task: str, agency: str, today: str = "10/03/2021") -> dict:
    detail = _json(kh, "show", task, today=today)
    return next(a for a in detail["assignments"] if a["agency"] == agency)


# -- withdrawing a status -----------------------------------------------------------


def test_withdrawing_a_status_appends_one_line_naming_the_entry(kh, plan_file):
    ok(kh("record", "1.3", "in_progress", "-d", "01/02/2021"))
    ok(kh("record", "1.3", "done", "-d", "20/02/2021", "-n", "Đã trình"))
    before = plan_file.read_text(encoding="utf-8")
    out = ok(kh("withdraw", "1.3", "--note", "Ghi nhầm", "--by", "Trần B"))
    assert out == (
        "Đã rút lại: Sở Tài chính — 1.3 → hoàn thành ghi ngày 20/02/2021 (rút lại ngày "
        "10/03/2021).\nTrạng thái hiện tại: đang thực hiện (ghi ngày 01/02/2021).\n"
    )
    after = plan_file.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == [
        '  { date = 2021-03-10, task = "1.3", status = "done", withdraws = 2021-02-20, '
        'note = "Ghi nhầm", by = "Trần B" },'
    ]
    assert len(_log(plan_file, "stc")) == 3  # append-only: the entry withdrawn stays


def test_every_command_computes_as_if_the_withdrawn_entry_did_not_exist(kh):
    ok(kh("record", "II.1.2", "done", "-a", "stc", "-d", "28/01/2021"))
    assert _assignment(kh, "II.1.2", "stc")["timeliness"] == "done_on_time"
    ok(kh("withdraw", "II.1.2", "-a", "stc"))
    state = _assignment(kh, "II.1.2", "stc")
    assert (state["status"], state["timeliness"]) == ("not_started", "overdue")
    overdue = _json(kh, "overdue", "-a", "stc", "--stale-days", "0")
    assert ("II.1.2", "stc") in {(r["ref"], r["agency"]) for r in overdue}
    rows = _json(kh, "list", "--agency", "stc", "--section", "II.1")
    assert next(r for r in rows if r["id"] == "II.1.2")["status"] == "not_started"
    score = _json(kh, "summary", "--agency", "stc")[0]
    assert score["done_on_time"] == 0 and score["overdue"] == 1


def test_withdrawing_again_takes_the_entry_before(kh):
    ok(kh("record", "1.3", "in_progress", "-d", "01/02/2021"))
    ok(kh("record", "1.3", "done", "-d", "20/02/2021"))
    ok(kh("withdraw", "1.3"))
    out = ok(kh("withdraw", "1.3"))
    assert "đang thực hiện ghi ngày 01/02/2021" in out
    assert "chưa thực hiện (không còn lần ghi nào)" in out
    result = kh("withdraw", "1.3")
    assert result.exit_code == 2
    assert "Sở Tài chính chưa có lần ghi trạng thái nào của nhiệm vụ 1.3 để rút lại." in (
        result.stderr
    )


def test_history_and_show_list_withdrawn_entries_as_withdrawn(kh):
    ok(kh("record", "1.3", "done", "-d", "20/02/2021"))
    ok(kh("withdraw", "1.3", "-d", "01/03/2021", "-n", "Ghi nhầm"))
    rows = _json(kh, "history", "1.3")
    assert [(r["kind"], r["status"], r["withdrawn"]) for r in rows] == [
        ("withdrawal", "done", False),
        ("status", "done", True),
    ]
    assert rows[0]["withdraws"] == "2021-02-20" and rows[0]["date"] == "2021-03-01"
    table = ok(kh("history", "1.3"))
    assert "hoàn thành (đã rút lại)" in table
    assert "rút lại: hoàn thành, ghi ngày 20/02/2021" in table
    detail = _json(kh, "show", "1.3")
    assert [(h["kind"], h["withdrawn"]) for h in detail["history"]] == [  # newest first
        ("withdrawal", False),
        ("status", True),
    ]
    shown = ok(kh("show", "1.3"))
    assert "hoàn thành (đã rút lại)" in shown
    english = ok(kh("--lang", "en", "history", "1.3"))
    assert "done (withdrawn)" in english and "withdraws: done, recorded 20/02/2021" in english


def test_a_withdrawal_takes_effect_on_its_date(kh):
    ok(kh("record", "1.3", "done", "-d", "20/02/2021"))
    ok(kh("withdraw", "1.3", "-d", "01/03/2021"))
    assert _assignment(kh, "1.3", "stc", today="25/02/2021")["status"] == "done"
    assert _assignment(kh, "1.3", "stc", today="01/03/2021")["status"] == "not_started"
    rows = _json(kh, "history", "1.3", today="25/02/2021")
    assert not any(r["withdrawn"] for r in rows)


# -- withdrawing a submission -------------------------------------------------------


def test_withdrawing_a_submission_reopens_the_period(kh, plan_file):
    ok(kh("submit", "stc", "-p", "02/2021", "-d", "18/02/2021"))
    out = ok(kh("withdraw", "--report", "bc-thang", "--period", "02/2021", "--agency", "stc"))
    assert out.startswith("Đã rút lại: Sở Tài chính nộp báo cáo bc-thang tháng 02/2021")
    assert _log(plan_file, "stc")[-1] == {
        "date": date(2021, 3, 10),
        "report": "bc-thang",
        "period": "2021-02",
        "withdraws": date(2021, 2, 18),
    }
    cells = _json(kh, "reports", "--agency", "stc", "--report", "bc-thang")
    assert next(c for c in cells if c["period"] == "2021-02")["state"] == "missing"
    # the period is owed again: submitting it needs no --correct
    ok(kh("submit", "stc", "-p", "02/2021", "-d", "25/02/2021"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("withdraw",), "Ghi mã nhiệm vụ (kehoach withdraw 1.3) hoặc --report"),
        (("withdraw", "1.3", "--report", "bc-thang"), "không ghi cả hai"),
        (("withdraw", "1.3", "--period", "02/2021"), "--period chỉ dùng cùng --report."),
        (("withdraw", "--report", "bc-thang", "-a", "stc"), "cần ghi cả --period và --agency"),
        (("withdraw", "9.9.9"), "Không có nhiệm vụ mã '9.9.9'"),
        (("withdraw", "II.1.2"), "II.1.2 có 38 đơn vị chủ trì"),
        (("withdraw", "II.1.2", "-a", "nowhere"), "Không tìm thấy đơn vị 'nowhere'"),
        (("withdraw", "1.3"), "chưa có lần ghi trạng thái nào của nhiệm vụ 1.3"),
        (
            ("withdraw", "--report", "bc-thang", "-p", "01/2021", "-a", "stc"),
            "Sở Tài chính chưa có lần nộp báo cáo bc-thang tháng 01/2021 nào để rút lại.",
        ),
    ],
)
def test_withdraw_mistakes_exit_2_and_change_nothing(kh, plan_file, args, message):
    before = plan_file.read_bytes()
    result = kh(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split()), result.stderr
    assert plan_file.read_bytes() == before


def test_a_withdrawal_cannot_predate_the_entry(kh, plan_file):
    ok(kh("record", "1.3", "done", "-d", "20/02/2021"))
    result = kh("withdraw", "1.3", "-d", "10/02/2021")
    assert result.exit_code == 2
    assert "Ngày rút lại 10/02/2021 trước ngày của lần ghi bị rút lại (20/02/2021)." in (
        result.stderr
    )
    english = kh("--lang", "en", "withdraw", "1.3", "-d", "10/02/2021")
    assert "The withdrawal date 10/02/2021 is before the date of the entry withdrawn" in (
        english.stderr
    )


# -- extensions ---------------------------------------------------------------------


def test_an_extension_for_one_lead_moves_only_its_deadline(kh, plan_file):
    out = ok(
        kh(
            "extend", "II.1.2", "--to", "31/03/2021", "--agency", "huong khe",
            "--ref", "Công văn số 45/UBND-TH", "-d", "28/01/2021",
        )
    )  # fmt: skip
    assert out == (
        "Đã ghi gia hạn: nhiệm vụ II.1.2, Huyện Hương Khê: hạn 31/01/2021 → 31/03/2021 "
        "(Công văn số 45/UBND-TH).\n"
    )
    assert _log(plan_file, "ubnd-huong-khe") == [
        {
            "date": date(2021, 1, 28),
            "task": "II.1.2",
            "extended_to": date(2021, 3, 31),
            "ref": "Công văn số 45/UBND-TH",
        }
    ]
    extended = _assignment(kh, "II.1.2", "ubnd-huong-khe")
    assert extended["timeliness"] == "on_track" and extended["days"] == 21
    assert extended["effective_due"] == "2021-03-31"
    assert extended["extended_to"] == "2021-03-31"
    assert extended["extension_ref"] == "Công văn số 45/UBND-TH"
    other = _assignment(kh, "II.1.2", "stc")
    assert other["timeliness"] == "overdue" and other["effective_due"] == "2021-02-01"
    assert other["extended_to"] is None and other["extension_ref"] is None
    overdue = _json(kh, "overdue", "--stale-days", "0")
    late = {r["agency"] for r in overdue if r["ref"] == "II.1.2"}
    assert "stc" in late and "ubnd-huong-khe" not in late
    assert len(late) == 37


def test_an_extension_is_judged_everywhere_and_the_original_stays_visible(kh):
    ok(kh("extend", "II.1.2", "--to", "03/04/2021", "--ref", "Công văn số 50/UBND-TH"))
    rows = _json(kh, "list", "--agency", "stc", "--section", "II.1")
    row = next(r for r in rows if r["id"] == "II.1.2")
    assert row["due"] == "2021-01-31"  # the plan's date
    assert row["effective_due"] == "2021-04-05"  # 03/04 is a Saturday
    assert row["extended_to"] == "2021-04-03"
    assert row["extension_ref"] == "Công văn số 50/UBND-TH"
    assert row["timeliness"] == "on_track"
    table = ok(kh("list", "--agency", "stc", "--section", "II.1"))
    assert "31/01/2021" in table and "→ 05/04/2021 (gia hạn)" in table
    assert "II.1.2" not in {r["ref"] for r in _json(kh, "overdue", "--stale-days", "0")}
    scores = _json(kh, "summary")
    assert scores[-1]["agency"] is None and scores[-1]["extended"] == 38
    assert next(s for s in scores if s["agency"] == "stc")["extended"] == 1
    deadlines = _json(kh, "deadlines", "--within", "30")
    item = next(d for d in deadlines if d["ref"] == "II.1.2")
    assert (item["date"], item["effective_date"]) == ("2021-01-31", "2021-04-05")
    assert len(item["pending"]) == 38
    check = " ".join(kh("check", "--within", "30", today="02/04/2021").stdout.split())
    assert "Nhiệm vụ II.1.2: hạn thứ Hai 05/04/2021 (gia hạn, hạn cũ 31/01/2021), còn 3" in check
    # on the new deadline's next day, it is overdue again
    late = _json(kh, "overdue", "--stale-days", "0", today="06/04/2021")
    assert {r["days_overdue"] for r in late if r["ref"] == "II.1.2"} == {1}
    row = next(r for r in late if r["ref"] == "II.1.2")
    assert (row["due"], row["effective_due"], row["extended_to"]) == (
        "2021-01-31",
        "2021-04-05",
        "2021-04-03",
    )


def test_work_done_within_the_extension_is_on_time(kh):
    ok(
        kh(
            "extend",
            "II.1.2",
            "--to",
            "31/03/2021",
            "-a",
            "stc",
            "--ref",
            "CV 1",
            "-d",
            "01/02/2021",
        )
    )
    ok(kh("record", "II.1.2", "done", "-a", "stc", "-d", "05/03/2021"))
    assert _assignment(kh, "II.1.2", "stc")["timeliness"] == "done_on_time"
    # replayed before the extension was recorded, the plan's deadline holds
    assert _assignment(kh, "II.1.2", "stc", today="31/01/2021")["effective_due"] == "2021-02-01"


def test_a_later_extension_replaces_an_earlier_one(kh):
    ok(
        kh(
            "extend",
            "II.1.2",
            "--to",
            "31/03/2021",
            "-a",
            "stc",
            "--ref",
            "CV 1",
            "-d",
            "01/02/2021",
        )
    )
    ok(
        kh(
            "extend",
            "II.1.2",
            "--to",
            "30/04/2021",
            "-a",
            "stc",
            "--ref",
            "CV 2",
            "-d",
            "01/03/2021",
        )
    )
    state = _assignment(kh, "II.1.2", "stc")
    assert (state["extended_to"], state["extension_ref"]) == ("2021-04-30", "CV 2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("extend", "II.1.2", "--to", "20/01/2021", "--ref", "x"),
            "Hạn mới 20/01/2021 phải sau hạn của nhiệm vụ II.1.2 trong kế hoạch (31/01/2021).",
        ),
        (("extend", "II.1.2", "--to", "31/01/2021", "--ref", "x"), "phải sau hạn"),
        (
            ("extend", "II.1.1", "--to", "20/05/2021", "--ref", "x"),
            "Nhiệm vụ II.1.1 là nhiệm vụ thường xuyên (không có hạn), không gia hạn được.",
        ),
        (("extend", "II.1.2", "--to", "20/05/2021"), "Ghi văn bản cho gia hạn bằng --ref"),
        (("extend", "II.1.2", "--to", "20/05/2021", "--ref", " "), "bằng --ref"),
        (("extend", "9.9.9", "--to", "20/05/2021", "--ref", "x"), "Không có nhiệm vụ mã '9.9.9'"),
        (
            ("extend", "II.1.2", "--to", "20/05/2021", "--ref", "x", "-a", "nowhere"),
            "Không tìm thấy đơn vị 'nowhere'",
        ),
        (
            ("extend", "II.1.2", "--to", "20/05/2021", "--ref", "x", "-a", "vpubnd"),
            "không chủ trì nhiệm vụ II.1.2",
        ),
        (("extend", "II.1.2", "--to", "31/02/2021", "--ref", "x"), "31/02/2021"),
        (("extend", "II.3", "--to", "20/05/2021", "--ref", "x"), "II.3"),
    ],
)
def test_extend_mistakes_exit_2_and_change_nothing(kh, plan_file, args, message):
    before = plan_file.read_bytes()
    result = kh(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split()), result.stderr
    assert plan_file.read_bytes() == before


def test_extend_speaks_english(kh):
    result = kh("--lang", "en", "extend", "II.1.2", "--to", "01/01/2021", "--ref", "x")
    assert result.exit_code == 2
    assert "The new deadline 01/01/2021 must be after task II.1.2's deadline" in result.stderr
    out = ok(kh("--lang", "en", "extend", "II.1.2", "--to", "03/04/2021", "--ref", "CV 9"))
    assert out == (
        "Extension recorded: task II.1.2, all 38 lead agencies: due 31/01/2021 → 03/04/2021 "
        "(CV 9).\nThe new deadline falls on a day off, so the effective one is 05/04/2021.\n"
    )


# -- the file format ----------------------------------------------------------------

SMALL = """\
format = 1

[plan]
id = "t"
title = "T"
start = 2021-01-01
end = 2021-12-31
deadline_rule = "exact"

[sections]
"1" = "Một"

[agencies.a]
name = "A"
short = "A"
kind = "department"

[agencies.b]
name = "B"
short = "B"
kind = "department"

[groups.all]
name = "Tất cả"
members = ["a", "b"]

[[reports]]
id = "m"
name = "Tháng"
from = ["@all"]
to = ["a"]
rrule = "FREQ=MONTHLY;BYMONTHDAY=20"
period = "month"

[[tasks]]
id = "1.1"
section = "1"
text = "Việc có hạn"
lead = ["@all"]
due = 2021-03-31

[[tasks]]
id = "1.2"
section = "1"
text = "Việc thường xuyên"
lead = ["a"]

[events.a]
log = [
{a}
]

[events.b]
log = [
{b}
]
"""


def _small(a: str = "", b: str = "") -> str:
    return SMALL.replace("{a}", a).replace("{b}", b)


def _problems(text: str) -> str:
    with pytest.raises(KehoachError) as caught:
        validate(RawFile(text, False, "\n", text.encode()), "t.toml")
    return " | ".join(str(p.message) for p in caught.value.problems)


def test_a_valid_file_with_withdrawals_and_extensions():
    text = _small(
        a='  { date = 2021-02-01, task = "1.1", status = "done" },\n'
        '  { date = 2021-02-02, task = "1.1", status = "done", withdraws = 2021-02-01 },\n'
        '  { date = 2021-02-03, task = "1.1", extended_to = 2021-04-30, ref = "CV 1" },',
        b='  { date = 2021-01-19, report = "m", period = "2021-01" },\n'
        '  { date = 2021-01-25, report = "m", period = "2021-01", withdraws = 2021-01-19 },',
    )
    plan = validate(RawFile(text, False, "\n", text.encode()), "t.toml")
    assert [e.kind for e in plan.events] == [
        "status",
        "withdrawal",
        "extension",
        "report",
        "withdrawal",
    ]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        (
            '  { date = 2021-02-02, task = "1.1", status = "done", withdraws = 2021-02-01 },',
            "error.schema.withdraws_nothing",
        ),
        (
            '  { date = 2021-02-02, task = "1.1", status = "done", withdraws = 2021-02-05 },',
            "error.schema.withdraws_later",
        ),
        (
            '  { date = 2021-02-02, task = "1.1", status = "done", extended_to = 2021-05-01 },',
            "error.schema.extension_shape",
        ),
        (
            '  { date = 2021-02-02, task = "1.1", extended_to = 2021-03-01 },',
            "error.schema.extension_not_later",
        ),
        (
            '  { date = 2021-02-02, task = "1.2", extended_to = 2021-05-01 },',
            "error.schema.extension_no_due",
        ),
        ('  { date = 2021-02-02, task = "9", extended_to = 2021-05-01 },', "unknown_task"),
    ],
)
def test_hand_edited_mistakes_are_reported(line, key):
    assert key in _problems(_small(a=line))


# -- merges -------------------------------------------------------------------------


def test_merges_keep_withdrawals_and_extensions_like_any_event():
    entry = '  { date = 2021-02-01, task = "1.1", status = "done" },'
    base = _small(a=entry, b='  { date = 2021-01-19, report = "m", period = "2021-01" },')
    ours = base.replace(
        entry,
        entry + '\n  { date = 2021-02-05, task = "1.1", status = "done", withdraws = 2021-02-01 },',
    )
    theirs = base.replace(
        '  { date = 2021-01-19, report = "m", period = "2021-01" },',
        '  { date = 2021-01-19, report = "m", period = "2021-01" },\n'
        '  { date = 2021-02-06, task = "1.1", extended_to = 2021-04-30, ref = "CV 2" },',
    )
    merged = merge(base, ours, theirs, "t.toml")
    assert not merged.conflicts
    plan = validate(RawFile(merged.text, False, "\n", merged.text.encode()), "t.toml")
    kinds = sorted((e.agency, e.kind) for e in plan.events)
    assert kinds == [
        ("a", "status"),
        ("a", "withdrawal"),
        ("b", "extension"),
        ("b", "report"),
    ]


def test_two_people_withdrawing_the_same_entry_merge_into_a_valid_file():
    entry = '  { date = 2021-02-01, task = "1.1", status = "done" },'
    base = _small(a=entry)
    ours = base.replace(
        entry,
        entry + '\n  { date = 2021-02-05, task = "1.1", status = "done", withdraws = 2021-02-01 },',
    )
    theirs = base.replace(
        entry,
        entry + '\n  { date = 2021-02-06, task = "1.1", status = "done", withdraws = 2021-02-01, '
        'note = "trùng" },',
    )
    merged = merge(base, ours, theirs, "t.toml")
    assert not merged.conflicts
    plan = validate(RawFile(merged.text, False, "\n", merged.text.encode()), "t.toml")
    assert [e.kind for e in plan.events if e.agency == "a"] == [
        "status",
        "withdrawal",
        "withdrawal",
    ]


# -- the calendar export --------------------------------------------------------------


def _task_events(kh, today: str = "15/01/2021") -> list:
    from icalendar import Calendar

    data = ok(kh("export", "ics", today=today)).encode("utf-8")
    found = Calendar.from_ical(data).walk("VEVENT")
    return [e for e in found if "II.1.2" in str(e["summary"])]


def test_the_calendar_moves_an_extended_task_and_splits_a_partly_extended_one(kh):
    (before,) = _task_events(kh)
    assert before.decoded("dtstart") == date(2021, 2, 1)
    ok(
        kh(
            "extend",
            "II.1.2",
            "--to",
            "31/03/2021",
            "-a",
            "stc",
            "--ref",
            "CV 7",
            today="10/01/2021",
        )
    )
    split = _task_events(kh)
    assert [e.decoded("dtstart") for e in split] == [date(2021, 2, 1), date(2021, 3, 31)]
    assert split[0]["uid"] == before["uid"] and split[1]["uid"] != before["uid"]
    assert "Đơn vị thực hiện: Sở Tài chính" in str(split[1]["description"])
    assert "(gia hạn, hạn cũ 31/01/2021): CV 7" in str(split[1]["description"])
    ok(kh("extend", "II.1.2", "--to", "31/03/2021", "--ref", "CV 8", today="12/01/2021"))
    (moved,) = _task_events(kh)
    assert moved.decoded("dtstart") == date(2021, 3, 31) and moved["uid"] == before["uid"]


def test_sync_names_withdrawals_and_extensions_that_arrive():
    from kehoach_cli.cli.team import _arrival_line
    from kehoach_cli.planfile.load import PlanSource, load
    from tests.conftest import REAL_PLAN

    plan, _ = load(PlanSource(REAL_PLAN))
    withdrawal = {"date": date(2021, 3, 10), "task": "1.3", "status": "done"}
    withdrawal["withdraws"] = date(2021, 2, 20)
    assert _arrival_line(plan, "stc", withdrawal, "vi") == (
        "Sở Tài chính rút lại: 1.3 → hoàn thành ghi ngày 20/02/2021 (10/03/2021)"
    )
    report = {"date": date(2021, 3, 10), "report": "bc-thang", "period": "2021-02"}
    report["withdraws"] = date(2021, 2, 18)
    assert _arrival_line(plan, "stc", report, "en") == (
        "Sở Tài chính withdrew: bc-thang 02/2021 recorded 18/02/2021 (10/03/2021)"
    )
    extension = {"date": date(2021, 1, 29), "task": "II.1.2", "extended_to": date(2021, 3, 31)}
    assert _arrival_line(plan, "stc", extension, "vi") == (
        "Sở Tài chính II.1.2 gia hạn đến 31/03/2021 (29/01/2021)"
    )
