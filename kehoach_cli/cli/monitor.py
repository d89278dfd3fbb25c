"""Compliance monitoring: reports, overdue, check (made for cron)."""

from __future__ import annotations
