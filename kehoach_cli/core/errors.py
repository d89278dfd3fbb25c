"""The one exception type for mistakes a person can fix, and the texts it carries.

The core knows no words: an error names its message by a label key (``"error.date_invalid"``)
and the values to fill in. The presentation layer turns it into Vietnamese or English
(``kehoach_cli.present.labels.describe``), so the same error reads in the user's language.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

NO_VALUES: Mapping[str, object] = MappingProxyType({})


class Text(NamedTuple):
    """A message to be worded: a label key and the values its label names.

    A value may itself be a ``Text`` (a status, a period, a hint), worded in
    the same language as the message around it.
    """

    key: str
    values: Mapping[str, object] = NO_VALUES


def text(key: str, /, **values: object) -> Text:
    return Text(key, MappingProxyType(values) if values else NO_VALUES)


class Problem(NamedTuple):
    """One thing wrong in a plan file, located as precisely as we can."""

    message: Text
    line: int | None = None
    path: str | None = None
    column: int | None = None  # 1-based, when the spot on the line is known


class KehoachError(Exception):
    """A user mistake: printed without a traceback, exit status 2.

    ``problems`` carries every fault found in a plan file so that a person can
    fix them all in one pass instead of one per run.
    """

    def __init__(
        self, key: str | Text, /, problems: list[Problem] | None = None, **values: object
    ) -> None:
        self.message = key if isinstance(key, Text) else text(key, **values)
        super().__init__(self.message)
        self.problems: list[Problem] = [] if problems is None else problems

    @property
    def key(self) -> str:
        return self.message.key

    def __str__(self) -> str:
        """The key and values, for logs and tests; people read ``labels.describe``."""
        lines = [_plain(self.message), *(f"  {_plain(p.message)}" for p in self.problems)]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"KehoachError({self.message!r}, {self.problems!r})"


def _plain(message: Text) -> str:
    if not message.values:
        return message.key
    return f"{message.key} {dict(message.values)}"


_OS_REASONS = {
    errno.EACCES: "error.os.permission",
    errno.EPERM: "error.os.permission",
    errno.ENOENT: "error.os.not_found",
    errno.ENOTDIR: "error.os.not_found",
    errno.EISDIR: "error.os.is_directory",
    errno.ENOSPC: "error.os.no_space",
    errno.EDQUOT: "error.os.no_space",
    errno.EROFS: "error.os.read_only",
    errno.ENAMETOOLONG: "error.os.name_too_long",
    errno.EIO: "error.os.io",
}


def os_reason(exc: OSError) -> Text:
    """Why the system refused, in words the presentation layer knows (not the OS's English)."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return text(key)
    return text("error.os.other", reason=exc.strerror or type(exc).__name__)
