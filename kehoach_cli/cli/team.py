"""Working as a team over git: merge-driver."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kehoach_cli.cli.base import command, echo, settings
from kehoach_cli.errors import KehoachError, Problem
from kehoach_cli.i18n import t


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise KehoachError(f"Không đọc được {what} {path}: {exc.strerror}.") from None


@command("merge-driver")
def merge_driver(
    ctx: typer.Context,
    base: Annotated[
        Path, typer.Argument(metavar="BASE", help="Bản chung gốc (git truyền vào bằng %O).")
    ],
    ours: Annotated[
        Path,
        typer.Argument(
            metavar="OURS", help="Bản của nhánh này (%A); kết quả gộp được ghi vào đây."
        ),
    ],
    theirs: Annotated[Path, typer.Argument(metavar="THEIRS", help="Bản của nhánh kia (%B).")],
    path: Annotated[
        str | None,
        typer.Argument(metavar="PATH", help="Đường dẫn của tệp trong kho (%P), để báo lỗi."),
    ] = None,
) -> None:
    """Trình gộp (merge driver) tệp kế hoạch cho git; git tự gọi, không cần chạy tay.

    Giữ mọi cập nhật của cả hai bên (cập nhật giống hệt nhau chỉ giữ một lần);
    phần còn lại của kế hoạch gộp theo từng mục (nhiệm vụ, đơn vị, nhóm, báo cáo).
    Hai bên sửa khác nhau cùng một mục thì đánh dấu xung đột quanh đúng mục đó và
    thoát với mã 2; không gộp được an toàn thì giữ nguyên bản của nhánh này.
    Thiết lập bằng 'kehoach git-setup'.

    Ví dụ:  kehoach merge-driver base.toml ours.toml theirs.toml data/tasks.toml
    """
    from kehoach_cli.merge import merge
    from kehoach_cli.storage import decode
    from kehoach_cli.writer import atomic_write, encode

    name = path or str(ours)
    raws = [
        decode(_read(file, what), name)
        for file, what in ((base, "bản gốc"), (ours, "bản của nhánh này"), (theirs, "bản kia"))
    ]
    base_raw, ours_raw, theirs_raw = raws
    try:
        merged = merge(base_raw.text, ours_raw.text, theirs_raw.text, name)
    except KehoachError as error:
        raise KehoachError(
            f"{name}: không tự gộp được, giữ nguyên bản của nhánh này. {error.message}",
            error.problems,
        ) from None
    if merged.text != ours_raw.text:
        atomic_write(ours, encode(merged.text, ours_raw))
    lang = settings(ctx).lang
    if merged.conflicts:
        problems = [
            Problem(
                f"{c.label()} bị sửa khác nhau ở hai nhánh (dòng {c.line}–{c.line + c.lines - 1})",
                c.line,
                name,
            )
            for c in merged.conflicts
        ]
        raise KehoachError(
            f"{name}: {len(problems)} chỗ xung đột cần sửa tay (các phần khác đã gộp xong). "
            "Giữ lại phiên bản đúng, xóa các dòng <<<<<<<, =======, >>>>>>>, rồi chạy "
            "'kehoach validate':",
            problems,
        )
    echo(t("team.merged", lang, file=name, events=len(merged.added), items=len(merged.taken)))
