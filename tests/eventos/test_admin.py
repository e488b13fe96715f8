import csv
import io

import openpyxl
import pytest
from wagtail.models import PageLogEntry

from eventos import registration
from eventos.models import Registration, RegistrationStatus
from tests.eventos.conftest import applicant

pytestmark = pytest.mark.django_db

INDEX = "/admin/event-registrations/"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "x")
    client.force_login(user)
    return client


def test_listing_filters_by_event_and_status(editor_client, make_event):
    first, second = make_event(title="Uno"), make_event(title="Dos")
    registration.register(first, applicant(1))
    registration.register(second, applicant(2))

    response = editor_client.get(INDEX, {"event": first.pk, "status": "confirmed"})

    assert response.status_code == 200
    assert "Persona 1" in response.text
    assert "Persona 2" not in response.text
    assert f"/attendance/{first.pk}/" in response.text


def test_export_keeps_formulas_as_text_in_csv(editor_client, event):
    registration.register(event, applicant(1, name='=HYPERLINK("http://x","y")'))
    registration.register(
        event, applicant(2, name="@SUM(A1)", institution_other="-1+1")
    )

    response = editor_client.get(INDEX, {"export": "csv"})

    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://x","y")' in cells
    assert "'@SUM(A1)" in cells
    assert "'-1+1" in cells
    assert PageLogEntry.objects.filter(
        page=event, action="eventos.export_registrations"
    ).exists()
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_export_keeps_formulas_as_text_in_xlsx(editor_client, event):
    registration.register(event, applicant(1, name='=HYPERLINK("http://x","y")'))

    response = editor_client.get(INDEX, {"export": "xlsx"})

    content = b"".join(response.streaming_content)
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    names = [cell.value for cell in cells if "HYPERLINK" in str(cell.value)]
    assert names == ['\'=HYPERLINK("http://x","y")']
    assert all(cell.data_type != "f" for cell in cells)


def test_approving_asks_first_then_confirms_and_mails(
    editor_client, make_event, mailoutbox
):
    event = make_event(requires_approval=True)
    pending = registration.register(event, applicant(1)).registration
    url = f"{INDEX}{pending.pk}/approve/"

    page = editor_client.get(url)
    pending.refresh_from_db()
    status_after_get = pending.status
    response = editor_client.post(url)

    pending.refresh_from_db()
    assert page.status_code == 200
    assert status_after_get == RegistrationStatus.PENDING
    assert response.status_code == 302
    assert pending.status == RegistrationStatus.CONFIRMED
    assert pending.decided_at is not None
    assert mailoutbox[-1].attachments


def test_rejecting_mails_the_person(editor_client, make_event, mailoutbox):
    event = make_event(requires_approval=True)
    pending = registration.register(event, applicant(1)).registration

    editor_client.post(f"{INDEX}{pending.pk}/reject/")

    pending.refresh_from_db()
    assert pending.status == RegistrationStatus.REJECTED
    assert "no fue aprobada" in mailoutbox[-1].subject
    assert len(mailoutbox) == 2


def test_attendance_sheet_marks_many_and_gives_certificate_codes(editor_client, event):
    people = [registration.register(event, applicant(n)).registration for n in (1, 2)]

    response = editor_client.post(
        f"{INDEX}attendance/{event.pk}/", {"attended": [people[0].pk]}
    )

    assert response.status_code == 302
    attended = Registration.objects.get(pk=people[0].pk)
    absent = Registration.objects.get(pk=people[1].pk)
    assert attended.attended and attended.certificate_code
    assert not absent.attended and absent.certificate_code is None


def test_editors_cannot_add_registrations(editor_client):
    response = editor_client.get(f"{INDEX}new/")

    assert response.status_code in {302, 403, 404}
    assert Registration.objects.count() == 0
