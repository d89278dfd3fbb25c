"""Commands that record progress: record, submit, history, add.

Writes go through ``kehoach_cli.planfile.writer``: the checks that depend on the plan
run on the copy re-read under the lock, so two people recording at once both
see each other's events.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import AgencyOption, Format, FormatOption, command, echo, settings
from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.present.labels import t
from kehoach_cli.present.phrases import recorded_text, report_state_text
from kehoach_cli.present.wording import format_date, period_label

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan

DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        "-d",
        help="Ngày xảy ra (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định là hôm nay (--today).",
        show_default=False,
    ),
]
NoteOption = Annotated[
    str | None, typer.Option("--note", "-n", help="Ghi chú (tùy ý).", show_default=False)
]
RefOption = Annotated[
    str | None,
    typer.Option(
        "--ref",
        "-r",
        help="Văn bản làm căn cứ, ví dụ 'Kế hoạch số 12/KH-STC' (tùy ý).",
        show_default=False,
    ),
]
ByOption = Annotated[
    str | None, typer.Option("--by", help="Người ghi (tùy ý).", show_default=False)
]
CommitOption = Annotated[
    bool,
    typer.Option(
        "--commit",
        help="Commit ngay tệp kế hoạch vào git (chỉ tệp này, dùng tên người dùng git "
        "và các hook của kho). Không ghi gì nếu thư mục không phải kho git hoặc đang có "
        "thay đổi khác đã stage.",
    ),
]


# --- shared checks ---------------------------------------------------------------


def _event_texts(note: str | None, ref: str | None, by: str | None) -> dict[str, str | None]:
    """The free-text fields of an event, each checked for what TOML can hold."""
    return {
        "note": _text(note, "note"),
        "ref": _text(ref, "ref"),
        "by": _text(by, "by"),
    }


def _text(value: str | None, option: str) -> str | None:
    """``value`` checked, named by its option's field label; None when left empty."""
    from kehoach_cli.planfile.writer import check_text

    if value is None or value == "":
        return None
    return check_text(value, _field(option))


def _field(option: str) -> Text:
    """What a free-text option holds, as an error names it."""
    return text(f"error.cli.field.{option}")


class _Git:
    """``--commit``: checks before the write, the commit after it (both under the lock)."""

    def __init__(self, enabled: bool, path: Path) -> None:
        self.enabled = enabled
        self.path = path
        self.done: tuple[str, str] | None = None

    def check(self) -> None:
        if self.enabled:
            from kehoach_cli.git import repo

            repo.check_can_commit(self.path)

    def after(self, message: "Callable[[Plan], str]") -> "Callable[[Plan], None] | None":
        if not self.enabled:
            return None

        def commit(plan: "Plan") -> None:
            from kehoach_cli.git import repo

            text = message(plan)
            self.done = (repo.commit_file(self.path, text), text)

        return commit

    def report(self, lang: str) -> None:
        if self.done is not None:
            echo(t("rec.committed", lang, hash=self.done[0], message=self.done[1]))


# --- record -----------------------------------------------------------------------


@command("record")
def record(
    ctx: typer.Context,
    task_id: Annotated[
        str, typer.Argument(metavar="TASK", help="Mã nhiệm vụ, ví dụ 1.3 hoặc II.1.2.")
    ],
    status: Annotated[
        list[str],
        typer.Argument(
            metavar="STATUS",
            help="Trạng thái: not_started, in_progress, done, blocked, cancelled, hoặc "
            "'chưa thực hiện', 'đang thực hiện', 'hoàn thành', 'vướng mắc', "
            "'dừng thực hiện' (có dấu hay không dấu đều được).",
        ),
    ],
    agency: Annotated[
        str | None,
        typer.Option(
            "--agency",
            "-a",
            help="Đơn vị chủ trì được ghi (mã, tên gọi tắt hoặc một phần tên). Bắt buộc "
            "khi nhiệm vụ có nhiều đơn vị chủ trì; nếu chỉ có một thì mặc định là đơn vị đó.",
            show_default=False,
        ),
    ] = None,
    when: DateOption = None,
    note: NoteOption = None,
    ref: RefOption = None,
    by: ByOption = None,
    commit: CommitOption = False,
) -> None:
    """Thêm một dòng vào cuối tệp kế hoạch (phần [events.<đơn vị>]); lần ghi mới
    nhất là trạng thái hiện tại, các lần trước là lịch sử. In ra trạng thái đã
    ghi và tiến độ so với hạn.

    Ví dụ:  kehoach record II.1.2 'hoàn thành' --agency stc --date 28/01/2021

    Ví dụ:  kehoach record 1.3 dang-thuc-hien --note 'Đã trình UBND tỉnh' --commit
    """
    from kehoach_cli.core.lookup import parse_status
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import event_day, status_update
    from kehoach_cli.planfile.writer import add_event

    s = settings(ctx)
    lang = s.lang
    code = parse_status(" ".join(status))  # words may come unquoted: hoàn thành
    day = event_day(when, s.today)
    texts = _event_texts(note, ref, by)
    source = s.source
    git = _Git(commit, source.path)

    picked: dict[str, str] = {}

    def prepare(plan: "Plan") -> tuple[str, dict[str, Any]]:
        task, key = status_update(plan, task_id, agency, day)
        git.check()
        picked.update(agency=key, task=task.id)
        return key, {"date": day, "task": task.id, "status": code, **texts}

    def message(plan: "Plan") -> str:
        return t(
            "rec.commit.status",
            lang,
            agency=plan.agency_label(picked["agency"]),
            task=picked["task"],
            status=t(f"status.{code}", lang),
            date=format_date(day),
        )

    plan, key, fields = add_event(source, prepare, git.after(message))
    task = plan.task_by_id[fields["task"]]
    state = Progress(plan, s.today, s.calendar).assignment(task, key)
    echo(
        t(
            "rec.recorded",
            lang,
            agency=plan.agency_label(key),
            task=task.id,
            status=t(f"status.{code}", lang),
            date=format_date(day),
            state=recorded_text(state.timeliness.code, state.timeliness.days, lang),
        )
    )
    if state.last is not None and state.last.date > day:
        echo(
            t(
                "rec.not_latest",
                lang,
                date=format_date(state.last.date),
                status=t(f"status.{state.status}", lang),
            ),
            err=True,
        )
    git.report(lang)


# --- submit -----------------------------------------------------------------------


@command("submit")
def submit(
    ctx: typer.Context,
    agency: Annotated[
        str,
        typer.Argument(
            metavar="AGENCY",
            help="Đơn vị đã nộp báo cáo: mã, tên gọi tắt hoặc một phần tên "
            "(ví dụ stc, 'tai chinh').",
        ),
    ],
    report_id: Annotated[
        str | None,
        typer.Option(
            "--report",
            help="Mã báo cáo (ví dụ bc-thang, bc-nam); mặc định là báo cáo hàng tháng duy nhất.",
            show_default=False,
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            "-p",
            help="Kỳ báo cáo: 2021-03 hoặc 03/2021 (tháng), 2021-Q1 (quý), 2021 (năm). Mặc "
            "định: kỳ sớm nhất đơn vị còn nợ đã quá hạn, nếu không có thì kỳ sắp tới.",
            show_default=False,
        ),
    ] = None,
    when: DateOption = None,
    ref: RefOption = None,
    note: NoteOption = None,
    by: ByOption = None,
    correct: Annotated[
        bool,
        typer.Option(
            "--correct",
            help="Ghi lại một kỳ đã ghi (lần ghi sau được tính), ví dụ khi ngày nộp ghi sai.",
        ),
    ] = False,
    commit: CommitOption = False,
) -> None:
    """In ra kỳ đã ghi và báo cáo đúng hạn hay trễ bao nhiêu ngày (hạn rơi vào ngày
    nghỉ được lùi sang ngày làm việc tiếp theo). Một kỳ đã ghi thì không ghi lại,
    trừ khi có --correct.

    Ví dụ:  kehoach submit stc --period 02/2021 --date 18/02/2021 --ref 'Báo cáo số 40/BC-STC'

    Ví dụ:  kehoach submit 'huong khe' --report bc-nam --period 2021
    """
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import event_day, report_submission
    from kehoach_cli.core.schedule import report_state
    from kehoach_cli.planfile.writer import add_event

    s = settings(ctx)
    lang = s.lang
    day = event_day(when, s.today)
    texts = _event_texts(note, ref, by)
    source = s.source
    git = _Git(commit, source.path)
    chosen: dict[str, Any] = {}

    def prepare(plan: "Plan") -> tuple[str, dict[str, Any]]:
        progress = Progress(plan, s.today, s.calendar)
        key, report, chosen_period = report_submission(
            progress, agency, report_id, period, day, correct
        )
        git.check()
        chosen.update(agency=key, report=report, period=chosen_period)
        return key, {"date": day, "report": report.id, "period": chosen_period.code, **texts}

    def message(plan: "Plan") -> str:
        return t(
            "rec.commit.report",
            lang,
            agency=plan.agency_label(chosen["agency"]),
            report=chosen["report"].id,
            period=period_label(chosen["period"].code, lang),
            date=format_date(day),
        )

    plan, key, _ = add_event(source, prepare, git.after(message))
    report, chosen_period = chosen["report"], chosen["period"]
    latest = Progress(plan, s.today, s.calendar).submitted_on(key, report.id, chosen_period.code)
    state = report_state(chosen_period, latest or day, s.today)
    echo(
        t(
            "rec.submitted",
            lang,
            agency=plan.agency_label(key),
            report=report.name,
            period=period_label(chosen_period.code, lang),
            date=format_date(day),
            state=report_state_text(state.code, state.days_late, lang),
        )
    )
    git.report(lang)


# --- history ----------------------------------------------------------------------


@command("history")
def history(
    ctx: typer.Context,
    task_id: Annotated[
        str | None,
        typer.Argument(metavar="TASK", help="Mã nhiệm vụ; bỏ trống để xem mọi cập nhật."),
    ] = None,
    agency: AgencyOption = None,
    everything: Annotated[
        bool,
        typer.Option("--all", help="Cả các lần ghi đề ngày sau hôm nay (--today)."),
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Lọc theo nhiệm vụ (TASK) và/hoặc đơn vị (--agency, nhận cả nhóm như @districts).
    Như mọi lệnh khác, chỉ tính đến hôm nay: lần ghi đề ngày sau đó chỉ hiện với --all.

    Ví dụ:  kehoach history II.1.2 --agency 'huong khe'

    Ví dụ:  kehoach history --agency stc --format json
    """
    from kehoach_cli.core.lookup import find_task, resolve
    from kehoach_cli.core.queries import history_rows
    from kehoach_cli.present.tasks import history_text

    s = settings(ctx)
    plan = s.load()
    task = find_task(plan, task_id) if task_id else None
    agencies = resolve(plan, agency).agencies if agency else None
    rows = history_rows(plan, task, agencies, None if everything else s.today)
    echo(history_text(plan, rows, fmt.value, s.lang))


# --- add --------------------------------------------------------------------------


def _refs(plan: "Plan", values: list[str] | None) -> list[str]:
    from kehoach_cli.core.lookup import resolve

    refs: dict[str, None] = {}
    for value in values or []:
        refs.setdefault(resolve(plan, value).ref, None)
    return list(refs)


@command("add")
def add(
    ctx: typer.Context,
    task_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Mã nhiệm vụ mới, chưa dùng (chữ, số, '.', '-'), ví dụ 10.2.3."
        ),
    ],
    section: Annotated[
        str,
        typer.Option(
            "--section", "-s", help="Mục chứa nhiệm vụ (một mã trong [sections]), ví dụ 10.2."
        ),
    ],
    text: Annotated[str, typer.Option("--text", help="Nội dung nhiệm vụ (nguyên văn).")],
    lead: Annotated[
        list[str],
        typer.Option(
            "--lead",
            help="Đơn vị hoặc nhóm chủ trì (mã, tên gọi tắt, @districts…); lặp lại để ghi nhiều.",
        ),
    ],
    support: Annotated[
        list[str] | None,
        typer.Option(
            "--support",
            help="Đơn vị hoặc nhóm phối hợp; lặp lại để ghi nhiều.",
            show_default=False,
        ),
    ] = None,
    due: Annotated[
        str | None,
        typer.Option(
            "--due",
            help="Hạn hoàn thành (dd/mm/yyyy); bỏ trống nếu là nhiệm vụ thường xuyên.",
            show_default=False,
        ),
    ] = None,
    note: NoteOption = None,
    commit: CommitOption = False,
) -> None:
    """Nhiệm vụ được thêm thành một mục [[tasks]] sau nhiệm vụ cuối cùng; tệp được
    kiểm tra như lệnh validate trước khi ghi.

    Ví dụ:  kehoach add 10.2.3 --section 10.2 --text 'Tuyên truyền …' --lead stttt

    Ví dụ:  kehoach add 5.1.9 -s 5.1 --text '…' --lead snv --support @districts --due 30/06/2021
    """
    from kehoach_cli.core.dates import parse_date
    from kehoach_cli.core.text import closest
    from kehoach_cli.planfile.writer import add_task, check_text

    s = settings(ctx)
    lang = s.lang
    wanted = check_text(task_id, _field("task_id")).strip()
    body = check_text(text, _field("text")).strip()
    if not body:
        raise KehoachError("error.cli.add.empty_text")
    when = parse_date(due) if due else None
    extra = _text(note, "note")
    source = s.source
    git = _Git(commit, source.path)

    def prepare(plan: "Plan") -> dict[str, Any]:
        existing = plan.task(wanted)
        if existing is not None:
            raise KehoachError("error.cli.add.id_taken", id=wanted, existing=existing.id)
        if section not in plan.sections:
            near = closest(section, list(plan.sections))
            hint = Text("error.cli.add.did_you_mean", {"names": near}) if near else ""
            raise KehoachError("error.cli.add.no_section", section=section, hint=hint)
        leads = _refs(plan, lead)
        if not leads:
            raise KehoachError("error.cli.add.no_lead")
        supports = [ref for ref in _refs(plan, support) if ref not in leads]
        if when is not None and not plan.info.start <= when <= plan.info.end:
            raise KehoachError(
                "error.cli.add.due_outside", due=when, start=plan.info.start, end=plan.info.end
            )
        git.check()
        return {
            "id": wanted,
            "section": section,
            "text": body,
            "lead": leads,
            "support": supports,
            "due": when,
            "note": extra,
        }

    def message(plan: "Plan") -> str:
        return t("rec.commit.add", lang, id=wanted, section=section)

    plan, fields = add_task(source, prepare, git.after(message))
    echo(
        t(
            "rec.added",
            lang,
            id=fields["id"],
            section=fields["section"],
            lead=", ".join(plan.agency_label(ref) for ref in fields["lead"]),
            due=format_date(when) if when else t("word.ongoing", lang),
        )
    )
    git.report(lang)
