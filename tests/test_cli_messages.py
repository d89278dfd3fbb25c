"""Mistakes reported by the command line read in the language asked for (--lang)."""

from __future__ import annotations

import pytest

from tests.conftest import REAL_PLAN

CASES = {
    "unknown agency": (
        ["list", "--agency", "xyzabc"],
        "Lỗi: Không tìm thấy đơn vị 'xyzabc'.\nXem danh sách bằng lệnh 'kehoach agencies'.\n",
        "Error: No agency 'xyzabc' was found.\nSee the list with 'kehoach agencies'.\n",
    ),
    "record of an unknown task": (
        ["record", "99.99", "done", "--agency", "stc"],
        "Lỗi: Không có nhiệm vụ mã '99.99'. Có phải: 9.2? Xem danh sách bằng 'kehoach list'.\n",
        "Error: No task '99.99'. Did you mean 9.2? See 'kehoach list'.\n",
    ),
    "submit of an unknown report": (
        ["submit", "stc", "--report", "nope"],
        "Lỗi: Không có báo cáo 'nope'. Các báo cáo: bc-thang",
        "Error: There is no report 'nope'. The reports: bc-thang",
    ),
    "a control character in a note": (
        ["record", "1.3", "done", "--agency", "stc", "--note", "a\x01b"],
        "Lỗi: Ghi chú (--note) chứa ký tự không ghi được vào tệp "
        "(ký tự điều khiển hoặc ký tự ẩn U+0001).",
        "Error: The note (--note) contains a character that cannot be written to the file "
        "(control or invisible character U+0001).",
    ),
    "add with a task ID in use": (
        ["add", "1.3", "--section", "1", "--text", "x", "--lead", "stc"],
        "Lỗi: Mã nhiệm vụ '1.3' đã có (nhiệm vụ 1.3); chọn mã khác.\n",
        "Error: Task ID '1.3' is already taken (task 1.3); choose another.\n",
    ),
    "add into an unknown section": (
        ["add", "9.9.9", "--section", "1.99", "--text", "x", "--lead", "stc"],
        "Lỗi: Mục '1.99' chưa có trong [sections]. Có phải: 1.2, 1.1, 10.2? Thêm mục vào tệp "
        "trước, hoặc chọn một mục đã có.\n",
        "Error: Section '1.99' is not in [sections]. Did you mean 1.2, 1.1, 10.2? Add the "
        "section to the file first, or choose an existing one.\n",
    ),
    "add due outside the plan": (
        ["add", "9.9.9", "--section", "1", "--text", "x", "--lead", "stc", "--due", "01/01/2030"],
        "Lỗi: Hạn 01/01/2030 nằm ngoài thời gian của kế hoạch (01/01/2021–31/12/2021).\n",
        "Error: Due date 01/01/2030 is outside the plan's period (01/01/2021–31/12/2021).\n",
    ),
}


@pytest.mark.parametrize(("args", "vi", "en"), CASES.values(), ids=CASES.keys())
def test_an_error_reads_in_each_language(cli, plan_file, args, vi, en):
    for lang, expected in (("vi", vi), ("en", en)):
        result = cli("--lang", lang, "--file", str(plan_file), *args)
        assert result.exit_code == 2, result
        assert result.stderr.startswith(expected), result
    assert "Lỗi" not in result.stderr


def test_init_into_an_existing_plan(cli, plan_file):
    folder = plan_file.parent.parent
    vi = cli("init", str(folder))
    en = cli("--lang", "en", "init", str(folder))
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert vi.stderr == f"Lỗi: Tệp {plan_file} đã có; không ghi đè. Chọn thư mục khác.\n"
    assert en.stderr == (
        f"Error: {plan_file} already exists; not overwriting it. Choose another folder.\n"
    )


def test_export_into_a_folder(cli, plan_file, tmp_path):
    vi = cli("--file", str(plan_file), "export", "ics", "-o", str(tmp_path))
    en = cli("--lang", "en", "--file", str(plan_file), "export", "ics", "-o", str(tmp_path))
    example = tmp_path / "han.ics"
    assert vi.stderr == f"Lỗi: {tmp_path} là một thư mục; hãy ghi tên tệp, ví dụ {example}.\n"
    assert en.stderr == f"Error: {tmp_path} is a folder; give a file name, for example {example}.\n"


def test_a_bad_today_is_a_usage_error_in_each_language(cli):
    vi = cli("--today", "32/01/2021", "list")
    en = cli("--lang", "en", "--today", "32/01/2021", "list")
    assert (vi.exit_code, en.exit_code) == (2, 2)
    assert "Ngày không tồn tại: '32/01/2021'." in vi.stderr
    assert "No such date: '32/01/2021'." in en.stderr


def test_merge_conflicts_read_in_each_language(cli, tmp_path):
    plan = REAL_PLAN.read_text(encoding="utf-8")
    start = plan.index("text = ", plan.index('id = "1.3"'))
    base = tmp_path / "base.toml"
    base.write_text(plan, encoding="utf-8")
    for lang, side in (("vi", "AAA"), ("en", "BBB")):
        ours, theirs = tmp_path / f"ours-{lang}.toml", tmp_path / "theirs.toml"
        ours.write_text(f'{plan[:start]}text = "{side} {plan[start + 8 :]}', encoding="utf-8")
        theirs.write_text(f'{plan[:start]}text = "CCC {plan[start + 8 :]}', encoding="utf-8")
        result = cli("--lang", lang, "merge-driver", str(base), str(ours), str(theirs), "t.toml")
        assert result.exit_code == 2, result
        if lang == "vi":
            assert "t.toml: đã gộp, trừ 1 chỗ cần người quyết định" in result.stderr
            assert "xung đột ở nhiệm vụ 1.3 (dòng " in result.stderr
            assert "(bản của máy này ở trên, bản từ máy chủ ở dưới)" in result.stderr
        else:
            assert "t.toml: merged, except for places a person must decide: 1." in result.stderr
            assert "conflict in task 1.3 (lines " in result.stderr
            assert "(this machine's version above, the version from the server below)" in (
                result.stderr
            )
            assert "bản" not in result.stderr
