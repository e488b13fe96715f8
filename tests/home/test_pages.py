import pytest

pytestmark = pytest.mark.django_db


def test_home_page_is_served_under_the_language_prefix(client, home_pages):
    response = client.get("/es/")

    assert response.status_code == 200
    assert "Movilidad humana" in response.text
    assert '<html lang="es">' in response.text


def test_each_language_serves_its_own_home_page(client, home_pages):
    response = client.get("/fr/")

    assert response.status_code == 200
    assert "Movilidad humana (fr)" in response.text
    assert '<html lang="fr">' in response.text
