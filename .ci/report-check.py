#!/usr/bin/env python3
"""Checks the progress-report workbook with openpyxl, an independent reader
(issue 20): a sheet per part, counts as numbers, dates as dates, and on the
indicators sheet "reported before" + "this period" = "cumulative".

  report-check.py FILE
"""
import datetime as dt
import sys

import openpyxl


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def main(path):
    wb = openpyxl.load_workbook(path)
    if len(wb.worksheets) != 7:
        fail(f"{path}: {len(wb.worksheets)} sheets, expected 7")
    for ws in wb.worksheets:
        if ws.freeze_panes != "A2":
            fail(f"{path}: sheet {ws.title!r}: header not frozen")
    indicators = wb.worksheets[3]
    rows = list(indicators.iter_rows(min_row=2, values_only=True))
    if not rows:
        fail(f"{path}: no indicator")
    for row in rows:
        this, before, cumulative, target = row[3], row[4], row[5], row[6]
        for value in (this, before, cumulative, target):
            if not isinstance(value, (int, float)):
                fail(f"{path}: indicator {row[0]}: {value!r} is not a number")
        if this + before != cumulative:
            fail(f"{path}: indicator {row[0]}: {before} + {this} != {cumulative}")
    activities = wb.worksheets[0]
    dated = [r for r in activities.iter_rows(min_row=2, values_only=True) if r[3] is not None]
    if not dated or not all(isinstance(r[3], dt.datetime) for r in dated):
        fail(f"{path}: activity dates are not date cells")
    print(f"{path}: {len(wb.worksheets)} sheets, {len(rows)} indicators add up")


if __name__ == "__main__":
    main(sys.argv[1])
