import re

import pytest
from django.test import Client

from boletin import sending
from boletin.models import Subscriber
from tests.boletin.conftest import make_subscriber

pytestmark = pytest.mark.django_db


def links_in(message) -> list[str]:
    html = message.alternatives[0][0]
    found = re.findall(r'href="https://movilidad\.example\.org(/[^"]*)"', html)
    found += re.findall(r"https://movilidad\.example\.org(/\S+)", message.body)
    return sorted(set(found))


def leave_path(message) -> str:
    header = message.extra_headers["List-Unsubscribe"]
    return header.strip("<>").removeprefix("https://movilidad.example.org")


@pytest.fixture
def sent_mail(edition, mailoutbox):
    make_subscriber("ana@example.org")
    sending.start_send(edition)
    return mailoutbox[0]


def status() -> str:
    return Subscriber.objects.get(email="ana@example.org").status


def test_opening_any_link_of_a_mail_changes_nothing(client, sent_mail):
    links = links_in(sent_mail)

    for path in links:
        assert client.get(path).status_code in (200, 302)

    assert any("/subscription/leave/" in path for path in links)
    assert any("/subscription/manage/" in path for path in links)
    assert status() == Subscriber.Status.CONFIRMED


def test_opening_the_confirmation_link_changes_nothing(client, home_page, mailoutbox):
    client.post(
        "/es/subscription/",
        {"email": "ana@example.org", "language": "es", "consent": "on"},
    )
    path = re.search(r"https://movilidad\.example\.org(/\S+)", mailoutbox[0].body)

    client.get(path.group(1))
    client.head(path.group(1))

    assert status() == Subscriber.Status.PENDING


def test_leaving_from_the_page_button(client, sent_mail):
    path = leave_path(sent_mail)
    page = client.get(path)
    assert f'action="{path}"' in page.text

    response = client.post(path)

    assert response.status_code == 200
    assert status() == Subscriber.Status.UNSUBSCRIBED
    assert Subscriber.objects.get().left_at is not None


def test_leaving_by_one_click_post_without_cookies_or_csrf(sent_mail):
    mail_client = Client(enforce_csrf_checks=True)

    response = mail_client.post(
        leave_path(sent_mail),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert status() == Subscriber.Status.UNSUBSCRIBED


def test_the_manage_page_needs_its_csrf_token(sent_mail):
    manage = next(path for path in links_in(sent_mail) if "/manage/" in path)
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(manage, {"language": "fr"})

    assert response.status_code == 403
    assert Subscriber.objects.get().language == "es"


def test_changing_the_language_from_the_mail(client, sent_mail):
    manage = next(path for path in links_in(sent_mail) if "/manage/" in path)

    response = client.post(manage, {"language": "fr"})

    assert response.status_code == 200
    assert Subscriber.objects.get().language == "fr"


def test_a_bad_language_is_refused_with_a_clear_error(client, sent_mail):
    manage = next(path for path in links_in(sent_mail) if "/manage/" in path)
    manage = manage.replace("/es/", "/en/", 1)

    response = client.post(manage, {"language": "klingon"})

    assert response.status_code == 400
    assert "Select a valid choice" in response.text
    assert Subscriber.objects.get().language == "es"


def test_links_of_old_mails_keep_working(client, sent_mail, edition):
    path = leave_path(sent_mail)
    Subscriber.objects.update(language="pt")

    response = client.post(path)

    assert response.status_code == 200
    assert status() == Subscriber.Status.UNSUBSCRIBED


def test_leaving_twice_is_harmless(client, sent_mail):
    path = leave_path(sent_mail)

    client.post(path)
    response = client.post(path)

    assert response.status_code == 200
    assert status() == Subscriber.Status.UNSUBSCRIBED


def test_a_bounced_address_stays_suppressed_when_it_clicks_leave(client, sent_mail):
    Subscriber.objects.update(status=Subscriber.Status.BOUNCED)

    client.post(leave_path(sent_mail))

    assert status() == Subscriber.Status.BOUNCED
