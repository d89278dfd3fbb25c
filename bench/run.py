#!/usr/bin/env python3
"""Benchmark kehoach as people use it: whole processes, against Python's own floor.

Run it with the interpreter of the environment kehoach is installed in (not a
pyenv shim, which adds ~80 ms to every process and hides everything)::

    .venv/bin/python bench/run.py                  # real plan + 100, 1,000, 5,000 tasks
    .venv/bin/python bench/run.py --quick          # 3 runs instead of 7
    .venv/bin/python bench/run.py --sizes real,1000 --runs 9 --commands list,record

Each command is run ``--runs`` times after a warm-up, alternating with the
floor command ``python -c "import typer, tabulate, tomllib; tomllib.load(...)"``
on the same plan, and is reported as its median wall-clock time and the median
of its run-by-run ratios to the floor. Absolute times drift on a shared
machine; ratios measured side by side do not. Peak memory comes from
``resource.getrusage(RUSAGE_CHILDREN)`` in a tiny wrapper process, one per
command, so each figure is that command's own peak.

The synthetic plans are deterministic: 40 agencies in 2 groups, a monthly and
a yearly report, a status update for most task assignments and a year of
monthly submissions for every agency (more than 20,000 events at 5,000 tasks).
Results go to ``bench/results.json``; ``--strict`` exits 1 unless every target
is met.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL_PLAN = ROOT / "data" / "tasks.toml"
DEFAULT_OUT = Path(__file__).resolve().parent / "results.json"
DEFAULT_SIZES = ("real", "100", "1000", "5000")
TODAY = "28/12/2021"  # the end of the plan year: every monthly report has come due
LARGE = 5000  # the size the "as fast as Taskwarrior" targets are judged at

READS = ("list", "show", "deadlines", "overdue", "reports", "summary", "check", "validate")
WRITES = ("record", "submit")
HELP = ("--help", "--version")
BASELINES = ("import typer", "import typer, tabulate")
SHORT_BASELINE = {BASELINES[0]: "typer", BASELINES[1]: "typer+tabulate"}
FLOOR_TEXT = "python -c \"import typer, tabulate, tomllib; tomllib.load(open(PLAN, 'rb'))\""

N_DEPARTMENTS = 25
N_DISTRICTS = 15
TASKS_PER_SUBSECTION = 5
SUBSECTIONS_PER_SECTION = 5

# -- synthetic plans --------------------------------------------------------

_PHRASES = (
    "Tổ chức triển khai thực hiện hiệu quả các nghị quyết của Chính phủ",
    "tăng cường công tác kiểm tra, giám sát việc thực hiện nhiệm vụ được giao",
    "đẩy mạnh cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
    "rà soát, hoàn thiện cơ chế, chính sách hỗ trợ doanh nghiệp và hợp tác xã",
    "huy động, sử dụng hiệu quả các nguồn lực đầu tư phát triển kinh tế - xã hội",
    "bảo đảm an sinh xã hội, chăm lo đời sống vật chất và tinh thần của Nhân dân",
    "chủ động phòng, chống thiên tai, dịch bệnh; ứng phó biến đổi khí hậu",
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu; đô thị văn minh",
)
_NOTES = (
    "Đã báo cáo UBND tỉnh",
    "Chờ ý kiến của Sở Tài chính",
    "Đang hoàn thiện dự thảo, lấy ý kiến các đơn vị",
    "Vướng mắc về kinh phí; đề nghị UBND tỉnh chỉ đạo",
)
_START = date(2021, 1, 1)
_END = date(2021, 12, 31)
_LAST_EVENT = date(2021, 12, 27)  # before TODAY: no event lies in the future


@dataclass(frozen=True)
class Synthetic:
    """What a generated plan holds, for the report and the smoke test."""

    tasks: int
    agencies: int
    assignments: int
    events: int
    first_task: str
    agency: str  # an agency that leads tasks, used by list/record/submit
    agency_task: str  # a task that ``agency`` alone leads


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for the text we generate)."""
    return json.dumps(text, ensure_ascii=False)


def _clamp(day: date, low: date = date(2021, 1, 4), high: date = _LAST_EVENT) -> date:
    return min(max(day, low), high)


def agency_keys() -> tuple[list[str], list[str]]:
    departments = [f"so-{i:02d}" for i in range(1, N_DEPARTMENTS + 1)]
    districts = [f"huyen-{i:02d}" for i in range(1, N_DISTRICTS + 1)]
    return departments, districts


def task_id(index: int) -> str:
    per_section = TASKS_PER_SUBSECTION * SUBSECTIONS_PER_SECTION
    section = index // per_section + 1
    sub = index % per_section // TASKS_PER_SUBSECTION + 1
    item = index % TASKS_PER_SUBSECTION + 1
    return f"{section}.{sub}.{item}"


def synthetic_plan(n_tasks: int) -> tuple[str, Synthetic]:
    """A valid plan file (format 1) with ``n_tasks`` tasks; the same text every time."""
    departments, districts = agency_keys()
    agencies = departments + districts
    out: list[str] = [
        f"# Kế hoạch tổng hợp để đo tốc độ kehoach: {n_tasks} nhiệm vụ (bench/run.py).",
        "",
        "format = 1",
        "",
        "[plan]",
        f'id = "bench-{n_tasks}"',
        f"title = {_q(f'Chương trình công tác thử nghiệm, {n_tasks} nhiệm vụ')}",
        f"issuer = {_q('Ủy ban nhân dân tỉnh')}",
        f"signer = {_q('Nguyễn Văn A')}",
        f"signer_title = {_q('Chủ tịch')}",
        f"start = {_START.isoformat()}",
        f"end = {_END.isoformat()}",
        'deadline_rule = "next_working_day"',
        "",
        "[sections]",
    ]
    per_section = TASKS_PER_SUBSECTION * SUBSECTIONS_PER_SECTION
    n_sections = max(1, -(-n_tasks // per_section))
    for s in range(1, n_sections + 1):
        out.append(f'"{s}" = {_q(f"Lĩnh vực công tác số {s}")}')
        for m in range(1, SUBSECTIONS_PER_SECTION + 1):
            lead = agencies[(s * 7 + m) % len(agencies)]
            out.append(f'"{s}.{m}" = {_q(f"Nhóm nhiệm vụ {s}.{m} ({lead} chủ trì):")}')
    out.append("")
    for i, key in enumerate(departments, start=1):
        out += [
            f"[agencies.{key}]",
            f"name = {_q(f'Sở Chuyên ngành số {i:02d}')}",
            f"short = {_q(f'Sở {i:02d}')}",
            f"aliases = [{_q(f'SCN{i:02d}')}]",
            'kind = "department"',
            "",
        ]
    for i, key in enumerate(districts, start=1):
        out += [
            f"[agencies.{key}]",
            f"name = {_q(f'Ủy ban nhân dân huyện Đồng Số {i:02d}')}",
            f"short = {_q(f'Huyện {i:02d}')}",
            'kind = "district"',
            "",
        ]
    out += [
        "[groups.departments]",
        f"name = {_q('Các sở, ban, ngành')}",
        "members = [" + ", ".join(_q(k) for k in departments) + "]",
        "",
        "[groups.districts]",
        f"name = {_q('UBND các huyện, thành phố, thị xã')}",
        "members = [" + ", ".join(_q(k) for k in districts) + "]",
        "",
    ]
    first = task_id(0)
    for rid, name, rrule, period in (
        ("bc-thang", "Báo cáo tháng", "FREQ=MONTHLY;BYMONTHDAY=20", "month"),
        ("bc-nam", "Báo cáo năm", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10", "year"),
    ):
        out += [
            "[[reports]]",
            f'id = "{rid}"',
            f"name = {_q(name)}",
            'from = ["@departments", "@districts"]',
            f'to = ["{departments[0]}"]',
            f'rrule = "{rrule}"',
            f'period = "{period}"',
            f'task = "{first}"',
            "",
        ]

    events: dict[str, list[tuple[date, str]]] = {key: [] for key in agencies}
    assignments = 0
    agency_task = ""
    for i in range(n_tasks):
        tid = task_id(i)
        if i % TASKS_PER_SUBSECTION == 0:
            out.append(f"# ── {tid.rsplit('.', 1)[0]} ──")
        request = i % 97 == 96
        if i % 5 == 0:
            lead_refs, leads = ["@districts"], districts
        else:
            lead_refs = leads = [agencies[i % len(agencies)]]
        support = [agencies[(i + 7) % len(agencies)], agencies[(i + 13) % len(agencies)]]
        support = [s for s in support if s not in leads]
        if i % 9 == 0:
            support.append("@departments")
        text = f"{_PHRASES[i % 8]}; {_PHRASES[(i * 3 + 1) % 8]} (nội dung {i + 1})."
        due = _START + timedelta(days=14 + (i * 37) % 340) if i % 5 < 3 else None
        out += [
            "[[tasks]]",
            f'id = "{tid}"',
            f'section = "{tid.rsplit(".", 1)[0]}"',
            f"text = {_q(text)}",
            "lead = [" + ", ".join(_q(r) for r in lead_refs) + "]",
        ]
        if support:
            out.append("support = [" + ", ".join(_q(r) for r in support) + "]")
        if due:
            out.append(f"due = {due.isoformat()}")
        if i % 4 == 1:
            out.append(f"references = [{_q('Nghị quyết số 01/NQ-CP ngày 01/01/2021')}]")
        if request:
            out.append('kind = "request"')
        out.append("")
        if request:
            continue
        if not agency_task and leads == [agencies[1]]:
            agency_task = tid
        for agency in leads:
            c = assignments
            assignments += 1
            if c % 7 == 6:
                continue  # no update yet for about one assignment in seven
            status = ("done",) * 6 + ("in_progress", "in_progress", "blocked", "cancelled")
            final = status[c % 10]
            around = due or _START + timedelta(days=31 + (c * 11) % 320)
            when = _clamp(around + timedelta(days=(c * 13) % 41 - 20))
            if c % 3 == 0:
                earlier = _clamp(when - timedelta(days=30))
                events[agency].append((earlier, _event(earlier, tid, "in_progress")))
            note = _NOTES[c % len(_NOTES)] if c % 11 == 0 else ""
            ref = f"Công văn số {c}/CV-{agency.upper()}" if c % 13 == 0 else ""
            events[agency].append((when, _event(when, tid, final, note, ref)))
    for a, agency in enumerate(agencies):
        for month in range(1, 13):
            sent = date(2021, month, 14 + (a * 3 + month) % 10)
            line = (
                f'{{ date = {sent.isoformat()}, report = "bc-thang", period = "2021-{month:02d}" }}'
            )
            events[agency].append((sent, line))
        sent = date(2021, 12, 3 + a % 9)
        events[agency].append(
            (sent, f'{{ date = {sent.isoformat()}, report = "bc-nam", period = "2021" }}')
        )

    out.append("# ══════ NHẬT KÝ (kehoach record / submit ghi thêm) ══════")
    out.append("")
    total = 0
    for agency in agencies:
        log = [line for _, line in sorted(events[agency], key=lambda e: e[0])]
        total += len(log)
        out.append(f"[events.{agency}]")
        if log:
            out.append("log = [")
            out += [f"  {line}," for line in log]
            out.append("]")
        else:
            out.append("log = []")
        out.append("")
    info = Synthetic(
        tasks=n_tasks,
        agencies=len(agencies),
        assignments=assignments,
        events=total,
        first_task=first,
        agency=agencies[1],
        agency_task=agency_task or first,
    )
    return "\n".join(out), info


def _event(day: date, task: str, status: str, note: str = "", ref: str = "") -> str:
    parts = [f"date = {day.isoformat()}", f'task = "{task}"', f'status = "{status}"']
    if ref:
        parts.append(f"ref = {_q(ref)}")
    if note:
        parts.append(f"note = {_q(note)}")
    return "{ " + ", ".join(parts) + " }"


# -- the commands -----------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One plan to measure against and the arguments that fit it."""

    label: str  # "real" or the number of tasks
    plan: Path  # read commands
    write_plan: Path  # record/submit append here, so reads keep a stable file
    tasks: int
    events: int
    size_bytes: int
    agency: str
    show_task: str
    record_task: str


@dataclass(frozen=True)
class Command:
    name: str
    kind: str  # read | write | help | baseline | info
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    ref: str | None = None  # a baseline (``python -c REF``) to alternate with, too


def kehoach_argv(python: str) -> list[str]:
    """The console script next to the interpreter, as people run it; else ``-m``."""
    folder = Path(python).parent
    for name in ("kehoach", "kehoach.exe"):
        script = folder / name
        if script.is_file():
            return [str(script)]
    return [python, "-m", "kehoach_cli"]


def floor_argv(python: str, plan: Path) -> list[str]:
    code = f"import typer, tabulate, tomllib; tomllib.load(open({str(plan)!r}, 'rb'))"
    return [python, "-c", code]


def commands(case: Case, python: str, first: bool) -> list[Command]:
    k = kehoach_argv(python)
    read = [*k, "--file", str(case.plan), "--today", TODAY]
    write = [*k, "--file", str(case.write_plan), "--today", TODAY]
    found: list[Command] = []
    if first:
        found += [Command(b, "baseline", [python, "-c", b]) for b in BASELINES]
        found += [Command(h, "help", [*k, h], ref=BASELINES[0]) for h in HELP]
    plan_commands = [
        Command("list", "read", [*read, "list", "--agency", case.agency]),
        Command("show", "read", [*read, "show", case.show_task]),
        Command("deadlines", "read", [*read, "deadlines"]),
        Command("overdue", "read", [*read, "overdue"]),
        Command("reports", "read", [*read, "reports"]),
        Command("summary", "read", [*read, "summary"]),
        Command("check", "read", [*read, "check"]),
        Command("validate", "read", [*read, "validate"]),
        Command(
            "list (no cache)",
            "info",
            [*read, "list", "--agency", case.agency],
            {"KEHOACH_NO_CACHE": "1"},
        ),
        Command(
            "record",
            "write",
            [
                *write,
                "record",
                case.record_task,
                "in_progress",
                "--agency",
                case.agency,
                "--date",
                TODAY,
                "--note",
                "Đo tốc độ",
            ],
        ),
        Command(
            "submit",
            "write",
            [
                *write,
                "submit",
                case.agency,
                "--report",
                "bc-thang",
                "--period",
                "2021-12",
                "--date",
                TODAY,
                "--correct",
            ],
        ),
    ]
    found += [Command(c.name, c.kind, c.argv, c.env, BASELINES[1]) for c in plan_commands]
    return found


def registered(python: str) -> set[str] | None:
    """Names of the commands the installed kehoach has, or None if it cannot be imported."""
    code = (
        "import json\n"
        "from typer.main import get_command_name\n"
        "from kehoach_cli.cli import app\n"
        "print(json.dumps([c.name or get_command_name(c.callback.__name__)"
        " for c in app.registered_commands]))\n"
    )
    proc = subprocess.run([python, "-c", code], capture_output=True, text=True, env=clean_env())
    if proc.returncode != 0:
        return None
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def subcommand(cmd: Command) -> str | None:
    if cmd.kind in ("read", "write", "info"):
        return cmd.name.split()[0]
    return None


# -- measuring --------------------------------------------------------------

_CACHE_DIR: Path | None = None

MEMORY_WRAPPER = """\
import subprocess, sys
try:
    import resource
except ImportError:
    resource = None
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
if resource is None:
    print("null", code)
else:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(peak if sys.platform == "darwin" else peak * 1024, code)
"""


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KEHOACH_", "PYTHON"))}
    env.update({"NO_COLOR": "1", "COLUMNS": "100", "LINES": "50"})
    if _CACHE_DIR is not None:
        env["XDG_CACHE_HOME"] = str(_CACHE_DIR)
    env.update(extra or {})
    return env


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    return elapsed, proc.returncode, proc.stderr.decode("utf-8", "replace")


def peak_memory(python: str, argv: list[str], env: dict[str, str]) -> int | None:
    """Peak resident memory of one run of ``argv``, in bytes (None where unknown)."""
    proc = subprocess.run(
        [python, "-c", MEMORY_WRAPPER, *argv], capture_output=True, text=True, env=env
    )
    try:
        value = proc.stdout.split()[0]
    except IndexError:
        return None
    return None if value == "null" else int(value)


@dataclass
class Measured:
    name: str
    kind: str
    argv: list[str]
    status: str = "ok"  # ok | missing | error
    error: str = ""
    ref: str | None = None
    times: list[float] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    ref_times: list[float] = field(default_factory=list)
    ref_ratios: list[float] = field(default_factory=list)
    peak_bytes: int | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def ratio(self) -> float | None:
        return statistics.median(self.ratios) if self.ratios else None

    @property
    def ref_ratio(self) -> float | None:
        return statistics.median(self.ref_ratios) if self.ref_ratios else None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "argv": self.argv,
            "status": self.status,
            "error": self.error,
            "median_s": self.median,
            "ratio_to_floor": self.ratio,
            "times_s": self.times,
            "floor_times_s": self.floors,
            "ratios": self.ratios,
            "baseline": f"python -c '{self.ref}'" if self.ref else None,
            "ratio_to_baseline": self.ref_ratio,
            "baseline_times_s": self.ref_times,
            "baseline_ratios": self.ref_ratios,
            "peak_bytes": self.peak_bytes,
        }


def measure(
    cmd: Command,
    floor: list[str],
    python: str,
    runs: int,
    warmup: int,
    have: set[str] | None,
) -> Measured:
    result = Measured(cmd.name, cmd.kind, cmd.argv, ref=cmd.ref)
    name = subcommand(cmd)
    if name is not None and (have is None or name not in have):
        result.status = "missing"
        return result
    env = clean_env(cmd.env)
    base_env = clean_env()
    for _ in range(max(1, warmup)):  # at least one, to see that the command works
        _, code, err = run_once(cmd.argv, env)
        run_once(floor, base_env)
        if code not in (0, 1):
            result.status = "error"
            lines = [ln for ln in err.strip().splitlines() if ln.strip()]
            result.error = f"exit {code}: " + (lines[-1] if lines else "")
            return result
    # Each round runs the floor, the command and its baseline, in an order that
    # rotates from round to round so that no one always runs first.
    jobs: list[tuple[str, list[str], dict[str, str]]] = [
        ("floor", floor, base_env),
        ("cmd", cmd.argv, env),
    ]
    if cmd.ref:
        jobs.append(("ref", [python, "-c", cmd.ref], base_env))
    for i in range(runs):
        took: dict[str, float] = {}
        for k in range(len(jobs)):
            label, argv, job_env = jobs[(i + k) % len(jobs)]
            took[label] = run_once(argv, job_env)[0]
        result.times.append(took["cmd"])
        result.floors.append(took["floor"])
        result.ratios.append(took["cmd"] / took["floor"])
        if cmd.ref:
            result.ref_times.append(took["ref"])
            result.ref_ratios.append(took["cmd"] / took["ref"])
    result.peak_bytes = peak_memory(python, cmd.argv, env)
    return result


# -- targets ----------------------------------------------------------------


@dataclass
class Target:
    name: str
    met: bool | None  # None: not measured in this run
    detail: str

    def as_json(self) -> dict[str, Any]:
        return {"target": self.name, "met": self.met, "detail": self.detail}


def _ratio_to(row: Measured, base: str) -> float | None:
    """Median ratio of ``row`` to the baseline it was alternated with."""
    return row.ref_ratio if row.ref == base else None


def _worst(
    rows: Iterable[Measured], value: Callable[[Measured], float | None], limit: float, strict: bool
) -> tuple[bool | None, str]:
    rows = list(rows)
    if not rows:
        return None, "not measured"
    bad = [r for r in rows if r.status != "ok"]
    if bad:
        return False, ", ".join(f"{r.name}: {r.status}" for r in bad)
    values = [(value(r), r.name) for r in rows]
    if any(v is None for v, _ in values):
        return None, "not measured"
    worst, name = max(values)  # type: ignore[type-var]
    ok = worst < limit if strict else worst <= limit
    return ok, f"worst {name} {worst:.2f}× (limit {'<' if strict else '≤'} {limit:g}×)"


def targets(
    results: dict[str, dict[str, Measured]], items: dict[str, int] | None = None
) -> list[Target]:
    """Each target, met or not, from one run's results (``items``: tasks + events)."""
    found: list[Target] = []
    if items is None:
        items = {label: int(label) for label in results if label.isdigit()}

    def rows(label: str, kinds: tuple[str, ...], names: tuple[str, ...] = ()) -> list[Measured]:
        table = results.get(label, {})
        return [r for r in table.values() if r.kind in kinds and (not names or r.name in names)]

    def add(name: str, outcome: tuple[bool | None, str]) -> None:
        found.append(Target(name, *outcome))

    add(
        "read commands ≤ 1.25 × floor on the real plan",
        _worst(rows("real", ("read",)), lambda r: r.ratio, 1.25, False),
    )
    add(
        f"read commands below the floor at {LARGE:,} tasks",
        _worst(rows(str(LARGE), ("read",)), lambda r: r.ratio, 1.0, True),
    )
    add(
        f"read commands ≤ 1.5 × `python -c '{BASELINES[1]}'` at {LARGE:,} tasks",
        _worst(rows(str(LARGE), ("read",)), lambda r: _ratio_to(r, BASELINES[1]), 1.5, False),
    )
    add(
        "record and submit ≤ 1.6 × floor on the real plan",
        _worst(rows("real", ("write",)), lambda r: r.ratio, 1.6, False),
    )
    add(
        f"record and submit ≤ 2.2 × floor at {LARGE:,} tasks",
        _worst(rows(str(LARGE), ("write",)), lambda r: r.ratio, 2.2, False),
    )
    helps = [r for table in results.values() for r in table.values() if r.kind == "help"]
    add(
        f"--help and --version ≤ 1.1 × `python -c '{BASELINES[0]}'`",
        _worst(helps, lambda r: _ratio_to(r, BASELINES[0]), 1.1, False),
    )
    mem_rows = rows(str(LARGE), ("read", "write", "info"))
    if mem_rows and all(r.status == "ok" and r.peak_bytes is None for r in mem_rows):
        add(f"peak memory < 150 MB at {LARGE:,} tasks", (None, "resource module unavailable"))
    else:
        add(
            f"peak memory < 150 MB at {LARGE:,} tasks",
            _worst_memory(mem_rows, 150),
        )
    add("time grows no faster than linearly with tasks and events", _linear(results, items))
    return found


def _worst_memory(rows: list[Measured], limit_mb: float) -> tuple[bool | None, str]:
    if not rows:
        return None, "not measured"
    bad = [r for r in rows if r.status != "ok"]
    if bad:
        return False, ", ".join(f"{r.name}: {r.status}" for r in bad)
    known = [(r.peak_bytes / 2**20, r.name) for r in rows if r.peak_bytes is not None]
    if not known:
        return None, "not measured"
    worst, name = max(known)
    return worst < limit_mb, f"worst {name} {worst:.0f} MB (limit < {limit_mb:g} MB)"


def _spread(values: list[float]) -> float:
    """Interquartile range: how much a median of these runs may be off."""
    if len(values) < 2:
        return 0.0
    q1, _, q3 = statistics.quantiles(values, n=4)
    return q3 - q1


def _linear(
    results: dict[str, dict[str, Measured]], items: dict[str, int]
) -> tuple[bool | None, str]:
    """Time must not bend upwards as the plan grows.

    Times are in units of ``python -c 'import typer, tabulate'``, measured side
    by side, and plans are counted in tasks + events. From 100 to 1,000 tasks
    each command's time grows at some rate per item; from 1,000 to 5,000 it
    may grow at most a quarter faster, after allowing for the run-to-run
    spread (interquartile range) of the two smaller measurements. A quadratic
    step would make the rate grow about fivefold.
    """
    sizes = ("100", "1000", str(LARGE))
    if not all(s in results for s in sizes):
        return None, "needs sizes 100, 1000 and 5000"
    n0, n1, n2 = (items[s] for s in sizes)
    worst: tuple[float, str] | None = None
    for name, first in results[sizes[0]].items():
        rows = [results[s].get(name) for s in sizes]
        if first.kind not in ("read", "write", "info"):
            continue
        if any(r is None or r.status != "ok" or r.ref_ratio is None for r in rows):
            continue
        y0, y1, y2 = (r.ref_ratio for r in rows)  # type: ignore[union-attr]
        noise = _spread(rows[0].ref_ratios) + _spread(rows[1].ref_ratios)  # type: ignore[union-attr]
        rate = max(y1 - y0 + noise, 0.0) / (n1 - n0)
        allowed = 1.25 * rate * (n2 - n1)
        used = max(y2 - y1, 0.0) / allowed if allowed > 0 else float(y2 > y1)
        if worst is None or used > worst[0]:
            worst = (used, name)
    if worst is None:
        return None, "not measured"
    return worst[0] <= 1.0, f"worst {worst[1]}: {worst[0]:.2f} of the linear allowance"


# -- the run ----------------------------------------------------------------


def prepare(label: str, folder: Path) -> Case:
    here = folder / f"plan-{label}"
    (here / "data").mkdir(parents=True, exist_ok=True)
    plan = here / "data" / "tasks.toml"
    write_plan = here / "write" / "tasks.toml"
    write_plan.parent.mkdir(exist_ok=True)
    if label == "real":
        # the shipped sample is marked (check and writes refuse it); an office's copy is not
        from kehoach_cli.planfile.load import without_sample_mark

        plan.write_text(without_sample_mark(REAL_PLAN.read_text(encoding="utf-8")), "utf-8")
        with plan.open("rb") as handle:
            data = tomllib.load(handle)
        case_tasks = len(data.get("tasks", []))
        events = sum(len(t.get("log", [])) for t in data.get("events", {}).values())
        agency, show, record = "stc", "1.3", "1.3"
    else:
        text, info = synthetic_plan(int(label))
        plan.write_text(text, encoding="utf-8", newline="\n")
        case_tasks, events = info.tasks, info.events
        agency, show, record = info.agency, info.agency_task, info.agency_task
    shutil.copyfile(plan, write_plan)
    return Case(
        label, plan, write_plan, case_tasks, events, plan.stat().st_size, agency, show, record
    )


def fmt_row(cells: list[str], widths: list[int]) -> str:
    padded = [
        c.ljust(w) if i < 2 else c.rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(padded).rstrip()


def table(results: dict[str, dict[str, Measured]], cases: dict[str, Case]) -> str:
    head = ["plan", "command", "median s", "× floor", "× baseline", "baseline", "peak MB"]
    body: list[list[str]] = []
    for label, rows in results.items():
        case = cases[label]
        floor_times = [f for r in rows.values() for f in r.floors]
        floor = statistics.median(floor_times) if floor_times else None
        plan = (
            f"{label} ({case.tasks:,} tasks, {case.events:,} events)"
            if label != "real"
            else f"real ({case.tasks} tasks)"
        )
        body.append([plan, "floor", f"{floor:.3f}" if floor else "-", "1.00", "", "", ""])
        for r in rows.values():
            if r.status != "ok":
                body.append(["", r.name, r.status, r.error[:40], "", "", ""])
                continue
            rel = r.ref_ratio
            body.append(
                [
                    "",
                    r.name,
                    f"{r.median:.3f}",
                    f"{r.ratio:.2f}",
                    f"{rel:.2f}" if rel is not None else "",
                    SHORT_BASELINE.get(r.ref or "", ""),
                    f"{r.peak_bytes / 2**20:.0f}" if r.peak_bytes else "n/a",
                ]
            )
    widths = [max(len(row[i]) for row in [head, *body]) for i in range(len(head))]
    lines = [fmt_row(head, widths), fmt_row(["-" * w for w in widths], widths)]
    lines += [fmt_row(row, widths) for row in body]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(DEFAULT_SIZES),
        help="comma-separated: 'real' (data/tasks.toml) and numbers of tasks "
        f"(default {','.join(DEFAULT_SIZES)})",
    )
    parser.add_argument("--runs", type=int, default=None, help="timed runs per command (7)")
    parser.add_argument("--warmup", type=int, default=1, help="warm-up runs per command (1)")
    parser.add_argument("--quick", action="store_true", help="3 runs per command")
    parser.add_argument(
        "--commands", default="", help="only these (comma-separated names, e.g. list,record)"
    )
    parser.add_argument("--python", default=sys.executable, help="interpreter to measure with")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON")
    parser.add_argument("--keep", action="store_true", help="keep the generated plans")
    parser.add_argument("--strict", action="store_true", help="exit 1 unless every target is met")
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 3 if args.quick else 7
    return args


def main(argv: list[str] | None = None) -> int:
    global _CACHE_DIR
    args = parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s != "real" and not s.isdigit():
            raise SystemExit(f"--sizes: {s!r} is neither 'real' nor a number of tasks")
    only = {c.strip() for c in args.commands.split(",") if c.strip()}
    python = args.python
    folder = Path(tempfile.mkdtemp(prefix="kehoach-bench-"))
    _CACHE_DIR = folder / "cache"
    started = time.perf_counter()
    try:
        have = registered(python)
        if have is None:
            print(f"warning: {python} cannot import kehoach_cli; every command is 'missing'.")
        print(f"python {platform.python_version()} at {python}; {args.runs} runs per command")
        results: dict[str, dict[str, Measured]] = {}
        cases: dict[str, Case] = {}
        for n, label in enumerate(sizes):
            case = prepare(label, folder)
            cases[label] = case
            floor = floor_argv(python, case.plan)
            rows: dict[str, Measured] = {}
            for cmd in commands(case, python, first=n == 0):
                if only and cmd.kind != "baseline" and cmd.name.split()[0] not in only:
                    continue
                rows[cmd.name] = row = measure(cmd, floor, python, args.runs, args.warmup, have)
                shown = f"{row.ratio:.2f}× floor" if row.ratio is not None else row.status
                print(f"  {label:>5} {cmd.name:<22} {shown}", flush=True)
            results[label] = rows
        print()
        print(table(results, cases))
        print()
        found = targets(results, {label: c.tasks + c.events for label, c in cases.items()})
        print("Targets:")
        for t in found:
            mark = "met" if t.met else ("not measured" if t.met is None else "NOT MET")
            print(f"  [{mark}] {t.name}: {t.detail}")
        elapsed = time.perf_counter() - started
        print(f"\n({elapsed:.0f} s; results in {args.out})")
        report = {
            "python": platform.python_version(),
            "interpreter": python,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "runs": args.runs,
            "today": TODAY,
            "floor": FLOOR_TEXT,
            "plans": {
                label: {
                    "tasks": c.tasks,
                    "events": c.events,
                    "bytes": c.size_bytes,
                    "commands": {name: r.as_json() for name, r in results[label].items()},
                }
                for label, c in cases.items()
            },
            "targets": [t.as_json() for t in found],
            "seconds": elapsed,
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", "utf-8")
        if args.strict and not all(t.met for t in found):
            return 1
        return 0
    finally:
        if args.keep:
            print(f"plans kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
