"""The install and cron instructions work where offices are (Debian/Ubuntu with PEP 668)."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CRON_LINE = re.compile(r"^30 7 \* \* 1-5 .*kehoach check$", re.MULTILINE)


def test_quick_start_installs_into_its_own_environment():
    block = README.split("## Bắt đầu nhanh", 1)[1].split("```sh\n", 1)[1].split("\n```", 1)[0]
    venv = "python3 -m venv ~/.local/kehoach && ~/.local/kehoach/bin/pip install ."
    assert block.startswith(venv)
    assert "PEP 668" in README and "pipx install ." in README
    assert "pip install ." not in block.replace("bin/pip install .", "")


def test_crontab_examples_use_the_full_path_and_agree_with_check_help(cli):
    help_text = cli("check", "--help").stdout
    shown = CRON_LINE.findall("\n".join(line.strip() for line in help_text.splitlines()))
    assert len(shown) == 1
    example = shown[0]
    assert "KEHOACH_FILE=/srv/kh/data/tasks.toml" in example
    program = example.split()[-2]
    assert program == "/home/vt/.local/kehoach/bin/kehoach"  # absolute: cron has no ~/.bashrc
    assert f"`{example}`" in README  # the guide quotes it
    readme_lines = CRON_LINE.findall(README)
    assert readme_lines and all(program in line for line in readme_lines)
    assert "KEHOACH_FILE=/srv/kh/data/tasks.toml\n" in README
