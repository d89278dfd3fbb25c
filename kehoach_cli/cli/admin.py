"""Commands about the plan file itself: validate, init."""

from pathlib import Path
from typing import Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings
from kehoach_cli.core.errors import KehoachError


@command("validate")
def validate(ctx: typer.Context) -> None:
    """Thoát với mã 0 khi tệp hợp lệ, 2 khi có lỗi.

    Ví dụ:  kehoach --file data/tasks.toml validate
    """
    s = settings(ctx)
    plan = s.load()
    counts = {
        "agencies": len(plan.agencies),
        "groups": len(plan.groups),
        "tasks": len(plan.tasks),
        "reports": len(plan.reports),
        "events": len(plan.events),
    }
    if s.lang == "en":
        echo(
            f"{s.source.display}: valid: {counts['agencies']} agencies, {counts['groups']} groups, "
            f"{counts['tasks']} tasks, {counts['reports']} reports, {counts['events']} events."
        )
    else:
        echo(
            f"{s.source.display}: hợp lệ: {counts['agencies']} đơn vị, {counts['groups']} nhóm, "
            f"{counts['tasks']} nhiệm vụ, {counts['reports']} báo cáo, "
            f"{counts['events']} lượt cập nhật."
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
        raise KehoachError(f"Tệp {target} đã có; không ghi đè. Chọn thư mục khác.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            out.write(sample_path().read_bytes())
    except OSError as exc:
        raise KehoachError(f"Không tạo được {target}: {exc.strerror}.") from None
    lang = settings(ctx).lang
    if lang == "en":
        echo(f"Created {target} from the sample 2021 plan.")
    else:
        echo(f"Đã tạo {target} từ kế hoạch mẫu 2021.")
