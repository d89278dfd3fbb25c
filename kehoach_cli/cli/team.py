"""Working as a team over git: git-setup, sync, merge-driver."""

from __future__ import annotations
