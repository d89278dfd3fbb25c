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
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast

import typer
from typer._click.exceptions import UsageError
from typer.core import TyperCommand, TyperGroup, TyperOption

from kehoach_cli import __version__
from kehoach_cli.cli.commands import COMMANDS, summary
from kehoach_cli.cli.speaking import (
    LANG_KEY,
    KehoachContext,
    WordedUsageError,
    lang_of,
    language_of,
    usage_in,
    usage_pieces,
    word,
    worded,
    write_help_text,
    write_params,
    write_usage,
)

if TYPE_CHECKING:
    # typer's own copy of click, whose Context typer.Context extends.
    from typer._click import Context as ClickContext
    from typer._click import HelpFormatter, Parameter

    from kehoach_cli.core.calendar import WorkCalendar
    from kehoach_cli.core.errors import KehoachError
    from kehoach_cli.core.lookup import Target
    from kehoach_cli.core.model import Plan
    from kehoach_cli.planfile.load import PlanSource

EXIT_OVERDUE = 1
EXIT_ERROR = 2
DEFAULT_TZ = "Asia/Ho_Chi_Minh"


class LazyGroup(TyperGroup):
    """The top-level group: a command is imported and built when it is first asked for.

    Click's lazy-loading pattern: the commands are listed from ``COMMANDS``,
    and ``get_command`` imports the module that registers one and builds only
    that command. The listing in the top-level help uses the summaries in
    ``COMMANDS`` and builds nothing.

    The group also speaks the run's language (``speaking``): the language is
    read from the line before parsing, the help is written from the labels,
    and usage errors raised anywhere in the run are worded again.
    """

    label_key = "app"
    context_class = KehoachContext

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

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: "ClickContext | None" = None,
        **extra: Any,
    ) -> "ClickContext":
        try:
            return super().make_context(info_name, args, parent, **extra)
        except UsageError as error:
            raise worded(error, language_of(args)) from None

    def parse_args(self, ctx: "ClickContext", args: list[str]) -> list[str]:
        ctx.meta[LANG_KEY] = language_of(args)
        if not args and not ctx.resilient_parsing:  # bare ``kehoach``: the help, no error
            echo(ctx.get_help())
            ctx.exit(0)
        with usage_in(ctx):
            return super().parse_args(ctx, args)

    def invoke(self, ctx: "ClickContext") -> Any:
        try:
            return super().invoke(ctx)
        except UsageError as error:
            raise worded(error, lang_of(ctx)) from None

    def resolve_command(self, ctx: "ClickContext", args: list[str]) -> Any:
        name = args[0] if args else ""
        if name in COMMANDS or name.startswith("-"):
            return super().resolve_command(ctx, args)
        from difflib import get_close_matches

        lang = lang_of(ctx)
        message = word("click.no_such_command", lang, name=name)
        near = get_close_matches(name, list(COMMANDS))
        if near:
            names = ", ".join(f"'{n}'" for n in near)
            message += word("click.did_you_mean", lang, names=names)
        raise WordedUsageError(message, ctx, lang)

    def collect_usage_pieces(self, ctx: "ClickContext") -> list[str]:
        lang = lang_of(ctx)
        return [*usage_pieces(self, ctx, lang), word("click.command_metavar", lang)]

    def format_usage(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_usage(self, ctx, formatter)

    def format_help_text(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_help_text(self, ctx, formatter)

    def format_options(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        from typer._click.utils import make_default_short_help

        lang = lang_of(ctx)
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, make_default_short_help(summary(name, lang), limit)) for name in COMMANDS]
        with formatter.section(word("click.commands", lang)):
            formatter.write_dl(rows)


class KehoachCommand(TyperCommand):
    """A command that speaks the run's language (see ``speaking``) and takes the
    global options (--file, --today, --lang) after its name as well as before."""

    context_class = KehoachContext
    _shared: "list[Parameter] | None" = None

    @property
    def label_key(self) -> str:
        return f"cmd.{self.name}"

    def get_params(self, ctx: "ClickContext") -> "list[Parameter]":
        params = super().get_params(ctx)
        return [*params[:-1], *self.global_options(ctx), params[-1]]  # help stays last

    def global_options(self, ctx: "ClickContext") -> "list[Parameter]":
        """The group's --file, --today and --lang, taken after the command's name:
        given there, they set what the group's would have."""
        root = ctx.find_root().command
        if root is self:
            return []
        if self._shared is None:
            self._shared = [_shared(param) for param in root.params if param.name in SHARED]
        return self._shared

    def parse_args(self, ctx: "ClickContext", args: list[str]) -> list[str]:
        with usage_in(ctx):
            return super().parse_args(ctx, args)

    def collect_usage_pieces(self, ctx: "ClickContext") -> list[str]:
        return usage_pieces(self, ctx, lang_of(ctx))

    def format_usage(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_usage(self, ctx, formatter)

    def format_help_text(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_help_text(self, ctx, formatter)

    def format_options(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        write_params(self, ctx, formatter)


def _set_file(ctx: "ClickContext", param: "Parameter", value: Path | None) -> None:
    if value is not None:
        s = settings(ctx)
        s.file = str(value)
        s._source = None


def _set_today(ctx: "ClickContext", param: "Parameter", value: str | None) -> None:
    if value is not None:
        s = settings(ctx)
        s.today = _parse_today(value, s.lang) or s.today
        s.today_given = True


def _set_lang(ctx: "ClickContext", param: "Parameter", value: "Lang | None") -> None:
    if value is not None:
        settings(ctx).lang = str(getattr(value, "value", value))


SHARED: dict[str, Callable[[Any, Any, Any], None]] = {
    "file": _set_file,
    "today": _set_today,
    "lang": _set_lang,
}


def _shared(param: "Parameter") -> "Parameter":
    """A copy of a global option for a command: it sets the run's settings when
    given, and has no default or environment variable of its own (the group's
    have been applied already)."""
    import copy

    option = cast(TyperOption, copy.copy(param))
    option.expose_value = False
    option.envvar = None
    option.default = None
    option.show_default = False
    option.callback = SHARED[param.name or ""]
    return option


app = typer.Typer(
    name="kehoach",
    cls=LazyGroup,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
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
    typer.Option(
        "--format",
    ),
]


class Labels(StrEnum):
    vi = "vi"
    codes = "codes"


LabelsOption = Annotated[
    Labels | None,
    typer.Option(
        "--labels",
        show_default=False,
    ),
]


def csv_format(fmt: str, labels: "Labels | None", default: "Labels") -> str:
    """The format to render: CSV in words ("csv-vi") when the labels asked for are vi."""
    if fmt == "csv" and (labels or default) == Labels.vi:
        from kehoach_cli.present.render import PEOPLE_CSV

        return PEOPLE_CSV
    return fmt


AgencyOption = Annotated[
    str | None,
    typer.Option("--agency", "-a"),
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

    __slots__ = ("_plan", "_source", "file", "lang", "today", "today_given")

    def __init__(self, file: str | None, today: date, lang: str, today_given: bool = False) -> None:
        self.file = file
        self.today = today
        self.today_given = today_given  # typed (--today, KEHOACH_TODAY), not the clock's
        self.lang = lang
        self._plan: Plan | None = None
        self._source: PlanSource | None = None

    @property
    def source(self) -> "PlanSource":
        if self._source is None:
            from kehoach_cli.planfile.load import find_plan

            self._source = find_plan(self.file)
        return self._source

    def load(self, sample: bool = True) -> "Plan":
        """The plan; ``sample=False`` refuses the sample plan instead of noting it.
        Reading the sample plan is said in one line on stderr, so that nobody
        takes it for their own plan."""
        if self._plan is None:
            from kehoach_cli.planfile.load import load_plan

            plan = load_plan(self.source)
            if plan.info.sample:
                if not sample:
                    from kehoach_cli.core.errors import KehoachError

                    raise KehoachError("error.cli.sample_refused", file=self.source.display)
                from kehoach_cli.present.labels import t

                echo(t("cli.sample_notice", self.lang), err=True)
            self._plan = plan
        return self._plan

    @property
    def calendar(self) -> "WorkCalendar":
        """Working days for the deadline rule: Vietnam's, holidays from the disk cache."""
        from kehoach_cli.planfile.holidays import VIETNAM_CALENDAR

        return VIETNAM_CALENDAR


def settings(ctx: "ClickContext") -> Settings:
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


def say_scope(target: "Target | None", fmt: str, lang: str) -> None:
    """Above a table, the agency or group --agency was taken to mean: a name
    typed loosely is seen to have found the right unit."""
    if target is None or fmt != "table":
        return
    from kehoach_cli.present.labels import t

    if target.is_group:
        line = t(
            "read.scope_group", lang, name=target.label, ref=target.ref, n=len(target.agencies)
        )
    else:
        line = t("read.scope", lang, name=target.label, ref=target.ref)
    echo(line, "\n\n")


def tell(text: str, *, err: bool = False) -> None:
    """A message for people (a confirmation, a notice): each of its lines wrapped
    between words to the terminal's width, what runs over indented below it."""
    from kehoach_cli.present.render import paragraph

    echo(paragraph(text, indent="  "), err=err)


def fail(error: "KehoachError", lang: str) -> typer.Exit:
    """Print ``error`` to stderr in ``lang`` and leave with status 2."""
    from kehoach_cli.present.labels import describe, t

    echo(f"{t('error.prefix', lang)}: {describe(error, lang)}", err=True)
    return typer.Exit(EXIT_ERROR)


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """``app.command`` that turns a KehoachError into a message and exit status 2.

    The help is written from the labels (``cmd.NAME``, ``cmd.NAME.help``, see
    ``speaking``); a command without them shows its summary from ``COMMANDS``
    then its docstring.
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

        app.command(name, help=text, cls=KehoachCommand, **kwargs)(wrapper)
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
        raise typer.BadParameter(say(error.message, lang), param_hint="'--today'") from None


@app.callback()
def main_options(
    ctx: typer.Context,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", envvar="KEHOACH_FILE", show_default=False)
    ] = None,
    today: Annotated[
        str | None, typer.Option("--today", envvar="KEHOACH_TODAY", show_default=False)
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", envvar="KEHOACH_LANG")] = Lang.vi,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
) -> None:
    from kehoach_cli.core.errors import KehoachError

    try:
        day = _parse_today(today, lang.value) or today_in_vietnam()
    except KehoachError as error:
        raise fail(error, lang.value) from None
    ctx.obj = Settings(str(file) if file else None, day, lang.value, today_given=bool(today))
