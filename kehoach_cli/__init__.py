"""kehoach: a compliance tracker for a provincial People's Committee's work programme."""

__version__ = "0.1.0"
