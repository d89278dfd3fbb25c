"""The benchmark harness (bench/run.py) still runs; its plans are valid and deterministic.

The full benchmark is not part of the test suite: this runs it at a tiny size,
once, so that it cannot rot. It asserts nothing about speed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kehoach_cli.planfile import load as storage

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kehoach_bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_synthetic_plan_is_valid_and_deterministic(bench, tmp_path):
    text, info = bench.synthetic_plan(120)
    again, _ = bench.synthetic_plan(120)
    assert text == again
    path = tmp_path / "tasks.toml"
    path.write_text(text, encoding="utf-8")
    plan = storage.validate(storage.read_raw(storage.PlanSource(path)), str(path))
    assert len(plan.tasks) == info.tasks == 120
    assert len(plan.agencies) == info.agencies == 40
    assert set(plan.groups) == {"departments", "districts"}
    assert [r.id for r in plan.reports] == ["bc-thang", "bc-nam"]
    assert len(plan.events) == info.events
    submissions = [e for e in plan.events if e.report == "bc-thang"]
    assert len(submissions) == 40 * 12  # a year of monthly reports from every agency
    statuses = {(e.task, e.agency) for e in plan.events if e.task}
    assert len(statuses) > info.assignments * 0.8  # most assignments have an update
    assert plan.task(info.agency_task).lead == (info.agency,)


def test_large_plan_has_the_promised_number_of_events(bench):
    _, info = bench.synthetic_plan(5000)
    assert info.tasks == 5000
    assert info.events >= 20_000


def test_harness_runs_at_a_tiny_size(bench, tmp_path, capsys):
    out = tmp_path / "results.json"
    code = bench.main(
        [
            "--sizes",
            "12",
            "--runs",
            "1",
            "--commands",
            "validate,record,--version",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "Targets:" in printed
    assert "floor" in printed
    report = json.loads(out.read_text(encoding="utf-8"))
    plan = report["plans"]["12"]
    assert plan["tasks"] == 12
    assert set(plan["commands"]) == {
        "import typer",
        "import typer, tabulate",
        "--version",
        "validate",
        "record",
    }
    for name, row in plan["commands"].items():
        assert row["status"] == "ok", (name, row)
        assert len(row["times_s"]) == 1
        assert row["ratio_to_floor"] > 0
        if row["kind"] != "baseline":
            assert row["ratio_to_baseline"] > 0
        if sys.platform != "win32":
            assert row["peak_bytes"] > 1_000_000
    assert {t["target"] for t in report["targets"]} >= {
        "read commands ≤ 1.25 × floor on the real plan",
        "peak memory < 150 MB at 5,000 tasks",
    }


def test_unregistered_commands_are_reported_missing(bench, tmp_path):
    command = bench.Command("summary", "read", ["kehoach", "summary"])
    row = bench.measure(command, ["python", "-c", "pass"], sys.executable, 1, 1, {"list"})
    assert row.status == "missing"
    assert row.times == []
    results = {"real": {"summary": row}}
    (target,) = [t for t in bench.targets(results) if "real plan" in t.name and "read" in t.name]
    assert target.met is False
    assert "summary: missing" in target.detail


def test_targets_compare_ratios_measured_side_by_side(bench):
    def row(name, kind, ratio, ref=None, ref_ratio=None):
        measured = bench.Measured(name, kind, [], ref=ref)
        measured.times, measured.floors, measured.ratios = [0.1], [0.1], [ratio]
        if ref:
            measured.ref_times, measured.ref_ratios = [0.1], [ref_ratio]
        return measured

    typer_only = "import typer"
    results = {
        "real": {
            "--help": row("--help", "help", 0.54, typer_only, 1.08),
            "--version": row("--version", "help", 0.50, typer_only, 1.02),
            "list": row("list", "read", 1.2),
            "show": row("show", "read", 1.3),
        }
    }
    found = {t.name: t for t in bench.targets(results)}
    reads = found["read commands ≤ 1.25 × floor on the real plan"]
    assert reads.met is False and "show 1.30×" in reads.detail
    helps = found["--help and --version ≤ 1.1 × `python -c 'import typer'`"]
    assert helps.met is True and "--help 1.08×" in helps.detail
    assert found["peak memory < 150 MB at 5,000 tasks"].met is None  # not measured
    results["real"]["--help"].ref_ratios = [1.3]
    assert not {t.name: t for t in bench.targets(results)}[helps.name].met


def test_linearity_catches_a_command_that_bends_upwards(bench):
    items = {"100": 1_000, "1000": 6_000, "5000": 27_000}

    def results(at_5000: float) -> dict:
        table = {}
        for label, units in (("100", 1.1), ("1000", 1.6), ("5000", at_5000)):
            row = bench.Measured("list", "read", [], ref="import typer, tabulate")
            row.times, row.floors, row.ratios = [0.1] * 3, [0.1] * 3, [1.0] * 3
            row.ref_times, row.ref_ratios = [0.1] * 3, [units] * 3
            table[label] = {"list": row}
        return table

    straight = 1.6 + (1.6 - 1.1) / 5_000 * 21_000  # the same cost per item all along
    assert bench._linear(results(straight), items)[0] is True
    assert bench._linear(results(2 * straight), items)[0] is False
