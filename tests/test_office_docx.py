"""``report`` and ``remind`` as Word documents, read back with python-docx: the form
of Nghị định 30/2020 (page, fonts, header block, page numbers, Nơi nhận) and
every figure against the JSON of summary, reports, overdue and check for the
same plan and day (the first quarter of 2021 replayed through the CLI)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from kehoach_cli.present.labels import t
from kehoach_cli.present.office.word import rate_text
from kehoach_cli.present.wording import format_date
from tests.office_replay import as_json, invoke, replay, summary_total

# These tests read what the messages say: one message a line (conftest's wide_terminal).
pytestmark = pytest.mark.usefixtures("wide_terminal")


TODAY = "05/04/2021"


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return replay(tmp_path_factory.mktemp("office"))


def report(plan: Path, period: str, *extra: str, today: str | None = TODAY) -> DocumentObject:
    target = plan.parent / f"report-{period}-{len(extra)}.docx"
    days = ("--today", today) if today else ()
    invoke("--file", str(plan), *extra, "report", "--period", period, *days, "-o", str(target),
           "--force")  # fmt: skip
    return docx.Document(str(target))


def text_of(doc: DocumentObject) -> str:
    """Every paragraph, those in tables too, one per line."""
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                lines += [p.text for p in cell.paragraphs]
    return "\n".join(lines)


def size(paragraph) -> float:
    return paragraph.runs[0].font.size.pt


# --- the form -------------------------------------------------------------------------


def test_the_page_is_a4_portrait_with_the_decree_s_margins(plan):
    section = report(plan, "2021-03").sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    assert section.page_width < section.page_height
    assert Mm(20) <= section.top_margin <= Mm(25)
    assert Mm(20) <= section.bottom_margin <= Mm(25)
    assert Mm(30) <= section.left_margin <= Mm(35)
    assert Mm(15) <= section.right_margin <= Mm(20)


def test_body_paragraphs_are_times_new_roman_justified_and_indented(plan):
    doc = report(plan, "2021-03")
    assert doc.styles["Normal"].font.name == "Times New Roman"
    justified = [p for p in doc.paragraphs if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert len(justified) > 8
    for p in justified:
        fmt = p.paragraph_format
        assert Cm(1) <= fmt.first_line_indent <= Cm(1.27) + 1
        assert fmt.space_after >= Pt(6)
        for run in p.runs:
            assert run.font.name == "Times New Roman"
            assert 13 <= run.font.size.pt <= 14


def test_page_numbers_at_the_top_from_the_second_page(plan):
    section = report(plan, "2021-03").sections[0]
    assert section.different_first_page_header_footer
    header = section.header
    fields = header._element.findall(".//" + qn("w:fldSimple"))
    assert [f.get(qn("w:instr")).strip() for f in fields] == ["PAGE"]
    assert header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not section.first_page_header._element.findall(".//" + qn("w:fldSimple"))


def test_the_header_block_is_a_borderless_two_column_table(plan):
    doc = report(plan, "2021-03")
    table = doc.tables[0]
    assert len(table.columns) == 2
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    (left, right), (number, dated) = (row.cells for row in table.rows)
    body, office = left.paragraphs[0], left.paragraphs[1]
    assert (body.text, office.text) == ("UBND TỈNH HÀ TĨNH", "VĂN PHÒNG")
    assert office.runs[0].bold and 12 <= size(office) <= 13
    nation, motto = right.paragraphs[0], right.paragraphs[1]
    assert nation.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert nation.runs[0].bold and 12 <= size(nation) <= 13
    assert motto.text == "Độc lập - Tự do - Hạnh phúc"
    assert motto.runs[0].bold and motto.runs[0].underline and 13 <= size(motto) <= 14
    assert number.paragraphs[0].text == "Số: …/BC-VP"
    place = dated.paragraphs[0]
    assert place.text == "Hà Tĩnh, ngày 05 tháng 04 năm 2021"
    assert place.runs[0].italic and 13 <= size(place) <= 14


@pytest.mark.parametrize(
    ("period", "span"),
    [
        ("2021-03", "tháng 3/2021"),
        ("2021-Q1", "quý I/2021"),
        ("2021-H1", "6 tháng đầu năm 2021"),
        ("2021", "năm 2021"),
    ],
)
def test_the_title_names_the_period(plan, period, span):
    doc = report(plan, period)
    paragraphs = [p for p in doc.paragraphs if p.text]
    kind = next(p for p in paragraphs if p.text == "BÁO CÁO")
    subject = paragraphs[paragraphs.index(kind) + 1]
    assert subject.text == (
        f"Tình hình thực hiện Chương trình công tác năm 2021 của UBND tỉnh Hà Tĩnh, {span}"
    )
    assert kind.runs[0].bold and subject.runs[0].bold


def test_the_recipients_and_the_signature(plan):
    doc = report(plan, "2021-03")
    left, right = doc.tables[-1].rows[0].cells
    heading, *entries = left.paragraphs
    assert heading.text == "Nơi nhận:"
    assert heading.runs[0].bold and heading.runs[0].italic and size(heading) == 12
    assert all(size(p) == 11 for p in entries)
    assert entries[-1].text.startswith("- Lưu: VT, ")
    assert right.paragraphs[0].text == "CHÁNH VĂN PHÒNG"
    assert [p.text for p in right.paragraphs[1:]] == ["", "", "", ""]  # left to sign


def test_the_day_defaults_to_the_period_s_last_day(plan):
    doc = report(plan, "2021-03", today=None)
    assert "Hà Tĩnh, ngày 31 tháng 03 năm 2021" in text_of(doc)


# --- the figures ----------------------------------------------------------------------


@pytest.mark.parametrize("period", ["2021-03", "2021-Q1"])
def test_section_one_has_the_summary_s_figures(plan, period):
    text = text_of(report(plan, period))
    total = summary_total(plan, TODAY)
    overdue = as_json(plan, TODAY, "overdue")
    dated = total["done_on_time"] + total["done_late"] + total["on_track"] + total["overdue"]
    over_30 = sum(1 for r in overdue if r["kind"] == "task" and r["days_overdue"] > 30)
    expected = [
        t("off.report.tasks", "vi", tasks=total["tasks"], dated=dated,
          ongoing=total["ongoing"], cancelled=total["cancelled"]),
        t("off.report.dated", "vi", done_on_time=total["done_on_time"],
          done_late=total["done_late"], on_track=total["on_track"], overdue=total["overdue"],
          over_30=over_30, blocked=total["blocked"]),
        t("off.report.due_rates", "vi", due_so_far=total["due_so_far"],
          on_time_so_far=total["on_time_so_far"],
          completion=rate_text(total["completion_rate"], "vi"),
          on_time=rate_text(total["on_time_rate"], "vi")),
        t("off.report.all_rates", "vi", dated=dated,
          completion=rate_text((total["done_on_time"] + total["done_late"]) / dated, "vi"),
          on_time=rate_text(total["done_on_time"] / dated, "vi")),
    ]  # fmt: skip
    for line in expected:
        assert line in text
    assert "Nhiệm vụ có thời hạn: hoàn thành đúng hạn 3; hoàn thành quá hạn 2;" in text


QUARTER = ["2021-01", "2021-02", "2021-03"]


@pytest.mark.parametrize(("period", "months"), [("2021-03", ["2021-03"]), ("2021-Q1", QUARTER)])
def test_section_two_names_who_sent_the_period_s_reports(plan, period, months):
    text = text_of(report(plan, period))
    rows = as_json(plan, TODAY, "reports")
    names = {r["key"]: r["name"] for r in as_json(plan, TODAY, "agencies")}
    for month in months:
        mine = [r for r in rows if r["period"] == month]
        counts = {s: sum(r["state"] == s for r in mine) for s in ("on_time", "late", "missing")}
        line = next(p for p in text.splitlines() if f"tháng {month[5:]}/2021 (hạn" in p)
        assert f"{counts['on_time']} đơn vị gửi đúng hạn" in line
        assert f"{counts['late']} đơn vị gửi trễ hạn" in line
        assert f"{counts['missing']} đơn vị chưa gửi" in line
        late = ", ".join(names[r["agency"]] for r in mine if r["state"] == "late")
        if late:
            assert f"Gửi trễ hạn: {late}." in text
    march = [r for r in rows if r["period"] == "2021-03"]
    assert {r["agency"] for r in march if r["state"] == "late"} == {"snv", "ubnd-huong-khe"}


def test_section_three_lists_the_overdue_tasks_by_agency(plan):
    doc = report(plan, "2021-03")
    overdue = [r for r in as_json(plan, TODAY, "overdue") if r["kind"] == "task"]
    table = doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["TT", "Nhiệm vụ", "Hạn", "Số ngày quá hạn"]
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    tasks = [r for r in rows if r[0].isdigit()]
    assert len(tasks) == len(overdue)
    shown = sorted((r[1].split(":")[0], r[2], r[3]) for r in tasks)
    wanted = sorted(
        (
            r["ref"],
            format_date(date.fromisoformat(r["effective_due"])),
            f"{r['days_overdue']} *" if r["days_overdue"] > 30 else str(r["days_overdue"]),
        )
        for r in overdue
    )
    assert shown == wanted
    assert any(r[3] == "21" for r in tasks)  # Q1.1 at Sở Nội vụ: 15/03 to 05/04
    assert any(r[3].endswith(" *") for r in tasks)  # II.1.2: 63 days


def test_section_four_lists_the_stale_tasks_as_check_does(plan):
    text = text_of(report(plan, "2021-03"))
    stale = as_json(plan, TODAY, "check")["stale"]
    by_agency: dict[str, int] = {}
    for row in stale:
        by_agency[row["agency"]] = by_agency.get(row["agency"], 0) + 1
    names = {r["key"]: r["name"] for r in as_json(plan, TODAY, "agencies")}
    for agency, n in by_agency.items():
        assert f"{names[agency]} ({n} nhiệm vụ): " in text
    assert "V. ĐỀ XUẤT, KIẾN NGHỊ" in text


# --- options and refusals -------------------------------------------------------------


def test_it_refuses_to_overwrite_without_force_and_never_writes_the_plan(cli, plan):
    target = plan.parent / "once.docx"
    args = ("--file", str(plan), "--today", TODAY, "report", "--period", "2021-03", "-o")
    assert cli(*args, str(target)).exit_code == 0
    again = cli(*args, str(target))
    assert again.exit_code == 2
    assert again.stderr.startswith("Lỗi: ") and "--force" in again.stderr
    before = plan.read_bytes()
    refused = cli(*args, str(plan), "--force")
    assert refused.exit_code == 2 and refused.stderr.startswith("Lỗi: ")
    assert plan.read_bytes() == before
    english = cli("--lang", "en", *args, str(target))
    assert english.exit_code == 2 and english.stderr.startswith("Error: ")


def test_a_template_gives_its_page_setup_and_styles(plan, tmp_path):
    template = docx.Document()
    template.sections[0].page_width = Mm(215.9)
    template.sections[0].page_height = Mm(279.4)
    template.styles["Normal"].font.name = "Cambria"
    template.add_paragraph("nội dung cũ của mẫu")
    path = tmp_path / "mau.docx"
    template.save(str(path))
    target = tmp_path / "out.docx"
    invoke("--file", str(plan), "report", "--period", "2021-03", "--today", TODAY,
           "--template", str(path), "-o", str(target))  # fmt: skip
    doc = docx.Document(str(target))
    assert abs(doc.sections[0].page_width - Mm(215.9)) < Mm(0.5)
    assert doc.styles["Normal"].font.name == "Cambria"
    assert "nội dung cũ của mẫu" not in text_of(doc)
    assert "BÁO CÁO" in text_of(doc)


def test_a_missing_template_is_a_plain_error(cli, plan, tmp_path):
    missing = str(tmp_path / "khong-co.docx")
    result = cli("--file", str(plan), "report", "--period", "2021-03",
                 "--template", missing, "-o", str(tmp_path / "x.docx"))  # fmt: skip
    assert result.exit_code == 2 and result.stderr.startswith("Lỗi: Không mở được mẫu")


def test_in_english(plan):
    text = text_of(report(plan, "2021-Q1", "--lang", "en"))
    assert "SOCIALIST REPUBLIC OF VIETNAM" in text
    assert "REPORT" in text and "Q1 2021" in text
    assert "Hà Tĩnh, 05/04/2021" in text


# --- remind ---------------------------------------------------------------------------


def test_remind_writes_a_letter_per_agency_that_owes_something(cli, plan, tmp_path):
    day = "25/03/2021"
    result = cli("--file", str(plan), "--today", day, "remind", "@all", "-o", str(tmp_path))
    assert result.exit_code == 0, result
    overdue = as_json(plan, day, "overdue")
    owing = {r["agency"] for r in overdue}
    written = {p.name for p in tmp_path.glob("*.docx")}
    assert written == {f"{a}-2021-03-25.docx" for a in owing}
    assert "stc-2021-03-25.docx" not in written  # Sở Tài chính owes nothing
    assert len(result.stdout.splitlines()) == len(owing)
    doc = docx.Document(str(tmp_path / "snv-2021-03-25.docx"))
    text = text_of(doc)
    assert "V/v đôn đốc thực hiện Chương trình công tác năm 2021 của UBND tỉnh Hà Tĩnh" in text
    assert "Kính gửi: Sở Nội vụ" in text
    for row in (r for r in overdue if r["agency"] == "snv"):
        assert f"quá hạn {row['days_overdue']} ngày" in text
    # five working days after Thursday 25/03/2021
    assert "trước ngày 01/04/2021" in text
    left, _ = doc.tables[-1].rows[0].cells
    assert left.paragraphs[1].text == "- Như trên;"
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert section.different_first_page_header_footer


def test_remind_takes_a_reply_by_day_and_writes_nothing_for_who_owes_nothing(cli, plan, tmp_path):
    day = "25/03/2021"
    args = ("--file", str(plan), "--today", day, "remind")
    result = cli(*args, "stc", "-o", str(tmp_path / "none"))
    assert result.exit_code == 0 and not (tmp_path / "none").exists()
    result = cli(*args, "snv", "-o", str(tmp_path), "--reply-by", "09/04/2021")
    assert result.exit_code == 0
    assert "trước ngày 09/04/2021" in text_of(docx.Document(str(tmp_path / "snv-2021-03-25.docx")))


def test_the_letterhead_comes_from_the_plan_s_keys(tmp_path):
    from tests.office_replay import REAL_PLAN

    plan = tmp_path / "tasks.toml"
    text = REAL_PLAN.read_text(encoding="utf-8")
    issuer = 'issuer = "Ủy ban nhân dân tỉnh Hà Tĩnh"\n'
    keys = (
        'issuer_short = "UBND huyện Can Lộc"\noffice = "Văn phòng HĐND và UBND"\n'
        'office_code = "VPHU"\nplace = "Can Lộc"\n'
    )
    plan.write_text(text.replace(issuer, issuer + keys, 1), encoding="utf-8")
    target = tmp_path / "r.docx"
    invoke("--file", str(plan), "report", "--period", "2021-03", "-o", str(target))
    (left, _), (number, dated) = (row.cells for row in docx.Document(str(target)).tables[0].rows)
    assert [p.text for p in left.paragraphs[:2]] == ["UBND HUYỆN CAN LỘC", "VĂN PHÒNG HĐND VÀ UBND"]
    assert number.paragraphs[0].text == "Số: …/BC-VPHU"
    assert dated.paragraphs[0].text == "Can Lộc, ngày 31 tháng 03 năm 2021"
