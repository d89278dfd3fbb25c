"""validate, init and the global options, through the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REAL_PLAN, plan_bytes


def test_validate_real_plan_prints_summary(cli):
    result = cli("--file", str(REAL_PLAN), "validate")
    assert result.exit_code == 0, result
    assert "hợp lệ" in result.stdout
    assert "42 đơn vị" in result.stdout
    assert "3 nhóm" in result.stdout
    assert "2 báo cáo" in result.stdout


def test_validate_in_english(cli):
    result = cli("--lang", "en", "--file", str(REAL_PLAN), "validate")
    assert result.exit_code == 0
    assert "valid: 42 agencies, 3 groups" in result.stdout


def test_embedded_sample_is_used_when_no_file_is_found(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("validate")
    assert result.exit_code == 0
    assert "kế hoạch mẫu 2021" in result.stdout


def test_nearest_data_tasks_toml_is_found_walking_up(cli, plan_file, monkeypatch):
    deep = plan_file.parent.parent / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    result = cli("validate")
    assert result.exit_code == 0
    assert str(plan_file) in result.stdout


def test_env_var_names_the_file(cli, plan_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = cli("validate", env={"KEHOACH_FILE": str(plan_file)})
    assert str(plan_file) in result.stdout


def test_missing_file_is_a_clear_error(cli, tmp_path):
    result = cli("--file", str(tmp_path / "nope.toml"), "validate")
    assert result.exit_code == 2
    assert "Không tìm thấy tệp kế hoạch" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_today_is_a_usage_error(cli):
    result = cli("--today", "31/02/2021", "validate")
    assert result.exit_code == 2
    assert "31/02/2021" in result.stderr


def test_ambiguous_today_format_is_refused(cli):
    result = cli("--today", "2021/01/02", "validate")
    assert result.exit_code == 2


def test_version(cli):
    from kehoach_cli import __version__

    result = cli("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_init_copies_sample_and_refuses_to_overwrite(cli, tmp_path):
    first = cli("init", str(tmp_path / "kh"))
    assert first.exit_code == 0
    created = tmp_path / "kh" / "data" / "tasks.toml"
    assert created.read_bytes() == plan_bytes()
    again = cli("init", str(tmp_path / "kh"))
    assert again.exit_code == 2
    assert "không ghi đè" in again.stderr
    assert created.read_bytes() == plan_bytes()


def test_help_is_plain_text_without_panels(cli):
    result = cli("--help")
    assert result.exit_code == 0
    assert "Ví dụ" in result.stdout
    assert "╭" not in result.stdout


def test_python_dash_m_runs(tmp_path):
    env = {"PATH": os.environ["PATH"], "KEHOACH_FILE": str(REAL_PLAN)}
    done = subprocess.run(
        [sys.executable, "-m", "kehoach_cli", "validate"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "hợp lệ" in done.stdout


def test_usage_error_has_no_box_drawing(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kehoach_cli", "--nope"],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "╭" not in done.stderr and "─" not in done.stderr
    assert Path(tmp_path).exists()
