"""Vietnamese text helpers: folding and matching must not depend on how text was typed."""

from __future__ import annotations

import sys
import textwrap
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.text import UNSAFE, contains_words, fold, nfc
from kehoach_cli.present.table import is_narrow
from kehoach_cli.present.text import display_width, printable, shorten, wrap

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


# -- fast paths agree with the general ones --------------------------------------

# Vietnamese and ASCII words, hyphens (joined or alone), dashes, wide and
# combining characters, and every kind of whitespace textwrap treats specially.
pieces = st.one_of(
    st.text(alphabet=VIETNAMESE + "ABĐ0123456789,.;:…“”", min_size=1, max_size=12),
    st.sampled_from(
        [" ", " ", " ", "  ", "-", " - ", "--", "—", "\t", "\n", "\xa0", "\u3000", "中文", "\u0301"]
    ),
)
texts = st.lists(pieces, max_size=25).map("".join)
plain = st.lists(st.text(alphabet=VIETNAMESE + "-,.", min_size=1, max_size=20), max_size=20).map(
    " ".join
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, plain), st.integers(1, 40), st.booleans())
def test_wrap_is_textwrap(text, width, break_long_words):
    expected = textwrap.wrap(text, width=width, break_long_words=break_long_words)
    assert wrap(text, width, break_long_words=break_long_words) == expected


# Widths leave room beside the widest indent: where an indent fills the whole
# width, textwrap itself can loop forever (textwrap.wrap(" ", 1, initial_indent="  ")).
@settings(max_examples=500, deadline=None)
@given(
    st.one_of(texts, plain),
    st.integers(5, 40),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", " ", "  ", "- "]),
    st.sampled_from(["", "  ", "    ", "→ "]),
)
def test_wrap_with_indents_is_textwrap(text, width, long_words, hyphens, first, rest):
    options = {
        "break_long_words": long_words,
        "break_on_hyphens": hyphens,
        "initial_indent": first,
        "subsequent_indent": rest,
    }
    assert wrap(text, width, **options) == textwrap.wrap(text, width=width, **options)


def test_wrap_keeps_textwraps_quirks():
    # a word too long for any line starts on the current line...
    assert wrap("ab cdefghij", 5) == textwrap.wrap("ab cdefghij", 5) == ["ab cd", "efghi", "j"]
    # ... unless only its space fits, and the line then keeps that space
    assert wrap("abcd efghijk", 5) == textwrap.wrap("abcd efghijk", 5) == ["abcd ", "efghi", "jk"]
    assert wrap("abcd efghijk", 5, break_long_words=False) == ["abcd", "efghijk"]
    assert wrap("", 5) == [] and wrap("kế hoạch", 20) == ["kế hoạch"]
    # a no-break space cut off alone from a long word is dropped like any whitespace
    nbsp = "00000\xa00"
    assert wrap(nbsp, 5, subsequent_indent="    ") == ["00000", "    0"]
    assert textwrap.wrap(nbsp, 5, subsequent_indent="    ") == ["00000", "    0"]


@given(texts)
def test_shorten_spaces_text_as_split_and_join(text):
    tidy = " ".join(text.split())
    assert shorten(text, 1000) == shorten(tidy, 1000)
    if is_narrow(tidy):
        assert shorten(text, 1000) == tidy


def test_no_unsafe_character_is_printable():
    """``printable`` lets text through when every line is printable: that holds
    only while every character it must escape is one ``str.isprintable`` refuses."""
    unsafe = [chr(c) for c in range(sys.maxunicode + 1) if UNSAFE.match(chr(c))]
    assert len(unsafe) > 65 and not [c for c in unsafe if c.isprintable()]
    assert printable("a\u202eb\nc") == "a\\u202eb\nc"
