"""Agencies, groups, tasks and statuses found the way people type them."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.core.errors import KehoachError
from kehoach_cli.core.lookup import (
    STATUS_WORDS,
    TIMELINESS_WORDS,
    find_report,
    find_task,
    parse_state,
    parse_status,
    resolve,
    resolve_agency,
)
from kehoach_cli.core.model import STATUSES
from kehoach_cli.core.progress import TIMELINESS
from kehoach_cli.core.text import fold
from kehoach_cli.planfile.load import find_plan, load
from kehoach_cli.present.labels import LANGS, describe, t
from tests.conftest import REAL_PLAN


@pytest.fixture(scope="module")
def plan():
    return load(find_plan(str(REAL_PLAN)))[0]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    "query",
    [
        "stc",
        "STC",
        "so tai chinh",
        "Sở Tài chính",
        "Tài chính",
        "tai chinh",
        "TÀI CHÍNH",
        "Sở TC",
        "  stc  ",
        nfd("Sở Tài chính"),
        nfd("Tài chính"),
        "so tai chin",  # the last word may be cut short
    ],
)
def test_sở_tài_chính_however_typed(plan, query):
    target = resolve(plan, query)
    assert target.ref == "stc"
    assert target.agencies == ("stc",)
    assert not target.is_group
    assert target.label == "Sở Tài chính"


def test_nfd_and_nfc_input_resolve_alike(plan):
    for name in (
        "Sở Kế hoạch và Đầu tư",
        "Huyện Đức Thọ",
        "Thị xã Kỳ Anh",
        "Bộ đội Biên phòng tỉnh",
    ):
        assert resolve(plan, nfd(name)).ref == resolve(plan, name).ref


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("KH&ĐT", "skhdt"),
        ("kh&dt", "skhdt"),
        ("ke hoach", "skhdt"),
        ("Sở Xây dựng", "sxd"),
        ("cong an", "cat"),
        ("hải quan", "chq"),
        ("Đức Thọ", "ubnd-duc-tho"),
        ("duc tho", "ubnd-duc-tho"),
        ("ubnd-huong-khe", "ubnd-huong-khe"),
        ("Hương Sơn", "ubnd-huong-son"),
    ],
)
def test_keys_aliases_and_parts_of_names(plan, query, ref):
    assert resolve(plan, query).ref == ref


@pytest.mark.parametrize(
    ("query", "ref"),
    [
        ("thị xã Kỳ Anh", "ubnd-tx-ky-anh"),
        ("TX Kỳ Anh", "ubnd-tx-ky-anh"),
        ("tx ky anh", "ubnd-tx-ky-anh"),
        ("ubnd-tx-ky-anh", "ubnd-tx-ky-anh"),
        ("huyện Kỳ Anh", "ubnd-ky-anh"),
        ("huyen ky anh", "ubnd-ky-anh"),
        ("UBND H. Kỳ Anh", "ubnd-ky-anh"),
        ("ubnd-ky-anh", "ubnd-ky-anh"),
    ],
)
def test_thị_xã_and_huyện_kỳ_anh_are_different_units(plan, query, ref):
    assert resolve(plan, query).ref == ref


def test_bare_kỳ_anh_is_ambiguous_and_lists_both(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "Kỳ Anh")
    message = describe(caught.value)
    assert "ubnd-tx-ky-anh" in message
    assert "ubnd-ky-anh" in message


def test_sở_alone_is_ambiguous_and_lists_the_departments(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "Sở")
    message = describe(caught.value)
    assert "nhiều đơn vị" in message
    assert "stc: Sở Tài chính" in message
    assert "skhdt: Sở Kế hoạch và Đầu tư" in message
    # "Sở" is a whole word; "Sơn" (Hương Sơn) only starts with the same letters.
    assert "ubnd-huong-son" not in message


def test_nfd_sở_is_ambiguous_too(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, nfd("Sở"))
    assert caught.value.key == "error.agency_ambiguous"


def test_unknown_name_suggests_the_closest(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "taichinh")
    message = describe(caught.value)
    assert "Không tìm thấy" in message
    assert "Có phải" in message
    assert "Sở Tài chính (stc)" in message
    assert "kehoach agencies" in message


def test_empty_name_is_an_error(plan):
    with pytest.raises(KehoachError):
        resolve(plan, "   ")


@pytest.mark.parametrize(
    "query",
    [
        "@districts",
        "districts",
        "UBND các huyện, thành phố, thị xã",
        "UBND cấp huyện",
        "ubnd cap huyen",
        nfd("UBND cấp huyện"),
    ],
)
def test_districts_group_by_key_or_vietnamese_name(plan, query):
    target = resolve(plan, query)
    assert target.ref == "@districts"
    assert target.is_group
    assert len(target.agencies) == 13
    assert "ubnd-tx-ky-anh" in target.agencies and "ubnd-ky-anh" in target.agencies


def test_all_group_expands_departments_and_districts(plan):
    target = resolve(plan, "@all")
    assert target.label == "Các sở, ban, ngành, địa phương"
    assert len(target.agencies) == 38
    assert resolve(plan, "các sở, ban, ngành, địa phương").ref == "@all"
    assert resolve(plan, "cac so ban nganh").ref == "@departments"


def test_resolve_agency_refuses_groups(plan):
    assert resolve_agency(plan, "tai chinh") == "stc"
    with pytest.raises(KehoachError) as caught:
        resolve_agency(plan, "@districts")
    assert caught.value.key == "error.agency_is_group"
    with pytest.raises(KehoachError) as caught:
        resolve_agency(plan, "zzzz")
    assert caught.value.key == "error.agency_unknown"


def test_unknown_group_is_an_error(plan):
    with pytest.raises(KehoachError) as caught:
        resolve(plan, "@nope")
    assert "Không tìm thấy" in describe(caught.value)


def test_a_report_is_found_by_its_id_or_its_name_however_typed(plan):
    yearly = plan.report_by_id["bc-nam"]
    assert find_report(plan, "BC-NAM") is yearly
    assert find_report(plan, fold(yearly.name)) is yearly
    with pytest.raises(KehoachError) as caught:
        find_report(plan, "bc-quy")
    assert describe(caught.value).startswith("Không có báo cáo 'bc-quy'. Các báo cáo: bc-thang (")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_every_key_short_name_and_alias_finds_its_agency(plan, data):
    key = data.draw(st.sampled_from(sorted(plan.agencies)))
    agency = plan.agencies[key]
    word = data.draw(st.sampled_from([key, agency.short, *agency.aliases]))
    form = data.draw(st.sampled_from(["NFC", "NFD"]))
    upper = data.draw(st.booleans())
    typed = unicodedata.normalize(form, word.upper() if upper else word)
    assert resolve(plan, typed).ref == key


def test_find_task_is_case_insensitive(plan):
    assert find_task(plan, "ii.1.2").id == "II.1.2"
    assert find_task(plan, " 1.3 ").id == "1.3"


def test_unknown_task_suggests_ids(plan):
    with pytest.raises(KehoachError) as caught:
        find_task(plan, "1.2.9")
    assert "1.2." in describe(caught.value)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("done", "done"),
        ("hoàn thành", "done"),
        ("hoan thanh", "done"),
        (nfd("hoàn thành"), "done"),
        ("in_progress", "in_progress"),
        ("đang thực hiện", "in_progress"),
        ("dang thuc hien", "in_progress"),
        ("chưa thực hiện", "not_started"),
        ("vướng mắc", "blocked"),
        ("dừng thực hiện", "cancelled"),
        ("not started", "not_started"),
    ],
)
def test_parse_status(word, code):
    assert parse_status(word) == code


def test_parse_status_rejects_unknown_words():
    with pytest.raises(KehoachError) as caught:
        parse_status("xong hết rồi")
    assert describe(caught.value).startswith(
        "Trạng thái không hợp lệ: 'xong hết rồi'. Dùng một trong: not_started (chưa thực hiện), "
    )
    assert "done (done)" in describe(caught.value, "en")


def test_every_status_and_timeliness_is_found_by_its_labels():
    """The words people type are the labels' words: a relabelling must say so here."""
    assert tuple(STATUS_WORDS) == STATUSES
    assert tuple(TIMELINESS_WORDS) == TIMELINESS[:5]  # cancelled: typed, it is a status
    for code in STATUSES:
        for lang in LANGS:
            assert parse_status(t(f"status.{code}", lang)) == code
            assert parse_state(t(f"status.{code}", lang)) == ("status", code)
    for code in TIMELINESS_WORDS:
        for lang in LANGS:
            assert parse_state(t(f"timeliness.{code}", lang)) == ("timeliness", code)


def test_fold_maps_đ_and_drops_accents():
    assert fold("Đức Thọ") == "duc tho"
    assert fold(nfd("Đức Thọ")) == fold("Đức Thọ")
