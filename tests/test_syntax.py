"""TOML syntax errors and the system's refusals, as people read them.

Each names the line and column, quotes the line with a caret under the spot,
says what to write for the common mistakes, and reads in the user's language.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest

from kehoach_cli.planfile.layout import scan
from tests.conftest import REAL_PLAN


@pytest.fixture
def broken(cli, tmp_path):
    """Run ``validate`` on the real plan with ``old`` replaced by ``new`` (or ``new`` appended)."""

    def run(new: str, old: str | None = None, lang: str = "vi"):
        text = REAL_PLAN.read_text(encoding="utf-8")
        if old is None:
            text += new
        else:
            assert old in text
            text = text.replace(old, new, 1)
        path = tmp_path / "tasks.toml"
        path.write_text(text, encoding="utf-8")
        result = cli("--lang", lang, "--file", str(path), "validate")
        assert result.exit_code == 2, result
        assert "Traceback" not in result.stderr
        return result.stderr.replace(str(path), "F")

    return run


def _line_of(text: str) -> int:
    lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def test_a_date_written_day_first_says_how_toml_writes_it(broken):
    line = _line_of("due = 2021-01-31")
    vi = broken("due = 31/01/2021", "due = 2021-01-31")
    assert f"F:{line}:9: " in vi
    assert "Nên viết: 2021-01-31 thay cho 31/01/2021" in vi
    assert "          due = 31/01/2021\n                  ^\n" in vi
    en = broken("due = 31/01/2021", "due = 2021-01-31", lang="en")
    assert "Write instead: 2021-01-31 instead of 31/01/2021" in en
    assert "Expected newline" not in en


def test_an_unclosed_quote_names_its_line(broken):
    line = _line_of('short = "Sở Tài chính"')
    stderr = broken('short = "STC\n', 'short = "Sở Tài chính"\n')
    assert f"F:{line}:13: chuỗi chưa đóng ngoặc kép trước khi hết dòng." in stderr
    assert "Illegal character" not in stderr


def test_an_array_left_open_at_the_end_is_placed_where_it_opened(broken):
    stderr = broken('\n[groups.extra]\nname = "x"\nmembers = [\n  "stc",\n  "sxd",\n')
    lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    assert f"F:{len(lines) + 3}:11: mảng mở bằng [ ở đây chưa được đóng bằng ]" in stderr
    assert "end of document" not in stderr


@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ('\n[groups.extra]\nname = """x\n\n', "chuỗi mở ở đây chưa được đóng đến hết tệp"),
        ("\n[groups.extra]\nname = 'x\n", "chuỗi mở ở đây chưa được đóng đến hết tệp"),
        ('\n[groups.extra]\nx = { a = "1"', "bảng mở bằng { ở đây chưa được đóng bằng }"),
    ],
)
def test_strings_and_tables_left_open_at_the_end_name_their_line(broken, tail, message):
    stderr = broken(tail)
    lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    assert re.search(rf"F:{len(lines) + 2}:\d+: ", stderr), stderr
    assert message in stderr


def test_a_missing_comma_in_an_array_says_so(broken):
    line = _line_of('members = ["@departments", "@districts"]')
    stderr = broken(
        'members = ["@departments" "@districts"]', 'members = ["@departments", "@districts"]'
    )
    assert f"F:{line}:27: " in stderr and "thêm dấu phẩy giữa hai phần tử" in stderr


def test_a_misspelt_array_of_tables_is_found_at_its_header_with_the_right_name(broken):
    lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    stderr = broken('\n[[task]]\nid = "9.9"\n')
    assert f"F:{len(lines) + 1}: khóa lạ ở cấp ngoài cùng: 'task' (có phải 'tasks'?)" in stderr
    assert "F:0:" not in stderr


def test_a_table_made_only_through_a_dotted_header_is_found_at_that_header(broken):
    lines = REAL_PLAN.read_text(encoding="utf-8").split("\n")
    stderr = broken("\n[extra.inner]\nx = 1\n")
    assert f"F:{len(lines) + 1}: " in stderr and "F:0:" not in stderr


def test_a_section_written_as_the_wrong_kind_of_table_is_found_at_its_header(cli, tmp_path):
    text = REAL_PLAN.read_text(encoding="utf-8").replace("[[reports]]", "[reports.x]", 1)
    text = text.replace("[[reports]]", "[reports.y]")
    path = tmp_path / "tasks.toml"
    path.write_text(text, encoding="utf-8")
    result = cli("--file", str(path), "validate")
    line = text.split("\n").index("[reports.x]") + 1
    assert result.exit_code == 2
    assert f"{path}:{line}: " in result.stderr and f"{path}:0:" not in result.stderr


def test_bare_words_are_told_to_be_quoted(broken):
    line = _line_of('short = "Sở Tài chính"')
    stderr = broken("short = Sở Tài chính", 'short = "Sở Tài chính"', lang="en")
    assert f'F:{line}:9: invalid value. Write instead: "Sở Tài chính"' in stderr


@pytest.mark.parametrize(
    "message",
    [
        "Expected newline or end of document after a statement (at line 1, column 9)",
        "Invalid value (at line 1, column 1)",
        "Invalid date or datetime (at line 1, column 1)",
        "Illegal character '\\n' (at line 1, column 1)",
        "Unclosed array (at end of document)",
        "Unclosed inline table (at line 1, column 1)",
        "Unterminated string (at end of document)",
        "Cannot declare ('tasks',) twice (at line 1, column 1)",
        "Cannot overwrite a value (at end of document)",
        "Something tomllib may say one day (at line 1, column 1)",
    ],
)
def test_every_message_is_worded_in_both_languages_with_a_line(message):
    from kehoach_cli.core.errors import KehoachError
    from kehoach_cli.planfile.syntax import syntax_problem
    from kehoach_cli.present.labels import describe

    problem = syntax_problem(message, scan("x = 1\n"), "F")
    assert problem.line == 1
    error = KehoachError("error.file.syntax", [problem], file="F")
    for lang in ("vi", "en"):
        worded = describe(error, lang)
        assert re.search(r"F:1:\d+: ", worded)
        assert not re.search(r"\berror\.[a-z]", worded)
    if "one day" not in message:
        assert message.partition(" (")[0] not in describe(error, "en")


# -- what the system refuses -----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        (errno.EACCES, "không có quyền truy cập", "permission denied"),
        (errno.ENOENT, "không có tệp hoặc thư mục này", "no such file or folder"),
        (errno.ENOSPC, "ổ đĩa đã hết chỗ trống", "the disk is full"),
        (errno.EROFS, "ổ đĩa chỉ cho phép đọc", "the disk is read-only"),
    ],
)
def test_reading_refused_by_the_system_is_worded_in_both_languages(
    cli, plan_file, monkeypatch, code, vi, en
):
    def refuse(self: Path) -> bytes:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    for lang, words in (("vi", vi), ("en", en)):
        result = cli("--lang", lang, "--file", str(plan_file), "list")
        assert result.exit_code == 2
        assert words in result.stderr
        assert os.strerror(code) not in result.stderr


@pytest.mark.parametrize(
    ("code", "en"),
    [
        (errno.EACCES, "permission denied"),
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENOENT, "no such file or folder"),
    ],
)
def test_writing_refused_by_the_system_is_worded_and_leaves_the_file(
    cli, plan_file, monkeypatch, code, en
):
    before = plan_file.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    args = ("--lang", "en", "--file", str(plan_file), "--today", "10/02/2021")
    result = cli(*args, "record", "1.3", "done")
    assert result.exit_code == 2
    assert en in result.stderr and os.strerror(code) not in result.stderr
    assert plan_file.read_bytes() == before
