"""Help pages and usage errors in the reader's language.

typer's copy of click writes its own words in English, in f-strings (it has
no gettext catalogue to install). So the app's commands (``base.LazyGroup``
and ``base.KehoachCommand``) write their help pages here: the usage line, the
help text, and a definition list of their arguments and options, every word
taken from ``present.labels``. Usage errors raised while parsing are worded
again here (``worded``) from what the exception carries: the option, the
parameter, the value.

The language is known before parsing starts (``language_of``), so that a
mistake early on the line is reported in the language asked for later on it.
Help texts have one home each in the labels: a command's summary under
``cmd.NAME``, the rest under ``cmd.NAME.help``, a parameter's under
``help.NAME.PARAM`` or, shared by every command, ``help.PARAM``; metavars
likewise under ``metavar.``. A command without them shows what its code says.
"""

# No ``from __future__ import annotations``: see kehoach_cli.cli.
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import TYPE_CHECKING, Any

from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter, join_options
from typer.models import Context

if TYPE_CHECKING:
    from typer._click import Command, Parameter
    from typer._click import Context as ClickContext

LANGS = ("vi", "en")
LANG_KEY = "kehoach.lang"  # where a run's language is kept in click's context meta


def language_of(args: "list[str] | tuple[str, ...]") -> str:
    """The language a run asks for: ``--lang`` anywhere on the line (before
    ``--``), else ``KEHOACH_LANG``, else Vietnamese. An unknown value is left
    for the parser to report (in Vietnamese)."""
    wanted = os.environ.get("KEHOACH_LANG") or "vi"
    for at, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and at + 1 < len(args):
            wanted = args[at + 1]
        elif arg.startswith("--lang="):
            wanted = arg.partition("=")[2]
    return wanted if wanted in LANGS else "vi"


def lang_of(ctx: "ClickContext") -> str:
    """The language of the run ``ctx`` belongs to: as read from the whole line
    before parsing (an eager --help may come before --lang), else as set."""
    lang = ctx.meta.get(LANG_KEY) or getattr(ctx.find_root().obj, "lang", None)
    return lang if lang in LANGS else "vi"


def word(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang``."""
    from kehoach_cli.present.labels import t

    return t(key, lang, **values)


def _label(keys: "tuple[str, ...]", lang: str) -> "str | None":
    """The label of the first of ``keys`` the labels have, if any."""
    from kehoach_cli.present.labels import VI, t

    return next((t(key, lang) for key in keys if key in VI), None)


# --- the help page -------------------------------------------------------------------


class Formatter(HelpFormatter):
    """click's formatter, except that lines are never broken inside a word:
    ``--no-rebase`` or a path stays whole, so that what is shown can be pasted."""

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(wrap(text, self.width, indent) + "\n")

    def write_dl(self, rows: "Any", col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((len(first) for first, _ in rows), default=0), col_max) + col_spacing
        width = max(self.width - first_col - 2, 10)
        margin = " " * (first_col + self.current_indent)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - len(first)))
            else:
                self.write("\n" + margin)
            lines = wrap(second, width, "").splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{margin}{line}\n" if line else "\n")


def wrap(text: str, width: int, indent: str) -> str:
    """``text`` rewrapped paragraph by paragraph, as click does (a paragraph
    after a line holding only ``\\b`` is kept as written), but never breaking
    words or hyphenated options."""
    from kehoach_cli.present.text import wrap as wrap_words

    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip("\n")):
        lines = paragraph.splitlines()
        if lines and lines[0].strip() == "\b":
            out.append("\n".join(indent + line for line in lines[1:]))
            continue
        words = " ".join(" ".join(lines).split())
        wrapped = wrap_words(
            words,
            width,
            break_long_words=False,
            break_on_hyphens=False,
            initial_indent=indent,
            subsequent_indent=indent,
        )
        out.append("\n".join(wrapped))
    return "\n\n".join(out)


class KehoachContext(Context):
    formatter_class = Formatter


def help_key(command: "Command") -> str:
    """Where a command's words are in the labels: ``cmd.NAME`` (``app`` for the
    top-level group, which says so in its ``label_key``)."""
    return getattr(command, "label_key", None) or f"cmd.{command.name}"


def help_text(command: "Command", lang: str) -> str:
    """The help text of ``command``: its summary and the rest, from the labels,
    or else the help its code gives."""
    key = help_key(command)
    rest = _label((f"{key}.help",), lang)
    if rest is None:
        return command.help or ""
    summary = _label((key,), lang)
    return f"{summary}\n\n{rest}" if summary else rest


def metavar(command: "Command", param: "Parameter", lang: str) -> str:
    """What stands for a parameter's value: its label, its choices, or its type."""
    name = help_key(command)
    found = _label((f"metavar.{name}.{param.name}", f"metavar.{param.name}"), lang)
    if found is not None:
        return found
    choices = getattr(param.type, "choices", None)
    if choices:
        return "<" + "|".join(str(getattr(c, "value", c)) for c in choices) + ">"
    if param.metavar:
        return param.metavar
    return _label((f"metavar.type.{param.type.name}",), lang) or param.type.name.upper()


def usage_pieces(command: "Command", ctx: "ClickContext", lang: str) -> list[str]:
    """The usage line after the command's name: options, then each argument."""
    pieces = [word("click.options_metavar", lang)]
    for param in command.get_params(ctx):
        if param.param_type_name != "argument":
            continue
        piece = metavar(command, param, lang) + ("..." if param.nargs == -1 else "")
        pieces.append(piece if param.required else f"[{piece}]")
    return pieces


def write_usage(command: "Command", ctx: "ClickContext", formatter: HelpFormatter) -> None:
    lang = lang_of(ctx)
    pieces = command.collect_usage_pieces(ctx)
    prefix = word("click.usage", lang) + ": "
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)


def write_help_text(command: "Command", ctx: "ClickContext", formatter: HelpFormatter) -> None:
    text = help_text(command, lang_of(ctx))
    if text:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)


def write_params(command: "Command", ctx: "ClickContext", formatter: HelpFormatter) -> None:
    """The Arguments and Options sections."""
    lang = lang_of(ctx)
    sections: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
    for param in command.get_params(ctx):
        if getattr(param, "hidden", False) or param.param_type_name not in sections:
            continue
        sections[param.param_type_name].append(record(command, param, lang))
    for kind, heading in (("argument", "click.arguments"), ("option", "click.options")):
        if sections[kind]:
            with formatter.section(word(heading, lang)):
                formatter.write_dl(sections[kind])


def record(command: "Command", param: "Parameter", lang: str) -> tuple[str, str]:
    """A parameter's line in the help: its names and value, then its help and
    what is worth knowing (environment variable, default, range, required)."""
    value = metavar(command, param, lang)
    if param.param_type_name == "argument":
        names = value
    else:
        names = join_options(param.opts)[0]
        if not getattr(param, "is_flag", False):
            names = f"{names} {value}"
    name = help_key(command)
    said = _label((f"help.{name}.{param.name}", f"help.{param.name}"), lang)
    text = said if said is not None else (getattr(param, "help", None) or "")
    extra = _extra(param, lang)
    if extra:
        text = f"{text}  [{'; '.join(extra)}]" if text else f"[{'; '.join(extra)}]"
    return names, text


def _extra(param: "Parameter", lang: str) -> list[str]:
    extra = []
    envvar = param.envvar if getattr(param, "show_envvar", True) else None
    if envvar:
        shown = envvar if isinstance(envvar, str) else ", ".join(envvar)
        extra.append(word("click.env_var", lang, var=shown))
    default = _default(param)
    if default:
        extra.append(word("click.default", lang, default=default))
    limits = range_text(param.type, lang)
    if limits:
        extra.append(limits)
    if param.required:
        extra.append(word("click.required", lang))
    return extra


def _default(param: "Parameter") -> str:
    """The default worth showing: none for flags, empty values or when hidden."""
    show = getattr(param, "show_default", False)
    if not show or getattr(param, "is_flag", False):
        return ""
    if isinstance(show, str):
        return show
    value = param.default
    if value is None or value == () or value == [] or callable(value):
        return ""
    return str(value.value if isinstance(value, Enum) else value)


def range_text(kind: Any, lang: str) -> str:
    """A number range as people say it ("từ 0 trở lên"), or ""."""
    low, high = getattr(kind, "min", None), getattr(kind, "max", None)
    if low is not None and high is not None:
        return word("click.range", lang, min=low, max=high)
    if low is not None:
        return word("click.at_least", lang, min=low)
    if high is not None:
        return word("click.at_most", lang, max=high)
    return ""


# --- usage errors --------------------------------------------------------------------


class WordedUsageError(UsageError):
    """A usage error whose message and framing are in the run's language."""

    def __init__(self, message: str, ctx: "ClickContext | None", lang: str) -> None:
        super().__init__(message, ctx)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        import sys

        lang = self.lang
        lines = []
        ctx = self.ctx
        if ctx is not None:
            lines.append(ctx.get_usage())
            if ctx.command.get_help_option(ctx) is not None:
                option = ctx.help_option_names[0]
                lines.append(word("click.try_help", lang, command=ctx.command_path, option=option))
            lines.append("")
        lines.append(f"{word('error.prefix', lang)}: {self.message}")
        (file or sys.stderr).write("\n".join(lines) + "\n")


@contextmanager
def usage_in(ctx: "ClickContext") -> "Iterator[None]":
    """Usage errors raised within are about ``ctx``'s command (click's parser
    raises some without a context, which would leave out the usage line)."""
    try:
        yield
    except UsageError as error:
        if error.ctx is None:
            error.ctx = ctx
            error.cmd = ctx.command
        raise


def worded(error: ClickException, lang: str) -> ClickException:
    """``error`` with its message in ``lang``; errors other than usage errors as they are."""
    if isinstance(error, WordedUsageError) or not isinstance(error, UsageError):
        return error
    found = WordedUsageError(_message(error, lang), error.ctx, lang)
    found.exit_code = error.exit_code
    return found


# click's messages, read back to word them again. Plain patterns, which ``re``
# compiles (and keeps) when one is first matched: only a usage error needs them.
_TYPE_MESSAGES = (
    (r"(?P<value>.+) is not one of (?P<choices>.+)\.", "click.not_one_of"),
    (r"(?P<value>.+) is not a valid int(?:eger)?(?: range)?\.", "click.not_integer"),
    (r"(?P<value>.+) is not a valid float(?: range)?\.", "click.not_number"),
    (r"(?P<value>.+) is not in the range .+\.", "click.out_of_range"),
)
_EXTRA_ARGS = r"Got unexpected extra arguments? ?(?:\(s\))? \((?P<args>.*)\)"


def _message(error: UsageError, lang: str) -> str:
    """The message of a usage error raised by click or typer, worded in ``lang``."""
    if isinstance(error, NoSuchOption):
        text = word("click.no_such_option", lang, option=error.option_name)
        if error.possibilities:
            options = ", ".join(sorted(error.possibilities))
            text += word("click.possible_options", lang, options=options)
        return text
    if isinstance(error, MissingParameter):
        return _missing(error, lang)
    if isinstance(error, BadParameter):
        return _bad_value(error, lang)
    if isinstance(error, BadOptionUsage):
        key = "click.requires_value" if "requires" in error.message else "click.no_value"
        return word(key, lang, option=error.option_name)
    if found := re.fullmatch(_EXTRA_ARGS, error.message):
        return word("click.extra_arguments", lang, args=found["args"])
    if error.message == "Missing command.":
        return word("click.missing_command", lang)
    return error.format_message()


def _bad_value(error: BadParameter, lang: str) -> str:
    said = _type_message(error.message, error.param, lang)
    name = _hint(error.param, error.ctx, lang) if error.param else error.param_hint
    if not name:
        return word("click.invalid", lang, message=said)
    if not isinstance(name, str):
        name = " / ".join(repr(n) for n in name)
    return word("click.invalid_value", lang, name=name, message=said)


def _missing(error: MissingParameter, lang: str) -> str:
    param = error.param
    name = _hint(param, error.ctx, lang) if param is not None else (error.param_hint or "")
    kind = param.param_type_name if param is not None else error.param_type
    text = word("click.missing_argument" if kind == "argument" else "click.missing_option", lang)
    text = text.format(name=name)
    choices = getattr(param.type, "choices", None) if param is not None else None
    if choices:
        listed = ", ".join(str(getattr(c, "value", c)) for c in choices)
        text += " " + word("click.choose_from", lang, choices=listed)
    return text


def _hint(param: "Parameter | None", ctx: "ClickContext | None", lang: str) -> str:
    """How an error names a parameter: 'MÃ' for an argument, '--agency' / '-a'."""
    if param is None:
        return ""
    if param.param_type_name == "argument" and ctx is not None:
        return f"'{metavar(ctx.command, param, lang)}'"
    return " / ".join(f"'{name}'" for name in param.opts)


def _type_message(message: str, param: "Parameter | None", lang: str) -> str:
    """A type's complaint about a value (a choice, a number, a range) in ``lang``."""
    for pattern, key in _TYPE_MESSAGES:
        if found := re.fullmatch(pattern, message):
            values = found.groupdict()
            if key == "click.out_of_range":
                values["range"] = range_text(getattr(param, "type", None), lang)
            return word(key, lang, **values)
    return message
