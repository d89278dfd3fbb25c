"""Validation of plan files: a corpus of broken plans, one per kind of mistake."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from kehoach_cli.planfile.schema import Locator

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
    from tests.conftest import REAL_PLAN

    notepad = tmp_path / "tasks.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + REAL_PLAN.read_bytes().replace(b"\n", b"\r\n"))
    result = cli("--file", str(notepad), "validate")
    assert result.exit_code == 0, result
    assert "89 nhiệm vụ" in result.stdout


def test_locator_finds_tables_entries_and_keys():
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    loc = Locator(text)
    lines = text.split("\n")
    assert lines[loc.table("plan") - 1] == "[plan]"
    second = loc.entry("tasks", 1)
    assert lines[second - 1] == "[[tasks]]"
    assert lines[loc.key(second, "lead") - 1] == 'lead = ["stc"]'
    events = loc.table("events.stc")
    assert lines[loc.item(events, 1) - 1].lstrip().startswith("{date = 2021-01-19")


def test_locator_ignores_headers_inside_multiline_strings():
    text = 'a = """\n[not.a.table]\n"""\n\n[real]\nx = 1\n'
    loc = Locator(text)
    assert loc.table("not.a.table") is None
    assert loc.table("real") == 5
