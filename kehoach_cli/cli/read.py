"""Read commands: agencies, list, show, deadlines."""

from __future__ import annotations
