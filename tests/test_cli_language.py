"""The whole interface in the clerk's language: help pages, click's own words and
usage errors in Vietnamese by default and in English with --lang en or
KEHOACH_LANG=en; the global options before or after the command's name; help
that can be pasted from."""

from __future__ import annotations

import re
import tomllib

import pytest

from kehoach_cli.cli import COMMANDS
from tests.conftest import REAL_PLAN

ENGLISH_CLICK_WORDS = (
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Show this message",
    "default:",
    "env var",
    "required]",
    "<str>",
    "<int",
    "x>=",
    "TEXT",
    "INTEGER",
    "[OPTIONS]",
    "COMMAND [ARGS]",
    "Try '",
    "Error:",
)
VIETNAMESE_LETTERS = re.compile(
    "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.IGNORECASE
)
DAILY_FIRST = [
    "list",
    "show",
    "deadlines",
    "record",
    "submit",
    "reports",
    "overdue",
    "check",
    "summary",
    "export",
]
ADMIN_LAST = ["agencies", "validate", "init", "import", "git-setup", "sync", "merge-driver"]


def english_words_in(text: str) -> list[str]:
    return [word for word in ENGLISH_CLICK_WORDS if word in text]


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_is_vietnamese_by_default(cli, name):
    result = cli(*([name] if name else []), "--help")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("Cách dùng: kehoach")
    assert "Tùy chọn:" in result.stdout
    assert english_words_in(result.stdout) == []


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_help_is_english_with_lang_en(cli, name):
    result = cli("--lang", "en", *([name] if name else []), "--help")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("Usage: kehoach")
    assert "Options:" in result.stdout
    assert VIETNAMESE_LETTERS.findall(result.stdout) == []


def test_the_language_may_come_after_the_command_or_from_the_environment(cli):
    after = cli("list", "--help", "--lang", "en")
    env = cli("list", "--help", env={"KEHOACH_LANG": "en"})
    before = cli("--lang", "en", "list", "--help")
    assert after.stdout == env.stdout == before.stdout
    assert after.stdout.startswith("Usage: kehoach list [OPTIONS]")
    assert cli("list", "--help", "--lang", "vi", env={"KEHOACH_LANG": "en"}).stdout.startswith(
        "Cách dùng: kehoach list [TÙY_CHỌN]"
    )


def test_arguments_and_values_are_named_in_each_language(cli):
    vi = cli("record", "--help").stdout
    en = cli("--lang", "en", "record", "--help").stdout
    assert "Cách dùng: kehoach record [TÙY_CHỌN] MÃ TRẠNG_THÁI..." in vi
    assert "Usage: kehoach record [OPTIONS] TASK STATUS..." in en
    assert "Tham số:\n  MÃ " in vi and "Arguments:\n  TASK " in en
    assert "-d, --date NGÀY" in vi and "-d, --date DATE" in en
    check_vi = " ".join(cli("check", "--help").stdout.split())
    check_en = " ".join(cli("--lang", "en", "check", "--help").stdout.split())
    assert "[mặc định: 3; từ 0 trở lên]" in check_vi
    assert "[default: 3; at least 0]" in check_en
    top = " ".join(cli("--help").stdout.split())
    assert "[biến môi trường: KEHOACH_LANG; mặc định: vi]" in top


def test_every_command_and_parameter_has_its_words_in_both_tables():
    """One home per text: the labels, in Vietnamese and in English."""
    from typer.main import get_command

    from kehoach_cli.cli import app
    from kehoach_cli.present.labels import EN, VI

    group = get_command(app)
    for name, (_, key) in COMMANDS.items():
        assert key == f"cmd.{name}"
        for table in (VI, EN):
            assert key in table and f"{key}.help" in table, name
        command = group.commands[name]
        for param in command.params:
            keys = {f"help.cmd.{name}.{param.name}", f"help.{param.name}"}
            assert keys & set(VI) and keys & set(EN), (name, param.name)
            assert param.help is None, (name, param.name)  # no second home in the code


# --- usage errors ----------------------------------------------------------------

USAGE_ERRORS = {
    "an unknown option": (
        ["list", "--colour"],
        "Cách dùng: kehoach list [TÙY_CHỌN]\nXem hướng dẫn: 'kehoach list -h'.\n\n"
        "Lỗi: Không có tùy chọn --colour.\n",
        "Usage: kehoach list [OPTIONS]\nTry 'kehoach list -h' for help.\n\n"
        "Error: No such option: --colour.\n",
    ),
    "a mistyped option": (
        ["deadlines", "--tody", "1"],
        "Lỗi: Không có tùy chọn --tody. Có phải: --to, --today?\n",
        "Error: No such option: --tody. Did you mean --to, --today?\n",
    ),
    "a value not among the choices": (
        ["list", "--format", "xlsx"],
        "Lỗi: Giá trị không hợp lệ cho '--format': 'xlsx' không phải là một trong: 'table', "
        "'json', 'csv', 'md'.\n",
        "Error: Invalid value for '--format': 'xlsx' is not one of 'table', 'json', 'csv', 'md'.\n",
    ),
    "a number below its range": (
        ["check", "--within", "-1"],
        "Lỗi: Giá trị không hợp lệ cho '--within': -1 nằm ngoài khoảng cho phép (từ 0 trở lên).\n",
        "Error: Invalid value for '--within': -1 is out of range (at least 0).\n",
    ),
    "words for a number": (
        ["deadlines", "--within", "bảy"],
        "Lỗi: Giá trị không hợp lệ cho '--within': 'bảy' không phải là số nguyên.\n",
        "Error: Invalid value for '--within': 'bảy' is not a whole number.\n",
    ),
    "a missing argument": (
        ["show"],
        "Cách dùng: kehoach show [TÙY_CHỌN] MÃ\nXem hướng dẫn: 'kehoach show -h'.\n\n"
        "Lỗi: Thiếu tham số 'MÃ'.\n",
        "Usage: kehoach show [OPTIONS] TASK\nTry 'kehoach show -h' for help.\n\n"
        "Error: Missing argument 'TASK'.\n",
    ),
    "a missing option": (
        ["add", "N1", "--text", "x"],
        "Lỗi: Thiếu tùy chọn '--section'.\n",
        "Error: Missing option '--section'.\n",
    ),
    "a missing choice": (
        ["export"],
        "Lỗi: Thiếu tham số 'KIỂU'. Chọn một trong: ics, csv, json, md, xlsx.\n",
        "Error: Missing argument 'KIND'. Choose from: ics, csv, json, md, xlsx.\n",
    ),
    "an extra argument": (
        ["show", "1.3", "2.1"],
        "Lỗi: Thừa tham số: 2.1.\n",
        "Error: Got unexpected extra arguments: 2.1.\n",
    ),
    "an option without its value": (
        ["list", "--agency"],
        "Cách dùng: kehoach list [TÙY_CHỌN]\nXem hướng dẫn: 'kehoach list -h'.\n\n"
        "Lỗi: Tùy chọn --agency cần một giá trị.\n",
        "Usage: kehoach list [OPTIONS]\nTry 'kehoach list -h' for help.\n\n"
        "Error: Option --agency requires a value.\n",
    ),
    "a mistyped command": (
        ["lst"],
        "Cách dùng: kehoach [TÙY_CHỌN] LỆNH [THAM_SỐ]...\nXem hướng dẫn: 'kehoach -h'.\n\n"
        "Lỗi: Không có lệnh 'lst'. Có phải: 'list'?\n",
        "Usage: kehoach [OPTIONS] COMMAND [ARGS]...\nTry 'kehoach -h' for help.\n\n"
        "Error: No such command 'lst'. Did you mean 'list'?\n",
    ),
    "options without a command": (
        ["--today", "25/01/2021"],
        "Lỗi: Chưa ghi lệnh (ví dụ: kehoach list).\n",
        "Error: Missing command (for example: kehoach list).\n",
    ),
    "a date that does not exist": (
        ["--today", "32/01/2021", "list"],
        "Lỗi: Giá trị không hợp lệ cho '--today': Ngày không tồn tại: '32/01/2021'.\n",
        "Error: Invalid value for '--today': No such date: '32/01/2021'.\n",
    ),
    "a date that does not exist, after the command": (
        ["list", "--today", "32/01/2021"],
        "Lỗi: Giá trị không hợp lệ cho '--today': Ngày không tồn tại: '32/01/2021'.\n",
        "Error: Invalid value for '--today': No such date: '32/01/2021'.\n",
    ),
}


@pytest.mark.parametrize(("args", "vi", "en"), USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_usage_errors_in_each_language(cli, args, vi, en):
    plan = ["--file", str(REAL_PLAN)]
    said_vi = cli(*plan, *args)
    said_en = cli("--lang", "en", *plan, *args)
    for result, expected in ((said_vi, vi), (said_en, en)):
        assert result.exit_code == 2, result
        assert result.stderr.endswith(expected), result.stderr
        assert result.stdout == ""
    assert english_words_in(said_vi.stderr) == []
    assert VIETNAMESE_LETTERS.findall(said_en.stderr.replace("bảy", "")) == []


def test_a_usage_error_early_on_the_line_is_in_the_language_asked_for_later(cli):
    result = cli("list", "--format", "xlsx", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("Usage: kehoach list [OPTIONS]")


def test_bare_kehoach_prints_the_help_and_succeeds(cli):
    bare = cli()
    assert bare.exit_code == 0
    assert bare.stdout == cli("--help").stdout
    assert cli(env={"KEHOACH_LANG": "en"}).stdout.startswith("Usage: kehoach [OPTIONS]")


# --- global options anywhere --------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["deadlines"], ["list", "--agency", "stc"], ["overdue"], ["summary"], ["show", "1.3"]],
)
def test_global_options_work_before_or_after_the_command(cli, command):
    options = ["--today", "25/01/2021", "--file", str(REAL_PLAN), "--lang", "en"]
    before = cli(*options, *command)
    after = cli(*command, *options)
    short = cli(*command, "-f", str(REAL_PLAN), "--today", "25/01/2021", "--lang", "en")
    assert before.exit_code in (0, 1), before
    assert after.stdout == before.stdout
    assert after.exit_code == before.exit_code
    assert short.stdout == before.stdout


def test_deadlines_takes_today_after_its_name(cli):
    result = cli("--file", str(REAL_PLAN), "deadlines", "--today", "25/01/2021")
    assert result.exit_code == 0, result
    assert result.stdout.startswith("Hôm nay 25/01/2021:")


def test_an_option_after_the_command_wins_over_the_environment(cli, plan_file):
    env = {"KEHOACH_TODAY": "01/06/2021", "KEHOACH_FILE": "/nonexistent/tasks.toml"}
    result = cli("deadlines", "--today", "25/01/2021", "--file", str(plan_file), env=env)
    assert result.exit_code == 0, result
    assert result.stdout.startswith("Hôm nay 25/01/2021:")
    validated = cli("validate", "-f", str(plan_file), env=env)
    assert validated.exit_code == 0, validated
    assert str(plan_file) in validated.stdout


def test_a_write_takes_the_file_after_its_name(cli, plan_file):
    result = cli("record", "1.3", "xong", "--file", str(plan_file), "--today", "10/02/2021")
    assert result.exit_code == 0, result
    log = tomllib.loads(plan_file.read_text(encoding="utf-8"))["events"]["stc"]["log"]
    assert (log[-1]["task"], log[-1]["status"]) == ("1.3", "done")


# --- help people can paste from -----------------------------------------------------


def test_commands_are_listed_by_daily_use(cli):
    for lang, heading in (("vi", "Lệnh:"), ("en", "Commands:")):
        out = cli("--lang", lang, "--help").stdout.splitlines()
        listed = [line.split()[0] for line in out[out.index(heading) + 1 :] if line[2:3] != " "]
        assert listed[: len(DAILY_FIRST)] == DAILY_FIRST
        assert listed[-len(ADMIN_LAST) :] == ADMIN_LAST
        assert sorted(listed) == sorted(COMMANDS)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("columns", ["60", "100"])
def test_examples_are_never_wrapped_mid_command(cli, lang, columns):
    for name in COMMANDS:
        out = cli("--lang", lang, name, "--help", env={"COLUMNS": columns}).stdout
        lines = out.splitlines()
        for at, line in enumerate(lines):
            # a line cut after a hyphen ("--no-" then "rebase") or inside an option
            assert not re.search(r"\w-$", line), (name, line)
            if line.lstrip().startswith("kehoach ") and at + 1 < len(lines):
                follower = lines[at + 1]
                assert not follower.startswith(" " * 6) or follower.lstrip().startswith(
                    ("kehoach", "30 7", "cd ")
                ), (name, line, follower)
    check = cli("--lang", lang, "check", "--help", env={"COLUMNS": "60"}).stdout
    assert "  30 7 * * 1-5  KEHOACH_FILE=/srv/kehoach/data/tasks.toml kehoach check\n" in check
    sync = cli("--lang", lang, "sync", "--help", env={"COLUMNS": columns}).stdout
    assert "'git pull --no-rebase'" in sync
    submit = cli("--lang", lang, "submit", "--help", env={"COLUMNS": "60"}).stdout
    assert re.search(r"\n    kehoach submit stc --period \S+ --date 18/02/2021 --ref '", submit)
