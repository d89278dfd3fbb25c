"""Commands about the plan file itself: validate, init."""

from pathlib import Path
from typing import Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings, tell
from kehoach_cli.core.errors import KehoachError, os_reason
from kehoach_cli.present.labels import t


@command("validate")
def validate(ctx: typer.Context) -> None:
    """Load the plan (which validates it) and say what it holds."""
    s = settings(ctx)
    plan = s.load()
    from kehoach_cli.present.render import paragraph

    echo(
        paragraph(
            t(
                "adm.valid",
                s.lang,
                file=s.source.display,
                agencies=len(plan.agencies),
                groups=len(plan.groups),
                tasks=len(plan.tasks),
                reports=len(plan.reports),
                events=len(plan.events),
            )
        )
    )


@command("init")
def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument()] = Path("."),
    blank: Annotated[bool, typer.Option("--blank")] = False,
    source: Annotated[Path | None, typer.Option("--from")] = None,
) -> None:
    """Copy the sample plan, a blank skeleton or a plan drafted from a document
    into a folder, never over an existing file."""
    from kehoach_cli.planfile.load import PLAN_RELATIVE, sample_path, without_sample_mark

    target = directory / PLAN_RELATIVE
    if target.exists():
        raise KehoachError("error.cli.init.exists", target=target)
    lang = settings(ctx).lang
    if source is not None:
        _write_new(target, _imported(ctx, source, None, None).encode())
        tell(t("adm.created_from", lang, target=target, source=source))
    elif blank:
        from kehoach_cli.planfile.importer.read import blank_plan

        _write_new(target, blank_plan(settings(ctx).today.year).encode())
        tell(t("adm.created_blank", lang, target=target))
    else:
        _write_new(target, without_sample_mark(sample_path().read_text("utf-8")).encode("utf-8"))
        tell(t("adm.created", lang, target=target))


def _write_new(target: Path, data: bytes, exists: str = "error.cli.init.exists") -> None:
    """Create ``target`` with ``data``; an existing file is never overwritten."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            out.write(data)
    except FileExistsError:
        raise KehoachError(exists, target=target) from None
    except OSError as exc:
        raise KehoachError(
            "error.cli.init.cannot_create", target=target, reason=os_reason(exc)
        ) from None


def _imported(ctx: typer.Context, source: Path, into: Path | None, year: int | None) -> str:
    """The plan file drafted from ``source``; its summary goes to stderr."""
    from kehoach_cli.planfile.importer.read import import_source
    from kehoach_cli.planfile.load import PlanSource, load, sample_path

    base, _ = load(PlanSource(into) if into else PlanSource(sample_path(), embedded=True))
    text, counts = import_source(source, base, year)
    tell(t("imp.summary", settings(ctx).lang, file=source.name, **counts), err=True)
    return text


@command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument()],
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    into: Annotated[Path | None, typer.Option("--into")] = None,
    year: Annotated[int | None, typer.Option("--year")] = None,
) -> None:
    """Draft a plan file from a document; uncertain decisions are marked for review."""
    if output is not None and output.exists():
        raise KehoachError("error.cli.import.exists", target=output)
    text = _imported(ctx, source, into, year)
    if output is None:
        echo(text)
        return
    _write_new(output, text.encode(), exists="error.cli.import.exists")
    tell(t("imp.written", settings(ctx).lang, target=output), err=True)
