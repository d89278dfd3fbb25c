"""Working as a team over git: git-setup, sync, merge-driver."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kehoach_cli.cli.base import command, echo, settings, tell
from kehoach_cli.core.errors import KehoachError, Text, text
from kehoach_cli.present.labels import say, t

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan


def _plan_path(ctx: typer.Context) -> Path:
    source = settings(ctx).source
    if source.embedded:
        raise KehoachError("error.cli.team.sample_plan")
    return source.path


def _read(path: Path, side: str) -> bytes:
    """One side of a merge (base, ours, theirs), as git hands it over."""
    try:
        return path.read_bytes()
    except OSError as exc:
        what = text(f"error.cli.team.{side}")
        raise KehoachError(
            "error.cli.team.cannot_read", what=what, path=path, reason=exc.strerror
        ) from None


@command("merge-driver")
def merge_driver(
    ctx: typer.Context,
    base: Annotated[Path, typer.Argument()],
    ours: Annotated[
        Path,
        typer.Argument(),
    ],
    theirs: Annotated[Path, typer.Argument()],
    path: Annotated[
        str | None,
        typer.Argument(),
    ] = None,
) -> None:
    """git's merge driver for the plan file: every event and task of both sides kept."""
    from kehoach_cli.planfile.layout import conflict_problems, scan, sides
    from kehoach_cli.planfile.load import decode
    from kehoach_cli.planfile.merge import merge
    from kehoach_cli.planfile.writer import atomic_write, encode

    name = path or str(ours)
    given = ((base, "base"), (ours, "ours"), (theirs, "theirs"))
    data = [_read(file, side) for file, side in given]
    named = sides()
    try:
        base_raw, ours_raw, theirs_raw = (decode(raw, name) for raw in data)
    except KehoachError:
        _keep_both_bytes(ours, data[1], data[2])
        raise _kept_whole(name, "error.cli.merge.not_utf8", named) from None
    merged = merge(base_raw.text, ours_raw.text, theirs_raw.text, name)
    if merged.text != ours_raw.text:
        atomic_write(ours, encode(merged.text, ours_raw))
    lang = settings(ctx).lang
    if any(c.key == ("file",) for c in merged.conflicts):
        raise _kept_whole(name, "error.cli.merge.by_items", named)
    if merged.conflicts:
        problems = conflict_problems(scan(merged.text), name)
        raise KehoachError(
            "error.cli.merge.conflicts",
            problems,
            name=name,
            n=len(problems),
            ours=named["ours"],
            theirs=named["theirs"],
        )
    tell(t("team.merged", lang, file=name, events=len(merged.added), items=len(merged.taken)))


def _kept_whole(name: str, reason: str, named: "dict[str, Text]") -> KehoachError:
    """The driver kept both versions whole, for ``reason`` (a label key)."""
    return KehoachError(
        "error.cli.merge.whole",
        name=name,
        reason=text(reason),
        ours=named["ours"],
        theirs=named["theirs"],
    )


def _keep_both_bytes(ours: Path, mine: bytes, other: bytes) -> None:
    """Both versions whole between markers, as bytes: for sides that are not text."""
    from kehoach_cli.planfile.merge import OURS_MARK, SPLIT_MARK, THEIRS_MARK
    from kehoach_cli.planfile.writer import atomic_write

    def lines(raw: bytes) -> bytes:
        return raw if raw.endswith(b"\n") or not raw else raw + b"\n"

    marks = [m.encode("utf-8") + b"\n" for m in (OURS_MARK, SPLIT_MARK, THEIRS_MARK)]
    atomic_write(ours, marks[0] + lines(mine) + marks[1] + lines(other) + marks[2])


@command("git-setup")
def git_setup(ctx: typer.Context) -> None:
    """Configure this clone's git to use the merge driver; idempotent."""
    from kehoach_cli.git.sync import setup

    lang = settings(ctx).lang
    done = setup(_plan_path(ctx))
    attributes = done.attributes.name
    if done.attribute_added:
        tell(t("team.setup.attr_added", lang, file=attributes, line=done.attribute_line))
    else:
        tell(t("team.setup.attr_present", lang, file=attributes, line=done.attribute_line))
    if done.driver_set:
        tell(t("team.setup.driver_set", lang, command=done.driver))
    else:
        tell(t("team.setup.driver_present", lang))
    if done.ignore_added:
        patterns = ", ".join(done.ignore_added)
        tell(t("team.setup.ignore_added", lang, file=done.ignore_file.name, patterns=patterns))
    else:
        tell(t("team.setup.ignore_present", lang))
    if done.changed_files:
        files = " ".join(f.name for f in done.changed_files)
        tell(t("team.setup.commit_hint", lang, files=files))
    tell(t("team.setup.every_clone", lang))


def _arrival_date(arrival: tuple[str, dict[str, Any]]) -> Any:
    """The date an arrived event records, as read from the file."""
    return arrival[1].get("date")


def _arrival_line(plan: "Plan", agency: str, fields: dict[str, Any], lang: str) -> str:
    from kehoach_cli.present.wording import format_date, period_label

    who = plan.agency_label(agency)
    day = format_date(fields.get("date"))
    if "withdraws" in fields or "extended_to" in fields:
        return _amendment_line(who, fields, day, lang)
    if "task" in fields:
        status = t(f"status.{fields.get('status')}", lang)
        return t(
            "team.sync.status_line", lang, agency=who, task=fields["task"], status=status, date=day
        )
    period = fields.get("period")
    shown = period_label(period, lang) if isinstance(period, str) else "?"
    return t(
        "team.sync.report_line",
        lang,
        agency=who,
        report=fields.get("report"),
        period=shown,
        date=day,
    )


def _amendment_line(who: str, fields: dict[str, Any], day: str, lang: str) -> str:
    """A withdrawal or an extension that came with a sync, as a line."""
    from kehoach_cli.present.wording import format_date, period_label

    if "extended_to" in fields:
        to = format_date(fields["extended_to"])
        return t(
            "team.sync.extension_line", lang, agency=who, task=fields.get("task"), to=to, date=day
        )
    if "task" in fields:
        status = t(f"status.{fields.get('status')}", lang)
        what = f"{fields['task']} → {status}"
    else:
        period = fields.get("period")
        shown = period_label(period, lang) if isinstance(period, str) else "?"
        what = f"{fields.get('report')} {shown}"
    entry = format_date(fields["withdraws"])
    return t("team.sync.withdrawal_line", lang, agency=who, what=what, entry=entry, date=day)


@command("sync")
def sync(
    ctx: typer.Context,
    no_push: Annotated[
        bool,
        typer.Option("--no-push"),
    ] = False,
) -> None:
    """Pull (merging with the driver), validate, report arrivals, push."""
    from kehoach_cli.git.sync import (
        StepFailed,
        arrivals,
        driver_configured,
        preflight,
        pull,
        push,
    )
    from kehoach_cli.planfile.load import PlanSource, is_marked_sample, load, read_raw

    s = settings(ctx)
    lang = s.lang
    plan_path = _plan_path(ctx)
    source = PlanSource(plan_path)
    before = read_raw(source).text
    if is_marked_sample(before):
        raise KehoachError("error.file.sample_read_only", file=str(plan_path))
    root, head, _upstream = preflight(plan_path)
    if not driver_configured(root):
        tell(t("team.sync.no_driver", lang), err=True)
    came = pull(root, head, plan_path)
    try:
        plan, raw = load(source)
    except KehoachError as error:
        undo = text("error.git.sync.undo", commit=head[:12]) if came else ""
        raise StepFailed(
            "error.git.sync.invalid", error.problems, undo=undo, said=error.message
        ) from None
    if came:
        tell(t("team.sync.merged", lang))
        news = arrivals(before, raw.text)
        if news.events:
            tell(t("team.sync.arrived", lang, n=len(news.events)))
            ordered = sorted(news.events, key=_arrival_date)
            for agency, fields in ordered:
                echo("  " + _arrival_line(plan, agency, fields, lang))
        else:
            tell(t("team.sync.none_arrived", lang))
        if news.items:
            from kehoach_cli.planfile.layout import item_text

            items = ", ".join(say(item_text(k), lang) for k in news.items)
            tell(t("team.sync.changed", lang, items=items))
    else:
        tell(t("team.sync.up_to_date", lang))
    if no_push:
        tell(t("team.sync.not_pushed", lang))
    elif push(root):
        tell(t("team.sync.pushed", lang))
    else:
        tell(t("team.sync.nothing_to_push", lang))
