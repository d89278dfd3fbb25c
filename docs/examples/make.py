"""Regenerate the examples in this folder from the first quarter of 2021 replayed
on a copy of the real plan (the replay the tests use: tests/office_replay.py).

    python docs/examples/make.py

writes bao-cao-thang-03-2021.docx, bao-cao-quy-1-2021.html, cong-van/ (the
reminder to Sở Nội vụ of 25/03/2021), so-theo-doi.xlsx and,
when LibreOffice and poppler are installed, bao-cao-trang-1.png (the report's
first page, shown in the README).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.office_replay import invoke, replay  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        plan = replay(Path(work))
        file = ("--file", str(plan))
        report = HERE / "bao-cao-thang-03-2021.docx"
        invoke(*file, "report", "--period", "2021-03", "--today", "05/04/2021",
               "-o", str(report), "--force")  # fmt: skip
        page = HERE / "bao-cao-quy-1-2021.html"
        invoke(*file, "report", "--period", "2021-Q1", "--today", "05/04/2021",
               "--format", "html", "-o", str(page), "--force")  # fmt: skip
        letters = HERE / "cong-van"
        shutil.rmtree(letters, ignore_errors=True)
        invoke(*file, "--today", "25/03/2021", "remind", "snv", "-o", str(letters))
        invoke(*file, "--today", "05/04/2021", "export", "xlsx",
               "-o", str(HERE / "so-theo-doi.xlsx"))  # fmt: skip
        picture(report, HERE / "bao-cao-trang-1.png", Path(work))


def picture(document: Path, target: Path, work: Path) -> None:
    """The document's first page as a PNG (LibreOffice, then pdftoppm), if they are here."""
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None or shutil.which("pdftoppm") is None:
        print("LibreOffice or pdftoppm missing: the picture is left as it was.")
        return
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(work), str(document)],
        check=True,
        capture_output=True,
    )
    pdf = work / document.with_suffix(".pdf").name
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(target.with_suffix(""))],
        check=True,
    )


if __name__ == "__main__":
    main()
