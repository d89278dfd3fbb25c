"""Validation of plan files: a corpus of broken plans, one per kind of mistake."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kehoach_cli.planfile.layout import scan

PLANS = Path(__file__).parent / "plans"
BROKEN = sorted((PLANS / "broken").glob("*.toml"))


def _expectation(path: Path) -> tuple[int, str]:
    head = path.read_bytes().split(b"\n", 2)
    line = int(re.search(rb"expect-line: (\d+)", head[0])[1])
    fragment = head[1].decode("utf-8").split("expect: ", 1)[1].strip()
    return line, fragment


def test_corpus_covers_every_kind_of_mistake():
    assert len(BROKEN) >= 15


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_plan_is_reported_with_its_line_and_left_unchanged(cli, tmp_path, path):
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    before = copy.read_bytes()
    line, fragment = _expectation(path)
    result = cli("--file", str(copy), "validate")
    assert result.exit_code == 2, result
    assert f"{copy}:{line}:" in result.stderr, result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert copy.read_bytes() == before


def test_validate_speaks_the_language_asked_for(cli):
    path = PLANS / "broken" / "unknown_agency.toml"
    vi = cli("--file", str(path), "validate")
    en = cli("--lang", "en", "--file", str(path), "validate")
    assert vi.exit_code == en.exit_code == 2
    assert vi.stderr == (
        f"Lỗi: Tệp kế hoạch {path} có 1 lỗi:\n"
        f"  {path}:49: nhiệm vụ '1.2': 'sotc' không phải đơn vị hay nhóm đã khai báo "
        "(có phải 'stc'?); nhóm viết có '@' ở đầu, ví dụ '@districts'.\n"
    )
    assert en.stderr == (
        f"Error: The plan file {path} has errors (1):\n"
        f"  {path}:49: task '1.2': 'sotc' is not a declared agency or group "
        "(did you mean 'stc'?); a group is written with a leading '@', for example '@districts'.\n"
    )


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_plan_is_reported_in_english_on_the_same_line(cli, path):
    line, _ = _expectation(path)
    result = cli("--lang", "en", "--file", str(path), "validate")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert f"{path}:{line}:" in result.stderr
    assert not re.search(r"\b(error|merge)\.[a-z]", result.stderr)  # no label key left unworded
    assert not re.search(r"\b(phải|không|của|lỗi|tệp)\b", result.stderr), result.stderr


def test_minimal_plan_is_valid(cli):
    result = cli("--file", str(PLANS / "minimal.toml"), "validate")
    assert result.exit_code == 0, result
    assert "2 nhiệm vụ" in result.stdout


def test_all_problems_are_reported_at_once(cli, tmp_path):
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace('lead = ["stc"]', 'lead = ["sotc"]').replace("due = 2021-01-31", "dua = 1")
    text = text.replace('kind = "department"', 'kind = "sở"')
    broken = tmp_path / "many.toml"
    broken.write_text(text, encoding="utf-8")
    result = cli("--file", str(broken), "validate")
    assert result.exit_code == 2
    assert "có 3 lỗi" in result.stderr
    assert "'sotc'" in result.stderr and "'dua'" in result.stderr and "'sở'" in result.stderr


def test_notepad_file_with_bom_and_crlf_loads(cli, tmp_path):
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    notepad = tmp_path / "notepad.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = cli("--file", str(notepad), "validate")
    assert result.exit_code == 0, result


def test_real_plan_with_bom_and_crlf_loads(cli, tmp_path):
    from tests.conftest import plan_bytes

    notepad = tmp_path / "tasks.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + plan_bytes().replace(b"\n", b"\r\n"))
    result = cli("--file", str(notepad), "validate")
    assert result.exit_code == 0, result
    assert "89 nhiệm vụ" in result.stdout


def test_the_layout_finds_the_lines_of_tables_entries_and_keys():
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    layout = scan(text)
    lines = text.split("\n")
    assert lines[layout.line(layout.table("plan")) - 1] == "[plan]"
    second = layout.entries("tasks")[1]
    assert lines[layout.line(second) - 1] == "[[tasks]]"
    assert lines[layout.line(second, "lead") - 1] == 'lead = ["stc"]'
    events = layout.table("events.stc")
    assert lines[layout.inline_line(events, 1) - 1].lstrip().startswith("{date = 2021-01-19")
    assert layout.line(layout.top, "format") == 2


def test_the_layout_ignores_headers_and_entries_inside_strings():
    text = 'a = """\n[not.a.table]\n"""\n\n[real]\nx = 1\nlog = [\n  { n = "[{" },\n  {},\n]\n'
    layout = scan(text)
    assert layout.table("not.a.table") is None
    assert layout.line(layout.table("real")) == 5
    assert layout.inline_line(layout.table("real"), 1) == 9
