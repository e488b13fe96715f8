"""Seeds the themes and population groups of the compendium and its workflow."""

from django.db import migrations

from buenas_practicas.taxonomy import seed_terms

def seed(apps, schema_editor):
    seed_terms(
        apps.get_model("wagtailcore", "Locale"),
        apps.get_model("buenas_practicas", "Theme"),
        apps.get_model("buenas_practicas", "PopulationGroup"),
    )

    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    moderators, _created = Group.objects.get_or_create(name="Moderators")
    workflow, created = Workflow.objects.get_or_create(name="Moderators approval")
    if created:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = Task.objects.create(
            name="Moderators approval", content_type=content_type
        )
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("buenas_practicas", "0002_practices_and_repository"),
        ("home", "0002_content_locales"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
