"""The parsed-plan cache: exact, never stale, never the reason a command fails."""

from __future__ import annotations

import importlib.util
import marshal
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.calendar import WorkCalendar
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.model import Event
from kehoach_cli.planfile import cache, holidays
from kehoach_cli.planfile import load as storage
from tests.conftest import REAL_PLAN

ROOT = Path(__file__).resolve().parents[1]
TODAY = "28/12/2021"


def _bench():
    spec = importlib.util.spec_from_file_location("kehoach_bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic_text() -> tuple[str, object]:
    """A plan with events of every shape (notes, refs, groups, requests)."""
    return _bench().synthetic_plan(25)


@pytest.fixture
def synthetic(tmp_path: Path, synthetic_text) -> Path:
    path = tmp_path / "synthetic" / "tasks.toml"
    path.parent.mkdir()
    path.write_text(synthetic_text[0], encoding="utf-8")
    return path


def entries() -> list[Path]:
    folder = cache.cache_dir()
    return sorted(folder.glob("plan-*.marshal")) if folder.is_dir() else []


def parse_only(path: Path):
    raw = storage.read_raw(storage.PlanSource(path))
    return storage.validate(raw, str(path))


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("parsed although the plan was cached")

    monkeypatch.setattr(storage, "validate", refuse)
    monkeypatch.setattr(storage, "parse_toml", refuse)


def _parts(entry: Path) -> tuple[bytes, bytes, bytes]:
    """An entry's signature, its body (marshal) and the copy of the plan file it holds."""
    stored = entry.read_bytes()
    size = int.from_bytes(stored[32:40], "big")
    return stored[:32], stored[40 : 40 + size], stored[40 + size :]


def _depends(entry: Path) -> dict[str, str | int]:
    """What the cache signs an entry for: a plan's entry is named by its key."""
    if entry.name == cache._HOLIDAYS:
        return {"version": holidays.library_version(), "names": "vi"}
    return cache._plan_depends(entry.name.removeprefix("plan-").removesuffix(".marshal"))


def _rewrite(
    entry: Path,
    body: bytes | None = None,
    *,
    copy: bytes | None = None,
    signed: bool = True,
    **depends_changes: str | int,
) -> None:
    """Replace parts of an entry; unless told, it is signed again with the cache's
    own key (a forger who has the key), for what it depends on with ``depends_changes``."""
    signature, old_body, old_copy = _parts(entry)
    body = old_body if body is None else body
    copy = old_copy if copy is None else copy
    if signed:
        key = (entry.parent / cache._KEY).read_bytes()
        depends = {"format": cache.FORMAT, **_depends(entry), **depends_changes}
        signature = cache._signature(key, depends, body)
    else:
        signature = bytes(32)
    entry.write_bytes(signature + len(body).to_bytes(8, "big") + body + copy)


# -- the cache itself ------------------------------------------------------------


def test_cache_lives_in_the_user_cache_dir(tmp_path):
    assert cache.cache_dir() == tmp_path / ".cache" / "kehoach"  # conftest's XDG_CACHE_HOME
    assert not str(cache.cache_dir()).startswith(str(ROOT))


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, Path.home() / ".cache" / "kehoach"),
        ("darwin", {}, Path.home() / "Library" / "Caches" / "kehoach"),
        ("win32", {"LOCALAPPDATA": "C:\\Users\\a\\AppData\\Local"}, None),
    ],
)
def test_cache_dir_defaults_per_platform(monkeypatch, platform, env, expected):
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(sys, "platform", platform)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    if expected is None:
        expected = Path(env["LOCALAPPDATA"]) / "kehoach" / "Cache"
    assert cache.cache_dir() == expected


def test_cached_plan_equals_the_parsed_plan(synthetic):
    for path in (REAL_PLAN, synthetic):
        parsed = parse_only(path)
        plan, _ = storage.load(storage.PlanSource(path))  # miss: parses, then stores
        assert plan == parsed
        cached = cache.get_plan(path.read_bytes())
        assert cached is not None
        assert cached == parsed
        assert cached.events == parsed.events
        assert cached.events._order is not None  # stored with the entry, not sorted again
        assert cached.event_order == parsed.event_order
        assert all(type(e) is Event for e in cached.events)
        assert {hash(e) for e in cached.events} == {hash(e) for e in parsed.events}
        if cached.events:
            with pytest.raises(AttributeError):
                cached.events[-1].note = "changed"  # still frozen
        assert [type(x) for x in (cached.info, *cached.tasks)] == [
            type(x) for x in (parsed.info, *parsed.tasks)
        ]
    assert len(entries()) == 2


def test_an_entry_is_plain_data_anyone_can_read(synthetic):
    plan, _ = storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    signature, body, copy = _parts(entry)
    key = (entry.parent / cache._KEY).read_bytes()
    depends = {"format": cache.FORMAT, **_depends(entry)}
    assert signature == cache._signature(key, depends, body)
    assert copy == synthetic.read_bytes()
    stored = marshal.loads(body)
    assert stored["tasks"]["id"] == [t.id for t in plan.tasks]
    assert stored["events"]["date"][0] == plan.events[0].date.isoformat()
    assert stored["sections"] == list(plan.sections.items())
    assert entry.name == f"plan-{cache.plan_key(synthetic.read_bytes())}.marshal"


def test_a_hit_skips_parsing_and_validation(synthetic, monkeypatch):
    first, raw = storage.load(storage.PlanSource(synthetic))
    forbid_parsing(monkeypatch)
    again, raw_again = storage.load(storage.PlanSource(synthetic))
    assert again == first
    assert raw_again == raw


def test_changed_file_with_same_size_and_mtime_is_not_served_stale(synthetic):
    before, _ = storage.load(storage.PlanSource(synthetic))
    stat = synthetic.stat()
    text = synthetic.read_text(encoding="utf-8")
    changed = text.replace("(nội dung 1).", "(nội dung 7).", 1)
    assert changed != text and len(changed.encode()) == len(text.encode())
    synthetic.write_text(changed, encoding="utf-8")
    os.utime(synthetic, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert synthetic.stat().st_size == stat.st_size
    assert synthetic.stat().st_mtime_ns == stat.st_mtime_ns
    after, _ = storage.load(storage.PlanSource(synthetic))
    assert after.tasks[0].text.endswith("(nội dung 7).")
    assert before.tasks[0].text.endswith("(nội dung 1).")
    assert after == parse_only(synthetic)


def test_key_covers_the_bytes_not_the_name(synthetic, tmp_path):
    copy = tmp_path / "elsewhere.toml"
    copy.write_bytes(synthetic.read_bytes())
    storage.load(storage.PlanSource(synthetic))
    assert cache.get_plan(copy.read_bytes()) == parse_only(copy)
    assert cache.get_plan(copy.read_bytes() + b"\n") is None


def test_an_entry_serves_only_the_exact_bytes_it_holds(synthetic):
    """Same name (CRC-32 and size), other bytes: a miss, never a wrong plan."""
    storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    _, _, copy = _parts(entry)
    assert copy == synthetic.read_bytes()
    for at in (0, len(copy) // 2, len(copy) - 1):
        other = bytearray(copy)
        other[at] ^= 0x01
        _rewrite(entry, copy=bytes(other))
        assert cache.get_plan(synthetic.read_bytes()) is None
    _rewrite(entry, copy=copy[:-1])
    assert cache.get_plan(synthetic.read_bytes()) is None
    _rewrite(entry, copy=copy + b"\n")
    assert cache.get_plan(synthetic.read_bytes()) is None
    _rewrite(entry, copy=copy)
    assert cache.get_plan(synthetic.read_bytes()) == parse_only(synthetic)


def test_a_copy_of_many_blocks_is_compared_to_its_last_byte(tmp_path):
    """The copy is compared a block at a time: a difference in a later block counts."""
    plan = tmp_path / "tasks.toml"
    plan.write_bytes(REAL_PLAN.read_bytes() + b"#" + b"x" * 200_000 + b"\n")
    storage.load(storage.PlanSource(plan))
    (entry,) = entries()
    _, _, copy = _parts(entry)
    changed = copy[:-2] + b"y\n"
    _rewrite(entry, copy=changed)
    assert cache.get_plan(plan.read_bytes()) is None
    with plan.open("rb") as file:
        assert cache.get_plan(file) is None
    _rewrite(entry, copy=copy)
    assert cache.get_plan(plan.read_bytes()) == parse_only(plan)
    with plan.open("rb") as file:  # read a block at a time, as read commands do
        assert cache.get_plan(file) == parse_only(plan)
    _rewrite(entry, copy=copy + b"#")
    with plan.open("rb") as file:
        assert cache.get_plan(file) is None


def test_a_body_is_bound_to_the_bytes_it_was_made_from(synthetic):
    """A genuine entry under the name of other bytes, holding those bytes: the
    signature is for the bytes it was made from, so it does not verify."""
    storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    data = synthetic.read_bytes()
    changed = data.replace("(nội dung 1).".encode(), "(nội dung 7).".encode(), 1)
    assert changed != data
    signature, body, _ = _parts(entry)
    moved = cache._entry(cache.plan_key(changed))
    moved.write_bytes(signature + len(body).to_bytes(8, "big") + body + changed)
    assert cache.get_plan(changed) is None
    assert cache.get_plan(data) == parse_only(synthetic)


def test_an_entry_of_other_code_is_not_used(synthetic, monkeypatch):
    """The code that validated a plan is part of what an entry depends on."""
    storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    data = synthetic.read_bytes()
    _rewrite(entry, code=cache.code_fingerprint() + "\ncore/model.py:edited")
    assert cache.get_plan(data) is None  # same name, signed for another fingerprint
    _rewrite(entry, format=cache.FORMAT - 1)
    assert cache.get_plan(data) is None  # ... or for another format
    storage.load(storage.PlanSource(synthetic))
    assert cache.get_plan(data) is not None
    key = cache.plan_key(data)
    monkeypatch.setattr(cache, "_fingerprint", cache.code_fingerprint() + "\nedited")
    assert cache.plan_key(data) != key
    assert cache.get_plan(data) is None


def test_editing_a_module_the_plan_depends_on_changes_the_fingerprint(monkeypatch):
    before = cache.code_fingerprint()
    monkeypatch.setattr(cache, "_fingerprint", None)
    monkeypatch.setattr(cache, "_CODE", (*cache._CODE, "core/progress.py"))
    assert cache.code_fingerprint() != before
    assert "core/progress.py:" in cache.code_fingerprint()


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        bytes(32),  # a signature, nothing else
        "SIZE",  # a size of the body that does not add up
        "HALF",  # the body cut in half, signed again
        "FLIP",  # one bit of the body flipped, not signed again
        "BODY",  # signed, a cut body from another plan
        "LAYOUT",  # signed, a body of another shape
        "TYPES",  # signed, a field of the wrong type
    ],
)
def test_corrupt_entries_mean_parsing(synthetic, damage):
    storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    _, body, _ = _parts(entry)
    if damage == "HALF":
        _rewrite(entry, body[: len(body) // 2])
    elif damage == "FLIP":
        flipped = bytearray(body)
        flipped[len(body) // 3] ^= 0x10
        _rewrite(entry, bytes(flipped), signed=False)
    elif damage == "BODY":
        _rewrite(entry, marshal.dumps(cache.encode_plan(parse_only(REAL_PLAN)))[:-8])
    elif damage == "LAYOUT":
        _rewrite(entry, marshal.dumps({"sections": [], "tasks": ["not", "columns"]}))
    elif damage == "TYPES":
        stored = marshal.loads(body)
        stored["plan"]["start"] = [20210101]
        _rewrite(entry, marshal.dumps(stored))
    elif damage == "SIZE":
        stored = bytearray(entry.read_bytes())
        stored[32:40] = (len(body) + 5).to_bytes(8, "big")
        entry.write_bytes(bytes(stored))
    else:
        entry.write_bytes(damage)
    assert cache.get_plan(synthetic.read_bytes()) is None
    plan, _ = storage.load(storage.PlanSource(synthetic))
    assert plan == parse_only(synthetic)
    # ... and the entry was rewritten whole
    assert cache.get_plan(synthetic.read_bytes()) == plan


def test_entries_of_an_older_format_are_removed(synthetic):
    folder = cache.cache_dir()
    folder.mkdir(parents=True)
    old = [folder / f"plan-{'0' * 64}.json", folder / "plan-1234-abcd-99.bin"]
    for path in old:
        path.write_text('{"format": 1}')
    storage.load(storage.PlanSource(synthetic))
    assert not any(path.exists() for path in old)
    assert len(entries()) == 1


def test_values_the_cache_cannot_hold_make_the_plan_uncacheable(synthetic):
    plan = parse_only(synthetic)
    for task in (plan.tasks[0]._replace(note=5), plan.tasks[0]._replace(lead=["stc"])):
        odd = plan.replace(tasks=(task, *plan.tasks[1:]))
        with pytest.raises(TypeError):
            cache.encode_plan(odd)
        cache.put_plan(b"odd bytes", odd)  # best effort: nothing written, nothing raised
        assert cache.get_plan(b"odd bytes") is None
    assert entries() == []


@settings(max_examples=30, deadline=None)
@given(
    note=st.text(),
    reference=st.text(min_size=1),
    seq=st.integers(min_value=-(2**70), max_value=2**70),
)
def test_any_text_and_number_comes_back_as_it_was(note, reference, seq):
    plan = parse_only(REAL_PLAN)
    task = plan.tasks[0]._replace(note=note, references=(reference, reference))
    event = Event("stc", date(2021, 3, 1), task=task.id, status="done", note=note, seq=seq)
    odd = plan.replace(tasks=(task, *plan.tasks[1:]), events=(event,))
    assert cache.decode_plan(marshal.loads(marshal.dumps(cache.encode_plan(odd)))) == odd


def test_unwritable_cache_dir_means_parsing(synthetic, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    plan, _ = storage.load(storage.PlanSource(synthetic))
    assert plan == parse_only(synthetic)
    assert blocker.read_text() == "a file where the cache directory should be"
    assert holidays.cached_vietnam_holidays(2021) == holidays.vietnam_holidays(2021)


def test_an_entry_that_cannot_be_opened_means_parsing(synthetic):
    cache._entry(cache.plan_key(synthetic.read_bytes())).mkdir(parents=True)  # not a file
    plan, _ = storage.load(storage.PlanSource(synthetic))
    assert plan == parse_only(synthetic)


def test_invalid_plans_are_never_cached(plan_file):
    text = plan_file.read_text(encoding="utf-8")
    plan_file.write_text(text.replace('lead = ["stc"]', 'lead = ["khong-co"]', 1), "utf-8")
    with pytest.raises(KehoachError):
        storage.load(storage.PlanSource(plan_file))
    assert entries() == []


def test_no_cache_switch(synthetic, monkeypatch):
    plan, _ = storage.load(storage.PlanSource(synthetic))
    (entry,) = entries()
    changed = plan.tasks[0]._replace(text="ĐÃ SỬA TRONG BỘ ĐỆM")
    _rewrite(
        entry, marshal.dumps(cache.encode_plan(plan.replace(tasks=(changed, *plan.tasks[1:]))))
    )
    cached, _ = storage.load(storage.PlanSource(synthetic))
    assert cached.tasks[0].text == "ĐÃ SỬA TRONG BỘ ĐỆM"  # proves the entry is what is read
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    plan, _ = storage.load(storage.PlanSource(synthetic))
    assert plan.tasks[0].text != "ĐÃ SỬA TRONG BỘ ĐỆM"
    entry.unlink()
    storage.load(storage.PlanSource(synthetic))
    assert entries() == []  # nothing written either
    assert holidays.cached_vietnam_holidays(2021) == holidays.vietnam_holidays(2021)
    assert not (cache.cache_dir() / cache._HOLIDAYS).exists()


def test_entries_are_written_atomically_and_pruned(tmp_path, synthetic_text):
    text = synthetic_text[0]
    for n in range(cache.MAX_PLANS + 3):
        path = tmp_path / f"p{n}.toml"
        path.write_text(text + f"\n# {n}\n", encoding="utf-8")
        storage.load(storage.PlanSource(path))
    names = os.listdir(cache.cache_dir())
    assert len(entries()) == cache.MAX_PLANS
    assert not [n for n in names if n.startswith(".tmp-")]
    newest = tmp_path / f"p{cache.MAX_PLANS + 2}.toml"
    assert cache.get_plan(newest.read_bytes()) is not None


# -- public holidays ---------------------------------------------------------------


def refuse(year: int) -> frozenset[date]:
    raise AssertionError("holidays computed although cached")


def test_holidays_are_cached_on_disk_per_year(monkeypatch):
    library = holidays.vietnam_holidays
    calls: list[int] = []

    def counted(year: int) -> frozenset[date]:
        calls.append(year)
        return library(year)

    monkeypatch.setattr(holidays, "vietnam_holidays", counted)
    assert holidays.cached_vietnam_holidays(2021) == library(2021)
    assert date(2021, 2, 12) in holidays.cached_vietnam_holidays(2021)  # Mùng 1 Tết
    assert calls == [2021]
    assert holidays.cached_vietnam_holidays(2022) == library(2022)
    assert calls == [2021, 2022]
    monkeypatch.setattr(holidays, "vietnam_holidays", refuse)
    for year in (2021, 2022):
        assert holidays.cached_vietnam_holidays(year) == library(year)


def test_holidays_of_another_library_version_are_computed_again(monkeypatch):
    holidays.cached_vietnam_holidays(2021)
    monkeypatch.setattr(holidays, "library_version", lambda: "holidays 99")
    calls: list[int] = []
    monkeypatch.setattr(holidays, "vietnam_holidays", lambda year: calls.append(year) or {})
    assert holidays.cached_vietnam_holidays(2021) == {}
    assert calls == [2021]


@pytest.mark.parametrize("damage", [b"", b"garbage", "FLIP", "TYPES"])
def test_corrupt_holiday_cache_means_computing(damage):
    expected = holidays.vietnam_holidays(2021)
    holidays.cached_vietnam_holidays(2021)
    path = cache.cache_dir() / cache._HOLIDAYS
    if damage == "FLIP":
        _rewrite(path, signed=False)
    elif damage == "TYPES":
        _rewrite(path, marshal.dumps({"2021": [20210101]}))
    else:
        path.write_bytes(damage)
    assert cache.get_holidays(holidays.library_version(), 2021) is None
    assert holidays.cached_vietnam_holidays(2021) == expected
    assert cache.get_holidays(holidays.library_version(), 2021) == expected  # written again


def test_the_calendar_of_commands_takes_holidays_from_the_cache(monkeypatch):
    holidays.cached_vietnam_holidays(2021)
    assert holidays.VIETNAM_CALENDAR.holidays(2021) == holidays.vietnam_holidays(2021)
    monkeypatch.setattr(holidays, "vietnam_holidays", refuse)
    calendar = WorkCalendar(holidays.cached_vietnam_holidays)  # as in a new process
    assert calendar.effective_due(date(2021, 1, 31), "next_working_day") == date(2021, 2, 1)
    assert calendar.effective_due(date(2021, 2, 12), "next_working_day") == date(2021, 2, 17)


# -- every read command answers the same with and without the cache ------------------

WRITERS = {"init", "record", "submit", "add", "merge-driver", "git-setup", "sync"}


def invocations(task: str, agency: str) -> dict[str, list[list[str]]]:
    """Arguments worth comparing for each read command (others are run bare)."""
    return {
        "validate": [[]],
        "agencies": [["--format", "json"]],
        "list": [[], ["--agency", agency, "--format", "json"], ["--search", "cai cach"]],
        "show": [[task], [task, "--format", "json"]],
        "deadlines": [[], ["--agency", agency, "--format", "json"]],
        "overdue": [[], ["--format", "json"]],
        "reports": [[], ["--format", "csv"]],
        "check": [[], ["--format", "json"]],
        "summary": [[], ["--format", "md"]],
        "history": [["--format", "json"]],
        "export": [["ics"], ["json", "--what", "summary"]],
    }


def read_commands() -> list[str]:
    from typer.main import get_command_name

    from kehoach_cli.cli import app

    names = [c.name or get_command_name(c.callback.__name__) for c in app.registered_commands]
    return [n for n in names if n not in WRITERS]


@pytest.mark.parametrize("which", ["real", "synthetic"])
def test_every_read_command_is_byte_identical_with_and_without_cache(
    cli, synthetic, synthetic_text, which, monkeypatch, plan_file
):
    if which == "real":  # a copy without the sample mark, which check would refuse
        path, task, agency = plan_file, "1.3", "stc"
    else:
        info = synthetic_text[1]
        path, task, agency = synthetic, info.agency_task, info.agency
    table = invocations(task, agency)
    commands = read_commands()
    assert {"validate", "list", "show"} <= set(commands)
    storage.load(storage.PlanSource(path))  # fills the cache
    assert len(entries()) == 1
    compared = 0
    for name in commands:
        for n, args in enumerate(table.get(name, [[]])):
            for lang in ("vi", "en") if n == 0 else ("vi",):
                argv = ["--file", str(path), "--today", TODAY, "--lang", lang, name, *args]
                plain = cli(*argv, env={"KEHOACH_NO_CACHE": "1"})
                with monkeypatch.context() as m:
                    forbid_parsing(m)
                    hit = cli(*argv)  # must come from the cache
                assert (hit.exit_code, hit.stdout, hit.stderr) == (
                    plain.exit_code,
                    plain.stdout,
                    plain.stderr,
                ), (name, args, lang)
                if name in table:
                    assert plain.exit_code in (0, 1), (name, args, plain)
                    assert plain.stdout.strip(), (name, args)
                compared += 1
    assert compared >= 20
    assert len(entries()) == 1
