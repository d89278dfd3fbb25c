"""Ctrl-C at any moment: status 130, one line that tells the truth, never a traceback.

Real processes: ``python -m kehoach_cli`` and the installed ``kehoach`` script,
sent SIGINT at random (seeded) moments from start-up to the end of a write.
The child starts with SIGINT held back (a blocked signal mask, inherited across
exec) until kehoach installs its handler: the interpreter's own start-up, before
any kehoach code runs, is outside kehoach's reach, and this keeps the test
about kehoach.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "pthread_sigmask"), reason="POSIX signals needed"
)

NOTHING = {
    "vi": "Đã dừng (Ctrl-C): chưa ghi gì vào tệp kế hoạch.",
    "en": "Stopped (Ctrl-C): nothing was written to the plan file.",
}
WRITTEN = {
    "vi": "Đã dừng (Ctrl-C): mục đã được ghi vào tệp kế hoạch (xem lại bằng 'kehoach history').",
    "en": "Stopped (Ctrl-C): the entry was written to the plan file (see 'kehoach history').",
}


def _hold_sigint() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _entry_points() -> list[list[str]]:
    points = [[sys.executable, "-m", "kehoach_cli"]]
    script = Path(sys.executable).with_name("kehoach")
    if script.exists():
        points.append([str(script)])
    return points


def _notes(plan: Path) -> list[str]:
    data = tomllib.loads(plan.read_text(encoding="utf-8"))
    return [e.get("note", "") for e in data["events"]["stc"]["log"]]


def test_ctrl_c_at_random_moments_while_recording(plan_file, tmp_path):
    rng = random.Random(20210125)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    points = _entry_points()
    outcomes: dict[str, int] = {"nothing": 0, "written": 0, "finished": 0}
    for run in range(36):
        lang = "en" if run % 3 == 0 else "vi"
        before = _notes(plan_file)
        note = f"lần {run}"
        child = subprocess.Popen(
            [*points[run % len(points)], "--lang", lang, "--file", str(plan_file),
             "--today", "10/02/2021", "record", "1.3", "in_progress", "--note", note],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=_hold_sigint,
        )  # fmt: skip
        time.sleep(rng.uniform(0.0, 0.9))
        with contextlib.suppress(ProcessLookupError):
            child.send_signal(signal.SIGINT)
        _out, err = child.communicate(timeout=60)
        after = _notes(plan_file)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
        assert after in (before, [*before, note]), (run, after[-3:])  # whole writes only
        if child.returncode == 0:
            assert after == [*before, note] and err == ""
            outcomes["finished"] += 1
            continue
        assert child.returncode == 130, (run, child.returncode, err)
        if after == before:
            assert err == NOTHING[lang] + "\n", (run, err)
            outcomes["nothing"] += 1
        else:
            assert err == WRITTEN[lang] + "\n", (run, err)
            outcomes["written"] += 1
    assert outcomes["nothing"] > 0, outcomes
    # No lock or temporary file is left beside the plan.
    assert sorted(p.name for p in plan_file.parent.iterdir()) == ["tasks.toml"]


def test_ctrl_c_before_kehoach_has_loaded_says_nothing_was_written(plan_file):
    """SIGINT pending from the very start: delivered as soon as kehoach can handle it."""
    for entry in _entry_points():
        child = subprocess.Popen(
            [*entry, "--file", str(plan_file), "record", "1.3", "done"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            preexec_fn=lambda: (_hold_sigint(), os.kill(os.getpid(), signal.SIGINT)),
        )
        out, err = child.communicate(timeout=60)
        assert (child.returncode, out, err) == (130, "", NOTHING["vi"] + "\n")


@pytest.mark.skipif(__import__("shutil").which("git") is None, reason="git is not installed")
def test_ctrl_c_during_the_commit_says_the_entry_was_written(tmp_path):
    from tests.conftest import copy_plan

    repo = tmp_path / "repo"
    (repo / "data").mkdir(parents=True)
    plan = copy_plan(repo / "data" / "tasks.toml")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("KEHOACH_", "GIT_"))},
        "HOME": str(tmp_path),
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    (tmp_path / "gitconfig").write_text("[user]\n\tname = Văn thư\n\temail = vt@example.vn\n")
    for args in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "Kế hoạch"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True)
    started = tmp_path / "hook-started"
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\ntouch '{started}'\nsleep 60\n")
    hook.chmod(0o755)
    before = plan.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-m", "kehoach_cli", "--file", str(plan), "--today", "10/02/2021",
         "record", "1.3", "done", "--commit"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=60)
    assert (child.returncode, err) == (130, WRITTEN["vi"] + "\n"), (out, err)
    assert plan.read_bytes() != before and _notes(plan) == [""]


def test_ctrl_c_that_python_wrapped_on_its_way_out_still_ends_quietly():
    """A Ctrl-C while an import is creating a class reaches ``main`` wrapped in a
    RuntimeError (Python does that to errors raised from ``__set_name__``)."""
    program = (
        "import sys\n"
        "sys.argv = ['kehoach', '--lang', 'en', 'check']\n"
        "import kehoach_cli.cli as cli\n"
        "from kehoach_cli.cli import interrupt\n"
        "def dispatch(argv):\n"
        "    try:\n"
        "        raise interrupt.Interrupted\n"
        "    except interrupt.Interrupted as stop:\n"
        "        raise RuntimeError('Error calling __set_name__') from stop\n"
        "cli.dispatch = dispatch\n"
        "cli.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (130, "", NOTHING["en"] + "\n")


def test_an_error_that_has_nothing_to_do_with_ctrl_c_is_not_taken_for_one():
    from kehoach_cli.cli import interrupt

    try:
        try:
            raise interrupt.Interrupted
        except interrupt.Interrupted as stop:
            raise RuntimeError("wrapped") from stop
    except RuntimeError as wrapped:
        assert interrupt.stopped_by(wrapped)
    assert not interrupt.stopped_by(RuntimeError("a bug"))
    assert not interrupt.stopped_by(KeyboardInterrupt())


def test_ctrl_c_while_python_finalizes_an_object_is_not_lost_nor_shown_as_a_traceback():
    """Python cannot raise from ``__del__``: it would print "Exception ignored" and
    a traceback. The command ends instead, with the line, once it is over."""
    program = (
        "import sys\n"
        "sys.argv = ['kehoach', 'check']\n"
        "import kehoach_cli.cli as cli\n"
        "from kehoach_cli.cli import interrupt\n"
        "class Finalized:\n"
        "    def __del__(self):\n"
        "        raise interrupt.Interrupted\n"
        "def dispatch(argv):\n"
        "    Finalized()\n"
        "    print('the command went on to its end')\n"
        "cli.dispatch = dispatch\n"
        "cli.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (130, NOTHING["vi"] + "\n")
    assert done.stdout == "the command went on to its end\n"
