"""Tests for data/tasks.toml and for the example in docs/format.md.

These tests use only tomllib and the source text; they do not import
kehoach_cli, so they check the data file against the format as documented.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data" / "tasks.toml"
DOC = REPO / "docs" / "format.md"
SEED_NAME = "000_2c9fae8ba58c7bbf.txt"
# Beside the repository (../shared), else where the project keeps it (a worktree elsewhere).
SOURCE = next(
    (
        path
        for path in (
            Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_NAME,
            Path("/work/shared/seeds") / SEED_NAME,
        )
        if path.exists()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_NAME,
)

TOP_LEVEL_ORDER = [
    "format",
    "plan",
    "sections",
    "agencies",
    "groups",
    "reports",
    "tasks",
    "events",
]
AGENCY_KINDS = {
    "office",
    "department",
    "board",
    "central_branch",
    "security",
    "district",
    "unit",
    "front",
    "council",
}
STATUSES = {"not_started", "in_progress", "done", "blocked", "cancelled"}
PERIOD_RE = {
    "month": re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
    "quarter": re.compile(r"\d{4}-Q[1-4]"),
    "year": re.compile(r"\d{4}"),
}
KEY_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
SECTION_RE = re.compile(r"(\d+|II)(\.\d+)?")
TASK_RE = re.compile(r"(\d+|II)(\.\d+){1,2}")
RRULE_RE = re.compile(r"FREQ=(YEARLY|MONTHLY|WEEKLY|DAILY)(;[A-Z]+=[A-Za-z0-9,+\-:]+)*")

PLAN_KEYS = {
    "id": (str, True),
    "title": (str, True),
    "issuer": (str, True),
    "signer": (str, True),
    "signer_title": (str, True),
    "start": (dt.date, True),
    "end": (dt.date, True),
    "based_on": (list, False),
    "deadline_rule": (str, True),
    "source_note": (str, False),
    "sample": (bool, False),
}
TASK_KEYS = {
    "id",
    "section",
    "kind",
    "text",
    "lead",
    "support",
    "due",
    "references",
    "note",
}
TASK_EVENT_KEYS = {"date", "task", "status", "note", "ref", "by"}
REPORT_EVENT_KEYS = {"date", "report", "period", "ref", "by"}

# Keys other engineers rely on (see docs/format.md).
AGENCY_KEYS = [
    "vpubnd",
    "skhdt",
    "stc",
    "snnptnt",
    "sldtbxh",
    "sxd",
    "sct",
    "svhttdl",
    "snv",
    "stttt",
    "stnmt",
    "sgddt",
    "skhcn",
    "syt",
    "stp",
    "sgtvt",
    "sngv",
    "ttt",
    "bqlkkt",
    "vpdp-ntm",
    "ttxtdt",
    "nhnn",
    "cthue",
    "chq",
    "bchqs",
    "bdbp",
    "cat",
    "ubmttq",
    "hdnd",
]
DISTRICT_KEYS = [
    "ubnd-tp-ha-tinh",
    "ubnd-tx-hong-linh",
    "ubnd-tx-ky-anh",
    "ubnd-cam-xuyen",
    "ubnd-can-loc",
    "ubnd-duc-tho",
    "ubnd-huong-khe",
    "ubnd-huong-son",
    "ubnd-ky-anh",
    "ubnd-loc-ha",
    "ubnd-nghi-xuan",
    "ubnd-thach-ha",
    "ubnd-vu-quang",
]


# --------------------------------------------------------------------------
# helpers


def norm(s: str) -> str:
    """Collapse runs of whitespace (the comparison used for verbatim text)."""
    return " ".join(s.split())


def fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).casefold()


def walk_strings(obj, path="$"):
    """Yield (path, string) for every key and string value in a TOML doc."""
    if isinstance(obj, str):
        yield path, obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield f"{path}.{k}(key)", k
            yield from walk_strings(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk_strings(v, f"{path}[{i}]")


def expand(doc: dict, ref: str, seen: tuple[str, ...] = ()) -> list[str]:
    """Expand an agency key or "@group" reference to agency keys."""
    if ref.startswith("@"):
        name = ref[1:]
        if name in seen:
            raise ValueError(f"cyclic group {ref}")
        group = doc.get("groups", {}).get(name)
        if group is None:
            raise KeyError(f"unknown group {ref}")
        out: list[str] = []
        for member in group["members"]:
            for key in expand(doc, member, (*seen, name)):
                if key not in out:
                    out.append(key)
        return out
    if ref not in doc.get("agencies", {}):
        raise KeyError(f"unknown agency {ref!r}")
    return [ref]


def structure_problems(doc: dict) -> list[str]:
    """Check a plan document against docs/format.md; return the problems."""
    problems: list[str] = []
    err = problems.append

    def check_refs(where: str, refs, *, allow_empty: bool) -> None:
        if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
            err(f"{where}: must be an array of strings")
            return
        if not refs and not allow_empty:
            err(f"{where}: must not be empty")
        if len(set(refs)) != len(refs):
            err(f"{where}: duplicate references {refs}")
        for ref in refs:
            try:
                expand(doc, ref)
            except (KeyError, ValueError) as e:
                err(f"{where}: {e}")

    if list(doc) != TOP_LEVEL_ORDER:
        err(f"top-level keys {list(doc)} != {TOP_LEVEL_ORDER}")
    if doc.get("format") != 1:
        err("format must be 1")

    for path, s in walk_strings(doc):
        if unicodedata.normalize("NFC", s) != s:
            err(f"{path}: string is not NFC")

    plan = doc.get("plan", {})
    for key, (typ, required) in PLAN_KEYS.items():
        if key not in plan:
            if required:
                err(f"plan.{key}: missing")
        elif not isinstance(plan[key], typ) or isinstance(plan[key], dt.datetime):
            err(f"plan.{key}: expected {typ.__name__}")
    for key in set(plan) - set(PLAN_KEYS):
        err(f"plan.{key}: unknown key")
    if plan.get("deadline_rule") not in {"next_working_day", "exact"}:
        err("plan.deadline_rule: must be next_working_day or exact")
    start, end = plan.get("start"), plan.get("end")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
        err("plan: start after end")
    if not all(isinstance(x, str) and x for x in plan.get("based_on", [])):
        err("plan.based_on: must be non-empty strings")

    sections = doc.get("sections", {})
    for sid, title in sections.items():
        if not SECTION_RE.fullmatch(sid):
            err(f"sections.{sid}: bad section id")
        if not isinstance(title, str):
            err(f"sections.{sid}: title must be a string")

    agencies = doc.get("agencies", {})
    owner: dict[str, str] = {}
    for key, agency in agencies.items():
        if not KEY_RE.fullmatch(key):
            err(f"agencies.{key}: bad key")
        for k in set(agency) - {"name", "short", "aliases", "kind"}:
            err(f"agencies.{key}.{k}: unknown key")
        for k in ("name", "short", "kind"):
            if not isinstance(agency.get(k), str) or not agency.get(k):
                err(f"agencies.{key}.{k}: missing or empty")
        if agency.get("kind") not in AGENCY_KINDS:
            err(f"agencies.{key}.kind: unknown kind {agency.get('kind')!r}")
        aliases = agency.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
            err(f"agencies.{key}.aliases: must be non-empty strings")
            aliases = []
        for label in {fold(key), fold(agency.get("short", "")), *map(fold, aliases)}:
            if label in owner and owner[label] != key:
                err(f"agencies.{key}: name {label!r} also used by {owner[label]}")
            owner.setdefault(label, key)

    groups = doc.get("groups", {})
    for key, group in groups.items():
        if not KEY_RE.fullmatch(key):
            err(f"groups.{key}: bad key")
        if key in agencies:
            err(f"groups.{key}: same key as an agency")
        for k in set(group) - {"name", "aliases", "members"}:
            err(f"groups.{key}.{k}: unknown key")
        if not isinstance(group.get("name"), str) or not group.get("name"):
            err(f"groups.{key}.name: missing")
        check_refs(f"groups.{key}.members", group.get("members"), allow_empty=False)

    task_ids = [t.get("id") for t in doc.get("tasks", [])]
    report_ids = [r.get("id") for r in doc.get("reports", [])]
    if len(set(report_ids)) != len(report_ids):
        err(f"duplicate report ids {report_ids}")
    report_periods = {}
    for i, report in enumerate(doc.get("reports", [])):
        where = f"reports[{i}]"
        expected = {"id", "name", "from", "to", "rrule", "period", "task"}
        if set(report) != expected:
            err(f"{where}: keys {sorted(report)} != {sorted(expected)}")
            continue
        if not KEY_RE.fullmatch(report["id"]):
            err(f"{where}.id: bad id")
        check_refs(f"{where}.from", report["from"], allow_empty=False)
        check_refs(f"{where}.to", report["to"], allow_empty=False)
        if not RRULE_RE.fullmatch(report["rrule"]):
            err(f"{where}.rrule: not an RRULE value: {report['rrule']!r}")
        if report["period"] not in PERIOD_RE:
            err(f"{where}.period: unknown period {report['period']!r}")
        if report["task"] not in task_ids:
            err(f"{where}.task: unknown task {report['task']!r}")
        report_periods[report["id"]] = report["period"]

    if len(set(task_ids)) != len(task_ids):
        dupes = sorted({t for t in task_ids if task_ids.count(t) > 1})
        err(f"duplicate task ids {dupes}")
    for task in doc.get("tasks", []):
        tid = task.get("id")
        where = f"tasks[{tid}]"
        for k in set(task) - TASK_KEYS:
            err(f"{where}.{k}: unknown key")
        if not isinstance(tid, str) or not TASK_RE.fullmatch(tid):
            err(f"{where}: bad id")
            continue
        section = task.get("section")
        if section not in sections:
            err(f"{where}.section: unknown section {section!r}")
        elif tid.rsplit(".", 1)[0] != section:
            err(f"{where}: id does not extend section {section!r} by one level")
        if not isinstance(task.get("text"), str) or not task["text"].strip():
            err(f"{where}.text: missing")
        check_refs(f"{where}.lead", task.get("lead"), allow_empty=True)
        check_refs(f"{where}.support", task.get("support", []), allow_empty=True)
        if set(task.get("lead", [])) & set(task.get("support", [])):
            err(f"{where}: the same reference is lead and support")
        if "due" in task:
            due = task["due"]
            if not isinstance(due, dt.date) or isinstance(due, dt.datetime):
                err(f"{where}.due: must be a local date")
            elif isinstance(start, dt.date) and not start <= due <= end:
                err(f"{where}.due: outside the plan period")
        if task.get("kind", "request") != "request":
            err(f"{where}.kind: unknown kind {task['kind']!r}")
        refs = task.get("references", [])
        if not isinstance(refs, list) or not all(isinstance(r, str) and r for r in refs):
            err(f"{where}.references: must be non-empty strings")
        if not isinstance(task.get("note", ""), str):
            err(f"{where}.note: must be a string")

    events = doc.get("events", {})
    if list(events) != list(agencies):
        err("events: must have one table per agency, in the order of agencies")
    for key, table in events.items():
        if set(table) != {"log"} or not isinstance(table["log"], list):
            err(f"events.{key}: must contain exactly `log = [...]`")
            continue
        for i, ev in enumerate(table["log"]):
            where = f"events.{key}.log[{i}]"
            if not isinstance(ev.get("date"), dt.date) or isinstance(ev.get("date"), dt.datetime):
                err(f"{where}.date: must be a local date")
            if "task" in ev:
                if not set(ev) <= TASK_EVENT_KEYS or "status" not in ev:
                    err(f"{where}: bad status event keys {sorted(ev)}")
                if ev["task"] not in task_ids:
                    err(f"{where}.task: unknown task {ev['task']!r}")
                if ev.get("status") not in STATUSES:
                    err(f"{where}.status: unknown status {ev.get('status')!r}")
            elif "report" in ev:
                if not set(ev) <= REPORT_EVENT_KEYS or "period" not in ev:
                    err(f"{where}: bad submission event keys {sorted(ev)}")
                period = report_periods.get(ev["report"])
                if period is None:
                    err(f"{where}.report: unknown report {ev['report']!r}")
                elif not PERIOD_RE[period].fullmatch(str(ev.get("period"))):
                    err(f"{where}.period: {ev.get('period')!r} is not a {period}")
            else:
                err(f"{where}: neither a status update nor a submission")
    return problems


# --------------------------------------------------------------------------
# independent reading of the source document

SENTENCE_END = (".", ":", ";", "…", "”")


def source_paragraphs(raw: str) -> list[str]:
    """Blank-line separated paragraphs, with page-break splits re-joined."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", raw):
        p = norm(block)
        if not p:
            continue
        if paragraphs and not paragraphs[-1].endswith(SENTENCE_END) and p[0].islower():
            paragraphs[-1] += " " + p
        else:
            paragraphs.append(p)
    return paragraphs


def parse_source(raw: str):
    """Return (tasks, headings) found in the source.

    tasks: list of (expected id, expected section, text); headings: dict
    section id -> heading text. Follows the task-id scheme of docs/format.md.
    """
    paragraphs = source_paragraphs(raw)
    tasks: list[tuple[str, str, str]] = []
    headings: dict[str, str] = {}
    part_two = False
    top, sub, k = "1", "1.1", 0  # the extraction starts inside section 1.1
    for i, p in enumerate(paragraphs):
        if p.startswith("Nơi nhận"):
            break
        followed_by_bullet = i + 1 < len(paragraphs) and paragraphs[i + 1].startswith("- ")
        if p == "Phần thứ hai":
            part_two, top, sub = True, "II", None
            continue
        if part_two and p == "TỔ CHỨC THỰC HIỆN":
            headings["II"] = p
            continue
        m_sub = re.match(r"(\d+)\.(\d+)\. (.*)", p)
        m_top = re.match(r"(\d+)\. (.*)", p)
        if p.startswith("- "):
            k += 1
            section = sub or top
            tasks.append((f"{section}.{k}", section, p[2:]))
        elif not part_two and m_sub:
            sid = f"{m_sub[1]}.{m_sub[2]}"
            if p.endswith(":") or followed_by_bullet:
                assert p.endswith(":") and followed_by_bullet, p
                sub, k = sid, 0
                headings[sid] = m_sub[3]
            else:
                sub = None
                tasks.append((sid, top, m_sub[3]))
        elif m_top and not part_two:
            top, sub, k = m_top[1], None, 0
            headings[top] = m_top[2]
        elif m_top:
            sid = f"II.{m_top[1]}"
            if p.endswith(":") or followed_by_bullet:
                assert p.endswith(":") and followed_by_bullet, p
                sub, k = sid, 0
                headings[sid] = m_top[2]
            else:
                sub = None
                tasks.append((sid, "II", m_top[2]))
        elif not tasks and not headings:
            k += 1  # the truncated first fragment of 1.1
            tasks.append((f"{sub}.{k}", sub, p))
        else:
            raise AssertionError(f"unexpected paragraph: {p[:80]!r}")
    return tasks, headings


# --------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def raw() -> str:
    return DATA.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def data(raw: str) -> dict:
    return tomllib.loads(raw)


@pytest.fixture(scope="module")
def source() -> str:
    if not SOURCE.exists():
        pytest.skip(f"source document not available at {SOURCE}")
    return SOURCE.read_text(encoding="utf-8")


def doc_toml_blocks() -> list[str]:
    return re.findall(r"^```toml\n(.*?)^```", DOC.read_text("utf-8"), re.M | re.S)


# --------------------------------------------------------------------------
# coverage of the source


def test_every_source_task_is_encoded(data: dict, source: str) -> None:
    expected, _ = parse_source(source)
    texts = [norm(t["text"]) for t in data["tasks"]]
    missing = [tid for tid, _, text in expected if not any(norm(text) in t for t in texts)]
    assert missing == [], f"source paragraphs not found in any task text: {missing}"
    assert len(expected) == len(data["tasks"]), (
        f"{len(expected)} task paragraphs in the source, {len(data['tasks'])} tasks in the file"
    )


def test_task_ids_sections_and_texts_follow_the_source(data: dict, source: str) -> None:
    expected, _ = parse_source(source)
    got = [(t["id"], t["section"], norm(t["text"])) for t in data["tasks"]]
    first_id, first_section, first_text = got[0]
    assert first_text.startswith("…"), "truncated first task must start with …"
    got[0] = (first_id, first_section, first_text.lstrip("…").strip())
    assert got == [(i, s, norm(t)) for i, s, t in expected]


def test_section_titles_are_verbatim(data: dict, source: str) -> None:
    _, headings = parse_source(source)
    sections = data["sections"]
    assert sections["1"] == "" and sections["1.1"] == ""  # lost in the extraction
    assert {k: v for k, v in sections.items() if v} == headings


def test_page_breaks_joined_and_typos_kept(data: dict) -> None:
    text = " ".join(t["text"] for t in data["tasks"])
    for phrase in (
        "Đẩy mạnh thực hiện Cuộc vận động người Việt Nam",
        "chấn chỉnh kỷ luật kỷ cương hành chính",
        "đáp ứng nhu cầu của các doanh nghiệp",
        "Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện",
        "làm giảm tai nạn giao thông;",
        "chông chéo",
        "thể trấn",
        "kiểm chế",
        "3690/UBND-KT₁",
    ):
        assert phrase in text, phrase
    assert "Công an ninh, các ngành" in data["sections"]["9.1"]


# --------------------------------------------------------------------------
# the data file


def test_data_file_structure(data: dict) -> None:
    assert structure_problems(data) == []


def test_data_file_layout(raw: str) -> None:
    assert not raw.startswith("\ufeff"), "repository copy has no BOM"
    assert "\r" not in raw, "repository copy uses LF line endings"
    assert raw == unicodedata.normalize("NFC", raw)
    assert raw.startswith("# ") and raw.endswith("\n") and not raw.endswith("\n\n")
    assert "\n\n\n" not in raw, "at most one blank line between entries"
    lines = raw.split("\n")
    for n, line in enumerate(lines, 1):
        assert line == line.rstrip() and "\t" not in line, f"line {n}: whitespace"
        if line.startswith("[") and n > 1:
            before = lines[n - 2]
            assert before == "" or before.startswith("#"), (
                f"line {n}: table header must follow a blank or comment line"
            )


def test_plan(data: dict) -> None:
    plan = data["plan"]
    assert plan["id"] == "ht-2021"
    assert plan["sample"] is True  # the shipped plan is the sample: read-only, noted on stderr
    assert plan["title"] == "Chương trình công tác năm 2021 của UBND tỉnh Hà Tĩnh"
    assert plan["issuer"] == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    # The extract misspells the chairman's name; the comment and the note keep its spelling.
    assert plan["signer"] == "Trần Tiến Hưng"
    assert "Trần Tiên Hưng" in plan["source_note"]
    assert plan["signer_title"] == "Chủ tịch"
    assert (plan["start"], plan["end"]) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert plan["deadline_rule"] == "next_working_day"
    assert plan["based_on"] == [
        "Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ",
        "Nghị quyết số 02-NQ/TU của Ban Chấp hành Đảng bộ tỉnh",
        "Nghị quyết số 244/2020/NQ-HĐND của Hội đồng nhân dân tỉnh",
    ]
    assert "1.1" in plan["source_note"]
    # What the extract lacks, and what is inferred rather than read.
    for missing in ("tên", "số", "ngày ban hành", "căn cứ", "title", "based_on", "suy ra"):
        assert missing in plan["source_note"], missing


def test_agencies(data: dict) -> None:
    agencies = data["agencies"]
    assert list(agencies) == AGENCY_KEYS + DISTRICT_KEYS
    kinds = {k: a["kind"] for k, a in agencies.items()}
    assert kinds["vpubnd"] == "office" and kinds["vpdp-ntm"] == "office"
    assert kinds["ttt"] == "department" and kinds["bqlkkt"] == "board"
    assert kinds["ttxtdt"] == "unit"
    assert {kinds[k] for k in ("nhnn", "cthue", "chq")} == {"central_branch"}
    assert {kinds[k] for k in ("bchqs", "bdbp", "cat")} == {"security"}
    assert kinds["ubmttq"] == "front" and kinds["hdnd"] == "council"
    assert {kinds[k] for k in DISTRICT_KEYS} == {"district"}
    shorts = [a["short"] for a in agencies.values()]
    assert len(set(map(fold, shorts))) == len(shorts)
    # thị xã Kỳ Anh and huyện Kỳ Anh are kept apart
    assert agencies["ubnd-tx-ky-anh"]["short"] == "TX Kỳ Anh"
    assert agencies["ubnd-ky-anh"]["short"] == "Huyện Kỳ Anh"
    for key in ("ubnd-tx-ky-anh", "ubnd-ky-anh"):
        assert "Kỳ Anh" not in agencies[key].get("aliases", [])
    # The source names "Thường trực HĐND tỉnh" only as a recipient, not as the council's body.
    assert "Thường trực HĐND tỉnh" not in agencies["hdnd"]["aliases"]


def test_groups(data: dict) -> None:
    groups, agencies = data["groups"], data["agencies"]
    assert list(groups) == ["departments", "districts", "all"]
    assert groups["districts"]["members"] == DISTRICT_KEYS
    assert len(expand(data, "@districts")) == 13
    department_kinds = {"department", "board", "central_branch", "security"}
    expected = [k for k, a in agencies.items() if a["kind"] in department_kinds] + ["vpdp-ntm"]
    assert sorted(groups["departments"]["members"]) == sorted(expected)
    for outsider in ("vpubnd", "ttxtdt", "ubmttq", "hdnd"):
        assert outsider not in expand(data, "@all")
    assert groups["all"]["members"] == ["@departments", "@districts"]


def test_reports(data: dict) -> None:
    reports = {r["id"]: r for r in data["reports"]}
    assert list(reports) == ["bc-thang", "bc-nam"]
    monthly, yearly = reports["bc-thang"], reports["bc-nam"]
    assert monthly["rrule"] == "FREQ=MONTHLY;BYMONTHDAY=20"
    assert monthly["period"] == "month"
    assert yearly["rrule"] == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10"
    assert yearly["period"] == "year"
    for report in (monthly, yearly):
        assert report["from"] == ["@all"]
        assert report["to"] == ["vpubnd", "skhdt"]
        assert report["task"] == "II.1.4"


def test_task_details(data: dict) -> None:
    tasks = {t["id"]: t for t in data["tasks"]}
    assert tasks["II.1.2"]["due"] == dt.date(2021, 1, 31)
    assert [t for t, task in tasks.items() if "due" in task] == ["II.1.2"]
    for tid in ("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5"):
        assert tasks[tid]["lead"] == [] and tasks[tid]["note"]
    assert tasks["1.1.1"]["text"].startswith("…")
    requests = {t: task["lead"] for t, task in tasks.items() if "kind" in task}
    assert requests == {"II.3": ["ubmttq"], "II.4": ["hdnd"]}
    assert tasks["II.2"]["lead"] == ["vpubnd"]
    for tid, lead, support in (
        ("1.2.1", ["skhdt"], ["@all"]),
        ("3.2", ["sldtbxh"], ["stc", "sxd", "@districts"]),
        ("4.2.2", ["vpdp-ntm"], ["@all"]),
        ("5.2.1", ["skhdt"], ["ttxtdt"]),
        ("5.4", ["cthue", "chq"], []),
        ("6.2.1", ["snnptnt"], ["@districts"]),
        ("7.5.6", ["sldtbxh"], ["@districts"]),
        ("7.6.1", ["sxd"], ["@districts"]),
        ("8.3.1", ["@all"], []),
        ("9.1.1", ["bchqs", "bdbp", "cat"], ["@all"]),
        ("9.2", ["sgtvt", "cat"], ["@all"]),
        ("10.1.1", ["sngv", "skhdt", "bqlkkt"], ["@all"]),
        ("2.1", ["@all"], []),
        ("II.1.4", ["@all"], []),
    ):
        assert (tasks[tid]["lead"], tasks[tid].get("support", [])) == (
            lead,
            support,
        ), tid
    # The housing plan: led by Sở LĐTBXH (3.2, 7.5.6), Sở Xây dựng guides the districts.
    assert "@districts" in tasks["7.5.6"]["note"] and "3.2" in tasks["7.5.6"]["note"]
    assert "Sở Lao động, Thương binh và Xã hội chủ trì" in tasks["7.6.1"]["note"]
    assert "3.2, 7.5.6" in tasks["7.6.1"]["note"]
    # Section 2 names no lead: the note says it is read from the context, as 1.1.x say theirs.
    for tid in ("2.1", "2.2", "2.3"):
        assert tasks[tid]["lead"] == ["@all"] and "ngữ cảnh" in tasks[tid]["note"], tid
    # Part One tasks other than 1.1 all have a lead agency
    for tid, task in tasks.items():
        if not tid.startswith("1.1."):
            assert task["lead"], tid


def test_references_are_cited_as_written(data: dict) -> None:
    for task in data["tasks"]:
        for ref in task.get("references", []):
            assert ref in task["text"], (task["id"], ref)


def test_every_section_is_used(data: dict) -> None:
    used = {t["section"] for t in data["tasks"]}
    for sid in data["sections"]:
        assert any(u == sid or u.startswith(sid + ".") for u in used), sid


def test_events_start_empty(data: dict) -> None:
    assert list(data["events"]) == list(data["agencies"])
    assert all(table == {"log": []} for table in data["events"].values())


# --------------------------------------------------------------------------
# docs/format.md


def test_doc_toml_blocks_parse() -> None:
    blocks = doc_toml_blocks()
    assert blocks, "docs/format.md has no ```toml blocks"
    for block in blocks:
        tomllib.loads(block)


def test_doc_example_is_a_valid_plan() -> None:
    examples = [b for b in doc_toml_blocks() if "[plan]" in b]
    assert len(examples) == 1, "exactly one complete example in docs/format.md"
    example = tomllib.loads(examples[0])
    assert structure_problems(example) == []
    assert len(example["agencies"]) == 2
    assert len(example["groups"]) == 1
    assert len(example["reports"]) == 1
    assert len(example["tasks"]) == 2
    assert sum(len(t["log"]) for t in example["events"].values()) == 1


def test_validator_catches_errors(data: dict) -> None:
    """The structure check is not vacuous."""
    import copy

    bad = copy.deepcopy(data)
    bad["tasks"][0]["lead"] = ["nope"]
    bad["tasks"][1]["section"] = "42"
    bad["tasks"][2]["id"] = bad["tasks"][3]["id"]
    bad["agencies"]["stc"]["aliases"] = ["KHĐT"]
    bad["events"]["stc"]["log"] = [
        {"date": dt.date(2021, 2, 1), "task": "1.3", "status": "finished"}
    ]
    bad["plan"]["title"] = unicodedata.normalize("NFD", bad["plan"]["title"])
    problems = "\n".join(structure_problems(bad))
    for needle in (
        "unknown agency 'nope'",
        "unknown section '42'",
        "duplicate task ids",
        "also used by",
        "unknown status 'finished'",
        "not NFC",
    ):
        assert needle in problems


def test_data_fixes_follow_the_source(data: dict, source: str) -> None:
    """Each correction of the data is borne out by the source text."""
    tasks = {t["id"]: t for t in data["tasks"]}
    # 7.5.6 names "các đơn vị, địa phương liên quan", not every department and district.
    assert "Chủ trì, phối hợp các đơn vị, địa phương liên quan" in tasks["7.5.6"]["text"]
    assert tasks["7.5.6"]["text"] in source
    # 3.2 names the districts for the same housing plan; 7.6.1 supports Sở LĐTBXH there.
    assert "UBND cấp huyện" in tasks["3.2"]["text"]
    assert tasks["7.6.1"]["text"].startswith("Phối hợp Sở Lao động, Thương binh và Xã hội")
    # The extract signs with a misspelt name, and starts in the middle of 1.1.
    assert source.rstrip().endswith("Trần Tiên Hưng")
    assert "Trần Tiến Hưng" not in source
    assert not source.lstrip().startswith(("ỦY BAN", "UBND", "CHƯƠNG TRÌNH"))
    # "Thường trực HĐND tỉnh" appears only among the recipients.
    recipients = source[source.index("Nơi nhận") :]
    assert source.count("Thường trực HĐND tỉnh") == recipients.count("Thường trực HĐND tỉnh") == 1
