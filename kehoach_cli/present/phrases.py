"""Statuses, timeliness, deadlines, items and agencies in the user's language: the
phrases the commands share, made from the labels."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from kehoach_cli.present.labels import t
from kehoach_cli.present.wording import format_date, period_label

if TYPE_CHECKING:
    from kehoach_cli.core.model import Plan

MAX_NAMES = 3  # agencies named in a table cell before "and n more"


def status_label(code: str | None, lang: str) -> str:
    return t(f"status.{code}", lang) if code else ""


def timeliness_text(code: str | None, days: int | None, lang: str) -> str:
    """``hoàn thành quá hạn 3 ngày``, ``trong hạn, còn 7 ngày``, ``quá hạn 5 ngày``…"""
    if code is None:
        return ""
    n = days or 0
    if code == "done_late":
        return t("read.done_late_days", lang, n=n)
    if code == "overdue":
        return t("word.days_overdue", lang, n=n)
    if code == "on_track":
        return t("read.on_track_days", lang, n=n) if n else t("read.on_track_today", lang)
    return t(f"timeliness.{code}", lang)


@cache  # long listings repeat a few hundred day counts
def days_text(days_left: int, lang: str) -> str:
    """A deadline from today: ``còn 2 ngày``, ``hôm nay``, ``quá hạn 3 ngày``."""
    if days_left > 0:
        return t("word.days_left", lang, n=days_left)
    if days_left == 0:
        return t("word.today", lang)
    return t("word.days_overdue", lang, n=-days_left)


def report_state_text(code: str, days_late: int, lang: str) -> str:
    """``đúng hạn``, ``trễ 3 ngày``, ``chưa nộp (quá hạn)``…"""
    if code == "late":
        return t("word.days_late", lang, n=days_late)
    return t(f"report.{code}", lang)


def due_text(
    due: date | str | None, effective: date | None, lang: str, extended: bool = False
) -> str:
    """The written due date, and on a second line the effective one when it moved
    (saying so when an extension moved it); a deadline written as a period is
    worded as people say it, with its day below."""
    if due is None:
        return t("word.ongoing", lang)
    written = period_label(due, lang) if isinstance(due, str) else format_date(due)
    if extended and effective is not None:
        return f"{written}\n→ {format_date(effective)} {t('word.extended', lang)}"
    if isinstance(due, str):
        return f"{written}\n→ {format_date(effective)}"
    if effective is not None and effective != due:
        return f"{format_date(due)}\n→ {format_date(effective)}"
    return format_date(due)


@cache  # long listings repeat a few hundred deadlines
def moved_due_text(effective_due: date, due: date, lang: str, extended: bool = False) -> str:
    """The effective deadline, and the written one when it moved (or was extended)."""
    text = format_date(effective_due)
    if extended:
        text += " " + t("word.extended_from", lang, date=format_date(due))
    elif effective_due != due:
        text += " " + t("word.moved", lang, date=format_date(due))
    return text


@cache  # long listings name each task or report period for each of its agencies
def item_label(kind: str, ref: str, period: str | None, lang: str) -> str:
    """``Nhiệm vụ II.1.2`` or ``Báo cáo tháng 01/2021`` (next to the report's name)."""
    if kind == "task":
        return t("mon.task_ref", lang, ref=ref)
    return t("mon.report_ref", lang, period=period_label(period or "", lang))


def report_text(plan: Plan, ref: str, period: str | None, lang: str) -> str:
    """A report period by the report's name: ``Báo cáo tình hình … hàng tháng, tháng 01/2021``."""
    report = plan.report_by_id.get(ref)
    name = report.name if report is not None else ref
    return t("mon.report_named", lang, name=name, period=period_label(period or "", lang))


def recorded_text(code: str, days: int | None, lang: str) -> str:
    """Where a task stands once a status is recorded: its timeliness, or for an
    ongoing task (no deadline) that it is not judged against one."""
    if code == "ongoing":
        return t("rec.ongoing", lang)
    return timeliness_text(code, days, lang)


def moved_reason(due: date, holiday: str | None, lang: str) -> str:
    """Why a deadline moved: the public holiday it fell on, or the weekend day."""
    from kehoach_cli.present.wording import weekday_name

    if holiday:
        return t("read.moved_holiday", lang, holiday=holiday)
    return t("read.moved_weekend", lang, weekday=weekday_name(due, lang))


def names_text(plan: Plan, refs: list[str], lang: str, *, full: bool = False) -> str:
    """Agencies as people name them: group names, short (or full) agency names."""
    if not refs:
        return t("word.none", lang)
    shown: list[str] = []
    for ref in refs:
        if ref.startswith("@") and ref[1:] in plan.groups:
            group = plan.groups[ref[1:]]
            count = t("read.agencies_count", lang, n=len(plan.expand([ref])))
            shown.append(f"{group.name} ({count})" if full else group.name)
        elif full and ref in plan.agencies:
            shown.append(plan.agencies[ref].name)
        else:
            shown.append(plan.agency_label(ref))
    if not full and len(shown) > MAX_NAMES + 1:
        rest = t("read.more", lang, n=len(shown) - MAX_NAMES)
        shown = [*shown[:MAX_NAMES], rest]
    return "; ".join(shown) if full else ", ".join(shown)


def full_name(plan: Plan, key: str | None) -> str:
    """An agency's full name (a group's name), for people's CSV."""
    if not key:
        return ""
    agency = plan.agencies.get(key)
    return agency.name if agency else plan.agency_label(key)
