"""The command lines whose output is pinned by ``tests/test_golden.py``.

Every read command, every format, both languages, on three plans: the real
plan as shipped, the real plan with a replay of early 2021 recorded into it
(``real-events.toml``), and the benchmark's 5,000-task plan. The first two
are kept as whole outputs (``real.json.gz``, gzip so the repository stays
small); the large one as SHA-256 digests (``synthetic-5000.json``), since its
outputs run to megabytes.

``python tests/golden/cases.py`` rewrites the stored outputs from the code as
it is: run it only when a change of output is intended, and say so in the
commit.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
REAL_PLAN = ROOT / "data" / "tasks.toml"
EVENTS_PLAN = HERE / "real-events.toml"
SYNTHETIC_TASKS = 5000
WHOLE = HERE / "real.json.gz"
DIGESTS = HERE / "synthetic-5000.json"

FORMATS = ("table", "json", "csv", "md")


def _formats(*args: str) -> Iterator[tuple[str, ...]]:
    for fmt in FORMATS:
        yield (*args, "--format", fmt)


def read_commands(task: str, other_task: str, agency: str, district: str) -> list[tuple[str, ...]]:
    """Every read command with the options that change what it computes."""
    commands: list[tuple[str, ...]] = []
    commands += _formats("agencies")
    commands += _formats("list")
    commands += _formats("list", "--agency", agency)
    commands.append(("list", "--agency", agency, "--role", "support"))
    commands.append(("list", "--overdue"))
    commands.append(("list", "--section", "1"))
    commands += _formats("show", task)
    commands.append(("show", other_task, "--format", "json"))
    commands += _formats("deadlines")
    commands.append(("deadlines", "--within", "60", "--agency", agency))
    commands.append(("deadlines", "--from", "01/01/2021", "--to", "31/12/2021", "--format", "json"))
    commands += _formats("history")
    commands.append(("history", "--agency", district))
    commands += _formats("reports")
    commands.append(("reports", "--report", "bc-nam"))
    commands.append(("reports", "--from", "01/2021", "--to", "12/2021", "--format", "json"))
    commands += _formats("overdue")
    commands.append(("overdue", "--agency", district))
    commands.append(("check",))
    commands.append(("check", "--format", "json"))
    commands.append(("check", "--within", "10", "--agency", agency))
    commands += _formats("summary")
    commands.append(("summary", "--agency", agency))
    for fmt in ("csv", "json", "md"):
        for what in ("tasks", "reports", "summary"):
            commands.append(("export", fmt, "--what", what))
    commands.append(("export", "ics"))
    commands.append(("validate",))
    return commands


def cases(plan: Path, days: tuple[str, ...], ids: tuple[str, str, str, str]) -> list[list[str]]:
    """Full argument vectors: each read command in both languages on each day.

    The plan is named by file name alone and the commands run in its folder
    (see ``run``), so no output depends on where the repository is checked out.
    """
    return [
        ["--file", plan.name, "--today", day, "--lang", lang, *command]
        for day in days
        for lang in ("vi", "en")
        for command in read_commands(*ids)
    ]


REAL_DAYS = ("25/01/2021", "19/02/2021", "15/07/2021")
REAL_IDS = ("II.1.2", "1.3", "stc", "huong khe")
SYNTHETIC_DAYS = ("15/07/2021",)
SYNTHETIC_IDS = ("1.1.1", "2.3.4", "so-02", "huyen-03")


def load_whole() -> dict[str, dict[str, object]]:
    return json.loads(gzip.decompress(WHOLE.read_bytes()))


def load_digests() -> dict[str, dict[str, object]]:
    return json.loads(DIGESTS.read_text(encoding="utf-8"))


def key(argv: list[str]) -> str:
    """A case's name in the stored file: its arguments, the plan by file name."""
    return " ".join(Path(a).name if a.endswith(".toml") else a for a in argv)


def run(argv: list[str], folder: Path | None = None) -> tuple[int, str, str]:
    """``kehoach ARGV`` in this process, as the tests run it, from ``folder`` if given."""
    from typer.testing import CliRunner

    from kehoach_cli.cli import app

    before = Path.cwd()
    if folder is not None:
        os.chdir(folder)
    try:
        result = CliRunner().invoke(app, argv, catch_exceptions=False)
    finally:
        os.chdir(before)
    return result.exit_code, result.stdout, result.stderr


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def synthetic_plan(folder: Path) -> Path:
    """The benchmark's 5,000-task plan, written into ``folder``."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import run as bench  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    text, _ = bench.synthetic_plan(SYNTHETIC_TASKS)
    path = folder / "synthetic-5000.toml"
    path.write_text(text, encoding="utf-8")
    return path


def record_replay(target: Path) -> None:
    """Write the real plan with a replay of January-March 2021 into ``target``.

    The copy drops the sample mark, as ``kehoach init`` does, so that it can be written.
    """
    from kehoach_cli.planfile.load import without_sample_mark

    target.write_text(without_sample_mark(REAL_PLAN.read_text(encoding="utf-8")), encoding="utf-8")
    base = ["--file", str(target)]
    steps: list[list[str]] = []
    for agency in ("stc", "skhdt", "sxd", "ubnd-huong-khe", "ubnd-can-loc", "syt"):
        steps.append(["--today", "18/01/2021", "submit", agency, "--period", "2021-01"])
    for agency in ("sct", "ubnd-thach-ha"):
        steps.append(["--today", "25/01/2021", "submit", agency, "--period", "2021-01"])
    for agency in ("stc", "skhdt", "ubnd-vu-quang"):
        steps.append(["--today", "19/02/2021", "submit", agency, "--period", "2021-02"])
    steps.append(["--today", "23/03/2021", "submit", "stc", "--period", "2021-03"])
    steps.append(["--today", "15/01/2021", "record", "II.1.2", "in_progress", "--agency", "skhdt"])
    steps.append(["--today", "29/01/2021", "record", "II.1.2", "done", "--agency", "skhdt"])
    steps.append(
        ["--today", "10/02/2021", "record", "1.3", "in_progress", "--note", "Đang soạn dự thảo"]
    )
    steps.append(["--today", "05/03/2021", "record", "1.3", "done"])
    for step in steps:
        code, out, err = run(base + step)
        if code != 0:
            raise SystemExit(f"replay step failed: {step}: {out}{err}")


def capture() -> None:
    os.environ["COLUMNS"] = "100"
    for name in ("KEHOACH_FILE", "KEHOACH_TODAY", "KEHOACH_LANG", "KEHOACH_TZ", "NO_COLOR"):
        os.environ.pop(name, None)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["XDG_CACHE_HOME"] = str(Path(scratch) / "cache")
        record_replay(EVENTS_PLAN)
        whole: dict[str, dict[str, object]] = {}
        for plan in (REAL_PLAN, EVENTS_PLAN):
            for argv in cases(plan, REAL_DAYS, REAL_IDS):
                code, out, err = run(argv, plan.parent)
                whole[key(argv)] = {"exit": code, "stdout": out, "stderr": err}
        text = json.dumps(whole, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        WHOLE.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
        large: dict[str, dict[str, object]] = {}
        plan = synthetic_plan(Path(scratch))
        for argv in cases(plan, SYNTHETIC_DAYS, SYNTHETIC_IDS):
            code, out, err = run(argv, plan.parent)
            large[key(argv)] = {"exit": code, "stdout": digest(out), "stderr": digest(err)}
        DIGESTS.write_text(json.dumps(large, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(whole)} whole outputs, {len(large)} digests")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    capture()
