"""Wagtail's initial data assigns a "Moderators approval" workflow to the root page, so on any
page outside a reviewed section an organisation editor is offered "Submit to Moderators
approval": a group of Wagtail's own that is not the network's reviewers and whose members
could then approve pages of every organisation. The network's only workflow is its review
(pages.moderation), bound to the sections it covers."""

from django.db import migrations


def unassign_root_workflow(apps, schema_editor):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.filter(page__depth=1, workflow__name="Moderators approval").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0011_organisation_workspace_trusted_member"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(unassign_root_workflow, migrations.RunPython.noop)]
