"""Vietnamese text for matching: normalisation, accent folding and fuzzy lookup."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[^0-9a-z]+")


def nfc(text: str) -> str:
    """NFC form: terminals and Windows keyboards may send decomposed (NFD) text."""
    return unicodedata.normalize("NFC", text)


def typed(text: str) -> str:
    """What a person meant to type: compatibility forms made plain (fullwidth
    ``ｓｔｃ`` is ``stc``), invisible format characters (zero-width spaces and
    joiners, direction marks, soft hyphens) dropped, NFC, outer spaces trimmed.

    Text pasted from Word documents, web pages and chat carries such characters.
    """
    plain = unicodedata.normalize("NFKC", text)
    return nfc("".join(ch for ch in plain if unicodedata.category(ch) != "Cf")).strip()


def foreign_letters(text: str) -> list[str]:
    """The Cyrillic and Greek letters in ``text``: some look exactly like Latin
    ones (``с``, ``о``, ``Α``), so a name holding them is not what it seems."""
    found: dict[str, None] = {}
    for ch in text:
        if ch.isalpha() and unicodedata.name(ch, "").startswith(("CYRILLIC", "GREEK")):
            found.setdefault(ch, None)
    return list(found)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


def unaccented(text: str) -> str:
    """``text`` in lower case without its accents (``Quý`` → ``quy``).

    ``đ`` has no decomposition, so it is mapped to ``d`` by hand.
    """
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for matching."""
    return _NON_WORD.sub(" ", unaccented(text)).strip()


def contains_words(haystack: str, needle: str) -> bool:
    """True when folded ``needle`` occurs in folded ``haystack`` starting at a word."""
    if not needle:
        return False
    return f" {haystack}".find(f" {needle}") >= 0


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added, dropped, changed, or two
    neighbours swapped (the typing slips), and not when they are equal."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):  # one letter added to a
        return a[start:] == b[start + 1 :]
    if a[start + 1 :] == b[start + 1 :]:  # one letter changed
        return True
    swapped = start + 1 < len(a) and a[start] == b[start + 1] and a[start + 1] == b[start]
    return swapped and a[start + 2 :] == b[start + 2 :]


def closest(word: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.5) -> list[str]:
    """The candidates nearest to ``word`` (compared folded), best first."""
    import difflib

    by_fold: dict[str, str] = {}
    for candidate in candidates:
        by_fold.setdefault(fold(candidate), candidate)
    matches = difflib.get_close_matches(fold(word), list(by_fold), n=n, cutoff=cutoff)
    return [by_fold[m] for m in matches]


# Characters that may move a terminal's cursor, set its title or clipboard, or
# make text read differently from how it is stored: C0 controls (but tab and
# newline), DEL, C1 controls, bidirectional overrides and isolates, and the
# invisible format characters.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff]"
)


def unsafe_characters(text: str) -> list[str]:
    """The characters of ``text`` that may not be stored or shown as they are, in order."""
    return UNSAFE.findall(text)
