"""Monitoring thresholds from provincial task-tracking practice.

Kept apart from ``compliance`` so that the command line can show them as
option defaults without importing the domain core.
"""

DEFAULT_STALE_DAYS = 90  # an ongoing task with no update for this long is "chưa cập nhật"
DEFAULT_WITHIN_DAYS = 3  # "due soon" window of ``check``
LONG_OVERDUE_DAYS = 30  # "quá hạn trên 30 ngày", counted apart on the scoreboard
