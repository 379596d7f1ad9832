"""A workflow step's e-mail goes to the people it concerns for the item, not to all its groups."""

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from campaign.workflow.models import MarketReviewTaskState

# The identifier Wagtail connects its own task e-mail with (wagtail.admin.signal_handlers).
WAGTAIL_TASK_EMAIL_UID = "group_approval_task_submitted_email_notification"


class ConcernedGroupsEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Wagtail's “submitted for moderation” e-mail, sent to the groups the task names for the item.

    A task with a ``notified_groups(obj)`` method decides; other group approval tasks tell
    all their groups, as Wagtail does.
    """

    def get_template_base_prefix(self, instance, **kwargs):
        # Wagtail picks the e-mail's templates by the task state's class: a market review's
        # state is worded like any other.
        return "task_state_"

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        if not hasattr(task, "notified_groups"):
            return super().get_recipient_users(task_state, **kwargs)
        User = get_user_model()
        groups = task.notified_groups(task_state.workflow_state.content_object)
        recipients = User.objects.filter(groups__in=groups)
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
            recipients = recipients | User.objects.filter(is_superuser=True)
        if kwargs.get("user"):
            recipients = recipients.exclude(pk=kwargs["user"].pk)
        return recipients.distinct()


task_email_notifier = ConcernedGroupsEmailNotifier()


def connect_task_emails():
    """Put our notifier in the place of Wagtail's, for plain and market review task states."""
    # Wagtail's receiver is replaced under its own identifier: whichever app is ready first,
    # one notifier sends each e-mail (a second connect under a taken identifier is ignored).
    task_submitted.disconnect(sender=TaskState, dispatch_uid=WAGTAIL_TASK_EMAIL_UID)
    task_submitted.connect(
        task_email_notifier, sender=TaskState, dispatch_uid=WAGTAIL_TASK_EMAIL_UID
    )
    # Wagtail sends the signal with the task state's own class as sender.
    task_submitted.connect(
        task_email_notifier,
        sender=MarketReviewTaskState,
        dispatch_uid="market_review_submitted_email_notification",
    )
