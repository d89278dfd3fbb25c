"""Dated obligations as an iCalendar (RFC 5545) file, for the calendars staff use.

One all-day event per obligation at its effective due date (the date people
must act by, after the working-day rule), with a reminder a few days before.
UIDs depend only on the plan, the obligation and the agency scope, so
importing a newer export updates the events instead of duplicating them.
The ``icalendar`` library is imported only here, and only when exporting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from kehoach_cli.core.model import Plan
from kehoach_cli.core.obligations import Obligation
from kehoach_cli.present.labels import t
from kehoach_cli.present.text import shorten
from kehoach_cli.present.wording import format_date, period_label, weekday_name

DEFAULT_REMIND_DAYS = 3
REMIND_AT = time(9, 0)  # the reminder rings at 09:00, ``remind`` days before
PRODID = "-//kehoach//Theo doi chuong trinh cong tac UBND tinh//VI"
UID_DOMAIN = "kehoach"


def uid(plan: Plan, item: Obligation, scope: str, split: bool = False) -> str:
    """Stable identity of one obligation in one export scope (agency, group or all).

    A task whose deadline was extended for some of its leads only is ``split``
    into one obligation per deadline: the extended ones are told apart by their
    date. A task extended for all its leads keeps its identity, so calendars
    move the event rather than add one.
    """
    parts = [plan.info.id, item.kind, item.ref, item.period or "", scope]
    if split and item.extended_to is not None:
        parts.append(item.effective_due.isoformat())
    key = "|".join(parts)
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def summary(plan: Plan, item: Obligation, lang: str = "vi") -> str:
    if item.kind == "task":
        return t("ics.task_summary", lang, ref=item.ref, text=shorten(item.title, 60))
    return t("ics.report_summary", lang, period=period_label(item.period or "", lang))


def _owners(plan: Plan, item: Obligation, narrowed: bool) -> str:
    """Who owes it: the plan's own words (group names) unless the export is narrowed."""
    if not narrowed:
        if item.kind == "task":
            task = plan.task(item.ref)
            refs = task.lead if task else ()
        else:
            refs = plan.report_by_id[item.ref].reporters
        if refs and set(plan.expand(refs)) == set(item.agencies):  # not split by extensions
            return ", ".join(plan.agency_label(r) for r in refs)
    return ", ".join(plan.agency_label(a) for a in item.agencies)


def description(plan: Plan, item: Obligation, narrowed: bool, lang: str = "vi") -> str:
    lines = [item.title, "", t("ics.owners", lang, who=_owners(plan, item, narrowed))]
    due = t(
        "ics.due",
        lang,
        day=weekday_name(item.effective_due, lang),
        date=format_date(item.effective_due),
    )
    if item.extended_to is not None:
        due += " " + t("word.extended_from", lang, date=format_date(item.due))
        if item.extension_ref:
            due += f": {item.extension_ref}"
    elif item.effective_due != item.due:
        due += " " + t("word.moved", lang, date=format_date(item.due))
    lines += [due, t("ics.plan", lang, title=plan.info.title)]
    return "\n".join(lines)


def calendar(
    plan: Plan,
    items: Sequence[Obligation],
    *,
    scope: str = "all",
    stamp: date,
    remind_days: int = DEFAULT_REMIND_DAYS,
    lang: str = "vi",
) -> bytes:
    """The .ics bytes (CRLF lines) for ``items``; ``stamp`` is the DTSTAMP day.

    ``scope`` names the agency or group the export was narrowed to ("all" if
    not); it is part of every UID, so exports for different agencies can be
    imported side by side.
    """
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    name = plan.info.title if scope == "all" else f"{plan.info.title} ({plan.agency_label(scope)})"
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    dtstamp = datetime.combine(stamp, time(0, 0), tzinfo=UTC)
    # A later export is a newer revision for clients that compare SEQUENCE.
    sequence = max(0, (stamp - plan.info.start).days)
    trigger = timedelta(hours=REMIND_AT.hour) - timedelta(days=remind_days)
    split = _split_tasks(items)
    for item in items:
        event = Event()
        event.add("uid", uid(plan, item, scope, item.ref in split and item.kind == "task"))
        event.add("dtstamp", dtstamp)
        event.add("sequence", sequence)
        event.add("dtstart", item.effective_due)
        event.add("dtend", item.effective_due + timedelta(days=1))
        title = summary(plan, item, lang)
        event.add("summary", title)
        event.add("description", description(plan, item, scope != "all", lang))
        event.add("categories", [t(f"ics.category.{item.kind}", lang)])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def _split_tasks(items: Sequence[Obligation]) -> set[str]:
    """Tasks that are more than one obligation: some of their leads' deadlines extended."""
    seen: set[str] = set()
    split: set[str] = set()
    for item in items:
        if item.kind == "task":
            (split if item.ref in seen else seen).add(item.ref)
    return split
