"""``main`` builds only the command a run needs, and answers exactly as the full app does."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys

import pytest
from typer.main import get_command_name

from kehoach_cli import cli
from kehoach_cli.cli import base
from tests.conftest import REAL_PLAN

FULL_APP = (
    "import sys\nsys.argv[0] = 'kehoach'\nfrom kehoach_cli.cli import app\napp(prog_name='kehoach')"
)
MAIN = "import sys\nsys.argv[0] = 'kehoach'\nfrom kehoach_cli.cli import main\nmain()"


def test_every_command_is_mapped_to_the_module_that_registers_it():
    app = cli.load_app()
    found = {
        c.name or get_command_name(c.callback.__name__): c.callback.__module__.rsplit(".", 1)[-1]
        for c in app.registered_commands
    }
    assert found == {name: module for name, (module, _) in cli.COMMANDS.items()}
    assert {module for module, _ in cli.COMMANDS.values()} == set(cli.MODULES)


def test_each_command_summary_is_the_label_its_help_starts_with():
    from kehoach_cli.present.labels import VI

    for info in cli.load_app().registered_commands:
        assert inspect.getdoc(info.callback), info.name  # says why, for developers
        assert cli.COMMANDS[info.name][1] in VI, info.name


def test_the_top_level_help_imports_no_command_module():
    """The listing comes from ``COMMANDS``: building the commands would be most of the start-up."""
    code = (
        "import json, sys\nfrom kehoach_cli.cli import dispatch\n"
        "try:\n    dispatch(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('kehoach_cli'))))"
    )
    out = run(code, [])[1].splitlines()
    # The words come from the labels (and what they import); no command module.
    assert json.loads(out[-1]) == [
        "kehoach_cli",
        "kehoach_cli.cli",
        "kehoach_cli.cli.base",
        "kehoach_cli.cli.commands",
        "kehoach_cli.cli.speaking",
        "kehoach_cli.core",
        "kehoach_cli.core.dates",
        "kehoach_cli.core.errors",
        "kehoach_cli.present",
        "kehoach_cli.present.labels",
        "kehoach_cli.present.table",
        "kehoach_cli.present.text",
        "kehoach_cli.present.wording",
    ]
    listed = [line.split()[0] for line in out[out.index("Lệnh:") + 1 : -1] if line[2:3] != " "]
    assert listed == list(cli.COMMANDS)


def test_dispatch_runs_any_sequence_of_commands_in_one_process(tmp_path, capsys, monkeypatch):
    """Each run answers as it would alone, whatever ran before it in the process."""
    import os

    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    plan = ["--file", str(REAL_PLAN), "--today", "25/01/2021"]
    sequence = [
        [*plan, "list", "--agency", "stc"],
        [*plan, "--lang", "en", "show", "1.3"],
        [*plan, "list", "--agency", "stc"],
        [*plan, "overdue"],
        ["--help"],
        [*plan, "lst"],
        [*plan, "check", "--format", "json"],
        ["list", "--help"],
        [*plan, "deadlines", "--within", "30"],
        ["--version"],
        [*plan, "validate"],
    ]
    env = {**os.environ, "COLUMNS": "100", "XDG_CACHE_HOME": str(tmp_path)}
    for argv in sequence:
        try:
            cli.dispatch(argv)
        except SystemExit as leaving:
            status = leaving.code or 0
        else:
            status = 0
        out, err = capsys.readouterr()
        assert (status, out, err) == run(MAIN, argv, env), argv


def test_typer_reads_annotations_without_evaluating_strings():
    """typer reads the annotations of the global options and of the command run four
    times on every run (--help included); strings would be compiled each time (1-2 ms),
    so the cli modules keep them as objects and quote only names for type checking."""
    functions = [base.main_options] + [c.callback for c in cli.load_app().registered_commands]
    for function in functions:
        assert not [a for a in function.__annotations__.values() if isinstance(a, str)], function


def run(code: str, argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--help"],
        [],
        ["-h"],
        ["list", "--help"],
        ["--lang", "en", "--version"],
        ["--file", str(REAL_PLAN), "--today", "25/01/2021", "show", "1.3"],
        ["--file", str(REAL_PLAN), "--today", "25/01/2021", "--lang", "en", "deadlines"],
        ["--file", str(REAL_PLAN), "list", "--bogus"],
        ["lst"],
        ["--today", "31/02/2021", "validate"],
        ["--file", str(REAL_PLAN), "--today", "28/12/2021", "check", "--format", "json"],
        ["--file", str(REAL_PLAN), "--today", "28/12/2021", "--lang", "en", "overdue"],
    ],
)
def test_main_answers_exactly_as_the_full_app(argv, tmp_path):
    import os

    env = {**os.environ, "COLUMNS": "100", "XDG_CACHE_HOME": str(tmp_path)}
    assert run(MAIN, argv, env) == run(FULL_APP, argv, env)


@pytest.mark.parametrize("status", ["None", "0", "1", "2", "'gone wrong'", "True"])
def test_leave_exits_as_sys_exit_does(status):
    """``main`` ends the process with ``leave``: same status, same output, nothing lost."""
    body = "import sys\nprint('out ' * 5000)\nsys.stderr.write('err')\n"
    by_leave = f"{body}from kehoach_cli.cli import leave\nleave({status})"
    by_exit = f"{body}sys.exit({status})"
    assert run(by_leave, []) == run(by_exit, [])


def test_today_in_vietnam_needs_no_time_zone_database(monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from kehoach_cli.cli.base import today_in_vietnam

    monkeypatch.delenv("KEHOACH_TZ", raising=False)
    assert today_in_vietnam() == datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    monkeypatch.setenv("KEHOACH_TZ", "Pacific/Kiritimati")  # UTC+14: often another day
    assert today_in_vietnam() == datetime.now(ZoneInfo("Pacific/Kiritimati")).date()


def test_echo_writes_its_parts_in_turn_and_ends_the_line_once(capsys):
    from kehoach_cli.cli.base import echo

    echo("bảng", "\n\n", "mục")
    echo("đã xuống dòng\n")
    echo()
    echo("lỗi", err=True)
    captured = capsys.readouterr()
    assert captured.out == "bảng\n\nmục\nđã xuống dòng\n\n"
    assert captured.err == "lỗi\n"
