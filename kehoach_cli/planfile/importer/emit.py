"""A draft written as a plan file in the house layout (see data/tasks.toml).

Comments mark the parts and sections; every uncertain decision carries a
``# kiểm tra: …`` comment on its line.
"""

from __future__ import annotations

from datetime import date

from kehoach_cli.core.model import Agency, Group
from kehoach_cli.planfile.importer.draft import Draft, DraftReport, DraftTask

HEADER = """\
# {title}: dữ liệu theo dõi thực hiện (kehoach), nhập từ {source}.
#
# Tệp do `kehoach import` tạo. Xem lại mọi dòng có chú thích "# kiểm tra: …" (đơn vị chủ
# trì đoán theo ngữ cảnh, tên đơn vị chưa có, thời hạn chưa hiểu), sửa nếu cần rồi xóa chú
# thích, chạy `kehoach validate` và lưu vào git.
# Phần cuối tệp ([events.*]) do kehoach tự ghi thêm khi chạy `kehoach record` / `kehoach submit`.
# Mô tả đầy đủ định dạng: docs/format.md.
"""


def toml_string(value: str) -> str:
    """A TOML basic string."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return toml_string(str(value))


def _line(key: str, value: object, check: str = "") -> str:
    text = f"{key} = {_value(value)}"
    return f"{text}  # {check}" if check else text


def _long_list(key: str, values: list[str] | tuple[str, ...]) -> list[str]:
    if len(values) <= 3:
        return [_line(key, list(values))]
    return [f"{key} = [", *(f"  {toml_string(v)}," for v in values), "]"]


def plan_text(draft: Draft, source: str) -> str:
    """The plan file for ``draft``; ``source`` names the document it came from."""
    info = draft.info
    out = [HEADER.format(title=info["title"], source=source), "format = 1", "", "[plan]"]
    for key in ("id", "title", "issuer", "signer", "signer_title", "start", "end"):
        out.append(_line(key, info[key], draft.info_checks.get(key, "")))
    if info.get("based_on"):
        out += _long_list("based_on", info["based_on"])
    out.append(
        _line(
            "deadline_rule", info["deadline_rule"], "hạn rơi vào ngày nghỉ: ngày làm việc kế tiếp"
        )
    )
    out += ["", "# Mục lục: mã mục -> tiêu đề nguyên văn (không kèm số thứ tự).", "[sections]"]
    out += _sections(draft)
    out += ["", "# ── Cơ quan, đơn vị ──"]
    out += ["# kind: office | department | board | central_branch | security | district | unit"]
    out[-1] += " | front | council"
    for agency in draft.agencies.values():
        out += ["", *_agency(agency, draft.new_agencies.get(agency.key, ""))]
    out += ["", '# ── Nhóm cơ quan: dùng ở mọi chỗ ghi cơ quan dưới dạng "@mã_nhóm" ──']
    for group in draft.groups.values():
        out += ["", *_group(group)]
    out += ["", "# ── Chế độ báo cáo ──"]
    for report in draft.reports:
        out += ["", *_report(report)]
    out += ["", "# ══════ NHIỆM VỤ (theo thứ tự trong văn bản) ══════"]
    titles = {sid: title for sid, title, _ in draft.sections}
    shown = ""
    for task in draft.tasks:
        if task.section != shown:
            shown = task.section
            title = titles.get(shown, "")
            out += ["", f"# ── {shown}. {title or '(không có tiêu đề)'} ──"]
        out += ["", *_task(task)]
    out += ["", "# ══════ NHẬT KÝ CẬP NHẬT (kehoach ghi thêm; không sửa tay) ══════"]
    for key in draft.agencies:
        out += ["", f"[events.{key}]", "log = []"]
    return "\n".join(out) + "\n"


def _sections(draft: Draft) -> list[str]:
    out: list[str] = []
    for sid, title, check in draft.sections:
        if "." not in sid and out:
            out.append("")
        out.append(f"{toml_string(sid)} = {toml_string(title)}" + (f"  # {check}" if check else ""))
    return out


def _agency(agency: Agency, check: str) -> list[str]:
    out = [f"[agencies.{agency.key}]" + (f"  # {check}" if check else "")]
    out.append(_line("name", agency.name))
    out.append(_line("short", agency.short))
    if agency.aliases:
        out.append(_line("aliases", list(agency.aliases)))
    out.append(_line("kind", agency.kind))
    return out


def _group(group: Group) -> list[str]:
    out = [f"[groups.{group.key}]", _line("name", group.name)]
    if group.aliases:
        out.append(_line("aliases", list(group.aliases)))
    return out + _long_list("members", group.members)


def _report(report: DraftReport) -> list[str]:
    return [
        "[[reports]]",
        _line("id", report.id),
        _line("name", report.name),
        _line("from", report.reporters),
        _line("to", report.recipients, report.check),
        _line("rrule", report.rrule, report.phrase),
        _line("period", report.period),
        _line("task", report.task),
    ]


def _task(task: DraftTask) -> list[str]:
    checks = task.checks
    out = ["[[tasks]]", _line("id", task.id), _line("section", task.section)]
    if task.kind != "task":
        out.append(_line("kind", task.kind))
    out.append(_line("text", task.text, checks.get("text", "")))
    out.append(_line("lead", task.lead, checks.get("lead", "")))
    if task.support:
        out.append(_line("support", task.support, checks.get("support", "")))
    if task.due is not None:
        out.append(_line("due", task.due, checks.get("due", "")))
    if task.references:
        out.append(_line("references", task.references))
    if task.note:  # a deadline not understood is kept in the note: its check goes there
        out.append(_line("note", task.note, checks.get("due", "") if task.due is None else ""))
    return out
