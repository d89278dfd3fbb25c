"""The Office's documents: the periodic report and reminder letters (Word), the
workbook (Excel) and the web page for leadership.

Builders take core results and return a document object, a filled workbook or
text; the command line saves them. python-docx and XlsxWriter are imported only
by the modules that need them, which only the commands that write such files load.
"""
