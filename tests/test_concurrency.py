"""Several writers at once, a held lock, and writers killed at random moments."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from kehoach_cli.planfile import writer
from kehoach_cli.planfile.load import PlanSource, load
from kehoach_cli.planfile.schema import build_plan

TODAY = "10/02/2021"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    return {**env, "KEHOACH_TODAY": TODAY, **extra}


def _kehoach(plan_file: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "kehoach_cli", "--file", str(plan_file), *args]


def _loads_and_validates(path: Path) -> dict:
    text = path.read_bytes().decode("utf-8")
    data = tomllib.loads(text)
    plan, problems = build_plan(data, text, str(path))
    assert plan is not None and problems == [], problems
    return data


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if writer.TMP_MARK in p.name)


def test_forty_records_at_once_all_land(plan_file):
    from kehoach_cli.planfile.load import load

    plan, _ = load(PlanSource(plan_file))
    everyone = plan.expand(["@all"])  # 38 agencies, all leads of II.1.3 and II.1.4
    jobs = [("II.1.3", "in_progress", key) for key in everyone[:20]]
    jobs += [("II.1.4", "done", key) for key in everyone[-20:]]  # two agencies get both
    env = _env(KEHOACH_LOCK_TIMEOUT="300")
    procs = [
        subprocess.Popen(
            _kehoach(plan_file, "record", task, status, "--agency", key, "--note", f"{task} {key}"),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for task, status, key in jobs
    ]
    outputs = [proc.communicate(timeout=600) for proc in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode("utf-8", "replace")
        assert out.decode("utf-8").startswith("Đã ghi: ")
    data = _loads_and_validates(plan_file)
    found = sorted(
        (event["task"], event["status"], agency, event["note"])
        for agency, table in data["events"].items()
        for event in table["log"]
    )
    assert found == sorted((t, s, k, f"{t} {k}") for t, s, k in jobs)
    assert len(found) == 40
    assert _leftovers(plan_file.parent) == []


_HOLDER = """
import sys, time
from pathlib import Path
from kehoach_cli.planfile.writer import locked
with locked(Path(sys.argv[1]), timeout=5):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold_lock(plan_file: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(plan_file), str(seconds)],
        env=_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_record_while_another_process_holds_the_lock_waits_then_exits_2(cli, plan_file):
    before = plan_file.read_bytes()
    holder = _hold_lock(plan_file, 60)
    try:
        result = cli(
            "--file", str(plan_file), "--today", TODAY, "record", "1.3", "done",
            env={"KEHOACH_LOCK_TIMEOUT": "0.5"},
        )  # fmt: skip
        assert result.exit_code == 2
        assert "đang được một lệnh khác ghi (đã chờ 0.5 giây)" in result.stderr
        assert "KEHOACH_LOCK_TIMEOUT" in result.stderr
        assert "Traceback" not in result.stderr
        assert plan_file.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    # The holder died holding the lock: the OS released it, the next writer goes ahead.
    after = cli("--file", str(plan_file), "--today", TODAY, "record", "1.3", "done")
    assert after.exit_code == 0, after


def test_record_waits_for_a_short_holder_and_then_writes(cli, plan_file):
    holder = _hold_lock(plan_file, 0.3)
    try:
        result = cli(
            "--file", str(plan_file), "--today", TODAY, "record", "1.3", "done",
            env={"KEHOACH_LOCK_TIMEOUT": "60"},
        )  # fmt: skip
    finally:
        holder.wait()
    assert result.exit_code == 0, result
    assert holder.returncode == 0


# -- killed writers -------------------------------------------------------------

# A writer that appends numbered events for ever; killed from outside.
_WRITE_FOREVER = """
import datetime
from kehoach_cli.planfile.load import PlanSource
from kehoach_cli.planfile.writer import append_event

def write_forever(path, n):
    source = PlanSource(path)
    while True:
        n += 1
        append_event(source, "stc", {"date": datetime.date(2021, 2, 1), "task": "1.3",
                                     "status": "in_progress", "note": f"n{n}"})
"""

# POSIX: one server imports everything once and forks a fresh writer per kill,
# so that the 60 kills cost milliseconds each instead of an interpreter start.
_FORK_SERVER = (
    _WRITE_FOREVER
    + """
import os, sys
from pathlib import Path
path = Path(sys.argv[1])
for line in sys.stdin:
    n = int(line)
    pid = os.fork()
    if pid == 0:
        write_forever(path, n)
    print(pid, flush=True)
    os.waitpid(pid, 0)
    print("reaped", flush=True)
"""
)

_ONE_WRITER = (
    _WRITE_FOREVER
    + """
import sys
from pathlib import Path
print("ready", flush=True)
write_forever(Path(sys.argv[1]), int(sys.argv[2]))
"""
)

_EVENT_LINE = re.compile(rb"^  \{ date = .*note = \"n(\d+)\" \},\n", re.MULTILINE)


def _numbers(data: bytes) -> list[int]:
    return [int(m) for m in _EVENT_LINE.findall(data)]


def _without_events(data: bytes) -> bytes:
    return _EVENT_LINE.sub(b"", data).replace(b"log = [\n]", b"log = []")


class _Killer:
    """Starts a writer, lets it run for a random moment, then SIGKILLs it."""

    def __init__(self, plan_file: Path) -> None:
        self.plan_file = plan_file
        self.server: subprocess.Popen | None = None
        if hasattr(os, "fork"):
            self.server = subprocess.Popen(
                [sys.executable, "-c", _FORK_SERVER, str(plan_file)],
                env=_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )

    def run_and_kill(self, start: int, moment: float) -> None:
        import time

        if self.server is not None:
            assert self.server.stdin is not None and self.server.stdout is not None
            self.server.stdin.write(f"{start}\n")
            self.server.stdin.flush()
            pid = int(self.server.stdout.readline())
            time.sleep(moment)
            os.kill(pid, 9)  # SIGKILL
            assert self.server.stdout.readline().strip() == "reaped"
            return
        proc = subprocess.Popen(
            [sys.executable, "-c", _ONE_WRITER, str(self.plan_file), str(start)],
            env=_env(),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(moment)
        proc.kill()  # TerminateProcess on Windows: just as abrupt
        proc.wait()

    def close(self) -> None:
        if self.server is not None:
            self.server.kill()
            self.server.wait()


def test_a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file(plan_file):
    rng = random.Random(20210210)
    original = _without_events(plan_file.read_bytes())
    # The writers find the plan in the cache, as in daily use: on a busy machine a first
    # write that parses it could outlast every moment the writers are given.
    load(PlanSource(plan_file))
    killer = _Killer(plan_file)
    written = kills_after_a_write = 0
    try:
        for _ in range(60):
            before = _numbers(plan_file.read_bytes())
            killer.run_and_kill(len(before), rng.uniform(0.0, 0.15))
            data = plan_file.read_bytes()
            _loads_and_validates(plan_file)
            after = _numbers(data)
            # Whole writes only: the old events, then new ones in the order written.
            assert after[: len(before)] == before
            assert after == list(range(1, len(after) + 1))
            assert _without_events(data) == original
            kills_after_a_write += len(after) > len(before)
            written = len(after)
    finally:
        killer.close()
    assert written > 0 and kills_after_a_write > 0
    # The next writer removes whatever temporary file a killed one left behind.
    writer.append_event(
        PlanSource(plan_file),
        "stc",
        {"date": __import__("datetime").date(2021, 2, 1), "task": "1.3", "status": "done"},
    )
    assert _leftovers(plan_file.parent) == []
    assert len(_loads_and_validates(plan_file)["events"]["stc"]["log"]) == written + 1
