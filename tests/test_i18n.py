"""Labels: each language's table, falling back to Vietnamese, then to the key."""

from __future__ import annotations

import pytest

from kehoach_cli.present.labels import EN, VI, t


def reference(key: str, lang: str = "vi", **values: object) -> str:
    """The lookup with its fallbacks spelled out: the language, then Vietnamese, then the key."""
    table = {"vi": VI, "en": EN}.get(lang, VI)
    text = table.get(key) or VI.get(key) or key
    return text.format(**values) if values else text


@pytest.mark.parametrize("lang", ["vi", "en", "fr", ""])
def test_every_label_in_every_language(lang):
    for key in [*VI, *EN, "no.such.key"]:
        assert t(key, lang) == reference(key, lang)


def test_labels_with_values_and_the_default_language():
    assert t("word.days_left", "en", n=3) == "3 days left"
    assert t("word.days_left", n=3) == reference("word.days_left", n=3) == "còn 3 ngày"
    assert t("mon.task_ref", "en", ref="1.2") == "Task 1.2"
    assert t("no.such.key", "en") == "no.such.key"


def test_every_message_the_code_names_is_worded_in_both_languages():
    """An error names its message by key; a key missing from a table would print as is."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "kehoach_cli"
    named = set()
    for source in package.rglob("*.py"):
        named |= set(re.findall(r'"(error\.[a-z0-9_.]+)"', source.read_text(encoding="utf-8")))
    assert len(named) > 100
    assert sorted(key for key in named if key not in VI) == []
    assert sorted(key for key in named if key not in EN) == []
    assert sorted(key for key in VI if key not in EN) == []
