"""Commands about the plan file itself: validate, init."""

from pathlib import Path
from typing import Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings
from kehoach_cli.core.errors import KehoachError
from kehoach_cli.present.labels import t


@command("validate")
def validate(ctx: typer.Context) -> None:
    """Load the plan (which validates it) and say what it holds."""
    s = settings(ctx)
    plan = s.load()
    echo(
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


@command("init")
def init(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument()] = Path("."),
) -> None:
    """Copy the sample plan into a folder, never over an existing file."""
    from kehoach_cli.planfile.load import PLAN_RELATIVE, sample_path

    target = directory / PLAN_RELATIVE
    if target.exists():
        raise KehoachError("error.cli.init.exists", target=target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            out.write(sample_path().read_bytes())
    except OSError as exc:
        raise KehoachError(
            "error.cli.init.cannot_create", target=target, reason=exc.strerror
        ) from None
    echo(t("adm.created", settings(ctx).lang, target=target))
