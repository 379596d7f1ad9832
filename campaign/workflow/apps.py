from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    """Roles, field locks, the campaign approval workflow and the launch calendar."""

    name = "campaign.workflow"
    label = "campaign_workflow"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from campaign.workflow.notifications import connect_task_emails

        connect_task_emails()
