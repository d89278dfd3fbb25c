"""Commands that record progress: record, submit, history, add.

Writes go through ``kehoach_cli.planfile.writer``: the checks that depend on the plan
run on the copy re-read under the lock, so two people recording at once both
see each other's events.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import (
    AgencyOption,
    Format,
    FormatOption,
    Labels,
    LabelsOption,
    command,
    csv_format,
    echo,
    say_scope,
    settings,
    tell,
)
from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.present.labels import t
from kehoach_cli.present.phrases import full_name, recorded_text, report_state_text
from kehoach_cli.present.wording import format_date, period_label

if TYPE_CHECKING:
    from datetime import date

    from kehoach_cli.core.model import Plan
    from kehoach_cli.core.progress import Progress

DateOption = Annotated[
    str | None,
    typer.Option(
        "--date",
        "-d",
        show_default=False,
    ),
]
NoteOption = Annotated[str | None, typer.Option("--note", "-n", show_default=False)]
RefOption = Annotated[
    str | None,
    typer.Option(
        "--ref",
        show_default=False,
    ),
]
ByOption = Annotated[str | None, typer.Option("--by", show_default=False)]
CommitOption = Annotated[
    bool,
    typer.Option("--commit"),
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
            tell(t("rec.committed", lang, hash=self.done[0], message=self.done[1]))


# --- record -----------------------------------------------------------------------


def _progress_line(
    progress: "Progress", task_id: str, key: str, code: str, day: "date", lang: str
) -> None:
    """The confirmation of one agency's status, and a note if a newer one still counts."""
    plan = progress.plan
    task = plan.task_by_id[task_id]
    state = progress.assignment(task, key)
    tell(
        t(
            "rec.recorded",
            lang,
            agency=full_name(plan, key),
            task=task.id,
            status=t(f"status.{code}", lang),
            date=format_date(day),
            state=recorded_text(state.timeliness.code, state.timeliness.days, lang),
        )
    )
    if state.last is not None and state.last.date > day:
        tell(
            t(
                "rec.not_latest",
                lang,
                date=format_date(state.last.date),
                status=t(f"status.{state.status}", lang),
            ),
            err=True,
        )


def _commit_message(lang: str, lines: list[str], key: str, **values: Any) -> str:
    """One line for one agency; for several, a summary line then one line each."""
    if len(lines) == 1:
        return lines[0]
    return "\n".join([t(key, lang, n=len(lines), **values), "", *lines])


@command("record")
def record(
    ctx: typer.Context,
    task_id: Annotated[str, typer.Argument()],
    status: Annotated[
        list[str],
        typer.Argument(),
    ],
    agency: Annotated[
        list[str] | None,
        typer.Option(
            "--agency",
            "-a",
            show_default=False,
        ),
    ] = None,
    when: DateOption = None,
    note: NoteOption = None,
    ref: RefOption = None,
    by: ByOption = None,
    commit: CommitOption = False,
) -> None:
    """Append a status event for each lead agency named (one, several, or a group)."""
    from kehoach_cli.core.lookup import parse_status
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import event_day, status_updates
    from kehoach_cli.planfile.writer import add_events

    s = settings(ctx)
    lang = s.lang
    code = parse_status(" ".join(status))  # words may come unquoted: hoàn thành
    day = event_day(when, s.today)
    texts = _event_texts(note, ref, by)
    source = s.source
    git = _Git(commit, source.path)

    done: list[tuple[str, dict[str, Any]]] = []

    def prepare(plan: "Plan") -> list[tuple[str, dict[str, Any]]]:
        task, keys = status_updates(plan, task_id, agency or [], day)
        git.check()
        fields = {"date": day, "task": task.id, "status": code, **texts}
        done[:] = [(key, dict(fields)) for key in keys]
        return done

    def message(plan: "Plan") -> str:
        task = plan.task_by_id[done[0][1]["task"]]
        shown = t(f"status.{code}", lang)
        lines = [
            t(
                "rec.commit.status",
                lang,
                agency=plan.agency_label(key),
                task=task.id,
                status=shown,
                date=format_date(day),
            )
            for key, _ in done
        ]
        return _commit_message(
            lang, lines, "rec.commit.status_many", task=task.id, status=shown, date=format_date(day)
        )

    plan, events = add_events(source, prepare, git.after(message))
    progress = Progress(plan, s.today, s.calendar)
    for key, fields in events:
        _progress_line(progress, fields["task"], key, code, day, lang)
    git.report(lang)


# --- submit -----------------------------------------------------------------------


@command("submit")
def submit(
    ctx: typer.Context,
    agency: Annotated[
        list[str],
        typer.Argument(),
    ],
    report_id: Annotated[
        str | None,
        typer.Option(
            "--report",
            "-r",
            show_default=False,
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            "-p",
            show_default=False,
        ),
    ] = None,
    when: DateOption = None,
    ref: RefOption = None,
    note: NoteOption = None,
    by: ByOption = None,
    correct: Annotated[
        bool,
        typer.Option("--correct"),
    ] = False,
    early: Annotated[
        bool,
        typer.Option("--early"),
    ] = False,
    commit: CommitOption = False,
) -> None:
    """Append a report submission for each agency named (one, several, or a group)."""
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import Submission, event_day, report_submissions
    from kehoach_cli.core.schedule import report_state
    from kehoach_cli.planfile.writer import add_events

    s = settings(ctx)
    lang = s.lang
    day = event_day(when, s.today)
    texts = _event_texts(note, ref, by)
    source = s.source
    git = _Git(commit, source.path)
    chosen: dict[str, Any] = {}

    def prepare(plan: "Plan") -> list[tuple[str, dict[str, Any]]]:
        progress = Progress(plan, s.today, s.calendar)
        report, done = report_submissions(progress, agency, report_id, period, day, correct, early)
        git.check()
        chosen.update(report=report, done=done)
        return [
            (one.agency, {"date": day, "report": report.id, "period": one.period.code, **texts})
            for one in done
        ]

    def message(plan: "Plan") -> str:
        done: list[Submission] = chosen["done"]
        lines = [
            t(
                "rec.commit.report",
                lang,
                agency=plan.agency_label(one.agency),
                report=chosen["report"].id,
                period=period_label(one.period.code, lang),
                date=format_date(day),
            )
            for one in done
        ]
        return _commit_message(
            lang, lines, "rec.commit.report_many", report=chosen["report"].id, date=format_date(day)
        )

    plan, _ = add_events(source, prepare, git.after(message))
    report = chosen["report"]
    progress = Progress(plan, s.today, s.calendar)
    for one in chosen["done"]:
        latest = progress.submitted_on(one.agency, report.id, one.period.code)
        state = report_state(one.period, latest or day, s.today)
        tell(
            t(
                "rec.submitted",
                lang,
                agency=full_name(plan, one.agency),
                report=report.name,
                period=period_label(one.period.code, lang),
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
        typer.Argument(),
    ] = None,
    agency: AgencyOption = None,
    everything: Annotated[bool, typer.Option("--all")] = False,
    fmt: FormatOption = Format.table,
    labels: LabelsOption = None,
) -> None:
    """The recorded events, newest first, for a task and/or agencies."""
    from kehoach_cli.core.lookup import find_task, resolve
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.queries import history_rows
    from kehoach_cli.present.tasks import history_text

    s = settings(ctx)
    plan = s.load()
    task = find_task(plan, task_id) if task_id else None
    named = resolve(plan, agency) if agency else None
    progress = Progress(plan, s.today, s.calendar)
    rows = history_rows(
        progress, task, named.agencies if named else None, None if everything else s.today
    )
    say_scope(named, fmt.value, s.lang)
    shown = csv_format(fmt.value, labels, Labels.codes)
    echo(history_text(plan, rows, shown, s.lang))


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
        typer.Argument(),
    ],
    section: Annotated[
        str,
        typer.Option("--section"),
    ],
    text: Annotated[str, typer.Option("--text")],
    lead: Annotated[
        list[str],
        typer.Option("--lead"),
    ],
    support: Annotated[
        list[str] | None,
        typer.Option(
            "--support",
            show_default=False,
        ),
    ] = None,
    due: Annotated[
        str | None,
        typer.Option(
            "--due",
            show_default=False,
        ),
    ] = None,
    note: NoteOption = None,
    commit: CommitOption = False,
) -> None:
    """Append a task that arose during the year, checked as validate would."""
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
    tell(
        t(
            "rec.added",
            lang,
            id=fields["id"],
            section=fields["section"],
            lead=", ".join(full_name(plan, ref) for ref in fields["lead"]),
            due=format_date(when) if when else t("word.ongoing", lang),
        )
    )
    git.report(lang)
