"""Commands that record progress: record, submit, history, add."""

from __future__ import annotations
