"""Labels: each language's table with its fallbacks applied once, looked up by key."""

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


@pytest.mark.parametrize("lang", ["vi", "en", "fr"])
def test_wording_writes_what_t_writes(lang):
    from string import Formatter

    from kehoach_cli.present.labels import wording

    for key in [*VI, *EN, "no.such.key"]:
        text = t(key, lang)
        names = {name for _, name, _, _ in Formatter().parse(text) if name}
        for value in ("1.2", 7, "tháng 03/2021", ""):
            values = dict.fromkeys(names, value) | {"unused": 1}
            assert wording(key, lang)(**values) == t(key, lang, **values)


@pytest.mark.parametrize(
    "label",
    ["Nhiệm vụ {ref}", "{ref}", "{{ {ref} }}", "a {n} b {m} c", "{n:03} {m!r}", "no field {{}}"],
)
def test_wording_takes_any_label_apart(monkeypatch, label):
    from kehoach_cli.present import labels as i18n

    monkeypatch.setitem(i18n._VI, "test.label", label)
    values = {"ref": "II.1", "n": 5, "m": "x"}
    assert i18n.wording("test.label")(**values) == label.format(**values)
