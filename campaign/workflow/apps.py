from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    """Field locks, the campaign approval workflow and the launch calendar."""

    name = "campaign.workflow"
    label = "campaign_workflow"
    verbose_name = _("Editorial workflow")

    def ready(self):
        # Models and signals are complete once the app registry is ready: Django forces
        # these imports here.
        from campaign.workflow.locks import install_field_locks
        from campaign.workflow.notifications import connect_task_emails

        install_field_locks()
        connect_task_emails()
