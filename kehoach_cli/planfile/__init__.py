"""The plan file: find, read, validate, cache, write and merge ``data/tasks.toml``."""
