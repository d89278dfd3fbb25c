"""Agencies found however people write them, and never mistaken for another.

The corpus (tests/data/agency_names.tsv) holds ways people write the 2021
plan's agencies and groups. The confusables check makes one-character variants
of every name and key (an invisible character inserted, a letter replaced by a
Cyrillic or Greek look-alike or by its fullwidth form): none may resolve to
another agency.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.lookup import resolve, resolve_agency
from kehoach_cli.planfile.load import find_plan, load
from kehoach_cli.present.labels import describe
from tests.conftest import REAL_PLAN

CORPUS = Path(__file__).parent / "data" / "agency_names.tsv"
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e")
LOOK_ALIKES = {
    "a": "аα",
    "c": "с",
    "e": "е",
    "i": "іι",
    "o": "оο",
    "p": "рρ",
    "x": "хχ",
    "y": "уγ",
    "A": "АΑ",
    "B": "ВΒ",
    "C": "С",
    "E": "ЕΕ",
    "H": "НΗ",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "T": "ТΤ",
    "X": "ХΧ",
}


@pytest.fixture(scope="module")
def plan():
    return load(find_plan(str(REAL_PLAN)))[0]


def corpus() -> list[tuple[str, str]]:
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, expected = line.split("\t")
            rows.append((query, expected))
    return rows


def outcome(plan, query: str) -> str:
    """The ref ``query`` resolves to, "ambiguous", or the error's key."""
    try:
        return resolve(plan, query).ref
    except KehoachError as error:
        return "ambiguous" if error.key == "error.agency_ambiguous" else error.key


def test_the_corpus_names_each_agency_and_group_of_the_plan(plan):
    expected = {ref for _, ref in corpus()}
    assert len(corpus()) >= 150
    assert set(plan.agencies) <= expected
    assert {f"@{key}" for key in plan.groups} <= expected


def test_the_ways_people_write_agencies_resolve_right(plan):
    rows = corpus()
    right = wrong = 0
    misses = []
    for query, expected in rows:
        got = outcome(plan, query)
        if got == expected:
            right += 1
            continue
        misses.append((query, expected, got))
        if got in plan.agencies or got.startswith("@") or expected == "ambiguous":
            wrong += 1  # resolved to another agency, or picked one of several
    rate = right / len(rows)
    print(f"\nagency names: {right}/{len(rows)} resolved right ({rate:.1%}), {wrong} wrong")
    assert wrong == 0, misses
    assert rate >= 0.95, misses


def variants(name: str) -> list[str]:
    """One-character changes of ``name`` that look like it, or do not show."""
    out = []
    for at in range(1, len(name)):  # each invisible mark in turn, one per place
        out.append(name[:at] + INVISIBLE[at % len(INVISIBLE)] + name[at:])
    for at, ch in enumerate(name):
        out.extend(name[:at] + other + name[at + 1 :] for other in LOOK_ALIKES.get(ch, ""))
        if "!" <= ch <= "~":
            out.append(name[:at] + chr(ord(ch) + 0xFEE0) + name[at + 1 :])
    return out


def test_look_alike_names_never_resolve_to_another_agency(plan):
    names = {
        (key, name)
        for key, agency in plan.agencies.items()
        for name in (key, agency.short, agency.name, *agency.aliases)
    }
    tried = other = refused = 0
    for key, name in sorted(names):
        for variant in variants(name):
            tried += 1
            try:
                found = resolve_agency(plan, variant)
            except KehoachError:
                refused += 1
                continue
            if found != key:
                other += 1
                print(f"{variant!r} ({key}) resolved to {found}")
    print(f"\nconfusables: {tried} variants, {refused} refused, {other} resolved to another agency")
    assert other == 0


def test_invisible_and_fullwidth_characters_are_what_they_look_like(plan):
    assert resolve(plan, "ｓｔｃ").ref == "stc"
    assert resolve(plan, "s\u200btc").ref == "stc"
    assert resolve(plan, "Sở Tài\u00a0chính").ref == "stc"
    assert resolve(plan, "\ufeffHương Khê\u200e").ref == "ubnd-huong-khe"


def test_a_name_with_cyrillic_or_greek_letters_is_refused(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "ѕtc")  # Cyrillic dze
    assert caught.value.key == "error.agency_foreign_letters"
    assert "U+0455" in describe(caught.value)
    assert "Cyrillic or Greek" in describe(caught.value, "en")


@pytest.mark.parametrize(
    "query",
    ["ke hoach dau tu", "sở thông tin truyền thông", "Sở Tài nguyên Môi trường", "tai chinhh"],
)
def test_names_once_unknown_now_resolve(plan, query):
    assert outcome(plan, query) in plan.agencies


def test_suggestions_come_only_from_plausible_matches(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "UBND xã Thạch Hà")
    said = describe(caught.value)
    assert "UBND huyện Thạch Hà (ubnd-thach-ha)" in said
    assert "Thanh tra" not in said and "thành phố" not in said
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "so tai chinh ha noi")
    assert "Có phải: Sở Tài chính (stc)?" in describe(caught.value)
