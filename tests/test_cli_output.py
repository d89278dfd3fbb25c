"""Output that fits the terminal and reads well, through the CLI in both languages.

Every command with output for people, on the real plan with early 2021 recorded
into it (the golden files' replay), keeps its widest line within the terminal's
width. Markdown (``--format md``) is left out on purpose: it is made for pasting
into a document, where a table row must stay on one line whatever its length.
"""

from __future__ import annotations

import json
import os
import unicodedata

import pytest

from kehoach_cli.present.render import terminal_width
from tests.conftest import copy_plan, working_plan
from tests.golden.cases import EVENTS_PLAN

LANGS = ("vi", "en")

# every command people read, with the options that change the shape of its output
HUMAN_COMMANDS = (
    ("agencies",),
    ("list",),
    ("list", "--agency", "@districts"),
    ("list", "--agency", "stc", "--role", "all"),
    ("list", "--overdue"),
    ("show", "II.1.2"),
    ("show", "1.3"),
    ("deadlines",),
    ("deadlines", "--within", "90", "--agency", "@districts"),
    ("reports",),
    ("reports", "--from", "01/2021", "--to", "12/2021"),
    ("overdue",),
    ("check",),
    ("check", "--within", "10"),
    ("summary",),
    ("history",),
    ("history", "--all"),
    ("validate",),
)


def width(text: str) -> int:
    """Terminal cells: combining marks take none, wide characters two."""
    cells = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        cells += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return cells


def widest(out: str) -> int:
    return max(map(width, out.splitlines()), default=0)


def flat(text: str) -> str:
    """Line breaks and indents as single spaces: what a wrapped text says."""
    return " ".join(text.split())


def run(cli, *args: str, plan=EVENTS_PLAN, columns: int = 100):
    return cli("--file", str(plan), *args, env={"COLUMNS": str(columns)})


# --- output that fits ----------------------------------------------------------------


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("lang", LANGS)
def test_every_command_fits_the_terminal(cli, lang, columns):
    for today in ("19/02/2021", "15/07/2021"):
        for command in HUMAN_COMMANDS:
            result = run(cli, "--lang", lang, "--today", today, *command, columns=columns)
            assert result.exit_code in (0, 1), (command, result)
            assert widest(result.stdout) <= columns, (today, command, widest(result.stdout))


# What the writes say (their confirmations and notices), in the order a clerk
# might type them on 25/02/2021: several agencies at once make the longest lines.
WRITE_COMMANDS = (
    ("record", "II.1.2", "done", "--agency", "huong khe"),
    ("record", "8.3.1", "in_progress", "--agency", "@districts"),
    ("submit", "@districts", "--period", "01/2021"),
    ("record", "1.3", "in_progress"),
    ("withdraw", "1.3"),
    ("extend", "II.1.2", "--to", "31/03/2021", "--ref", "Công văn số 123/UBND-TH"),
    ("add", "N.1", "--section", "1", "--text", "Nhiệm vụ phát sinh", "--lead", "stc"),
    ("remind", "@districts", "-o", "nhac"),
    ("report", "--period", "2021-02", "-o", "bao-cao.docx"),
    ("export", "ics", "-o", "lich.ics"),
    ("init", "ke-hoach-moi"),
    ("init", "--blank", "ke-hoach-trong"),
)


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("lang", LANGS)
def test_what_the_writes_say_fits_the_terminal(cli, tmp_path, monkeypatch, lang, columns):
    monkeypatch.chdir(tmp_path)  # the files written are named as a clerk names them
    plan = copy_plan(tmp_path / "tasks.toml")
    for command in WRITE_COMMANDS:
        result = run(
            cli, "--lang", lang, "--today", "25/02/2021", *command, plan=plan, columns=columns
        )
        assert result.exit_code == 0, (command, result)
        assert result.stdout.strip(), command
        assert widest(result.stdout + result.stderr) <= columns, (command, result.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_a_table_uses_the_room_it_is_given(cli, lang):
    """Wider terminals show more of the task texts: the room is used, not just respected."""
    narrow = run(cli, "--lang", lang, "--today", "19/02/2021", "overdue", columns=80)
    wide = run(cli, "--lang", lang, "--today", "19/02/2021", "overdue", columns=120)
    # a cut text ends at a word, so a line may stop a cell or two short
    assert 78 <= widest(narrow.stdout) <= 80 and 118 <= widest(wide.stdout) <= 120


def test_the_width_is_columns_then_the_terminal_then_80(monkeypatch):
    def no_terminal(fd: int = 1) -> os.terminal_size:
        raise OSError("not a terminal")

    monkeypatch.delenv("COLUMNS")
    monkeypatch.setattr(os, "get_terminal_size", no_terminal)
    assert terminal_width() == 80  # a file, a pipe, a cron mail
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=1: os.terminal_size((132, 40)))
    assert terminal_width() == 132
    monkeypatch.setenv("COLUMNS", "90")
    assert terminal_width() == 90


def test_into_a_file_the_tables_are_80_wide(cli, monkeypatch):
    monkeypatch.delenv("COLUMNS")
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=1: (_ for _ in ()).throw(OSError()))
    result = cli("--file", str(EVENTS_PLAN), "--today", "19/02/2021", "overdue")
    assert result.exit_code == 1
    assert widest(result.stdout) == 80


# --- the cron mail ---------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "owed"), [("vi", "Đơn vị (38): "), ("en", "Agencies (38): ")])
def test_check_mail_names_the_agencies_owing_the_same_thing_once(cli, lang, owed):
    result = run(cli, "--lang", lang, "--today", "19/02/2021", "check", plan=working_plan())
    assert result.exit_code == 1  # something is overdue
    lines = result.stdout.splitlines()
    assert len(lines) < 40
    assert widest(result.stdout) <= 78
    assert result.stdout.count(owed) == 3  # the reports of January and February, task II.1.2
    assert "Sở KHĐT, Sở Tài chính, Sở NNPTNT" in flat(result.stdout)


def test_check_mail_does_not_depend_on_the_terminal(cli):
    args = ("--today", "19/02/2021", "check")
    assert run(cli, *args, columns=30).stdout == run(cli, *args, columns=200).stdout


def test_nothing_due_is_still_exit_0(cli):
    result = run(cli, "--today", "15/01/2021", "check", plan=working_plan())
    assert (result.exit_code, result.stdout) == (0, "")


# --- wording ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_no_internal_codes_in_what_people_read(cli, lang):
    for command in (("overdue",), ("check",), ("reports",), ("history",), ("show", "II.1.2")):
        out = run(cli, "--lang", lang, "--today", "19/02/2021", *command).stdout
        for code in ("bc-thang", "bc-nam", "next_working_day", "(stc)", "(skhdt)"):
            assert code not in out, (command, code)


def test_the_deadline_rule_in_words(cli):
    vi = flat(run(cli, "--today", "25/01/2021", "show", "II.1.2").stdout)
    assert "Hạn thực tế: 01/02/2021 (thứ Hai): hạn rơi vào Chủ nhật nên lùi sang ngày làm" in vi
    en = flat(run(cli, "--lang", "en", "--today", "25/01/2021", "show", "II.1.2").stdout)
    assert "01/02/2021 (Monday): the deadline falls on a Sunday, so it moves to the next" in en


def test_a_deadline_moved_by_a_holiday_names_it(cli, plan_file):
    added = cli(
        "--file", str(plan_file), "--today", "01/02/2021", "add", "II.9", "--section", "II",
        "--text", "Báo cáo kết quả trực Tết", "--lead", "stc", "--due", "13/02/2021",
    )  # fmt: skip
    assert added.exit_code == 0, added
    vi = flat(run(cli, "--today", "01/02/2021", "show", "II.9", plan=plan_file).stdout)
    assert "Hạn: 13/02/2021 (thứ Bảy)" in vi
    assert (
        "Hạn thực tế: 17/02/2021 (thứ Tư): hạn rơi vào Tết Nguyên đán nên lùi sang ngày làm "
        "việc tiếp theo"
    ) in vi
    en = flat(
        run(cli, "--lang", "en", "--today", "01/02/2021", "show", "II.9", plan=plan_file).stdout
    )
    assert "17/02/2021 (Wednesday): the deadline falls on a public holiday (Tết Nguyên đán)" in en


def test_the_scoreboard_says_how_it_is_ordered(cli):
    vi = flat(run(cli, "--today", "19/02/2021", "summary").stdout)
    assert "(xếp theo tỷ lệ hoàn thành từ thấp đến cao)" in vi and "yếu nhất" not in vi
    en = flat(run(cli, "--lang", "en", "--today", "19/02/2021", "summary").stdout)
    assert "(by completion rate, lowest first)" in en and "worst" not in en


def test_weekdays_are_lower_case_mid_sentence(cli):
    out = run(cli, "--today", "19/02/2021", "check", plan=working_plan()).stdout
    assert "Tình hình ngày thứ Sáu 19/02/2021" in out
    assert "hạn thứ Hai 01/02/2021" in flat(out)
    assert " Thứ " not in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", "→ hoàn thành (10/02/2021): nhiệm vụ thường xuyên, không có hạn\n"),
        ("en", "→ done (10/02/2021): an ongoing task, with no deadline\n"),
    ],
)
def test_done_on_an_ongoing_task_says_what_it_means(cli, plan_file, lang, said):
    result = cli("--file", str(plan_file), "--lang", lang, "--today", "10/02/2021",
                 "record", "1.3", "done")  # fmt: skip
    assert result.exit_code == 0, result
    assert said in result.stdout


# --- early warning ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "heading", "entry"),
    [
        (
            "vi",
            "ĐẾN HẠN TRONG 3 NGÀY TỚI",
            "hạn thứ Hai 22/02/2021 (lùi từ 20/02/2021), còn 4 ngày",
        ),
        (
            "en",
            "DUE WITHIN THE NEXT 3 DAYS",
            "due Monday 22/02/2021 (moved from 20/02/2021), 4 days",
        ),
    ],
)
def test_check_warns_from_the_written_deadline(cli, lang, heading, entry):
    """Thursday 18/02: the February report is due Saturday 20/02, moved to Monday 22/02."""
    result = run(cli, "--lang", lang, "--today", "18/02/2021", "check", plan=working_plan())
    assert heading in result.stdout
    assert entry in flat(result.stdout)
    data = json.loads(
        run(cli, "--today", "18/02/2021", "check", "--format", "json", plan=working_plan()).stdout
    )
    soon = {(r["ref"], r["period"], r["days_left"]) for r in data["due_soon"]}
    assert soon == {("bc-thang", "2021-02", 4)}


def test_deadlines_warn_from_the_written_deadline_too(cli):
    args = ("--today", "18/02/2021", "deadlines", "--within", "3", "--format", "json")
    rows = json.loads(run(cli, *args, plan=working_plan()).stdout)
    assert ("bc-thang", "2021-02-20", "2021-02-22") in {
        (r["ref"], r["date"], r["effective_date"]) for r in rows
    }
    rows = json.loads(run(cli, "--today", "18/02/2021", "deadlines", "--within", "1",
                          "--format", "json", plan=working_plan()).stdout)  # fmt: skip
    assert "2021-02" not in {r["period"] for r in rows}


# --- one timeline -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_history_stops_at_today_unless_asked(cli, lang):
    def dates(*args: str) -> list[str]:
        out = run(cli, "--lang", lang, "--today", "19/02/2021", "history", *args).stdout
        return [line[:10] for line in out.splitlines() if line[:2].isdigit()]

    shown = dates()
    assert shown[0] == "19/02/2021" and "05/03/2021" not in shown and "23/03/2021" not in shown
    everything = dates("--all")
    assert everything[:2] == ["23/03/2021", "05/03/2021"]  # newest first
    assert everything[2:] == shown
    rows = json.loads(
        run(cli, "--lang", lang, "--today", "19/02/2021", "history", "--format", "json").stdout
    )
    assert max(r["date"] for r in rows) == "2021-02-19"


def test_show_lists_its_history_newest_first_like_history(cli):
    show = json.loads(run(cli, "--today", "15/07/2021", "show", "1.3", "--format", "json").stdout)
    history = json.loads(
        run(cli, "--today", "15/07/2021", "history", "1.3", "--format", "json").stdout
    )
    assert [h["date"] for h in show["history"]] == [h["date"] for h in history]
    assert [h["date"] for h in history] == ["2021-03-05", "2021-02-10"]
