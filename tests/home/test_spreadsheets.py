import pytest

from home.spreadsheets import safe_cell


@pytest.mark.parametrize(
    "typed", ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_text_that_a_spreadsheet_would_run_stays_text(typed):
    assert safe_cell(typed) == "'" + typed


@pytest.mark.parametrize("value", ["María José", "", 12, None, "a=b"])
def test_ordinary_values_are_left_alone(value):
    assert safe_cell(value) == value
