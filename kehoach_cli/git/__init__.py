"""git for the plan file: checks and a commit after a write, the merge driver's set-up, sync."""
