"""``kehoach import``: a plan file drafted from a document (.txt, .docx) or a table (.xlsx).

The parsing is pure: ``text`` (structure), ``who`` (lead and support), ``when``
(deadlines, reports, cited documents), ``xlsx`` and ``tables`` (task tables),
``draft`` (the plan being built), ``emit`` (the plan file). ``read`` reads the
files; python-docx and openpyxl are imported only when such a file is read.
"""
