#!/usr/bin/env python3
"""Checks CommPlan's XLSX exports with openpyxl, an independent reader
(run by crates/core/tests/spreadsheet_tools.rs under .ci/run).

  xlsx-check.py table FILE            date cells are dates, counts numbers,
                                      header frozen, autofilter on
  xlsx-check.py template FILE PARTNER the template's drop-down lists and
                                      the partner filled in
  xlsx-check.py fill IN OUT           fills three rows into the template
"""
import datetime as dt
import sys

import openpyxl


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def table(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    if ws.freeze_panes != "A2":
        fail(f"{path}: header not frozen ({ws.freeze_panes})")
    if not ws.auto_filter.ref:
        fail(f"{path}: no autofilter")
    header = [c.value for c in ws[1]]
    if not all(header):
        fail(f"{path}: empty header cell in {header}")
    dates = numbers = 0
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                dates += 1
                if cell.number_format != "yyyy-mm-dd":
                    fail(f"{path}: {cell.coordinate} date format {cell.number_format}")
            elif isinstance(cell.value, (int, float)):
                numbers += 1
            elif isinstance(cell.value, str) and cell.value[:4].isdigit() and cell.value[4:5] == "-" and len(cell.value) == 10:
                fail(f"{path}: {cell.coordinate} a date written as text: {cell.value}")
    print(f"{path}: {ws.max_row - 1} rows, {dates} date cells, {numbers} number cells")


def template(path, partner):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    lists = wb["Lists"]
    if lists.sheet_state != "hidden":
        fail("the Lists sheet is not hidden")
    header = [c.value for c in ws[1]]
    hint = ws.cell(row=2, column=1).value or ""
    if not hint.startswith("#"):
        fail(f"the hint row does not start with #: {hint!r}")
    found = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list":
            fail(f"validation of type {dv.type}")
        column = str(dv.sqref).split(":")[0].rstrip("0123456789")
        found[column] = dv.formula1
    wanted = {"C": "Lists!$A$1:$A$9", "E": "Lists!$B$1:$B$13", "H": "Lists!$C$1:$C$5"}
    for column, formula in wanted.items():
        if found.get(column, "").lstrip("=") != formula:
            fail(f"column {column} ({header[ord(column) - 65]}): validation {found.get(column)!r}, wanted {formula}")
    channels = [lists.cell(row=r, column=1).value for r in range(1, 10)]
    if not all(channels):
        fail(f"channel list incomplete: {channels}")
    if partner and ws["B3"].value != partner:
        fail(f"partner not filled in: {ws['B3'].value!r}")
    print(f"{path}: header {header}, lists {found}, channels {channels}")


def fill(source, target):
    wb = openpyxl.load_workbook(source)
    ws = wb.worksheets[0]
    lists = wb["Lists"]
    channel = lists["A5"].value  # the event channel, in the template's language
    group = lists["B13"].value  # the general public
    rows = [
        (dt.datetime(2018, 3, 5), channel, "Workshop filled in openpyxl", group, 120, 45, "it"),
        (dt.datetime(2018, 3, 6), lists["A4"].value, "Article filled in openpyxl", None, 3000, None, None),
        (dt.datetime(2018, 3, 7), lists["A1"].value, "News filled in openpyxl", lists["B7"].value, 400, None, "de"),
    ]
    for i, (date, ch, title, grp, reach, participants, lang) in enumerate(rows):
        r = 3 + i
        ws.cell(row=r, column=1, value=date).number_format = "yyyy-mm-dd"
        ws.cell(row=r, column=3, value=ch)
        ws.cell(row=r, column=4, value=title)
        ws.cell(row=r, column=5, value=grp)
        ws.cell(row=r, column=6, value=reach)
        ws.cell(row=r, column=7, value=participants)
        ws.cell(row=r, column=8, value=lang)
    wb.save(target)
    print(f"{target}: 3 rows filled")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "table":
        for path in sys.argv[2:]:
            table(path)
    elif mode == "template":
        template(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif mode == "fill":
        fill(sys.argv[2], sys.argv[3])
    else:
        fail(f"unknown mode {mode}")
