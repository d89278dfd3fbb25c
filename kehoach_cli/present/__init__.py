"""What people read: labels in Vietnamese and English, tables, JSON/CSV/Markdown, iCalendar.

Turns the core's results into text; reads no files.
"""
