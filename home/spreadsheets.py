"""Keeps exported cells from being read as formulas by spreadsheet programs.

People type their own names and addresses into public forms; a name such as
`=HYPERLINK(...)` would run as a formula when an editor opens an export.
Prefixing a single quote makes Excel, LibreOffice and Google Sheets show it as
the text it is.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
