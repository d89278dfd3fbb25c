"""The typer app, global options and what every command shares.

This layer only parses arguments, calls the core, renders and maps errors to
exit codes: 0 fine, 1 something is overdue, 2 a mistake (usage or plan file).
"""

# No ``from __future__ import annotations``: typer reads main_options'
# annotations on every run, --help included (see kehoach_cli.cli).
import functools
import inspect
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from gettext import gettext
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from kehoach_cli import __version__
from kehoach_cli.cli.commands import COMMANDS, summary

if TYPE_CHECKING:
    # typer's own copy of click, whose Context typer.Context extends.
    from typer._click import Context as ClickContext
    from typer._click import HelpFormatter

    from kehoach_cli.core.calendar import WorkCalendar
    from kehoach_cli.core.errors import KehoachError
    from kehoach_cli.core.model import Plan
    from kehoach_cli.planfile.load import PlanSource, RawFile

EXIT_OVERDUE = 1
EXIT_ERROR = 2
DEFAULT_TZ = "Asia/Ho_Chi_Minh"


class LazyGroup(TyperGroup):
    """The top-level group: a command is imported and built when it is first asked for.

    Click's lazy-loading pattern: the commands are listed from ``COMMANDS``,
    and ``get_command`` imports the module that registers one and builds only
    that command. The listing in the top-level help uses the summaries in
    ``COMMANDS`` and builds nothing.
    """

    def list_commands(self, ctx: "ClickContext") -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: "ClickContext", cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            import_module(f"kehoach_cli.cli.{COMMANDS[cmd_name][0]}")
            info = next(info for info in app.registered_commands if info.name == cmd_name)
            self.commands[cmd_name] = typer.main.get_command_from_info(
                info,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: "ClickContext", args: list[str]) -> Any:
        if args and args[0] not in COMMANDS:
            # A mistyped command: the suggestions come from every command's name.
            for name in COMMANDS:
                self.get_command(ctx, name)
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        listed = [
            (name, self.commands.get(name) or TyperCommand(name=name, help=text))
            for name, (_, text) in COMMANDS.items()
        ]
        limit = formatter.width - 6 - max(len(name) for name, _ in listed)
        with formatter.section(gettext("Commands")):
            formatter.write_dl([(name, cmd.get_short_help_str(limit)) for name, cmd in listed])


app = typer.Typer(
    name="kehoach",
    cls=LazyGroup,
    help=(
        "Theo dõi thực hiện chương trình công tác của UBND tỉnh: nhiệm vụ của từng "
        "sở, ban, ngành và địa phương, thời hạn, báo cáo định kỳ.\n\n"
        "Ví dụ:\n\n"
        "  kehoach deadlines                  # các hạn sắp tới và đã quá\n\n"
        "  kehoach list --agency 'tài chính'  # nhiệm vụ Sở Tài chính chủ trì\n\n"
        "  kehoach --today 25/01/2021 overdue # xem lại như ngày 25/01/2021"
    ),
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Lang(StrEnum):
    vi = "vi"
    en = "en"


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


FormatOption = Annotated[
    Format,
    typer.Option("--format", help="Định dạng đầu ra: table (bảng), json, csv, md (Markdown)."),
]
AgencyOption = Annotated[
    str | None,
    typer.Option(
        "--agency",
        "-a",
        help="Đơn vị: mã, tên gọi tắt hoặc một phần tên, có dấu hay không dấu "
        "(ví dụ: stc, 'tai chinh', @districts).",
    ),
]


def today_in_vietnam() -> date:
    """Today's date where the committee sits, whatever the server's time zone."""
    name = os.environ.get("KEHOACH_TZ") or DEFAULT_TZ
    if name == DEFAULT_TZ:
        # Vietnam has kept UTC+7 without daylight saving time since 1975, so the
        # usual case needs no time-zone database.
        return datetime.now(timezone(timedelta(hours=7))).date()
    try:
        from zoneinfo import ZoneInfo

        zone: Any = ZoneInfo(name)
    except Exception:
        if os.environ.get("KEHOACH_TZ"):
            from kehoach_cli.core.errors import KehoachError

            raise KehoachError("error.cli.bad_timezone", name=name) from None
        zone = timezone(timedelta(hours=7))  # Vietnam has no daylight saving time
    return datetime.now(zone).date()


class Settings:
    """The global options, and the plan they name once a command asks for it."""

    __slots__ = ("_loaded", "_source", "file", "lang", "today")

    def __init__(self, file: str | None, today: date, lang: str) -> None:
        self.file = file
        self.today = today
        self.lang = lang
        self._loaded: tuple[Plan, RawFile] | None = None
        self._source: PlanSource | None = None

    @property
    def source(self) -> "PlanSource":
        if self._source is None:
            from kehoach_cli.planfile.load import find_plan

            self._source = find_plan(self.file)
        return self._source

    def load(self) -> "Plan":
        return self.load_raw()[0]

    def load_raw(self) -> "tuple[Plan, RawFile]":
        if self._loaded is None:
            from kehoach_cli.planfile.load import load

            self._loaded = load(self.source)
        return self._loaded

    @property
    def calendar(self) -> "WorkCalendar":
        """Working days for the deadline rule: Vietnam's, holidays from the disk cache."""
        from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR

        return VIETNAM_CALENDAR


def settings(ctx: typer.Context) -> Settings:
    root = ctx.find_root()
    if not isinstance(root.obj, Settings):  # a command invoked without the callback
        root.obj = Settings(None, today_in_vietnam(), Lang.vi)
    return root.obj


def echo(*texts: str, err: bool = False) -> None:
    """Print ``texts`` one after the other, then a newline unless the last ends
    with one. Written in turn, never joined first: outputs run to megabytes.
    Every character that could drive a terminal is escaped here (``printable``)."""
    from kehoach_cli.present.text import printable

    stream = sys.stderr if err else sys.stdout
    for text in texts:
        stream.write(printable(text))
    if not texts or not texts[-1].endswith("\n"):
        stream.write("\n")


def fail(error: "KehoachError", lang: str) -> typer.Exit:
    """Print ``error`` to stderr in ``lang`` and leave with status 2."""
    from kehoach_cli.present.labels import describe, t

    echo(f"{t('error.prefix', lang)}: {describe(error, lang)}", err=True)
    return typer.Exit(EXIT_ERROR)


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """``app.command`` that turns a KehoachError into a message and exit status 2.

    The help is the command's summary from ``kehoach_cli.cli.commands.COMMANDS`` (which
    the top-level help lists), then the function's docstring.
    """
    from kehoach_cli.core.errors import KehoachError

    def decorate(function: F) -> F:
        rest = inspect.getdoc(function)
        text = f"{summary(name)}\n\n{rest}" if rest else summary(name)

        @functools.wraps(function)
        def wrapper(*a: Any, **k: Any) -> Any:
            try:
                return function(*a, **k)
            except KehoachError as error:
                raise fail(error, settings(k["ctx"]).lang) from None

        app.command(name, help=text, **kwargs)(wrapper)
        return function

    return decorate


def _version(value: bool) -> None:
    if value:
        echo(f"kehoach {__version__}")
        raise typer.Exit()


def _parse_today(value: str | None, lang: str) -> date | None:
    if not value:
        return None
    from kehoach_cli.core.dates import parse_date
    from kehoach_cli.core.errors import KehoachError
    from kehoach_cli.present.labels import say

    try:
        return parse_date(value)
    except KehoachError as error:
        raise typer.BadParameter(say(error.message, lang)) from None


@app.callback()
def main_options(
    ctx: typer.Context,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            "-f",
            envvar="KEHOACH_FILE",
            metavar="TỆP",
            help="Tệp kế hoạch (mặc định: data/tasks.toml gần nhất, hoặc kế hoạch mẫu 2021).",
            show_default=False,
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            envvar="KEHOACH_TODAY",
            metavar="DD/MM/YYYY",
            help="Ngày coi là hôm nay (dd/mm/yyyy), để xem lại như ở một ngày đã qua.",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", envvar="KEHOACH_LANG", help="Ngôn ngữ: vi hoặc en.")
    ] = Lang.vi,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    from kehoach_cli.core.errors import KehoachError

    try:
        day = _parse_today(today, lang.value) or today_in_vietnam()
    except KehoachError as error:
        raise fail(error, lang.value) from None
    ctx.obj = Settings(str(file) if file else None, day, lang.value)
