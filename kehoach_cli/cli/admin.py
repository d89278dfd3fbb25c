"""Commands about the plan file itself: validate, init."""

from pathlib import Path
from typing import Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings
from kehoach_cli.core.errors import KehoachError, os_reason
from kehoach_cli.present.labels import t


@command("validate")
def validate(ctx: typer.Context) -> None:
    """Thoát với mã 0 khi tệp hợp lệ, 2 khi có lỗi.

    Ví dụ:  kehoach --file data/tasks.toml validate
    """
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
    directory: Annotated[
        Path, typer.Argument(help="Thư mục sẽ chứa data/tasks.toml (mặc định: thư mục hiện tại).")
    ] = Path("."),
) -> None:
    """Không ghi đè tệp đã có.

    Ví dụ:  kehoach init ke-hoach-2021 && cd ke-hoach-2021 && git init
    """
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
            "error.cli.init.cannot_create", target=target, reason=os_reason(exc)
        ) from None
    echo(t("adm.created", settings(ctx).lang, target=target))
