"""Vietnamese text helpers: folding and matching must not depend on how text was typed."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.text import contains_words, display_width, fold, nfc, shorten

VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
words = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.-", max_size=40)


def test_fold_removes_accents_case_and_d_stroke():
    assert fold("Sở Tài chính") == "so tai chinh"
    assert fold("ĐỨC THỌ") == "duc tho"
    assert fold("Sở KH&ĐT") == "so kh dt"


def test_fold_is_the_same_for_nfc_and_nfd():
    assert fold(unicodedata.normalize("NFD", "Hương Khê")) == fold("Hương Khê") == "huong khe"


@given(words)
def test_fold_ignores_normalisation_form(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(words)
def test_fold_is_idempotent_and_ascii(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.isascii()


@given(words)
def test_nfc_round_trip(text):
    assert nfc(unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFC", text)


def test_contains_words_matches_at_word_starts_only():
    assert contains_words("so tai chinh", "tai chinh")
    assert not contains_words("so tai chinh", "ai chinh")
    assert not contains_words("so tai chinh", "")


@given(words, st.integers(min_value=2, max_value=30))
def test_shorten_never_exceeds_width(text, width):
    assert display_width(shorten(text, width)) <= width


def test_display_width_ignores_combining_marks():
    assert display_width(unicodedata.normalize("NFD", "Hà Tĩnh")) == 7
