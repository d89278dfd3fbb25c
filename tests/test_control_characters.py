"""No byte sequence in a plan or on a command line reaches a terminal raw.

Control characters (C0 but tab and newline, DEL, C1), escape sequences that
clear the screen, set the title (OSC 0) or write the clipboard (OSC 52), and
bidi overrides or invisible format characters are refused where people type
and where the plan is validated; any that still arrive (a plan read without
validation) are escaped by the output itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kehoach_cli.core.text import UNSAFE
from tests.conftest import REAL_PLAN, plan_bytes

CONTROLS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0))]  # the 65 of them
TYPED_REFUSED = [c for c in CONTROLS if c not in "\t\n"]
SEQUENCES = {
    "csi": "\x1b[2J\x1b[H",
    "osc0": "\x1b]0;pwned\x07",
    "osc52": "\x1b]52;c;ZXZpbA==\x07",
    "rlo": "\u202e",
    "isolate": "\u2066x\u2069",
    "zero-width": "a\u200bb",
}
# Raw in the output is only: tab, newline, CSV's CRLF and the BOM that starts a CSV.
RAW = re.compile(rf"(?!\r\n)(?!\A\ufeff){UNSAFE.pattern}")


def _escaped(text: str) -> str:
    r"""``text`` as the inside of a TOML basic string, every character as \uXXXX."""
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


ALL = "".join(CONTROLS) + "".join(SEQUENCES.values())
PAYLOAD = _escaped(ALL)
_TEXT_KEY = re.compile(r'((?:^|[{,]\s*)(?:text|note|name|short|title|ref|by)\s*=\s*\[?\s*")')
_SECTION = re.compile(r'^("[^"]+"\s*=\s*")')


def _poisoned_plan() -> str:
    """The real plan with every control and sequence in each of its texts."""
    lines = []
    for line in plan_bytes().decode("utf-8").split("\n"):
        line = _TEXT_KEY.sub(lambda m: m[1] + PAYLOAD, line)
        line = _SECTION.sub(lambda m: m[1] + PAYLOAD, line)
        lines.append(line)
    return "\n".join(lines)


@pytest.fixture
def poisoned(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "tasks.toml"
    path.parent.mkdir()
    path.write_text(_poisoned_plan(), encoding="utf-8")
    return path


def test_validation_refuses_them_in_every_text_with_the_line(cli, poisoned):
    result = cli("--file", str(poisoned), "validate")
    assert result.exit_code == 2
    assert "U+0000" in result.stderr
    located = re.findall(
        rf"{re.escape(str(poisoned))}:(\d+): văn bản có ký tự điều khiển", result.stderr
    )
    assert len(set(located)) > 100  # one per line with a text
    assert not RAW.search(result.stderr)


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_validation_refuses_each_sequence(cli, tmp_path, name):
    text = REAL_PLAN.read_text(encoding="utf-8").replace(
        'short = "Sở Tài chính"', f'short = "Sở Tài chính{_escaped(SEQUENCES[name])}"'
    )
    path = tmp_path / "tasks.toml"
    path.write_text(text, encoding="utf-8")
    result = cli("--lang", "en", "--file", str(path), "validate")
    assert result.exit_code == 2
    assert "control or invisible character U+" in result.stderr
    assert not RAW.search(result.stderr)


def _typing(char: str) -> list[tuple[str, ...]]:
    """A command that writes what people typed; each character tries one, ESC all."""
    commands = [
        ("record", "1.3", "done", "--note", f"x{char}y"),
        ("record", "1.3", "done", "--ref", f"x{char}y", "--by", "y"),
        ("submit", "stc", "--period", "01/2021", "--ref", f"x{char}y"),
        ("add", "9.9.9", "--section", "1.1", "--text", f"x{char}y", "--lead", "stc"),
    ]
    return commands if char == "\x1b" else [commands[ord(char) % len(commands)]]


@pytest.mark.parametrize("char", TYPED_REFUSED, ids=lambda c: f"U+{ord(c):04X}")
def test_what_people_type_is_refused(cli, plan_file, char):
    before = plan_file.read_bytes()
    args = ("--file", str(plan_file), "--today", "10/02/2021")
    for command in _typing(char):
        result = cli(*args, *command)
        assert result.exit_code == 2, (command, result)
        assert f"U+{ord(char):04X}" in result.stderr
        assert not RAW.search(result.stdout + result.stderr)
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize("name", list(SEQUENCES))
def test_sequences_people_type_are_refused(cli, plan_file, name):
    before = plan_file.read_bytes()
    args = ("--file", str(plan_file), "--today", "10/02/2021")
    result = cli(*args, "record", "1.3", "done", "--note", SEQUENCES[name], "--by", "x")
    assert result.exit_code == 2
    assert not RAW.search(result.stdout + result.stderr)
    assert plan_file.read_bytes() == before


READS = [
    ("list",),
    ("show", "1.3"),
    ("deadlines", "--from", "01/01/2021", "--to", "31/12/2021"),
    ("overdue",),
    ("reports",),
    ("summary",),
    ("agencies",),
    ("history",),
]


@pytest.fixture
def unvalidated(monkeypatch):
    """Validation that lets every character through, to test the output on its own."""
    from kehoach_cli.planfile import schema

    monkeypatch.setattr(schema, "unsafe_characters", lambda text: [])
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")


@pytest.mark.parametrize("fmt", ["table", "md", "csv", "json"])
@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_the_output_escapes_whatever_reaches_it(cli, poisoned, unvalidated, command, fmt):
    args = ("--file", str(poisoned), "--today", "30/06/2021", *command)
    result = cli(*args, "--format", fmt)
    assert result.exit_code in (0, 1), result
    assert not RAW.search(result.stdout + result.stderr), RAW.search(result.stdout).group()
    assert result.stdout.strip()


def test_check_mail_and_errors_quoting_input_escape_them(cli, poisoned, unvalidated):
    args = ("--file", str(poisoned), "--today", "30/06/2021")
    check = cli(*args, "check")
    assert check.exit_code in (0, 1) and check.stdout
    assert "\\u001b" in check.stdout
    for typed in ALL, "\x1b]52;c;ZXZpbA==\x07":
        for command in (("show", typed), ("list", "--agency", typed), ("record", typed, "done")):
            result = cli(*args, *command)
            assert result.exit_code == 2
            assert not RAW.search(result.stdout + result.stderr), (command, result)


def test_json_keeps_the_text_it_escapes(cli, poisoned, unvalidated):
    import json

    result = cli("--file", str(poisoned), "--today", "30/06/2021", "list", "--format", "json")
    rows = json.loads(result.stdout)
    assert all(row["text"].startswith(ALL) for row in rows)
