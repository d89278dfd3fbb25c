"""The words clerks use on the command line: periods, statuses, roles, task IDs
as pasted from documents, agencies however written; in both languages."""

from __future__ import annotations

import json
import tomllib

import pytest


@pytest.fixture
def kh(cli, plan_file):
    def run(*args: str, lang: str = "vi"):
        return cli("--lang", lang, "--file", str(plan_file), "--today", "10/04/2021", *args)

    return run


def _last_event(plan_file, agency):
    data = tomllib.loads(plan_file.read_text(encoding="utf-8"))
    return data["events"][agency]["log"][-1]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("T3/2021", "2021-03"),
        ("tháng 3/2021", "2021-03"),
        ("thang 3/2021", "2021-03"),
        ("3/2021", "2021-03"),
        ("03/2021", "2021-03"),
        ("2021-03", "2021-03"),
    ],
)
def test_a_month_however_written(kh, plan_file, typed, code):
    for lang, said in (("vi", "Đã ghi: Sở Tài chính nộp"), ("en", "Recorded: Sở Tài chính sub")):
        result = kh(
            "submit", "stc", "--period", typed, "--date", "18/03/2021", "--correct", lang=lang
        )
        assert result.exit_code == 0, result
        assert result.stdout.startswith(said)
        assert _last_event(plan_file, "stc")["period"] == code


@pytest.mark.parametrize("typed", ["quý I/2021", "quy I/2021", "Q1/2021", "2021-Q1"])
def test_a_quarter_however_written(kh, typed):
    result = kh("reports", "--from", typed, "--to", typed, "--format", "json")
    assert result.exit_code == 0, result
    periods = {row["period"] for row in json.loads(result.stdout)}
    assert periods == {"2021-01", "2021-02", "2021-03"}


@pytest.mark.parametrize("typed", ["năm 2021", "nam 2021", "2021"])
def test_a_year_however_written(kh, typed):
    result = kh("reports", "--from", typed, "--to", "T2/2021", "--format", "json")
    assert result.exit_code == 0, result
    assert {row["period"] for row in json.loads(result.stdout)} == {"2021-01", "2021-02"}


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (("xong",), "done"),
        (("đã", "xong"), "done"),
        (("da xong",), "done"),
        (("đã hoàn thành",), "done"),
        (("chưa", "làm"), "not_started"),
        (("dang lam",), "in_progress"),
        (("đang làm",), "in_progress"),
        (("tạm dừng",), "blocked"),
        (("tam dung",), "blocked"),
    ],
)
def test_a_status_in_everyday_words(kh, plan_file, words, code):
    for lang, said in (("vi", "Đã ghi: "), ("en", "Recorded: ")):
        result = kh("record", "1.3", *words, lang=lang)
        assert result.exit_code == 0, result
        assert result.stdout.startswith(said)
        assert _last_event(plan_file, "stc")["status"] == code


def test_a_status_filter_in_everyday_words(kh):
    kh("record", "1.3", "xong")
    for lang in ("vi", "en"):
        result = kh("list", "--status", "đã xong", "--format", "json", lang=lang)
        assert result.exit_code == 0, result
        assert [row["id"] for row in json.loads(result.stdout)] == ["1.3"]


@pytest.mark.parametrize(
    ("word", "role"),
    [("chủ trì", "lead"), ("phoi hop", "support"), ("phối hợp", "support"), ("tất cả", "all")],
)
def test_roles_in_vietnamese(kh, word, role):
    for lang in ("vi", "en"):
        typed = kh("list", "--agency", "stc", "--role", word, "--format", "csv", lang=lang)
        coded = kh("list", "--agency", "stc", "--role", role, "--format", "csv", lang=lang)
        assert typed.exit_code == 0, typed
        assert typed.stdout == coded.stdout


def test_an_unknown_role_names_the_words_in_each_language(kh):
    vi = kh("list", "--agency", "stc", "--role", "ai cũng được")
    en = kh("list", "--agency", "stc", "--role", "anyone", lang="en")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "Vai trò không hợp lệ: 'ai cũng được'. Dùng 'chủ trì' (lead)" in vi.stderr
    assert "Invalid role: 'anyone'. Use lead ('chủ trì')" in en.stderr


def test_tất_cả_is_every_agency(kh):
    words = kh("list", "--agency", "tất cả", "--format", "json")
    group = kh("list", "--agency", "@all", "--format", "json")
    assert words.exit_code == 0, words
    assert words.stdout == group.stdout


@pytest.mark.parametrize("pasted", ["1.3.", "nhiệm vụ 1.3", "Nhiệm vụ 1.3", "mục 1.3", "NV 1.3"])
def test_task_ids_as_pasted_from_documents(kh, pasted):
    for lang in ("vi", "en"):
        shown = kh("show", pasted, "--format", "json", lang=lang)
        assert shown.exit_code == 0, shown
        assert json.loads(shown.stdout)["id"] == "1.3"
    assert kh("record", pasted, "xong").exit_code == 0


def test_short_options_mean_the_same_in_every_command(kh):
    assert kh("list", "-s", "quá hạn", "--format", "json").exit_code == 0
    added = kh("add", "N1", "-s", "1", "--text", "x", "--lead", "stc")
    assert added.exit_code == 2
    assert "-s" in added.stderr
    by_short = kh("reports", "-r", "bc-thang", "--format", "json")
    assert by_short.stdout == kh("reports", "--report", "bc-thang", "--format", "json").stdout
    submitted = kh("submit", "stc", "-r", "bc-thang", "-p", "T3/2021", "-d", "18/03/2021")
    assert submitted.exit_code == 0, submitted


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("ke hoach dau tu", "Sở Kế hoạch và Đầu tư"),
        ("sở thông tin truyền thông", "Sở Thông tin và Truyền thông"),
        ("Sở Tài nguyên Môi trường", "Sở Tài nguyên và Môi trường"),
        ("Công an tỉnh Hà Tĩnh", "Công an tỉnh"),
        ("giao duc dao tao", "Sở Giáo dục và Đào tạo"),
        ("tai chinhh", "Sở Tài chính"),
        ("Huong khee", "UBND huyện Hương Khê"),
        ("ｓｔｃ", "Sở Tài chính"),
    ],
)
def test_a_write_prints_the_full_name_of_the_agency_found(kh, typed, name):
    for lang, said in (("vi", "Đã ghi: "), ("en", "Recorded: ")):
        result = kh("submit", typed, "--period", "T3/2021", "--correct", lang=lang)
        assert result.exit_code == 0, result
        assert result.stdout.startswith(f"{said}{name} ")


def test_kỳ_anh_stays_ambiguous_in_each_language(kh):
    vi = kh("list", "--agency", "Ky Anh")
    en = kh("list", "--agency", "Ky Anh", lang="en")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "khớp với nhiều đơn vị" in vi.stderr and "matches several agencies" in en.stderr
    for said in (vi.stderr, en.stderr):
        assert "ubnd-tx-ky-anh: UBND thị xã Kỳ Anh" in said
        assert "ubnd-ky-anh: UBND huyện Kỳ Anh" in said


def test_a_look_alike_letter_is_refused_in_each_language(kh, plan_file):
    before = plan_file.read_bytes()
    vi = kh("record", "1.3", "xong", "--agency", "ѕtc")
    en = kh("record", "1.3", "xong", "--agency", "ѕtc", lang="en")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "chữ cái Kirin hoặc Hy Lạp" in vi.stderr
    assert "Cyrillic or Greek letters" in en.stderr
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [["list"], ["deadlines"], ["overdue"], ["history"], ["summary"], ["reports"]],
)
def test_a_read_shows_the_agency_it_found_above_its_table(kh, command):
    for lang, line in (
        ("vi", "Đơn vị: Sở Kế hoạch và Đầu tư (skhdt)\n\n"),
        ("en", "Agency: Sở Kế hoạch và Đầu tư (skhdt)\n\n"),
    ):
        result = kh(*command, "--agency", "ke hoach dau tu", lang=lang)
        assert result.exit_code in (0, 1), result
        assert result.stdout.startswith(line)
        as_json = kh(*command, "--agency", "ke hoach dau tu", "--format", "json", lang=lang)
        assert as_json.stdout.startswith(("[", "{"))
