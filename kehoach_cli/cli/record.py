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
    command,
    echo,
    say_scope,
    settings,
)
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


def _full_name(plan: "Plan", ref: str) -> str:
    """An agency's full name (a group's name): what a write was resolved to, in
    full, so that a name typed loosely is seen to have found the right unit."""
    agency = plan.agencies.get(ref)
    return agency.name if agency else plan.agency_label(ref)


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
    task_id: Annotated[str, typer.Argument()],
    status: Annotated[
        list[str],
        typer.Argument(),
    ],
    agency: Annotated[
        str | None,
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
    """Append a status event for one lead agency of a task."""
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
            agency=_full_name(plan, key),
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
    commit: CommitOption = False,
) -> None:
    """Append a report submission for one agency and one period."""
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
            agency=_full_name(plan, key),
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
        typer.Argument(),
    ] = None,
    agency: AgencyOption = None,
    everything: Annotated[bool, typer.Option("--all")] = False,
    fmt: FormatOption = Format.table,
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
    echo(
        t(
            "rec.added",
            lang,
            id=fields["id"],
            section=fields["section"],
            lead=", ".join(_full_name(plan, ref) for ref in fields["lead"]),
            due=format_date(when) if when else t("word.ongoing", lang),
        )
    )
    git.report(lang)
