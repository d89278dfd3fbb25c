"""The domain: the plan, working days and deadlines, periods, timeliness, compliance.

Plain data and functions. Nothing here reads files, runs processes, asks the
clock or knows a word of any language: today's date, the holiday calendar and
the words come from the layers above.
"""
