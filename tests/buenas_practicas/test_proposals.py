from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from buenas_practicas.models import GoodPracticePage, PracticeProposal
from tests.buenas_practicas.conftest import add_member, theme

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def workflow(practice_index):
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([moderators])
    flow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=flow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=flow, page=practice_index)
    return flow


@pytest.fixture
def member(locales):
    return add_member("dpe", "Defensoría del Pueblo de Ecuador", "EC")


def proposal_data(member, **changes) -> dict:
    data = {
        "title": "Brigadas móviles de orientación",
        "institution": member.pk,
        "country": "EC",
        "year": "2024",
        "themes": [theme("asylum").pk],
        "summary": "Equipos que recorren la frontera.",
        "description": "Primer párrafo.\n\nSegundo párrafo <b>sin etiquetas</b>.",
        "results": "",
        "lessons": "",
        "contact_office": "Dirección de Movilidad Humana",
        "contact_email": "movilidad@dpe.example",
        "proposer_email": "punto.focal@example.org",
        "website_url": "",
    }
    return {**data, **changes}


def test_form_says_why_it_asks_for_an_address(client, practice_index, member):
    response = client.get(practice_index.url + "propose/")

    assert response.status_code == 200
    assert (
        "Solo lo usamos para avisarle cuando la práctica se publique" in response.text
    )
    assert 'name="website_url"' in response.text


def test_proposal_becomes_a_draft_in_the_workflow(
    client, practice_index, member, workflow
):
    response = client.post(practice_index.url + "propose/", proposal_data(member))

    assert response.status_code == 302
    page = GoodPracticePage.objects.get(title="Brigadas móviles de orientación")
    assert not page.live
    assert page.get_parent().specific == practice_index
    assert list(page.institutions.all()) == [member]
    assert list(page.themes.values_list("slug", flat=True)) == ["asylum"]
    assert "&lt;b&gt;sin etiquetas&lt;/b&gt;" in str(page.description[0].value)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow == workflow
    assert PracticeProposal.objects.get(page=page).email == "punto.focal@example.org"


def test_draft_is_not_public(client, practice_index, member, workflow):
    client.post(practice_index.url + "propose/", proposal_data(member))

    response = client.get(practice_index.url)

    assert "Brigadas móviles" not in response.text


def test_proposer_is_told_on_publish_and_the_address_is_erased(
    client, practice_index, member, workflow, mailoutbox
):
    client.post(practice_index.url + "propose/", proposal_data(member))
    page = GoodPracticePage.objects.get(title="Brigadas móviles de orientación")

    page.save_revision().publish()

    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["punto.focal@example.org"]
    assert "https://movilidad.example.org/es/buenas-practicas/" in mailoutbox[0].body
    assert not PracticeProposal.objects.exists()


def test_publishing_again_sends_nothing_more(
    client, practice_index, member, workflow, mailoutbox
):
    client.post(practice_index.url + "propose/", proposal_data(member))
    page = GoodPracticePage.objects.get(title="Brigadas móviles de orientación")
    page.save_revision().publish()

    page.save_revision().publish()

    assert len(mailoutbox) == 1


def test_invalid_proposal_is_shown_again_with_errors(client, practice_index, member):
    response = client.post(
        practice_index.url + "propose/",
        proposal_data(member, proposer_email="not-an-address", year="2099"),
    )

    assert response.status_code == 400
    assert "El año no puede estar en el futuro." in response.text
    assert 'value="Brigadas móviles de orientación"' in response.text
    assert not GoodPracticePage.objects.exists()


def test_a_bot_filling_the_honeypot_stores_nothing(client, practice_index, member):
    response = client.post(
        practice_index.url + "propose/",
        proposal_data(member, website_url="http://spam.example"),
    )

    assert response.status_code == 302
    assert not GoodPracticePage.objects.exists()


def test_too_many_proposals_are_refused(client, practice_index, member):
    for number in range(5):
        client.post(
            practice_index.url + "propose/", proposal_data(member, title=f"P {number}")
        )

    response = client.post(practice_index.url + "propose/", proposal_data(member))

    assert response.status_code == 429
    assert GoodPracticePage.objects.count() == 5


def test_without_a_workflow_the_proposal_stays_a_draft(client, practice_index, member):
    client.post(practice_index.url + "propose/", proposal_data(member))

    page = GoodPracticePage.objects.get(title="Brigadas móviles de orientación")
    assert not page.live


def test_addresses_of_proposals_never_published_are_forgotten(
    client, practice_index, member
):
    client.post(practice_index.url + "propose/", proposal_data(member))
    client.post(practice_index.url + "propose/", proposal_data(member, title="Nueva"))
    PracticeProposal.objects.filter(page__title__startswith="Brigadas").update(
        created_at=timezone.now() - timedelta(days=200)
    )

    call_command("forget_old_proposals")

    assert list(PracticeProposal.objects.values_list("page__title", flat=True)) == [
        "Nueva"
    ]
    assert GoodPracticePage.objects.count() == 2
