import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from openpyxl import Workbook

from buenas_practicas.importing import SpreadsheetError, import_instruments, read_rows
from buenas_practicas.models import LegalInstrumentPage
from tests.buenas_practicas.conftest import add_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages of the import are checked in English, outside any request."""
    with translation.override("en"):
        yield


GOOD_AND_BAD_CSV = (
    "title,country,kind,number,date_issued,status,themes,source_url\n"
    'Ley de Movilidad Humana,EC,law,1,2017-02-06,in_force,"asylum; statelessness",\n'
    "Ley sin país,,law,2,,,,\n"
    "Decreto en Marte,XX,decree,3,,,,\n"
    "Reglamento fechado mal,MX,regulation,4,06-2017,,,\n"
    "Ley con tema inventado,PE,law,5,,,astrología,\n"
    "Constitución de ejemplo,Colombia,Constitución,,1991-07-04,,,\n"
)


def csv_upload(text: str = GOOD_AND_BAD_CSV) -> bytes:
    return text.encode("utf-8")


def xlsx_bytes(rows: list[list]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_good_rows_become_pages_and_bad_rows_are_reported(repository_index):
    rows = read_rows(csv_upload(), "instruments.csv")

    report = import_instruments(repository_index, rows)

    created = LegalInstrumentPage.objects.child_of(repository_index).live()
    assert sorted(page.title for page in created) == [
        "Constitución de ejemplo",
        "Ley de Movilidad Humana",
    ]
    law = created.get(title="Ley de Movilidad Humana")
    assert sorted(law.themes.values_list("slug", flat=True)) == [
        "asylum",
        "statelessness",
    ]
    assert created.get(title="Constitución de ejemplo").country == "CO"
    reasons = {row.line: " ".join(row.reasons) for row in report.rejected}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "country" in reasons[3]
    assert "Unknown country “XX”" in reasons[4]
    assert "date of issue" in reasons[5]
    assert "astrología" in reasons[6]


def test_a_dry_run_creates_nothing(repository_index):
    rows = read_rows(csv_upload(), "instruments.csv")

    report = import_instruments(repository_index, rows, dry_run=True)

    assert report.accepted == 2
    assert len(report.rejected) == 4
    assert not LegalInstrumentPage.objects.exists()


def test_an_instrument_already_there_is_rejected(repository_index):
    add_instrument(repository_index, country="EC", kind="law", number="1")
    rows = read_rows(csv_upload(), "instruments.csv")

    report = import_instruments(repository_index, rows)

    assert any(
        "already in the repository" in " ".join(row.reasons) for row in report.rejected
    )


def test_xlsx_with_date_cells(repository_index):
    import datetime

    content = xlsx_bytes(
        [
            ["Title", "Country", "Kind", "Number", "Date_issued", "Themes"],
            ["Ley de ejemplo", "AR", "law", 25871, datetime.date(2004, 1, 20), ""],
            ["Sin tipo", "AR", "", 1, None, ""],
        ]
    )

    report = import_instruments(repository_index, read_rows(content, "laws.xlsx"))

    page = LegalInstrumentPage.objects.get(title="Ley de ejemplo")
    assert page.number == "25871"
    assert page.date_issued == datetime.date(2004, 1, 20)
    assert [row.line for row in report.rejected] == [3]


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"a,b\n1,2\n", "laws.csv", "Columns missing"),
        (b"", "laws.csv", "empty"),
        (b"\xff\xfe\x00bad", "laws.csv", "UTF-8"),
        (b"not a workbook", "laws.xlsx", "XLSX"),
        (b"title,country,kind\n", "laws.pdf", ".csv or .xlsx"),
    ],
)
def test_unreadable_files_are_refused_whole(content, name, message):
    with pytest.raises(SpreadsheetError, match=message):
        read_rows(content, name)


def test_admin_view_reports_rejected_rows(admin_client, repository_index):
    upload = SimpleUploadedFile("instruments.csv", csv_upload(), "text/csv")

    response = admin_client.post(
        "/admin/legal-repository/import/",
        {"index": repository_index.pk, "file": upload},
    )

    assert response.status_code == 200
    assert "Ley de Movilidad Humana" in response.text
    assert "País desconocido «XX»" in response.text
    assert LegalInstrumentPage.objects.count() == 2


def test_admin_view_refuses_a_bad_file_with_a_message(admin_client, repository_index):
    upload = SimpleUploadedFile("instruments.txt", b"hello", "text/plain")

    response = admin_client.post(
        "/admin/legal-repository/import/",
        {"index": repository_index.pk, "file": upload},
    )

    assert response.status_code == 400
    assert "Suba un archivo .csv o .xlsx." in response.text


def test_admin_view_needs_a_login(client, repository_index):
    response = client.get("/admin/legal-repository/import/")

    assert response.status_code == 302


def test_command_dry_run(tmp_path, repository_index, capsys):
    path = tmp_path / "instruments.csv"
    path.write_bytes(csv_upload())

    call_command("import_instruments", str(path), "--dry-run")

    output = capsys.readouterr().out
    assert "line 4 rejected" in output
    assert "2 rows valid" in output
    assert not LegalInstrumentPage.objects.exists()


def test_command_imports(tmp_path, repository_index, capsys):
    path = tmp_path / "instruments.csv"
    path.write_bytes(csv_upload())

    call_command("import_instruments", str(path), "--index", str(repository_index.pk))

    assert LegalInstrumentPage.objects.count() == 2


def test_command_reports_a_missing_file(tmp_path, repository_index):
    with pytest.raises(CommandError):
        call_command("import_instruments", str(tmp_path / "none.csv"))
