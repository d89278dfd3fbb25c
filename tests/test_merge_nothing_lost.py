"""A merge never loses an event or a task: real git, a bare remote, two clones.

Each case makes a clash no clean merged plan can settle; ``kehoach sync`` stops,
the file keeps both sides around the clash only (and does not validate), and
once the marked regions are resolved as ``validate`` advises, every event of
both clones is in the file.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from kehoach_cli.planfile.layout import OURS_LABEL, THEIRS_LABEL
from kehoach_cli.planfile.merge import OURS_MARK, SPLIT_MARK, THEIRS_MARK, freeze
from tests.test_git_team import PLAN, Team, _private_git, edit, git, text  # noqa: F401

pytestmark = pytest.mark.usefixtures("_private_git")


@pytest.fixture
def team(tmp_path, cli) -> Team:
    return Team(tmp_path, cli)


def all_events(content: str) -> Counter:
    data = tomllib.loads(content)
    return Counter(
        (agency, freeze(event))
        for agency, table in data.get("events", {}).items()
        for event in table.get("log", [])
    )


def lost(final: str, *sides: str) -> int:
    """How many events of any side the final text lacks (a multiset: the union)."""
    union: Counter = Counter()
    for side in sides:
        union |= all_events(side)
    return sum((union - all_events(final)).values())


def regions(content: str) -> list[tuple[list[str], list[str]]]:
    """Each marked region's two sides, as written by the merge."""
    found = []
    lines = content.split("\n")
    for start, line in enumerate(lines):
        if line == OURS_MARK:
            middle = lines.index(SPLIT_MARK, start)
            end = lines.index(THEIRS_MARK, middle)
            found.append((lines[start + 1 : middle], lines[middle + 1 : end]))
    return found


def resolve(content: str, choose: dict[str, str] | None = None) -> str:
    """What ``validate`` advises: keep the lines of both sides where they can stand
    together (events, an item only one side has); of two versions of one item,
    the side ``choose`` names for it ("ours" by default)."""
    choose = choose or {}
    kept: list[str] = []
    lines = iter(content.split("\n"))
    for line in lines:
        if line != OURS_MARK:
            kept.append(line)
            continue
        mine = list(iter(lambda: next(lines), SPLIT_MARK))
        other = list(iter(lambda: next(lines), THEIRS_MARK))
        headers = [x for x in mine if x.startswith("[")], [x for x in other if x.startswith("[")]
        if headers[0] and headers[1]:
            ident = next((x for x in mine if x.startswith("id = ")), "")
            kept.extend(other if choose.get(ident) == "theirs" else mine)
        else:
            kept.extend(mine + other)
    return "\n".join(kept)


def stop_and_check(team: Team, folder: Path) -> str:
    """``sync`` stops on the clash, tells the truth about the file, and the file
    holds markers and does not validate."""
    result = team.run(folder, "sync")
    assert result.exit_code == 2, result
    said = result.stderr
    assert "giữ nguyên bản của nhánh này" not in said
    assert "giữ cả hai bản" in said and OURS_LABEL in said and THEIRS_LABEL in said
    assert "không cập nhật hay nhiệm vụ nào bị bỏ" in said
    assert git(folder, "status", "--porcelain", str(PLAN)).startswith("UU")
    content = text(folder)
    assert OURS_MARK in content and THEIRS_MARK in content
    check = team.run(folder, "validate")
    assert check.exit_code == 2
    for region in re.finditer(r"^<{7} ", content, re.M):
        line = content.count("\n", 0, region.start()) + 1
        assert f"{folder / PLAN}:{line}:" in check.stderr  # each clash, by its line
    return content


def finish(team: Team, folder: Path, content: str) -> None:
    (folder / PLAN).write_text(content, encoding="utf-8")
    check = team.run(folder, "validate")
    assert check.exit_code == 0, check
    git(folder, "commit", "-q", "-am", "Gộp")
    done = team.run(folder, "sync")
    assert done.exit_code == 0, done


def test_a_renamed_section_while_the_other_adds_a_task_in_it_and_records(team):
    a, b = team.clone("a"), team.clone("b")
    added = team.run(
        a,
        "add",
        "10.2.51",
        "--section",
        "10.2",
        "--text",
        "Nhiệm vụ mới của Sở TTTT.",
        "--lead",
        "stttt",
        "--commit",
    )
    assert added.exit_code == 0, added
    for n, agency in enumerate(("stc", "skhdt", "sct", "snv", "syt", "stp")):
        team.record(a, "II.1.2", "done", "--agency", agency, "--date", f"2{n}/01/2021")
    content = (
        text(b)
        .replace('"10.2" = ', '"10.2b" = ')
        .replace('section = "10.2"\n', 'section = "10.2b"\n')
    )
    (b / PLAN).write_text(content, encoding="utf-8")
    git(b, "commit", "-q", "-am", "Đổi mã mục 10.2 thành 10.2b")
    assert team.run(a, "sync").exit_code == 0
    side_a, side_b = text(a), text(b)

    merged = stop_and_check(team, b)
    (mine, other), *rest = regions(merged)
    assert rest == [] and mine == [] and 'id = "10.2.51"' in other  # around the new task only
    assert lost(resolve(merged), side_a, side_b) == 0  # A's six events are outside the clash
    check = team.run(b, "--lang", "en", "validate")
    assert "only the version from the server has it" in check.stderr
    assert "nhiệm vụ 10.2.51" in team.run(b, "validate").stderr

    kept = resolve(merged)
    (b / PLAN).write_text(kept, encoding="utf-8")
    again = team.run(b, "validate")  # what is left: the section the task refers to
    assert again.exit_code == 2 and "10.2" in again.stderr
    task = 'id = "10.2.51"\nsection = "10.2'
    fixed = kept.replace(f'{task}"\n', f'{task}b"\n')
    finish(team, b, fixed)
    final = text(b)
    assert lost(final, side_a, side_b) == 0
    assert sum(dict(e).get("task") == "II.1.2" for _, e in all_events(final).elements()) == 6
    tasks = {t["id"]: t for t in tomllib.loads(final)["tasks"]}
    assert tasks["10.2.51"]["section"] == "10.2b" and tasks["10.2.1"]["section"] == "10.2b"
    assert team.run(a, "sync").exit_code == 0
    assert text(a) == final


def test_an_agency_deleted_on_one_side_while_the_other_records_for_it(team):
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "5.4", "in_progress", "--agency", "cthue", "--date", "15/02/2021")
    team.record(a, "5.4", "done", "--agency", "cthue", "--date", "20/02/2021")
    content = text(b)
    agency = content[content.index("[agencies.cthue]") : content.index("[agencies.chq]")]
    content = content.replace(agency, "").replace("[events.cthue]\nlog = []\n\n", "")
    content = content.replace('  "cthue",\n', "")
    content = content.replace('lead = ["cthue", "chq"]', 'lead = ["chq"]')
    (b / PLAN).write_text(content, encoding="utf-8")
    assert team.run(b, "validate").exit_code == 0
    git(b, "commit", "-q", "-am", "Bỏ Cục Thuế khỏi danh mục")
    assert team.run(a, "sync").exit_code == 0
    side_a, side_b = text(a), text(b)

    merged = stop_and_check(team, b)
    marked = regions(merged)
    assert any("[agencies.cthue]" in other and not mine for mine, other in marked)
    assert any("[events.cthue]" in other and not mine for mine, other in marked)
    assert len(marked) == 3  # the agency, its events, and the task that no longer names it
    resolved = resolve(merged, {'id = "5.4"': "theirs"})
    assert lost(resolved, side_a, side_b) == 0
    finish(team, b, resolved)
    assert lost(text(b), side_a, side_b) == 0


def test_the_same_new_task_id_with_two_meanings(team):
    a, b = team.clone("a"), team.clone("b")
    for folder, words in ((a, "Nhiệm vụ của A."), (b, "Nhiệm vụ của B.")):
        added = team.run(folder, "add", "10.2.51", "--section", "10.2", "--text", words,
                         "--lead", "stttt", "--commit")  # fmt: skip
        assert added.exit_code == 0, added
    team.record(a, "10.2.51", "in_progress", "--date", "10/02/2021", "--note", "bên A")
    team.record(b, "10.2.51", "done", "--date", "12/02/2021", "--note", "bên B")
    assert team.run(a, "sync").exit_code == 0
    side_a, side_b = text(a), text(b)

    merged = stop_and_check(team, b)
    ((mine, other),) = regions(merged)
    assert "Nhiệm vụ của B." in "\n".join(mine) and "Nhiệm vụ của A." in "\n".join(other)
    assert lost(resolve(merged), side_a, side_b) == 0  # both notes, outside the clash
    advice = team.run(b, "validate").stderr
    assert "giữ cả hai và đổi mã (id) của một nhiệm vụ" in advice
    # Two different tasks: keep both, the server's under a new id.
    both = merged.replace(OURS_MARK + "\n", "").replace(THEIRS_MARK + "\n", "")
    both = both.replace(SPLIT_MARK + '\n[[tasks]]\nid = "10.2.51"', '\n[[tasks]]\nid = "10.2.52"')
    finish(team, b, both)
    ids = [t["id"] for t in tomllib.loads(text(b))["tasks"]]
    assert "10.2.51" in ids and "10.2.52" in ids
    assert lost(text(b), side_a, side_b) == 0


@pytest.mark.parametrize("who_edits", ["server", "here"])
def test_an_event_edited_by_hand_on_one_side_while_the_other_records(team, who_edits):
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "1.3", "in_progress", "--date", "15/01/2021", "--note", "ghi lúc đầu")
    assert team.run(a, "sync").exit_code == 0
    assert team.run(b, "sync").exit_code == 0
    editor, recorder = (a, b) if who_edits == "server" else (b, a)
    edit(editor, 'note = "ghi lúc đầu"', 'note = "ghi lại cho đúng"', "Sửa ghi chú")
    team.record(recorder, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    side_a, side_b = text(a), text(b)
    if who_edits == "here":  # the edit is this side's own: taken, the new event added
        result = team.run(b, "sync")
        assert result.exit_code == 0, result
        final = tomllib.loads(text(b))["events"]["stc"]["log"]
        assert [e.get("note") for e in final] == ["ghi lại cho đúng", None]
        return
    merged = stop_and_check(team, b)
    ((mine, other),) = regions(merged)
    assert any("ghi lúc đầu" in x for x in mine) and any("2021-01-28" in x for x in mine)
    assert [x for x in other if x.strip()] == [
        '  { date = 2021-01-15, task = "1.3", status = "in_progress", note = "ghi lại cho đúng" },'
    ]
    assert "hai bên ghi các cập nhật khác nhau" in team.run(b, "validate").stderr
    finish(team, b, resolve(merged))
    assert lost(text(b), side_a, side_b) == 0


def test_sync_says_so_when_the_plan_holds_only_this_machines_version(team):
    """A driver that fails without writing (not kehoach's): the message must not
    claim that the server's changes are in the file."""
    a, b = team.clone("a"), team.clone("b")
    team.record(a, "1.3", "in_progress", "--date", "15/01/2021")
    team.record(b, "1.3", "done", "--date", "28/01/2021")
    assert team.run(a, "sync").exit_code == 0
    git(b, "config", "merge.kehoach.driver", "false")
    result = team.run(b, "sync")
    assert result.exit_code == 2
    assert "chỉ còn bản của máy này" in result.stderr and "CHƯA có trong tệp" in result.stderr
    git(b, "merge", "--abort")
    english = team.cli("--lang", "en", "--file", str(b / PLAN), "--today", "01/03/2021", "sync")
    assert "the changes from the server are NOT in it" in english.stderr
