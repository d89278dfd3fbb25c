"""kehoach import: the seed document, its Word version, Excel task tables, and the command."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

from kehoach_cli.core.model import Agency, Plan, PlanInfo
from kehoach_cli.planfile.importer.draft import Builder
from kehoach_cli.planfile.importer.read import catalogue, from_paragraphs, import_source
from kehoach_cli.planfile.importer.text import join_page_breaks, outline
from kehoach_cli.planfile.importer.when import deadline, documents, duties, unread_deadline
from kehoach_cli.planfile.importer.who import who
from kehoach_cli.planfile.load import PlanSource, load, sample_path
from tests.conftest import REAL_PLAN

SEED_NAME = "000_2c9fae8ba58c7bbf.txt"
SEEDS = (
    Path(__file__).resolve().parents[2] / "shared" / "seeds" / SEED_NAME,
    Path("/work/shared/seeds") / SEED_NAME,
)
SEED = next((p for p in SEEDS if p.is_file()), SEEDS[0])
needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"source document not at {SEED}")


@pytest.fixture(scope="module")
def sample() -> Plan:
    return load(PlanSource(sample_path(), embedded=True))[0]


def parsed(text: str) -> dict:
    return tomllib.loads(text)


def valid(cli, path: Path) -> None:
    result = cli("--file", str(path), "validate")
    assert result.exit_code == 0, result


# --- the seed document ---------------------------------------------------------------


@needs_seed
def test_seed_import_matches_the_hand_made_plan(sample, cli, tmp_path):
    text, counts = import_source(SEED, sample)
    (tmp_path / "imported.toml").write_text(text, encoding="utf-8")
    valid(cli, tmp_path / "imported.toml")
    got = parsed(text)
    want = tomllib.loads(REAL_PLAN.read_text(encoding="utf-8"))
    mine = {t["id"]: t for t in got["tasks"]}
    theirs = {t["id"]: t for t in want["tasks"]}
    same_text = sum(mine[i]["text"] == t["text"] for i, t in theirs.items() if i in mine)

    def roles(task: dict) -> tuple:
        return task["lead"], task.get("support", [])

    same_who = sum(roles(mine[i]) == roles(t) for i, t in theirs.items() if i in mine)
    reports = {
        (r["id"], r["rrule"], r["period"], tuple(r["from"]), tuple(r["to"]), r["task"])
        for r in got["reports"]
    }
    wanted = {
        (r["id"], r["rrule"], r["period"], tuple(r["from"]), tuple(r["to"]), r["task"])
        for r in want["reports"]
    }
    print(
        f"\nseed import: {len(mine)} tasks (hand-made plan {len(theirs)}); "
        f"same ids in order: {list(mine) == list(theirs)}; same text: {same_text}; "
        f"same lead and support: {same_who} ({same_who / len(theirs):.0%}); "
        f"II.1.2 due: {mine['II.1.2'].get('due')}; reports matching: {len(reports & wanted)}/2; "
        f"summary: {counts}"
    )
    assert list(mine) == list(theirs)
    assert same_text >= 87
    assert same_who >= 0.9 * len(theirs)
    assert mine["II.1.2"]["due"] == datetime.date(2021, 1, 31)
    assert reports == wanted
    assert counts["tasks"] == 89 and counts["reports"] == 2


@needs_seed
def test_the_word_version_of_the_seed_gives_the_same_plan(sample, tmp_path):
    import docx

    document = docx.Document()
    for block in SEED.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip()
        if not block:
            continue
        numbered = block[0].isdigit() and not block.startswith("- ")
        document.add_paragraph(block, style="Heading 2" if numbered else None)
    path = tmp_path / "chuong-trinh.docx"
    document.save(str(path))
    from_word, _ = import_source(path, sample)
    from_text, _ = import_source(SEED, sample)
    assert parsed(from_word) == parsed(from_text)


# --- structure, who, when: general patterns ---------------------------------------------


def test_page_breaks_join_a_sentence_cut_in_two():
    items = ["- Đẩy mạnh thực hiện Cuộc", "vận động người Việt Nam.", "- Tiếp theo."]
    assert join_page_breaks(items) == [
        "- Đẩy mạnh thực hiện Cuộc vận động người Việt Nam.",
        "- Tiếp theo.",
    ]


def test_structure_of_a_plan_with_parts_headings_bullets_and_paragraph_tasks():
    found = outline(
        [
            "1. Phát triển kinh tế",
            "1.1. Sở Tài chính chủ trì:",
            "- Việc một.",
            "+ ý phụ của việc một;",
            "a) Việc hai.",
            "1.2. Sở Xây dựng rà soát quy hoạch.",
            "Phần thứ hai",
            "TỔ CHỨC THỰC HIỆN",
            "1. Văn phòng UBND tỉnh theo dõi, đôn đốc.",
        ]
    )
    assert [(t.id, t.section) for t in found.tasks] == [
        ("1.1.1", "1.1"),
        ("1.1.2", "1.1"),
        ("1.2", "1"),
        ("II.1", "II"),
    ]
    assert found.tasks[0].text == "Việc một.\n+ ý phụ của việc một;"
    assert ("II", "TỔ CHỨC THỰC HIỆN") in [(s.id, s.title) for s in found.sections]


def test_who_reads_common_administrative_phrasings(sample):
    known = Builder(sample, catalogue(), 2021).known
    said = who(known, "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, UBND cấp huyện")
    assert (said.lead, said.support) == (["stc"], ["sxd", "@districts"])
    said = who(known, "Các Sở: Ngoại vụ, Y tế; các ngành, địa phương liên quan:")
    assert (said.lead, said.support) == (["sngv", "syt"], ["@all"])
    said = who(known, "Các sở, ban, ngành, địa phương thực hiện")
    assert (said.lead, said.support) == (["@all"], [])
    said = who(known, "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh vận động")
    assert said.request and said.lead == ["ubmttq"]


def test_a_name_no_agency_has_becomes_a_new_agency_with_a_check(sample):
    builder = Builder(sample, catalogue(), 2026)
    said = who(builder.known, "Sở Nông nghiệp và Môi trường chủ trì, phối hợp Sở Du Lịch Biển:")
    assert said.lead == ["snnmt"]  # from the catalogue of the 2025 reorganisation
    assert len(said.support) == 1 and said.support[0] not in sample.agencies
    assert said.support_checks and "Du Lịch Biển" in said.support_checks[0]
    assert set(builder.draft.new_agencies) == {"snnmt", said.support[0]}


def test_deadlines_reports_and_cited_documents():
    start, end = datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)
    assert deadline("hoàn thành trong tháng 6/2021.", 2021, start, end)[0] == "2021-06"
    assert deadline("Hoàn thành trong Quý II/2021", 2021, start, end)[0] == "2021-Q2"
    assert deadline("trình trong 6 tháng đầu năm", 2021, start, end)[0] == "2021-H1"
    assert deadline("đất sử dụng trước 18/12/1980", 2021, start, end)[0] is None
    assert deadline("hoàn thành trong năm 2021", 2021, start, end)[0] == "2021"
    assert unread_deadline("hoàn thành trước Tết Nguyên đán") == "hoàn thành trước Tết Nguyên đán"
    text = "báo cáo trước ngày 15 hàng tháng; báo cáo năm gửi trước ngày 05/12/2021."
    assert [(d.period, d.rrule) for d in duties(text)] == [
        ("month", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("year", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5"),
    ]
    assert deadline(text, 2021, start, end)[0] is None
    assert documents("theo Quyết định số 807/QĐ-TTg ngày 03/7/2018 của Thủ tướng") == [
        "Quyết định số 807/QĐ-TTg ngày 03/7/2018"
    ]


def test_a_plan_with_no_known_agencies_still_validates(cli, tmp_path):
    empty = Plan(info=PlanInfo("x", "", datetime.date.min, datetime.date.max))
    one = Agency("vpubnd", "Văn phòng UBND tỉnh", "VP UBND", "office")
    empty.agencies["vpubnd"] = one
    draft = from_paragraphs(
        [
            "1. Nhiệm vụ năm 2026",
            "- Sở Du lịch chủ trì xây dựng đề án; hoàn thành trong Quý III/2026.",
        ],
        empty,
    )
    from kehoach_cli.planfile.importer.emit import plan_text

    path = tmp_path / "kh.toml"
    path.write_text(plan_text(draft, "kh.txt"), encoding="utf-8")
    valid(cli, path)
    task = parsed(path.read_text(encoding="utf-8"))["tasks"][0]
    assert task["due"] == "2026-Q3" and task["lead"] == ["sdl"]


# --- Excel task tables ---------------------------------------------------------------------


def _two_header_rows(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Hướng dẫn"
    book.active["A1"] = "Xem trang sau"
    sheet = book.create_sheet("Danh mục đề án 2026")
    sheet["A1"] = "DANH MỤC ĐỀ ÁN TRÌNH UBND TỈNH NĂM 2026"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(
        ["STT", "TÊN VĂN BẢN", "Cơ quan thực hiện", None, "Thời gian hoàn thành", "Ghi chú"]
    )
    sheet.append([None, None, "Chủ trì", "Phối hợp", None, None])
    for cells in ("C3:D3", "A3:A4", "B3:B4", "E3:E4", "F3:F4"):
        sheet.merge_cells(cells)
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    sheet.append(
        [
            1,
            "Đề án phát triển du lịch",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Tài chính; UBND các huyện, thành phố, thị xã",
            datetime.datetime(2026, 5, 31),
            None,
        ]
    )
    sheet.append(
        [
            2,
            "Quy định quản lý cụm công nghiệp",
            "Sở Công Thương",
            "Sở Xây dựng, Sở Nông nghiệp và Môi trường",
            "Quý IV/2026",
            None,
        ]
    )
    sheet.append(
        [
            3,
            "Kế hoạch chuyển đổi số",
            "Sở Khoa học và Công nghệ",
            None,
            "Tháng 02/2026",
            "Trình HĐND",
        ]
    )
    sheet.append(
        [
            4,
            "Đề án sắp xếp đơn vị sự nghiệp",
            "Sở Nội vụ",
            "Các sở, ban, ngành",
            "Sau khi có hướng dẫn của Bộ",
            None,
        ]
    )
    sheet.append(
        [
            5,
            "Chương trình hỗ trợ doanh nghiệp",
            "Trung tâm Xúc tiến Thương mại tỉnh",
            None,
            "31/5/2026",
            None,
        ]
    )
    book.save(str(path))


def _section_rows(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["stt", "nội dung nhiệm vụ", "đơn vị chủ trì", "đơn vị phối hợp", "thời hạn"])
    sheet.append(["I", "LĨNH VỰC KINH TẾ", None, None, None])
    sheet.append(
        [1, "Xây dựng kế hoạch đầu tư công", "Sở Tài chính", "Các sở, ban, ngành", "Tháng 3/2026"]
    )
    sheet.append([2, "Rà soát quy hoạch", "Sở Xây dựng", None, datetime.date(2026, 6, 30)])
    sheet.append(["II", "LĨNH VỰC XÃ HỘI", None, None, None])
    sheet.append(
        [
            1,
            "Nâng cao chất lượng giáo dục",
            "Sở Giáo dục và Đào tạo",
            "UBND cấp huyện",
            "6 tháng đầu năm 2026",
        ]
    )
    book.save(str(path))


def test_excel_table_with_two_header_rows_and_merged_cells(sample, cli, tmp_path):
    source = tmp_path / "de-an.xlsx"
    _two_header_rows(source)
    text, counts = import_source(source, sample)
    (tmp_path / "kh.toml").write_text(text, encoding="utf-8")
    valid(cli, tmp_path / "kh.toml")
    tasks = {t["id"]: t for t in parsed(text)["tasks"]}
    assert list(tasks) == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert (tasks["1.1"]["lead"], tasks["1.1"]["support"]) == (["svhttdl"], ["stc", "@districts"])
    assert tasks["1.1"]["due"] == datetime.date(2026, 5, 31)
    assert tasks["1.2"]["support"] == ["sxd", "snnmt"] and tasks["1.2"]["due"] == "2026-Q4"
    assert tasks["1.3"]["due"] == "2026-02" and tasks["1.3"]["note"] == "Trình HĐND"
    assert "due" not in tasks["1.4"] and "Sau khi có hướng dẫn" in tasks["1.4"]["note"]
    assert "# kiểm tra: thời hạn «Sau khi có hướng dẫn của Bộ»" in text
    assert tasks["1.5"]["due"] == datetime.date(2026, 5, 31)
    assert tasks["1.5"]["lead"][0] not in sample.agencies  # a new agency, to check
    assert counts == {
        "tasks": 5,
        "with_lead": 5,
        "with_due": 4,
        "reports": 0,
        "new_agencies": 2,
        "checks": counts["checks"],
    }


def test_excel_table_with_section_rows(sample, cli, tmp_path):
    source = tmp_path / "nhiem-vu.xlsx"
    _section_rows(source)
    text, _ = import_source(source, sample)
    (tmp_path / "kh.toml").write_text(text, encoding="utf-8")
    valid(cli, tmp_path / "kh.toml")
    plan = parsed(text)
    assert plan["sections"] == {"I": "LĨNH VỰC KINH TẾ", "II": "LĨNH VỰC XÃ HỘI"}
    tasks = {t["id"]: t for t in plan["tasks"]}
    assert [(i, t["section"], t["lead"], t["due"]) for i, t in tasks.items()] == [
        ("I.1", "I", ["stc"], "2026-03"),
        ("I.2", "I", ["sxd"], datetime.date(2026, 6, 30)),
        ("II.1", "II", ["sgddt"], "2026-H1"),
    ]
    assert tasks["II.1"]["support"] == ["@districts"]


# --- the commands ----------------------------------------------------------------------------


@needs_seed
def test_import_writes_to_stdout_and_the_summary_to_stderr(cli):
    result = cli("import", str(SEED))
    assert result.exit_code == 0, result
    assert result.stdout.startswith("# ")
    assert "89 nhiệm vụ" in result.stderr and "2 báo cáo định kỳ" in result.stderr
    english = cli("--lang", "en", "import", str(SEED))
    assert "89 tasks" in english.stderr and "items to check" in english.stderr


def test_import_output_is_never_overwritten(cli, tmp_path):
    source = tmp_path / "kh.txt"
    source.write_text("1. Nhiệm vụ năm 2021\n- Sở Tài chính chủ trì rà soát.\n", encoding="utf-8")
    target = tmp_path / "kh.toml"
    first = cli("import", str(source), "-o", str(target))
    assert first.exit_code == 0, first
    valid(cli, target)
    before = target.read_bytes()
    again = cli("import", str(source), "-o", str(target))
    assert again.exit_code == 2 and "không ghi đè" in again.stderr and "-o" in again.stderr
    assert target.read_bytes() == before


def test_import_refuses_other_kinds_of_file(cli, tmp_path):
    source = tmp_path / "kh.pdf"
    source.write_bytes(b"%PDF")
    result = cli("import", str(source))
    assert result.exit_code == 2 and ".docx" in result.stderr


def test_import_into_a_plan_uses_its_agencies(cli, tmp_path):
    source = tmp_path / "kh.txt"
    source.write_text("1. Năm 2021\n- Sở Tài chính chủ trì rà soát.\n", encoding="utf-8")
    result = cli("import", str(source), "--into", str(REAL_PLAN), "--year", "2021")
    assert result.exit_code == 0, result
    assert parsed(result.stdout)["tasks"][0]["lead"] == ["stc"]


def test_init_blank_writes_a_skeleton_that_validates(cli, tmp_path):
    result = cli("--today", "05/01/2026", "init", "--blank", str(tmp_path / "kh"))
    assert result.exit_code == 0, result
    target = tmp_path / "kh" / "data" / "tasks.toml"
    valid(cli, target)
    text = target.read_text(encoding="utf-8")
    assert 'due = "2026-Q2"' in text and "[[reports]]" in text and "[[tasks]]" in text


@needs_seed
def test_init_from_a_document_runs_the_importer(cli, tmp_path):
    result = cli("init", "--from", str(SEED), str(tmp_path / "kh"))
    assert result.exit_code == 0, result
    valid(cli, tmp_path / "kh" / "data" / "tasks.toml")
    assert "89 nhiệm vụ" in result.stderr


def test_the_head_and_foot_of_a_document_fill_the_plan_table(sample):
    items = [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG TRỊ",
        "KẾ HOẠCH",
        "Thực hiện chuyển đổi số năm 2026",
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;",
        "I. NHIỆM VỤ",
        "1. Sở Khoa học và Công nghệ chủ trì, phối hợp Sở Du lịch xây dựng đề án.",
        "2. Các sở, ban, ngành, địa phương báo cáo trước ngày 15 hàng tháng.",
        "Nơi nhận:",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Lê Văn B",
    ]
    draft = from_paragraphs(items, sample)
    info = draft.info
    assert info["title"] == "Kế hoạch thực hiện chuyển đổi số năm 2026"
    assert info["issuer"] == "Ủy ban nhân dân tỉnh Quảng Trị"
    assert (info["signer"], info["signer_title"]) == ("Lê Văn B", "Phó Chủ tịch")
    assert info["based_on"] == ["Nghị quyết số 57-NQ/TW ngày 22/12/2024"]
    assert [(t.id, t.lead) for t in draft.tasks] == [("I.1", ["skhcn"]), ("I.2", ["@all"])]
    assert "Sở Du lịch" in draft.tasks[0].checks["support"]
    assert [(r.id, r.rrule, r.task) for r in draft.reports] == [
        ("bc-thang", "FREQ=MONTHLY;BYMONTHDAY=15", "I.2")
    ]


def test_a_word_document_with_a_task_table(sample, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("DANH MỤC NHIỆM VỤ NĂM 2026")
    table = document.add_table(rows=1, cols=4)
    for cell, header in zip(
        table.rows[0].cells, ("STT", "Nội dung", "Cơ quan chủ trì", "Thời hạn"), strict=True
    ):
        cell.text = header
    for row in (
        ("1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý I/2026"),
        ("2", "Xây dựng kho dữ liệu", "Sở Khoa học và Công nghệ", "30/9/2026"),
    ):
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    path = tmp_path / "danh-muc.docx"
    document.save(str(path))
    tasks = parsed(import_source(path, sample)[0])["tasks"]
    assert [(t["lead"], t["due"]) for t in tasks] == [
        (["stp"], "2026-Q1"),
        (["skhcn"], datetime.date(2026, 9, 30)),
    ]
