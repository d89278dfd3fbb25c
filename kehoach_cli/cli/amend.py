"""Commands that amend what was recorded: withdraw (rút lại) and extend (gia hạn).

Both append to the log like ``record`` and ``submit``: a withdrawal names the
entry it withdraws, an extension the task and its new deadline; what they
change is worked out where the plan's events are read (``core.progress``).
"""

from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import command, settings, tell
from kehoach_cli.cli.record import (
    ByOption,
    CommitOption,
    DateOption,
    NoteOption,
    _event_texts,
    _Git,
)
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.labels import t
from kehoach_cli.present.wording import format_date, period_label

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan


# --- withdraw ---------------------------------------------------------------------


@command("withdraw")
def withdraw(
    ctx: typer.Context,
    task_id: Annotated[
        str | None,
        typer.Argument(show_default=False),
    ] = None,
    agency: Annotated[
        str | None,
        typer.Option("--agency", "-a", show_default=False),
    ] = None,
    report_id: Annotated[
        str | None,
        typer.Option("--report", show_default=False),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", "-p", show_default=False),
    ] = None,
    when: DateOption = None,
    note: NoteOption = None,
    by: ByOption = None,
    commit: CommitOption = False,
) -> None:
    """Append a withdrawal: of an agency's latest status entry for a task, or of a
    report submission. Nothing is deleted; ``core.progress`` skips what is withdrawn."""
    from kehoach_cli.core.recording import event_day

    s = settings(ctx)
    if (task_id is None) == (report_id is None):
        raise KehoachError("error.cli.withdraw_what")
    day = event_day(when, s.today)
    texts = _event_texts(note, None, by)
    if task_id is not None:
        if period is not None:
            raise KehoachError("error.cli.withdraw_period_without_report")
        _withdraw_status(s, task_id, agency, day, texts, commit)
        return
    if period is None or agency is None:
        raise KehoachError("error.cli.withdraw_report_needs", report=report_id)
    _withdraw_submission(s, report_id or "", period, agency, day, texts, commit)


def _withdraw_status(
    s: Any, task_id: str, agency: str | None, day: Any, texts: dict, commit: bool
) -> None:
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import status_withdrawal
    from kehoach_cli.planfile.writer import add_event

    lang = s.lang
    git = _Git(commit, s.source.path)
    picked: dict[str, Any] = {}

    def prepare(plan: "Plan") -> tuple[str, dict[str, Any]]:
        task, key, last = status_withdrawal(
            Progress(plan, s.today, s.calendar), task_id, agency, day
        )
        git.check()
        picked.update(agency=key, task=task.id, last=last)
        fields = {"date": day, "task": task.id, "status": last.status, "withdraws": last.date}
        return key, {**fields, **texts}

    def words(plan: "Plan") -> dict[str, str]:
        last = picked["last"]
        return {
            "agency": plan.agency_label(picked["agency"]),
            "task": picked["task"],
            "status": t(f"status.{last.status}", lang),
            "entry": format_date(last.date),
            "date": format_date(day),
        }

    plan, key, _ = add_event(
        s.source, prepare, git.after(lambda p: t("amend.commit.status", lang, **words(p)))
    )
    task = plan.task_by_id[picked["task"]]
    now = Progress(plan, s.today, s.calendar).assignment(task, key)
    tell(t("amend.withdrawn_status", lang, **words(plan)))
    if now.last is None:
        tell(t("amend.now_none", lang))
    else:
        status = t(f"status.{now.status}", lang)
        tell(t("amend.now_status", lang, status=status, since=format_date(now.last.date)))
    git.report(lang)


def _withdraw_submission(
    s: Any, report_id: str, period: str, agency: str, day: Any, texts: dict, commit: bool
) -> None:
    from kehoach_cli.core.progress import Progress
    from kehoach_cli.core.recording import submission_withdrawal
    from kehoach_cli.planfile.writer import add_event

    lang = s.lang
    git = _Git(commit, s.source.path)
    picked: dict[str, Any] = {}

    def prepare(plan: "Plan") -> tuple[str, dict[str, Any]]:
        progress = Progress(plan, s.today, s.calendar)
        key, report, chosen, submitted = submission_withdrawal(
            progress, report_id, period, agency, day
        )
        git.check()
        picked.update(agency=key, report=report, period=chosen.code, submitted=submitted)
        fields = {"date": day, "report": report.id, "period": chosen.code}
        return key, {**fields, "withdraws": submitted, **texts}

    def words(plan: "Plan") -> dict[str, str]:
        return {
            "agency": plan.agency_label(picked["agency"]),
            "report": picked["report"].id,
            "period": period_label(picked["period"], lang),
            "entry": format_date(picked["submitted"]),
            "date": format_date(day),
        }

    plan, _, _ = add_event(
        s.source, prepare, git.after(lambda p: t("amend.commit.report", lang, **words(p)))
    )
    tell(t("amend.withdrawn_report", lang, **words(plan)))
    git.report(lang)


# --- extend -----------------------------------------------------------------------


@command("extend")
def extend(
    ctx: typer.Context,
    task_id: Annotated[str, typer.Argument()],
    to: Annotated[str, typer.Option("--to", show_default=False)],
    ref: Annotated[
        str | None,
        typer.Option("--ref", "-r", show_default=False),
    ] = None,
    agency: Annotated[
        list[str] | None,
        typer.Option("--agency", "-a", show_default=False),
    ] = None,
    when: DateOption = None,
    note: NoteOption = None,
    by: ByOption = None,
    commit: CommitOption = False,
) -> None:
    """Append a deadline extension, resting on a document, to the log of each lead
    agency given it; ``core.progress`` counts the new deadline from its date."""
    from kehoach_cli.core.dates import parse_date
    from kehoach_cli.core.recording import deadline_extension, event_day
    from kehoach_cli.planfile.writer import add_events

    s = settings(ctx)
    lang = s.lang
    new_due = parse_date(to)
    day = event_day(when, s.today)
    texts = _event_texts(note, ref, by)
    if not (texts["ref"] or "").strip():
        raise KehoachError("error.cli.extend_ref_needed")
    git = _Git(commit, s.source.path)
    picked: dict[str, Any] = {}

    def prepare(plan: "Plan") -> list[tuple[str, dict[str, Any]]]:
        task, keys = deadline_extension(plan, task_id, agency or [], new_due, day)
        git.check()
        picked.update(task=task, agencies=keys)
        fields = {"date": day, "task": task.id, "extended_to": new_due, **texts}
        return [(key, fields) for key in keys]

    def words(plan: "Plan") -> dict[str, Any]:
        task, keys = picked["task"], picked["agencies"]
        leads = plan.leads(task)
        if len(keys) == len(leads) and len(keys) > 1:
            who = t("amend.all_leads", lang, n=len(keys))
        else:
            who = ", ".join(plan.agency_label(key) for key in keys)
        return {
            "task": task.id,
            "agencies": who,
            "due": format_date(task.due),
            "to": format_date(new_due),
            "ref": texts["ref"],
        }

    plan, _ = add_events(
        s.source, prepare, git.after(lambda p: t("amend.commit.extend", lang, **words(p)))
    )
    tell(t("amend.extended", lang, **words(plan)))
    effective = s.calendar.effective_due(new_due, plan.info.deadline_rule)
    if effective != new_due:
        tell(t("amend.extended_moved", lang, date=format_date(effective)))
    git.report(lang)
