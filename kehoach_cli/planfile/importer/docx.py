"""Word documents: their paragraphs, and the rows of their tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def read_docx(path: Path) -> tuple[list[str], list[list[list[Any]]]]:
    """The text of each paragraph, and each table as rows of cell texts.

    A paragraph with line breaks inside (Shift+Enter) gives one paragraph per line.
    """
    import docx  # python-docx: only the import command needs it

    document = docx.Document(str(path))
    items = [line for p in document.paragraphs for line in p.text.splitlines()]
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return items, tables
