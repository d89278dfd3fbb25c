"""Finding and loading the plan file (read side).

Reads use the standard library's ``tomllib``; tomlkit is only for writing. A
plan already validated with the same bytes comes from ``kehoach_cli.planfile.cache``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from kehoach_cli.core.errors import KehoachError, Problem

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan

PLAN_RELATIVE = Path("data") / "tasks.toml"
ENV_FILE = "KEHOACH_FILE"
_TOML_LINE = r"at line (\d+)"  # patterns are compiled only when a file is broken
EMBEDDED_NAME = "<kế hoạch mẫu 2021>"


def sample_path() -> Path:
    """The 2021 plan shipped with the package (copied into the wheel at build time)."""
    here = Path(__file__).resolve().parent.parent
    packaged = here / "sample" / "tasks.toml"
    if packaged.is_file():
        return packaged
    return here.parent / PLAN_RELATIVE  # running from a source checkout


class PlanSource(NamedTuple):
    """Where the plan comes from (a named tuple: cheaper to define than a dataclass)."""

    path: Path
    embedded: bool = False

    @property
    def display(self) -> str:
        return EMBEDDED_NAME if self.embedded else str(self.path)


def find_plan(option: str | Path | None, cwd: Path | None = None) -> PlanSource:
    """``--file``, else ``KEHOACH_FILE``, else the nearest data/tasks.toml, else the sample."""
    chosen = option or os.environ.get(ENV_FILE)
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise KehoachError(
                f"Không tìm thấy tệp kế hoạch: {path}. Kiểm tra --file hoặc {ENV_FILE}, "
                "hoặc tạo tệp mới bằng 'kehoach init'."
            )
        return PlanSource(path)
    start = (cwd or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        candidate = folder / PLAN_RELATIVE
        if candidate.is_file():
            return PlanSource(candidate)
    return PlanSource(sample_path(), embedded=True)


class RawFile:
    """A plan file's bytes, its text and the byte-level style it must be written back in.

    ``text`` has "\n" line endings and no BOM. It is decoded when first asked
    for: a plan that comes from the cache never needs it, and decoding a large
    file costs more than the rest of a cached read.
    """

    __slots__ = ("_text", "bom", "data", "newline")

    def __init__(self, text: str | None, bom: bool, newline: str, data: bytes) -> None:
        self._text = text
        self.bom = bom
        self.newline = newline  # "\r\n" or "\n"
        self.data = data

    @classmethod
    def of_bytes(cls, data: bytes) -> RawFile:
        """The file as read; its text is decoded when first asked for."""
        bom = data.startswith(_BOM)
        crlf = b"\r" in data and b"\r\n" in data  # a one-byte search is 50 times faster
        return cls(None, bom, "\r\n" if crlf else "\n", data)

    @property
    def text(self) -> str:
        if self._text is None:
            body = self.data[3:] if self.bom else self.data
            text = body.decode("utf-8")
            self._text = text.replace("\r\n", "\n") if self.newline == "\r\n" else text
        return self._text

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawFile):
            return NotImplemented
        return (self.data, self.bom, self.newline, self.text) == (
            other.data,
            other.bom,
            other.newline,
            other.text,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"RawFile({len(self.data)} bytes, bom={self.bom}, newline={self.newline!r})"


_BOM = b"\xef\xbb\xbf"


def decode(data: bytes, name: str) -> RawFile:
    """The file with its text decoded now, so that bytes that are not UTF-8 are a user error."""
    raw = RawFile.of_bytes(data)
    try:
        _ = raw.text  # decode now: a bad byte must be reported before anything else
    except UnicodeDecodeError as exc:
        body = data[3:] if raw.bom else data
        line = body[: exc.start].count(b"\n") + 1
        raise KehoachError(
            f"{name}: tệp không phải UTF-8 hợp lệ.",
            [
                Problem(
                    "lưu lại tệp với bảng mã UTF-8 (không phải Windows-1258 hay VNI).", line, name
                )
            ],
        ) from None
    return raw


def read_bytes(source: PlanSource) -> bytes:
    try:
        return source.path.read_bytes()
    except OSError as exc:
        raise KehoachError(
            f"Không đọc được tệp kế hoạch {source.display}: {exc.strerror}."
        ) from None


def read_raw(source: PlanSource) -> RawFile:
    return decode(read_bytes(source), source.display)


def parse_toml(raw: RawFile, name: str) -> dict:
    """``tomllib.loads`` with every way it can fail turned into a user error."""
    import tomllib  # not needed when the plan comes from the cache

    try:
        return tomllib.loads(raw.text)
    except tomllib.TOMLDecodeError as exc:
        from kehoach_cli.planfile.merge import conflict_problems

        conflicts = conflict_problems(raw.text, name)
        if conflicts:  # name each conflicting item, not just the first marker's line
            raise KehoachError(
                f"{name}: tệp còn {len(conflicts)} chỗ xung đột git chưa giải quyết.", conflicts
            ) from None
        m = re.search(_TOML_LINE, str(exc))
        line = int(m[1]) if m else None
        hint = _conflict_hint(raw.text) or "sửa lỗi cú pháp TOML ở dòng này."
        message = str(exc).split(" (at line")[0]
        raise KehoachError(
            f"{name}: lỗi cú pháp TOML.", [Problem(f"{message}; {hint}", line, name)]
        ) from None
    except RecursionError:
        line = _deepest_line(raw.text)
        problem = "mảng hoặc bảng lồng nhau quá sâu; hãy bỏ bớt các cặp [ ] hoặc { }."
        raise KehoachError(
            f"{name}: tệp TOML không đọc được.", [Problem(problem, line, name)]
        ) from None
    except (ValueError, MemoryError) as exc:
        m = re.search(_HUGE_NUMBER, raw.text)
        line = raw.text[: m.start()].count("\n") + 1 if m else None
        problem = f"số quá lớn hoặc giá trị không đọc được ({type(exc).__name__})."
        raise KehoachError(
            f"{name}: tệp TOML không đọc được.", [Problem(problem, line, name)]
        ) from None


_HUGE_NUMBER = r"\d{1000,}"
_NESTING_LIMIT = 100


def _deepest_line(text: str) -> int | None:
    """The first line where brackets nest deeper than any plan needs."""
    depth = 0
    for number, line in enumerate(text.split("\n"), start=1):
        for char in line:
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            if depth > _NESTING_LIMIT:
                return number
    return None


def _conflict_hint(text: str) -> str | None:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith(("<<<<<<< ", "=======", ">>>>>>> ")):
            return (
                f"tệp còn dấu xung đột git (dòng {number}); giữ lại phiên bản đúng "
                "và xóa các dòng <<<<<<<, =======, >>>>>>>."
            )
    return None


def load(source: PlanSource) -> tuple[Plan, RawFile]:
    """Read, parse and validate; any problem raises one KehoachError listing all.

    A plan already validated with these exact bytes comes from the cache
    (kehoach_cli.planfile.cache) instead, which skips parsing and validation.
    """
    from kehoach_cli.planfile import cache

    data = read_bytes(source)
    plan = cache.get_plan(data)
    if plan is not None:
        return plan, RawFile.of_bytes(data)  # valid: these bytes were parsed before
    raw = decode(data, source.display)
    plan = validate(raw, source.display)
    cache.put_plan(raw.data, plan)
    return plan, raw


def validate(raw: RawFile, name: str) -> Plan:
    """Parse and validate ``raw``, bypassing the cache."""
    return parse_and_validate(raw, name)[0]


def parse_and_validate(raw: RawFile, name: str) -> tuple[Plan, dict]:
    """The validated plan and the raw TOML data it came from (writers compare the data)."""
    from kehoach_cli.planfile.schema import build_plan

    data = parse_toml(raw, name)
    plan, problems = build_plan(data, raw.text, name)
    if problems or plan is None:
        count = len(problems)
        raise KehoachError(f"Tệp kế hoạch {name} có {count} lỗi:", problems)
    return plan, data
