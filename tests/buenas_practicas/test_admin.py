import pytest

from buenas_practicas.models import GoodPracticePage
from tests.buenas_practicas.conftest import add_instrument, add_practice

pytestmark = pytest.mark.django_db


def test_editors_can_open_each_page_type(
    admin_client, practice_index, repository_index
):
    practice = add_practice(practice_index, other_working_groups=["environment"])
    instrument = add_instrument(repository_index)

    practice_form = admin_client.get(f"/admin/pages/{practice.pk}/edit/")
    instrument_form = admin_client.get(f"/admin/pages/{instrument.pk}/edit/")
    new_practice = admin_client.get(
        f"/admin/pages/add/buenas_practicas/goodpracticepage/{practice_index.pk}/"
    )

    assert practice_form.status_code == 200
    assert practice_form.context["form"]["other_working_groups"].value() == [
        "environment"
    ]
    assert instrument_form.status_code == 200
    assert new_practice.status_code == 200


def test_the_import_is_in_the_admin_menu(admin_client, home_page):
    response = admin_client.get("/admin/")

    assert "/admin/legal-repository/import/" in response.text


def test_working_groups_are_saved_from_the_checkboxes(admin_client, practice_index):
    practice = add_practice(practice_index)
    page = GoodPracticePage.objects.get(pk=practice.pk)

    page.other_working_groups = ["business", "environment"]
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.other_working_group_labels() == [
        "empresas y derechos humanos",
        "derechos humanos y medio ambiente",
    ]
