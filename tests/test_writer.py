"""The writer: text checks, one-line events, splicing, atomic and locked writes."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tomllib
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.planfile import writer
from kehoach_cli.planfile.load import PlanSource, load
from kehoach_cli.present.labels import describe
from tests.conftest import REAL_PLAN, plan_bytes

PLANS = Path(__file__).parent / "plans"
HOSTILE = [
    'say "hi"',
    "back\\slash \\n not a newline",
    "two\nlines",
    'triple """ quotes',
    "triple ''' apostrophes",
    "# not a comment",
    "] [events.stc] }",
    "tab\there",
    "emoji 🎉🇻🇳",
    unicodedata.normalize("NFD", "Sở Tài chính đã hoàn thành kế hoạch"),
    "  leading and trailing spaces  ",
    "\u2028line separator",
]


@contextlib.contextmanager
def refused(words: str) -> Iterator[pytest.ExceptionInfo[KehoachError]]:
    """The block raises a KehoachError whose Vietnamese wording holds ``words``."""
    with pytest.raises(KehoachError) as caught:
        yield caught
    assert words in describe(caught.value), describe(caught.value)


def _minimal(tmp_path: Path, text: str | None = None) -> Path:
    path = tmp_path / "tasks.toml"
    path.write_text(text or (PLANS / "minimal.toml").read_text(encoding="utf-8"), "utf-8")
    return path


def _event(**extra: object) -> dict:
    return {"date": date(2021, 2, 1), "task": "1.2", "status": "in_progress", **extra}


def _changed_lines(before: bytes, after: bytes) -> tuple[list[bytes], list[bytes]]:
    """Lines removed and lines added, comparing as multisets (enough for appends)."""
    import difflib

    old, new = before.split(b"\n"), after.split(b"\n")
    removed, added = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


# -- check_text -----------------------------------------------------------------


def test_check_text_returns_nfc_and_keeps_tabs_and_newlines():
    nfd = unicodedata.normalize("NFD", "Hà Tĩnh\tđã xong\nhết")
    assert writer.check_text(nfd, "note") == "Hà Tĩnh\tđã xong\nhết"


def test_check_text_turns_windows_line_ends_into_newlines():
    assert writer.check_text("a\r\nb", "note") == "a\nb"


@pytest.mark.parametrize("bad", ["\x00", "\x1b[31mred", "a\rb", "\x7f", "\x0c"])
def test_check_text_refuses_control_characters(bad):
    with refused("Ghi chú chứa ký tự không ghi được"):
        writer.check_text(bad, "Ghi chú")


def test_check_text_refuses_bytes_that_were_not_utf8():
    arrived = b"ghi ch\xfa".decode("utf-8", "surrogateescape")  # how argv hands it over
    with refused("không phải UTF-8"):
        writer.check_text(arrived, "Ghi chú")


# -- rendering ------------------------------------------------------------------


def test_event_line_is_one_spaced_line_in_the_documented_key_order():
    line = writer.event_line(
        {"by": "Trần Thị B", "note": "xong", "date": date(2021, 1, 28), "ref": "",
         "status": "done", "task": "1.3"}
    )  # fmt: skip
    assert line == (
        '{ date = 2021-01-28, task = "1.3", status = "done", note = "xong", by = "Trần Thị B" }'
    )


@pytest.mark.parametrize("note", HOSTILE)
def test_event_line_holds_hostile_text(note):
    clean = writer.check_text(note, "note")
    line = writer.event_line(_event(note=clean))
    assert "\n" not in line
    assert tomllib.loads(f"x = {line}")["x"]["note"] == unicodedata.normalize("NFC", note)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_acceptable_text_round_trips_through_event_line(text):
    try:
        clean = writer.check_text(text, "note")
    except KehoachError:
        assert writer._FORBIDDEN.search(text.replace("\r\n", "\n"))
        return
    fields = _event(note=clean, ref=clean, by=clean)
    line = writer.event_line(fields)
    assert "\n" not in line
    loaded = tomllib.loads(f"x = {line}")["x"]
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    for key in ("note", "ref", "by"):
        assert loaded.get(key, "") == expected


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1).filter(lambda s: not writer._FORBIDDEN.search(s)))
def test_spliced_file_loads_with_the_text(text):
    base = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    clean = writer.check_text(text, "note")
    fields = _event(note=clean)
    spliced = writer.splice_event(base, "stc", writer.event_line(fields), ["stc"])
    assert spliced is not None
    log = tomllib.loads(spliced)["events"]["stc"]["log"]
    assert log[-1] == fields


def test_task_block_is_a_tasks_entry():
    block = writer.task_block(
        {"id": "10.2.9", "section": "10.2", "text": 'Tuyên truyền "mục tiêu kép"',
         "lead": ["stttt"], "support": [], "due": date(2021, 6, 30), "note": None}
    )  # fmt: skip
    assert block == (
        "[[tasks]]\n"
        'id = "10.2.9"\n'
        'section = "10.2"\n'
        'text = "Tuyên truyền \\"mục tiêu kép\\""\n'
        'lead = ["stttt"]\n'
        "due = 2021-06-30"
    )


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1).filter(lambda s: s.strip() and not writer._FORBIDDEN.search(s)))
def test_any_task_text_round_trips_through_task_block(text):
    clean = writer.check_text(text, "text")
    fields = {"id": "N1", "section": "1", "text": clean, "lead": ["stc"], "note": clean}
    entry = tomllib.loads(writer.task_block(fields))["tasks"][0]
    assert entry == fields


# -- splicing -------------------------------------------------------------------

EVENTS = """# head
[tasks]
x = 1

# ══ events ══
[events.a]
log = []

# about c
[events.c]
log = [
  { date = 2021-01-01, task = "1" },
]
"""


def test_splice_turns_an_empty_log_into_a_block():
    out = writer.splice_event(EVENTS, "a", "{ N }", ["a", "b", "c"])
    assert out == EVENTS.replace("[events.a]\nlog = []", "[events.a]\nlog = [\n  { N },\n]")


def test_splice_appends_before_the_closing_bracket():
    out = writer.splice_event(EVENTS, "c", "{ N }", ["a", "b", "c"])
    assert out == EVENTS.replace('task = "1" },\n]', 'task = "1" },\n  { N },\n]')


def test_splice_adds_the_missing_comma_of_a_hand_written_entry():
    text = EVENTS.replace('task = "1" },', 'task = "1" }')
    out = writer.splice_event(text, "c", "{ N }", ["a", "b", "c"])
    assert out == EVENTS.replace('task = "1" },\n]', 'task = "1" },\n  { N },\n]')


def test_new_table_goes_between_its_neighbours_before_the_next_comment():
    out = writer.splice_event(EVENTS, "b", "{ N }", ["a", "b", "c"])
    assert out is not None
    assert "log = []\n\n[events.b]\nlog = [\n  { N },\n]\n\n# about c\n[events.c]" in out


def test_new_table_goes_first_when_no_earlier_agency_has_one():
    out = writer.splice_event(EVENTS, "0", "{ N }", ["0", "a", "b", "c"])
    assert out is not None
    assert "# ══ events ══\n[events.0]\nlog = [\n  { N },\n]\n\n[events.a]" in out


def test_new_table_goes_at_the_end_when_there_are_no_events():
    out = writer.splice_event("x = 1\n\n", "a", "{ N }", ["a"])
    assert out == "x = 1\n\n[events.a]\nlog = [\n  { N },\n]\n"


@pytest.mark.parametrize(
    "layout",
    [
        '[events.a]\nlog = [ { date = 2021-01-01, task = "1" } ]\n',  # one line, not empty
        "[events.a]\n# only a comment\n",
        "[events.a]\nlog = []\n\n[events.a]\nlog = []\n",
    ],
)
def test_unknown_layouts_are_left_to_tomlkit(layout):
    assert writer.splice_event(layout, "a", "{ N }", ["a"]) is None


def test_splice_task_goes_after_the_last_task_before_the_events_comment():
    text = (REAL_PLAN).read_text(encoding="utf-8")
    out = writer.splice_task(text, "[[tasks]]\nid = 'N'")
    assert out is not None
    before, after = out.split("[[tasks]]\nid = 'N'")
    assert before.endswith('chỉ ghi HĐND tỉnh."\n\n')
    assert after.startswith("\n\n# ══ Sự kiện")


# -- whole writes ---------------------------------------------------------------


def test_append_event_changes_one_line_and_keeps_everything_else(plan_file):
    source = PlanSource(plan_file)
    writer.append_event(source, "stc", _event(task="1.3", status="done"))
    first = plan_file.read_bytes()
    writer.append_event(source, "stc", _event(task="1.3", status="done", note="lần 2"))
    removed, added = _changed_lines(first, plan_file.read_bytes())
    assert removed == []
    assert added == [
        b'  { date = 2021-02-01, task = "1.3", status = "done", note = "l\xe1\xba\xa7n 2" },'
    ]
    plan, _ = load(source)
    assert [(e.agency, e.task, e.note) for e in plan.events] == [
        ("stc", "1.3", ""),
        ("stc", "1.3", "lần 2"),
    ]


def test_append_event_keeps_bom_and_crlf(tmp_path):
    notepad = tmp_path / "tasks.toml"
    notepad.write_bytes(b"\xef\xbb\xbf" + plan_bytes().replace(b"\n", b"\r\n"))
    source = PlanSource(notepad)
    writer.append_event(source, "stc", _event(task="1.3"))
    before = notepad.read_bytes()
    writer.append_event(source, "stc", _event(task="1.3", status="done"))
    after = notepad.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf[") is False  # the file starts with a comment
    assert after.startswith(b"\xef\xbb\xbf# ")
    assert after.count(b"\n") == after.count(b"\r\n")
    removed, added = _changed_lines(before, after)
    assert removed == []
    assert added == [b'  { date = 2021-02-01, task = "1.3", status = "done" },\r']


def test_mixed_line_endings_are_kept_line_by_line(tmp_path):
    text = (PLANS / "minimal.toml").read_bytes().replace(b"\n", b"\r\n")
    text = text.replace(b'short = "STC"\r\n', b'short = "STC"\n')  # one LF line
    path = tmp_path / "tasks.toml"
    path.write_bytes(text)
    writer.append_event(PlanSource(path), "ubnd-ky-anh", _event(task="1.1"))
    after = path.read_bytes()
    assert b'short = "STC"\nkind' in after
    assert after.count(b"\n") - after.count(b"\r\n") == 1
    assert (
        b'log = [\r\n  { date = 2021-02-01, task = "1.1", status = "in_progress" },\r\n]' in after
    )


def test_a_stray_crlf_line_in_an_lf_file_does_not_spread(tmp_path):
    text = (PLANS / "minimal.toml").read_bytes()
    text = text.replace(b'short = "STC"\n', b'short = "STC"\r\n')  # one CRLF line
    path = tmp_path / "tasks.toml"
    path.write_bytes(text)
    writer.append_event(PlanSource(path), "ubnd-ky-anh", _event(task="1.1"))
    after = path.read_bytes()
    assert after.count(b"\r\n") == 1 and b'short = "STC"\r\n' in after
    assert b'log = [\n  { date = 2021-02-01, task = "1.1", status = "in_progress" },\n]' in after


def test_a_file_in_nfd_comes_back_in_nfc(tmp_path):
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    path = _minimal(tmp_path, unicodedata.normalize("NFD", text))
    writer.append_event(PlanSource(path), "stc", _event())
    assert path.read_text(encoding="utf-8") == writer.splice_event(
        text, "stc", writer.event_line(_event()), ["stc"]
    )


def test_unknown_layout_falls_back_to_tomlkit_and_touches_only_that_table(tmp_path):
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace(
        "[events.ubnd-ky-anh]\nlog = []",
        '[events.ubnd-ky-anh]\nlog = [ { date = 2021-01-05, task = "1.1", status = "blocked" } ]',
    )
    path = _minimal(tmp_path, text)
    writer.append_event(PlanSource(path), "ubnd-ky-anh", _event(task="1.1", status="done"))
    after = path.read_text(encoding="utf-8")
    head = text.split("[events.ubnd-ky-anh]")[0]
    assert after.startswith(head)
    log = tomllib.loads(after)["events"]["ubnd-ky-anh"]["log"]
    assert [e["status"] for e in log] == ["blocked", "done"]


def test_dotted_event_keys_fall_back_to_tomlkit(tmp_path):
    text = (PLANS / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace("[events.ubnd-ky-anh]\nlog = []", "[events]\nubnd-ky-anh.log = []")
    text = text.replace("[events.stc]", "[events.stc]  # Sở Tài chính")
    # The splice would add a second [events.ubnd-ky-anh] table: invalid, so tomlkit does it.
    path = _minimal(tmp_path, text)
    writer.append_event(PlanSource(path), "ubnd-ky-anh", _event(task="1.1"))
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["events"]["ubnd-ky-anh"]["log"] == [_event(task="1.1")]
    assert len(data["events"]["stc"]["log"]) == 2


def test_add_task_appends_an_entry_that_loads(plan_file):
    source = PlanSource(plan_file)
    note = 'phát sinh "giữa năm"\n# không phải chú thích'
    fields = {"id": "10.2.9", "section": "10.2", "text": "Tuyên truyền",
              "lead": ["stttt"], "support": ["@districts"], "due": date(2021, 6, 30),
              "note": note}  # fmt: skip
    before = plan_file.read_bytes()
    plan, _ = writer.add_task(source, lambda plan: fields)
    task = plan.task_by_id["10.2.9"]
    assert (task.lead, task.support, task.due, task.note) == (
        ("stttt",),
        ("@districts",),
        date(2021, 6, 30),
        note,
    )
    removed, added = _changed_lines(before, plan_file.read_bytes())
    assert removed == []
    assert sorted(line.decode() for line in added) == sorted(
        [
            "",
            "[[tasks]]",
            'id = "10.2.9"',
            'section = "10.2"',
            'text = "Tuyên truyền"',
            'lead = ["stttt"]',
            'support = ["@districts"]',
            "due = 2021-06-30",
            'note = "phát sinh \\"giữa năm\\"\\n# không phải chú thích"',
        ]
    )


def test_embedded_sample_is_never_written():
    sample = PlanSource(REAL_PLAN, embedded=True)
    before = REAL_PLAN.read_bytes()
    with refused("kehoach init"):
        writer.append_event(sample, "stc", _event(task="1.3"))
    assert REAL_PLAN.read_bytes() == before


def test_a_change_that_breaks_the_file_is_not_written(tmp_path):
    path = _minimal(tmp_path)
    before = path.read_bytes()
    with refused("làm hỏng") as caught:
        writer.transact(PlanSource(path), lambda plan, raw: raw.text + "\n[plan]\n")
    assert caught.value.problems
    with refused("làm hỏng"):
        # valid TOML, but the event names a task the plan does not have
        writer.append_event(PlanSource(path), "stc", _event(task="9.9"))
    assert path.read_bytes() == before


def test_a_change_that_fails_verification_is_not_written(tmp_path):
    path = _minimal(tmp_path)
    before = path.read_bytes()
    with refused("không khớp"):
        writer.transact(
            PlanSource(path),
            lambda plan, raw: raw.text.replace("Theo dõi", "Theo dõi lại"),
            verify=lambda old, new: old == new,
        )
    assert path.read_bytes() == before


def test_refusal_from_prepare_writes_nothing(tmp_path):
    path = _minimal(tmp_path)
    before = path.read_bytes()

    def refuse(plan):
        raise KehoachError("không được")

    with refused("không được"):
        writer.add_event(PlanSource(path), refuse)
    assert path.read_bytes() == before


def test_normal_path_parses_old_and_new_once_each_and_never_with_tomlkit(plan_file, monkeypatch):
    import tomlkit

    calls = []
    real = tomllib.loads

    def counting(text, **kwargs):
        calls.append(len(text))
        return real(text, **kwargs)

    def forbidden(*args, **kwargs):
        raise AssertionError("tomlkit.parse on the normal path")

    monkeypatch.setattr(tomllib, "loads", counting)
    monkeypatch.setattr(tomlkit, "parse", forbidden)
    writer.append_event(PlanSource(plan_file), "stc", _event(task="1.3"))
    assert len(calls) == 2


# -- atomic write and failures --------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if writer.TMP_MARK in p.name)


def test_write_keeps_the_file_mode(tmp_path):
    path = _minimal(tmp_path)
    path.chmod(0o664)
    writer.append_event(PlanSource(path), "stc", _event())
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_full_disk_leaves_the_file_unchanged_and_no_temp_file(tmp_path, monkeypatch):
    path = _minimal(tmp_path)
    before = path.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    with refused("Tệp vẫn như cũ"):
        writer.append_event(PlanSource(path), "stc", _event())
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_read_only_file_is_not_replaced(tmp_path, monkeypatch):
    path = _minimal(tmp_path)
    before = path.read_bytes()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    with refused("chỉ cho đọc"):
        writer.append_event(PlanSource(path), "stc", _event())
    assert path.read_bytes() == before


def test_read_only_folder_is_a_clear_error(tmp_path, monkeypatch):
    import tempfile

    path = _minimal(tmp_path)
    before = path.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with refused("Không ghi được"):
        writer.append_event(PlanSource(path), "stc", _event())
    assert path.read_bytes() == before


def test_leftover_temp_files_are_cleaned_by_the_next_writer(tmp_path):
    path = _minimal(tmp_path)
    (tmp_path / f".tasks.toml{writer.TMP_MARK}abc123").write_bytes(b"half a fi")
    (tmp_path / "unrelated.txt").write_text("keep me")
    writer.append_event(PlanSource(path), "stc", _event())
    assert _leftovers(tmp_path) == []
    assert (tmp_path / "unrelated.txt").exists()


def test_symlinked_plan_stays_a_symlink(tmp_path):
    real = _minimal(tmp_path)
    link_dir = tmp_path / "elsewhere"
    link_dir.mkdir()
    link = link_dir / "tasks.toml"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("no symlinks here")
    writer.append_event(PlanSource(link), "stc", _event())
    assert link.is_symlink()
    assert "in_progress" in real.read_text(encoding="utf-8")


# -- the lock -------------------------------------------------------------------


def test_second_holder_waits_then_gives_up_with_a_clear_message(tmp_path):
    path = _minimal(tmp_path)
    held = writer.locked(path)
    with (
        held,
        refused("đang được một lệnh khác ghi"),
        writer.locked(path, timeout=0.2),
    ):
        pass
    with writer.locked(path, timeout=0.2):  # released
        pass


def test_writer_refuses_while_the_lock_is_held(tmp_path, monkeypatch):
    path = _minimal(tmp_path)
    before = path.read_bytes()
    monkeypatch.setenv(writer.LOCK_TIMEOUT_ENV, "0.2")
    with writer.locked(path), refused("KEHOACH_LOCK_TIMEOUT"):
        writer.append_event(PlanSource(path), "stc", _event())
    assert path.read_bytes() == before


def test_bad_lock_timeout_is_a_user_error(monkeypatch):
    monkeypatch.setenv(writer.LOCK_TIMEOUT_ENV, "mười")
    with refused("số giây"):
        writer.lock_timeout()


@pytest.mark.skipif(sys.platform == "win32", reason="the lock file stays on Windows")
def test_nothing_is_left_beside_the_plan_after_a_write(tmp_path):
    folder = tmp_path / "plan"
    folder.mkdir()
    path = _minimal(folder)
    writer.append_event(PlanSource(path), "stc", _event())
    assert sorted(p.name for p in folder.iterdir()) == ["tasks.toml"]


def test_a_left_over_lock_file_does_not_block(tmp_path):
    path = _minimal(tmp_path)
    writer.lock_path(path).write_bytes(b"")  # as a killed holder leaves it
    writer.append_event(PlanSource(path), "stc", _event())
    assert len(load(PlanSource(path))[0].events) == 3


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_root_writing_keeps_the_files_owner_and_group(tmp_path):
    path = _minimal(tmp_path)
    os.chown(path, 12345, 23456)
    writer.append_event(PlanSource(path), "stc", _event())
    info = path.stat()
    assert (info.st_uid, info.st_gid) == (12345, 23456)


def test_the_written_plan_is_cached_for_the_next_read(tmp_path):
    from kehoach_cli.planfile import cache

    path = _minimal(tmp_path)
    writer.append_event(PlanSource(path), "stc", _event(note="đã lưu"))
    cached = cache.get_plan(path.read_bytes())
    assert cached is not None
    assert cached.events[-1].note == "đã lưu"
