"""The plan file's three-way merge (kehoach_cli.planfile.merge) and the merge-driver command."""

from __future__ import annotations

import tomllib
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.planfile.layout import conflict_problems, scan
from kehoach_cli.planfile.load import PlanSource, decode, load, parse_toml
from kehoach_cli.planfile.merge import OURS_MARK, THEIRS_MARK, freeze, merge, split
from kehoach_cli.planfile.schema import build_plan
from kehoach_cli.planfile.writer import event_line, splice_event
from kehoach_cli.present.labels import say
from tests.conftest import REAL_PLAN

BASE = REAL_PLAN.read_text(encoding="utf-8")
TASK_121 = 'id = "1.2.1"\nsection = "1.2"\n'


@cache
def _agency_order() -> tuple[str, ...]:
    return tuple(tomllib.loads(BASE)["agencies"])


def record(text: str, agency: str, **fields: Any) -> str:
    """What ``kehoach record``/``submit`` does to the text: one spliced line."""
    spliced = splice_event(text, agency, event_line(fields), list(_agency_order()))
    assert spliced is not None
    return spliced


def events(text: str) -> dict[str, list[dict[str, Any]]]:
    data = tomllib.loads(text)
    return {agency: table["log"] for agency, table in data["events"].items()}


def assert_valid(text: str) -> None:
    plan, problems = build_plan(tomllib.loads(text), text, "merged")
    assert problems == [] and plan is not None


def resolve(text: str, side: str) -> str:
    """What a person does with git's markers: keep one side, drop the marker lines."""
    kept: list[str] = []
    part = None
    for line in text.split("\n"):
        if line.startswith("<<<<<<< "):
            part = "ours"
        elif line == "=======" and part:
            part = "theirs"
        elif line.startswith(">>>>>>> "):
            part = None
        elif part in (None, side):
            kept.append(line)
    return "\n".join(kept)


def keep_both(text: str) -> str:
    """What the tool advises for the regions the merge marks: keep the lines of both
    sides (an item only one side has is kept; two versions of one item: ours)."""
    kept: list[str] = []
    part = None
    mine: list[str] = []
    other: list[str] = []
    for line in text.split("\n"):
        if line.startswith("<<<<<<< "):
            part, mine, other = "ours", [], []
        elif line == "=======" and part:
            part = "theirs"
        elif line.startswith(">>>>>>> "):
            mine_items = [x for x in mine if x.startswith("[")]
            other_items = [x for x in other if x.startswith("[")]
            both_items = mine_items and other_items
            kept.extend(mine if both_items else mine + other)
            part = None
        elif part == "ours":
            mine.append(line)
        elif part == "theirs":
            other.append(line)
        else:
            kept.append(line)
    return "\n".join(kept)


def set_due(text: str, day: str) -> str:
    assert TASK_121 in text
    return text.replace(TASK_121, f"{TASK_121}due = {day}\n")


# -- splitting -------------------------------------------------------------------


def test_split_gives_the_text_back_item_by_item():
    layout = split(BASE)
    keys = [b.key for b in layout.blocks]
    assert keys[:3] == [("preamble",), ("table", "plan"), ("table", "sections")]
    assert ("tasks", "1.2.1") in keys and ("reports", "bc-thang") in keys
    assert ("table", "agencies.stc") in keys and ("table", "events.stc") in keys
    assert len(keys) == len(set(keys))
    assert "\n".join([*(line for b in layout.blocks for line in b.lines), *layout.epilogue]) == BASE


def test_an_item_owns_the_heading_comments_above_it():
    task = split(BASE).by_key[("tasks", "1.2.1")]
    assert task.lines[task.head] == "[[tasks]]"
    assert any(line.startswith("# ── 1.2.") for line in task.lines[: task.head])


def test_brackets_inside_strings_and_open_arrays_are_not_headers():
    text = "\n".join(
        [
            "a = 1",
            'b = """',
            "[not.a.header]",
            '"""',
            "c = [",
            "  [1, 2],",
            "]",
            "d = '''x",
            "[[nor.this]]'''",
            '[real]  # comment with "quote',
            'e = "[x] # y"',
            "[[tasks]]",
        ]
    )
    assert [table.index for table in scan(text).headers] == [9, 11]


def test_a_repeated_task_id_cannot_be_merged():
    block = '\n[[tasks]]\nid = "1.3"\nsection = "1"\ntext = "x"\nlead = []\n'
    with pytest.raises(KehoachError) as caught:
        split(BASE + block)
    assert "nhiệm vụ 1.3 xuất hiện hai lần" in say(caught.value.message)


# -- events ------------------------------------------------------------------------


def test_both_sides_record_for_the_same_agency_and_task():
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done", note="bên này")
    theirs = record(BASE, "stc", date=date(2021, 1, 29), task="1.3", status="in_progress")
    merged = merge(BASE, ours, theirs, "tasks.toml")
    assert merged.conflicts == ()
    expected = record(ours, "stc", date=date(2021, 1, 29), task="1.3", status="in_progress")
    assert merged.text == expected  # what the two commands run one after the other write
    assert [e["date"] for e in events(merged.text)["stc"]] == [date(2021, 1, 28), date(2021, 1, 29)]
    assert [a.agency for a in merged.added] == ["stc"]
    assert_valid(merged.text)


def test_an_event_recorded_on_both_sides_is_kept_once():
    same = {"date": date(2021, 1, 28), "task": "1.3", "status": "done", "ref": "Tờ trình 15"}
    ours = record(BASE, "stc", **same)
    theirs = record(record(BASE, "stc", **same), "skhdt", date=date(2021, 2, 1), task="1.2.1",
                    status="done")  # fmt: skip
    merged = merge(BASE, ours, theirs, "tasks.toml")
    assert events(merged.text)["stc"] == [same]
    assert len(events(merged.text)["skhdt"]) == 1
    assert merged.text.count('ref = "Tờ trình 15"') == 1


def test_an_event_recorded_twice_on_one_side_stays_twice():
    same = {"date": date(2021, 1, 28), "task": "1.3", "status": "done"}
    ours = record(BASE, "stc", **same)
    theirs = record(record(BASE, "stc", **same), "stc", **same)
    assert events(merge(BASE, ours, theirs).text)["stc"] == [same, same]


def test_hostile_notes_come_through_byte_for_byte():
    note = 'Trích "Tờ trình" \\ số #12 ] ,} \'\'\' """ tab\there\nxuống dòng 😀'
    theirs = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done", note=note)
    ours = record(BASE, "stc", date=date(2021, 1, 27), task="1.3", status="in_progress")
    merged = merge(BASE, ours, theirs)
    theirs_line = next(line for line in theirs.split("\n") if "😀" in line)
    assert theirs_line in merged.text.split("\n")
    assert events(merged.text)["stc"][1]["note"] == note


def test_first_event_of_an_agency_on_the_other_side_creates_its_table():
    bare = BASE.replace("[events.sxd]\nlog = []\n\n", "").replace("[events.stc]\nlog = []\n\n", "")
    assert "[events.sxd]" not in bare
    ours = record(bare, "skhdt", date=date(2021, 1, 5), task="1.2.1", status="in_progress")
    theirs = record(bare, "sxd", date=date(2021, 1, 6), task="II.1.2", status="done")
    merged = merge(bare, ours, theirs)
    assert merged.text == record(ours, "sxd", date=date(2021, 1, 6), task="II.1.2", status="done")
    assert_valid(merged.text)


def test_theirs_rewriting_recorded_events_while_ours_appends_is_a_conflict():
    base = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done", note="cũ")
    ours = record(base, "stc", date=date(2021, 2, 1), task="1.3", status="done")
    theirs = base.replace('note = "cũ"', 'note = "sửa tay"')
    merged = merge(base, ours, theirs)
    assert [c.key for c in merged.conflicts] == [("table", "events.stc")]
    assert 'note = "cũ"' in merged.text and 'note = "sửa tay"' in merged.text


def test_one_side_rewriting_events_alone_is_taken():
    base = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done", note="cũ")
    theirs = base.replace('note = "cũ"', 'note = "sửa tay"')
    ours = record(base, "skhdt", date=date(2021, 2, 1), task="1.2.1", status="done")
    merged = merge(base, ours, theirs)
    assert merged.conflicts == ()
    assert events(merged.text)["stc"][0]["note"] == "sửa tay"
    assert len(events(merged.text)["skhdt"]) == 1


# -- the rest of the plan --------------------------------------------------------------


def test_task_text_edited_on_one_side_and_event_on_the_other_are_both_kept():
    edited = BASE.replace("khẩn trương hoàn thiện hồ sơ", "khẩn trương hoàn thiện (sửa) hồ sơ")
    recorded = record(BASE, "skhdt", date=date(2021, 3, 1), task="1.2.1", status="done")
    for ours, theirs in ((edited, recorded), (recorded, edited)):
        merged = merge(BASE, ours, theirs)
        assert merged.conflicts == ()
        data = tomllib.loads(merged.text)
        task = next(t for t in data["tasks"] if t["id"] == "1.2.1")
        assert "hoàn thiện (sửa) hồ sơ" in task["text"]
        assert events(merged.text)["skhdt"][0]["task"] == "1.2.1"
    assert merge(BASE, recorded, edited).taken == (("tasks", "1.2.1"),)


def test_the_same_edit_on_both_sides_is_taken_once():
    ours = set_due(BASE, "2021-03-31")
    theirs = record(set_due(BASE, "2021-03-31"), "stc", date=date(2021, 1, 2), task="1.3",
                    status="in_progress")  # fmt: skip
    merged = merge(BASE, ours, theirs)
    assert merged.conflicts == ()
    assert merged.text.count("due = 2021-03-31") == 1


def test_different_edits_of_one_task_conflict_around_that_task_only():
    ours = set_due(BASE, "2021-03-31")
    theirs = record(set_due(BASE, "2021-04-30"), "stc", date=date(2021, 1, 2), task="1.3",
                    status="in_progress")  # fmt: skip
    merged = merge(BASE, ours, theirs, "data/tasks.toml")
    assert [c.key for c in merged.conflicts] == [("tasks", "1.2.1")]
    lines = merged.text.split("\n")
    start = merged.conflicts[0].line
    assert lines[start - 1] == OURS_MARK
    assert lines[start] == "[[tasks]]"  # the heading comment above stays outside
    region = lines[start - 1 : start - 1 + merged.conflicts[0].lines]
    assert region[-1] == THEIRS_MARK
    assert "due = 2021-03-31" in region and "due = 2021-04-30" in region
    assert sum(line.startswith("[[tasks]]") for line in region) == 2
    # Everything else merged: the other side's event is there.
    assert '  { date = 2021-01-02, task = "1.3", status = "in_progress" },' in lines
    # Resolving to either side gives a valid plan.
    assert_valid(resolve(merged.text, "ours"))
    assert_valid(resolve(merged.text, "theirs"))
    problems = conflict_problems(scan(merged.text), "data/tasks.toml")
    assert len(problems) == 1
    assert "nhiệm vụ 1.2.1" in say(problems[0].message) and problems[0].line == start


def test_validate_names_the_conflicting_item_and_its_line(cli, plan_file):
    ours = set_due(BASE, "2021-03-31")
    theirs = set_due(BASE, "2021-04-30")
    merged = merge(BASE, ours, theirs, "data/tasks.toml")
    plan_file.write_text(merged.text, encoding="utf-8")
    result = cli("--file", str(plan_file), "validate")
    assert result.exit_code == 2
    line = merged.conflicts[0].line
    assert f"{plan_file}:{line}:" in result.stderr
    assert "nhiệm vụ 1.2.1" in result.stderr
    assert "xung đột git" in result.stderr


def test_parse_toml_lists_every_conflict():
    ours = set_due(BASE, "2021-03-31").replace('name = "Sở Tài chính"', 'name = "STC (A)"')
    theirs = set_due(BASE, "2021-04-30").replace('name = "Sở Tài chính"', 'name = "STC (B)"')
    merged = merge(BASE, ours, theirs)
    assert len(merged.conflicts) == 2
    with pytest.raises(KehoachError) as caught:
        parse_toml(decode(merged.text.encode(), "x"), "x")
    messages = [say(p.message) for p in caught.value.problems]
    assert any("đơn vị stc" in m for m in messages)
    assert any("nhiệm vụ 1.2.1" in m for m in messages)


def test_deleting_on_one_side_and_keeping_on_the_other():
    without = BASE.replace(
        split(BASE).by_key[("reports", "bc-nam")].text, "", 1
    )  # drop the yearly report (nothing refers to it)
    merged = merge(BASE, BASE.replace("# Mô tả đầy đủ", "# Mô tả đầy đủ:"), without)
    assert merged.conflicts == ()
    assert [r["id"] for r in tomllib.loads(merged.text)["reports"]] == ["bc-thang"]
    assert "# Mô tả đầy đủ:" in merged.text
    changed = without.replace('name = "Báo cáo tình hình', 'name = "Báo cáo (sửa) tình hình')
    clash = merge(BASE, BASE.replace('id = "bc-nam"\nname = "Báo', 'id = "bc-nam"\nname = "BÁO'),
                  changed)  # fmt: skip
    assert [c.key for c in clash.conflicts] == [("reports", "bc-nam")]


def test_a_task_added_on_the_other_side_lands_after_its_neighbour():
    new_task = '\n[[tasks]]\nid = "1.2.9"\nsection = "1.2"\ntext = "Mới."\nlead = ["skhdt"]'
    anchor = split(BASE).by_key[("tasks", "1.2.3")].text
    theirs = BASE.replace(anchor, anchor + "\n" + new_task, 1)
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    merged = merge(BASE, ours, theirs)
    ids = [t["id"] for t in tomllib.loads(merged.text)["tasks"]]
    assert ids[ids.index("1.2.3") + 1] == "1.2.9"
    assert merged.taken == (("tasks", "1.2.9"),)


def test_a_task_deleted_on_one_side_and_recorded_for_on_the_other_is_marked():
    block = split(BASE).by_key[("tasks", "1.3")].text
    theirs = BASE.replace(block, "", 1)  # task 1.3 removed on the other side …
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")  # … recorded here
    merged = merge(BASE, ours, theirs, "tasks.toml")
    assert [c.key for c in merged.conflicts] == [("tasks", "1.3")]
    problems = conflict_problems(scan(merged.text), "tasks.toml")
    assert "chỉ có ở bản của máy này" in say(problems[0].message)
    kept = keep_both(merged.text)
    assert_valid(kept)
    assert len(events(kept)["stc"]) == 1


def test_an_unreadable_side_is_kept_whole_with_the_other():
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    theirs = BASE + "\n[[tasks]\n"
    merged = merge(BASE, ours, theirs)
    assert [c.key for c in merged.conflicts] == [("file",)]
    assert merged.text == "\n".join([OURS_MARK, ours.rstrip("\n"), "=======", theirs.rstrip("\n"),
                                     THEIRS_MARK]) + "\n"  # fmt: skip
    (problem,) = conflict_problems(scan(merged.text), "x")
    assert say(problem.message).startswith("xung đột git chưa giải quyết ở tệp (dòng 1–")


def test_files_added_on_both_sides_merge_from_an_empty_base():
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    theirs = record(BASE, "skhdt", date=date(2021, 1, 29), task="1.2.1", status="done")
    merged = merge("", ours, theirs)
    assert merged.conflicts == ()
    assert len(events(merged.text)["stc"]) == 1 and len(events(merged.text)["skhdt"]) == 1


# -- the property: the union of both sides' events, and a file that loads -----------------

_PLAN, _ = load(PlanSource(REAL_PLAN))
_TASK_OWNERS = [
    (t.id, lead) for t in _PLAN.tasks if t.tracked for lead in _PLAN.leads(t)[:3]
]  # fmt: skip
_REPORTERS = list(_PLAN.reporters(_PLAN.report_by_id["bc-thang"]))[:6]
_NOTES = st.sampled_from(["", "Đã trình UBND tỉnh", 'ghi "chú" # ] \\ ,', "dòng 1\ndòng 2", "😀"])
_DAYS = st.sampled_from([date(2021, 1, 28), date(2021, 2, 1), date(2021, 3, 15)])

_RECORD = st.builds(
    lambda owner, status, day, note: (
        owner[1],
        {"date": day, "task": owner[0], "status": status, "note": note},
    ),
    st.sampled_from(_TASK_OWNERS[:12]),
    st.sampled_from(["in_progress", "done", "blocked"]),
    _DAYS,
    _NOTES,
)
_SUBMIT = st.builds(
    lambda agency, month, day: (
        agency,
        {"date": day, "report": "bc-thang", "period": f"2021-{month:02d}"},
    ),
    st.sampled_from(_REPORTERS),
    st.integers(1, 3),
    _DAYS,
)
_EVENT = st.one_of(_RECORD, _SUBMIT)


def _apply(text: str, ops: list[tuple[str, dict[str, Any]]]) -> str:
    for agency, fields in ops:
        text = record(text, agency, **{k: v for k, v in fields.items() if v != ""})
    return text


def _stored(fields: dict[str, Any]) -> Any:
    return freeze({k: v for k, v in fields.items() if v != ""})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_merge_is_the_union_of_both_sides_events(data):
    common = data.draw(st.lists(_EVENT, max_size=3), label="base")
    mine = data.draw(st.lists(_EVENT, max_size=5), label="ours")
    shared = st.sampled_from(mine) if mine else _EVENT
    other = data.draw(st.lists(st.one_of(_EVENT, shared), max_size=5), label="theirs")
    base = _apply(BASE, common)
    ours = _apply(base, mine)
    theirs = _apply(base, other)

    merged = merge(base, ours, theirs, "tasks.toml")

    assert merged.conflicts == ()
    assert_valid(merged.text)
    got = events(merged.text)
    for agency in got:
        before = Counter(_stored(f) for a, f in common if a == agency)
        left = Counter(_stored(f) for a, f in mine if a == agency)
        right = Counter(_stored(f) for a, f in other if a == agency)
        assert Counter(freeze(e) for e in got[agency]) == before + (left | right), agency
    # … placed as if theirs had been recorded after ours, one after the other.
    pending = Counter((a, _stored(f)) for a, f in mine)
    expected = ours
    for agency, fields in other:
        if pending[(agency, _stored(fields))] > 0:
            pending[(agency, _stored(fields))] -= 1
        else:
            expected = _apply(expected, [(agency, fields)])
    assert merged.text == expected


# -- the merge-driver command ------------------------------------------------------------


def _versions(tmp_path: Path, base: str, ours: str, theirs: str) -> list[Path]:
    paths = []
    for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        path = tmp_path / f"{name}.toml"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def test_merge_driver_writes_the_union_into_ours(cli, tmp_path):
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    theirs = record(BASE, "stc", date=date(2021, 1, 29), task="1.3", status="blocked")
    paths = _versions(tmp_path, BASE, ours, theirs)
    result = cli("merge-driver", *map(str, paths), "data/tasks.toml")
    assert result.exit_code == 0, result
    assert "data/tasks.toml: đã gộp tự động (1 cập nhật" in result.stdout
    assert len(events(paths[1].read_text(encoding="utf-8"))["stc"]) == 2


def test_merge_driver_keeps_crlf_and_bom_of_ours(cli, tmp_path):
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    theirs = record(BASE, "skhdt", date=date(2021, 1, 29), task="1.2.1", status="done")
    paths = _versions(tmp_path, BASE, ours, theirs)
    paths[1].write_bytes(b"\xef\xbb\xbf" + ours.replace("\n", "\r\n").encode("utf-8"))
    result = cli("merge-driver", *map(str, paths))
    assert result.exit_code == 0, result
    data = paths[1].read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\n") == data.count(b"\r\n")
    assert len(events(decode(data, "x").text)["skhdt"]) == 1


def test_merge_driver_marks_a_conflict_and_exits_non_zero(cli, tmp_path):
    paths = _versions(tmp_path, BASE, set_due(BASE, "2021-03-31"), set_due(BASE, "2021-04-30"))
    result = cli("merge-driver", *map(str, paths), "data/tasks.toml")
    assert result.exit_code == 2
    assert "nhiệm vụ 1.2.1" in result.stderr and "data/tasks.toml:" in result.stderr
    written = paths[1].read_text(encoding="utf-8")
    assert written.count(OURS_MARK) == 1 and written.count(THEIRS_MARK) == 1


def test_merge_driver_keeps_both_whole_when_it_cannot_merge_by_items(cli, tmp_path):
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    theirs = BASE.replace("[[tasks]]", "[[tasks]", 1)
    paths = _versions(tmp_path, BASE, ours, theirs)
    result = cli("merge-driver", *map(str, paths), "data/tasks.toml")
    assert result.exit_code == 2
    assert "không gộp được theo từng mục" in result.stderr
    assert "Tệp giữ nguyên cả hai bản, không mất gì" in result.stderr
    assert "Traceback" not in result.stderr
    written = paths[1].read_text(encoding="utf-8")
    assert ours.rstrip("\n") in written and theirs.rstrip("\n") in written
    assert written.startswith(OURS_MARK + "\n") and written.endswith(THEIRS_MARK + "\n")


def test_merge_driver_keeps_both_when_a_side_is_not_text(cli, tmp_path):
    ours = record(BASE, "stc", date=date(2021, 1, 28), task="1.3", status="done")
    paths = _versions(tmp_path, BASE, ours, BASE)
    paths[2].write_bytes(BASE.encode("utf-8") + b"\n# \xff\xfe\n")
    result = cli("--lang", "en", "merge-driver", *map(str, paths), "data/tasks.toml")
    assert result.exit_code == 2
    assert "a version is not UTF-8" in result.stderr and "nothing is lost" in result.stderr
    written = paths[1].read_bytes()
    assert ours.encode("utf-8") in written and b"\xff\xfe" in written


def test_tasks_added_at_the_end_on_both_sides_come_ours_first():
    from kehoach_cli.planfile.writer import splice_task, task_block

    def add(text: str, task_id: str) -> str:
        fields = {"id": task_id, "section": "II", "text": f"Phát sinh {task_id}", "lead": ["stc"]}
        spliced = splice_task(text, task_block(fields))
        assert spliced is not None
        return spliced

    ours, theirs = add(BASE, "II.5"), add(BASE, "II.6")
    merged = merge(BASE, ours, theirs)
    assert merged.conflicts == ()
    assert merged.text == add(ours, "II.6")
    clash = merge(BASE, ours, add(BASE, "II.5").replace("Phát sinh II.5", "Khác"))
    assert [c.key for c in clash.conflicts] == [("tasks", "II.5")]


def test_many_events_from_the_other_side_go_in_as_if_recorded_in_turn():
    ours = record(BASE, "stc", date=date(2021, 1, 2), task="1.3", status="in_progress")
    theirs = BASE
    for n in range(40):
        theirs = record(
            theirs, "stc", date=date(2021, 2, 1), task="1.3", status="done", note=f"{n}"
        )
    merged = merge(BASE, ours, theirs)
    expected = ours
    for n in range(40):
        expected = record(expected, "stc", date=date(2021, 2, 1), task="1.3", status="done",
                          note=f"{n}")  # fmt: skip
    assert merged.text == expected
    assert len(merged.added) == 40


def test_hand_written_logs_that_cannot_be_replayed_are_marked_not_guessed():
    one = '{ date = 2021-01-02, task = "1.3", status = "in_progress" }'
    base = BASE.replace("[events.stc]\nlog = []", f"[events.stc]\nlog = [ {one} ]")
    ours = base.replace(f"log = [ {one} ]", f"log = [ {one}, {one.replace('01-02', '01-03')} ]")
    theirs = base.replace(f"log = [ {one} ]", f"log = [ {one}, {one.replace('01-02', '01-04')} ]")
    merged = merge(base, ours, theirs)
    assert [c.key for c in merged.conflicts] == [("table", "events.stc")]
    assert "2021-01-03" in merged.text and "2021-01-04" in merged.text
