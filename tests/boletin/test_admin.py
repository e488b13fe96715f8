import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import PageLogEntry

from boletin.models import Delivery, Send, Subscriber
from tests.boletin.conftest import make_subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser(
        "editora", "editora@example.org", "pass"
    )
    client.force_login(user)
    return user


def test_the_subscriber_listing_filters_and_searches(client, editor):
    make_subscriber("ana@example.org", language="pt")
    make_subscriber("luis@example.org", status=Subscriber.Status.PENDING)

    by_status = client.get("/admin/boletin_subscriber/?status=pending")
    by_language = client.get("/admin/boletin_subscriber/?language=pt")
    by_search = client.get("/admin/boletin_subscriber/?q=ana")

    assert "luis@example.org" in by_status.text
    assert "ana@example.org" not in by_status.text
    assert "ana@example.org" in by_language.text
    assert "luis@example.org" not in by_language.text
    assert "ana@example.org" in by_search.text
    assert "luis@example.org" not in by_search.text


def test_subscribers_export_to_csv_and_xlsx(client, editor):
    make_subscriber("ana@example.org")
    make_subscriber("=cmd@example.org")

    csv = client.get("/admin/boletin_subscriber/?export=csv")
    xlsx = client.get("/admin/boletin_subscriber/?export=xlsx")

    content = b"".join(csv.streaming_content).decode()
    assert "ana@example.org" in content
    assert "'=cmd@example.org" in content
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_importing_needs_the_consent_checkbox(client, editor):
    upload = SimpleUploadedFile("list.csv", b"email\nana@example.org\n")

    response = client.post(
        "/admin/bulletin/import/", {"file": upload, "language": "es"}
    )

    assert response.status_code == 400
    assert Subscriber.objects.count() == 0


def test_importing_adds_confirmed_addresses_and_leaves_known_ones(client, editor):
    make_subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    upload = SimpleUploadedFile(
        "list.csv",
        b"email,language\nAna@Example.org,pt\ngone@example.org,es\nnot an address\n"
        b"luis@example.org\n",
    )

    response = client.post(
        "/admin/bulletin/import/",
        {"file": upload, "language": "fr", "consent": "on"},
    )

    assert response.status_code == 302
    rows = dict(Subscriber.objects.values_list("email", "status"))
    assert rows == {
        "ana@example.org": "confirmed",
        "luis@example.org": "confirmed",
        "gone@example.org": "unsubscribed",
    }
    assert Subscriber.objects.get(email="luis@example.org").language == "fr"
    assert Subscriber.objects.get(email="ana@example.org").source == "import"


def test_an_unreadable_file_gets_a_clear_error(client, editor):
    upload = SimpleUploadedFile("list.csv", b"\xff\xfe\x00bad")

    response = client.post(
        "/admin/bulletin/import/", {"file": upload, "language": "es", "consent": "on"}
    )

    assert response.status_code == 400
    assert "UTF-8" in response.text


def test_the_edition_page_offers_sending(client, editor, edition):
    response = client.get(f"/admin/pages/{edition.pk}/edit/")

    assert f"/admin/bulletin/edition/{edition.pk}/" in response.text


def test_previewing_the_mail_in_each_language(client, editor, edition):
    response = client.get(f"/admin/bulletin/edition/{edition.pk}/preview/fr/")
    unknown = client.get(f"/admin/bulletin/edition/{edition.pk}/preview/xx/")

    assert response.status_code == 200
    assert "Edición 1" in response.text
    assert unknown.status_code == 400


def test_sending_a_test(client, editor, edition, mailoutbox):
    response = client.post(
        f"/admin/bulletin/edition/{edition.pk}/",
        {"test": "1", "test-email": "prueba@example.org", "test-language": "en"},
    )

    assert response.status_code == 302
    assert mailoutbox[0].to == ["prueba@example.org"]
    assert mailoutbox[0].subject.startswith("[")
    assert Send.objects.count() == 0


def test_a_bad_test_address_is_refused(client, editor, edition, mailoutbox):
    response = client.post(
        f"/admin/bulletin/edition/{edition.pk}/",
        {"test": "1", "test-email": "x@y\nBcc: z@w", "test-language": "en"},
    )

    assert response.status_code == 400
    assert mailoutbox == []


def test_sending_from_the_admin_is_logged_with_its_author(
    client, editor, edition, mailoutbox
):
    make_subscriber("ana@example.org")

    client.post(f"/admin/bulletin/edition/{edition.pk}/", {"send": "1"})
    again = client.post(f"/admin/bulletin/edition/{edition.pk}/", {"send": "1"})
    progress = client.get(f"/admin/bulletin/edition/{edition.pk}/")
    listing = client.get("/admin/bulletin/sends/")

    assert again.status_code == 302
    assert len(mailoutbox) == 1
    assert Delivery.objects.get().status == Delivery.Status.SENT
    entry = PageLogEntry.objects.get(action="boletin.send")
    assert entry.user == editor
    assert entry.page_id == edition.pk
    assert Send.objects.get().created_by == editor
    assert progress.status_code == 200
    assert listing.status_code == 200
    assert "Edición 1" in listing.text


def test_scheduling_a_send(client, editor, edition, mailoutbox):
    make_subscriber("ana@example.org")

    client.post(
        f"/admin/bulletin/edition/{edition.pk}/",
        {"send": "1", "send-scheduled_at": "2099-01-01T10:00"},
    )

    send = Send.objects.get()
    assert send.status == Send.Status.SCHEDULED
    assert send.scheduled_at.year == 2099
    assert mailoutbox == []


def test_people_without_the_permission_cannot_send(client, edition, db):
    user = get_user_model().objects.create_user("lectora", password="pass")
    client.force_login(user)

    response = client.post(f"/admin/bulletin/edition/{edition.pk}/", {"send": "1"})

    assert response.status_code in (302, 403)
    assert Send.objects.count() == 0
