"""The commands: the module that registers each, and its summary, in the order help lists them."""

MODULES = ("admin", "amend", "exports", "monitor", "office", "read", "record", "team")
# Every command, in the order the help lists them (daily use first, the
# administration of the plan and of git last): the module that registers it
# and the label key of its summary, the first paragraph of its help
# (``present.labels``; a plain text is shown as it is). The top-level help
# lists the summaries from here, and each command's own help starts with the
# same text. A test keeps this in step.
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("read", "cmd.list"),
    "show": ("read", "cmd.show"),
    "deadlines": ("read", "cmd.deadlines"),
    "record": ("record", "cmd.record"),
    "submit": ("record", "cmd.submit"),
    "reports": ("monitor", "cmd.reports"),
    "overdue": ("monitor", "cmd.overdue"),
    "check": ("monitor", "cmd.check"),
    "summary": ("exports", "cmd.summary"),
    "export": ("exports", "cmd.export"),
    "report": ("office", "cmd.report"),
    "remind": ("office", "cmd.remind"),
    "history": ("record", "cmd.history"),
    "withdraw": ("amend", "cmd.withdraw"),
    "extend": ("amend", "cmd.extend"),
    "add": ("record", "cmd.add"),
    "agencies": ("read", "cmd.agencies"),
    "validate": ("admin", "cmd.validate"),
    "init": ("admin", "cmd.init"),
    "import": ("admin", "cmd.import"),
    "git-setup": ("team", "cmd.git-setup"),
    "sync": ("team", "cmd.sync"),
    "merge-driver": ("team", "cmd.merge-driver"),
}


def summary(name: str, lang: str = "vi") -> str:
    """The first paragraph of a command's help, in ``lang``."""
    from kehoach_cli.present.labels import t

    return t(COMMANDS[name][1], lang)
