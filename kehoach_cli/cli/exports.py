"""Scoreboard and exports: summary, export ics|csv|json|md."""

from __future__ import annotations
