"""Starting kehoach stays cheap: heavy libraries load only on the paths that use them.

Run in a fresh interpreter, since the test process has imported everything.
Measure with ``python -X importtime -c "from kehoach_cli.cli import app"``.
"""

from __future__ import annotations

import json
import subprocess
import sys

# What each costs to import, roughly, on the 2-core reference machine.
HEAVY = (
    "holidays",  # 100-200 ms: only when a deadline is computed and not cached
    "icalendar",  # export ics
    "xlsxwriter",  # export xlsx
    "tomlkit",  # writes
    "dateutil",  # RRULE expansion and validation
    "dateutil.parser",
    "dateutil.rrule",
    "tabulate",  # 40-60 ms with its importlib.metadata look-up: tables only
    "wcwidth",
    "importlib.metadata",
    "csv",
    "zoneinfo",  # ~14 ms (tzdata look-up): only for a KEHOACH_TZ other than Vietnam's
    "hashlib",  # OpenSSL: the cache names and signs entries with _blake2 alone
    "tomllib",  # only when the plan is not in the cache
    "kehoach_cli.planfile.cache",
    "kehoach_cli.planfile.schema",
    "kehoach_cli.planfile.writer",
    "rich",
    "pydantic",  # typer >= 0.29 imports it on every command
    "docx",  # python-docx: import, report, remind
    "openpyxl",  # import only
    "kehoach_cli.planfile.importer.read",
)


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_importing_the_cli_leaves_heavy_modules_out():
    modules = loaded_after("import kehoach_cli.cli\nkehoach_cli.cli.load_app()")
    assert "kehoach_cli.cli.read" in modules  # the probe did import every command
    assert sorted(m for m in HEAVY if m in modules) == []


def test_help_and_version_do_not_load_the_plan_machinery():
    for argv in (["--version"], ["--help"], ["list", "--help"]):
        code = (
            "import sys\nfrom kehoach_cli.cli import app\n"
            f"try:\n    app({argv!r}, prog_name='kehoach')\nexcept SystemExit:\n    pass"
        )
        modules = loaded_after(code)
        assert sorted(m for m in HEAVY if m in modules) == [], argv


def test_a_read_from_the_cache_loads_no_parser_hasher_or_writer(tmp_path):
    """A cached read needs neither tomllib, OpenSSL's hashlib nor tempfile."""
    from tests.conftest import REAL_PLAN

    code = (
        "import os, sys\n"
        f"os.environ['XDG_CACHE_HOME'] = {str(tmp_path)!r}\n"
        "from kehoach_cli.cli import dispatch\n"
        f"argv = ['--file', {str(REAL_PLAN)!r}, '--today', '25/01/2021',"
        " 'list', '--agency', 'stc']\n"
        "try:\n    dispatch(argv)\nexcept SystemExit:\n    pass"
    )
    first = loaded_after(code)  # a miss: parses, then writes the entry
    assert {"tomllib", "tempfile"} <= first
    modules = loaded_after(code)
    assert "kehoach_cli.planfile.cache" in modules
    unwanted = {*HEAVY, "tempfile", "kehoach_cli.planfile.schema"} - {"kehoach_cli.planfile.cache"}
    assert sorted(m for m in unwanted if m in modules) == []
