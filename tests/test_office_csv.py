"""CSV people can open: ``--labels vi`` (the default of ``export csv``) gives
Vietnamese headers, full agency names, states in words and numbers as numbers;
``--labels codes`` (the default of ``--format csv``) the stable keys."""

from __future__ import annotations

import csv
import io
import json

TODAY = ("--today", "05/04/2021")


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_export_csv_summary_is_in_words_with_numbers_and_no_boolean(cli):
    text = cli(*TODAY, "export", "csv", "--what", "summary").stdout
    rows = rows_of(text)
    scores = json.loads(cli(*TODAY, "summary", "--format", "json").stdout)
    assert list(rows[0])[:3] == ["Đơn vị", "Nhiệm vụ chủ trì", "Hoàn thành đúng hạn"]
    assert "false" not in text and "true" not in text
    assert [r["Đơn vị"] for r in rows] == [s["name"] for s in scores]
    assert rows[-1]["Đơn vị"] == "Tổng cộng"
    for row, score in zip(rows, scores, strict=True):
        assert int(row["Nhiệm vụ chủ trì"]) == score["tasks"]
        rate = row["Tỷ lệ hoàn thành"]
        assert (float(rate) if rate else None) == score["completion_rate"]


def test_labels_codes_gives_the_stable_keys(cli):
    codes = cli(*TODAY, "export", "csv", "--what", "summary", "--labels", "codes").stdout
    assert codes == cli(*TODAY, "summary", "--format", "csv").stdout
    assert codes.lstrip("\ufeff").startswith("agency,name,tasks,")
    assert "true" not in codes and "false" not in codes  # the totals row has no agency key
    assert codes.splitlines()[-1].startswith(",Tổng cộng,")


def test_format_csv_in_words_on_request(cli):
    overdue = rows_of(cli(*TODAY, "overdue", "--format", "csv", "--labels", "vi").stdout)
    assert overdue[0]["Loại"] == "Báo cáo"
    assert overdue[0]["Đơn vị"] == "Sở Kế hoạch và Đầu tư"
    assert overdue[0]["Hạn"] == "20/01/2021" and overdue[0]["Số ngày quá hạn"] == "75"
    reports = rows_of(cli(*TODAY, "reports", "--format", "csv", "--labels", "vi").stdout)
    assert {r["Tình trạng"] for r in reports} == {"chưa nộp (quá hạn)", "chưa đến hạn"}


def test_export_csv_tasks_in_english(cli):
    rows = rows_of(cli(*TODAY, "--lang", "en", "export", "csv").stdout)
    assert rows[0]["Status"] == "not started" and rows[0]["Timeliness"] == "ongoing"
