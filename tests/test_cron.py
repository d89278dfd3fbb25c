"""``kehoach check`` run the way cron runs it.

A real subprocess (``python -m kehoach_cli``), no terminal (pipes), an
environment with nothing but PATH and KEHOACH_FILE/KEHOACH_TODAY, and a
working directory that has nothing to do with the plan.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import REAL_PLAN


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """An empty working directory, far from any data/tasks.toml."""
    folder = tmp_path / "cron-cwd"
    folder.mkdir()
    return folder


def cron(
    cwd: Path,
    *args: str,
    file: Path = REAL_PLAN,
    today: str | None = None,
    extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    env = {"PATH": os.environ["PATH"], "KEHOACH_FILE": str(file)}
    if today is not None:
        env["KEHOACH_TODAY"] = today
    env.update(extra or {})
    return subprocess.run(
        [sys.executable, "-m", "kehoach_cli", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
        timeout=60,
    )


def text(data: bytes) -> str:
    return data.decode("utf-8")


def test_nothing_to_say_prints_nothing_and_exits_0(elsewhere):
    done = cron(elsewhere, "check", today="10/01/2021")
    assert done.returncode == 0
    assert done.stdout == b""
    assert done.stderr == b""


def test_due_soon_only_is_exit_0_with_a_mail(elsewhere):
    done = cron(elsewhere, "check", today="18/01/2021")
    assert done.returncode == 0, done.stderr
    out = text(done.stdout)
    assert "ĐẾN HẠN TRONG 3 NGÀY TỚI" in out
    assert "QUÁ HẠN\n" not in out
    assert out.count("còn 2 ngày") == 1  # one entry for the 38 agencies that owe the report
    assert "Đơn vị (38):" in out


def test_overdue_is_exit_1_grouped_by_agency(elsewhere):
    done = cron(elsewhere, "check", today="21/01/2021")
    assert done.returncode == 1
    assert done.stderr == b""
    out = text(done.stdout)
    assert out.startswith("Chương trình công tác năm 2021 của UBND tỉnh Hà Tĩnh\n")
    assert "Tình hình ngày thứ Năm 21/01/2021: 38 việc quá hạn" in out
    assert "- Báo cáo tình hình thực hiện Chương trình hàng tháng, tháng 01/2021: hạn" in out
    assert "\n  Đơn vị (38): Sở KHĐT, Sở Tài chính," in out
    assert "\x1b[" not in out  # no colour
    assert not any(ch in out for ch in "╭╮│─━")  # no panels


def test_quiet_sets_the_status_only(elsewhere):
    done = cron(elsewhere, "check", "--quiet", today="21/01/2021")
    assert (done.returncode, done.stdout, done.stderr) == (1, b"", b"")
    calm = cron(elsewhere, "check", "--quiet", today="10/01/2021")
    assert (calm.returncode, calm.stdout, calm.stderr) == (0, b"", b"")


def test_an_invalid_plan_is_exit_2_with_its_errors(elsewhere, tmp_path):
    broken = tmp_path / "tasks.toml"
    text_ = REAL_PLAN.read_text(encoding="utf-8")
    broken.write_text(text_.replace('lead = ["vpubnd"]', 'lead = ["vp-ubnd"]', 1), encoding="utf-8")
    done = cron(elsewhere, "check", file=broken, today="21/01/2021")
    assert done.returncode == 2
    assert done.stdout == b""
    err = text(done.stderr)
    assert "vp-ubnd" in err and "tasks.toml:" in err
    assert "Traceback" not in err


def test_a_missing_plan_file_is_exit_2(elsewhere, tmp_path):
    done = cron(elsewhere, "check", file=tmp_path / "nope.toml", today="21/01/2021")
    assert done.returncode == 2
    assert "Không tìm thấy tệp kế hoạch" in text(done.stderr)


def test_a_usage_error_is_exit_2_without_panels(elsewhere):
    done = cron(elsewhere, "check", "--within", "many", today="21/01/2021")
    assert done.returncode == 2
    assert done.stdout == b""
    assert not any(ch in text(done.stderr) for ch in "╭╮│─")
    bad_day = cron(elsewhere, "check", today="32/01/2021")
    assert bad_day.returncode == 2


def test_output_does_not_depend_on_terminal_locale_or_time_zone(elsewhere):
    plain = cron(elsewhere, "check", today="02/02/2021")
    odd = cron(
        elsewhere,
        "check",
        today="02/02/2021",
        extra={"COLUMNS": "30", "LINES": "5", "TERM": "xterm-256color", "LANG": "C",
               "LC_ALL": "C", "TZ": "America/Los_Angeles"},
    )  # fmt: skip
    assert odd.returncode == plain.returncode == 1
    assert odd.stdout == plain.stdout
    assert odd.stderr == b""


def test_the_plan_file_is_found_from_any_directory(tmp_path):
    copy = tmp_path / "plans" / "ht.toml"
    copy.parent.mkdir()
    shutil.copyfile(REAL_PLAN, copy)
    root = cron(Path("/"), "check", file=copy, today="21/01/2021")
    here = cron(tmp_path, "check", file=copy, today="21/01/2021")
    assert root.returncode == here.returncode == 1
    assert root.stdout == here.stdout


def test_today_is_the_date_in_vietnam_whatever_the_server_zone(elsewhere):
    def vietnam_today() -> str:
        return datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date().isoformat()

    before = vietnam_today()
    done = cron(elsewhere, "check", "--format", "json", extra={"TZ": "Pacific/Pago_Pago"})
    after = vietnam_today()
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["today"] in {before, after}
