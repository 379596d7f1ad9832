"""The translation check: a workflow step that only passes once the needed translations exist."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, TaskState

from campaign.markets.availability import markets_running
from campaign.markets.languages import SOURCE_LANGUAGE, target_languages
from campaign.markets.roles import translator_group
from campaign.translations.memory import remember_item
from campaign.workflow.checks import check_failures

REFUSAL = _("Translations needed by a market are missing, stale or break the glossary.")
# The approval dialog lists the missing translations itself: this error only marks the refusal.
TRANSLATIONS_NEEDED = "translations_needed"


def latest_content(obj):
    """The item as its latest revision has it: what the workflow will publish."""
    return obj.get_latest_revision_as_object()


class TranslationCheckTask(AbstractGroupApprovalTask):
    """Approvable only when every language needed by a market the item runs in is complete.

    A market whose fallback policy shows the source text does not need its language; one
    that hides untranslated items does, and its missing or stale fields are listed.
    """

    class Meta:
        verbose_name = _("Translation check")
        verbose_name_plural = _("Translation checks")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        # Approval always opens the form, so the check runs before anything is approved.
        return [(name, label, True) for name, label, _modal in actions if name != "approve"] + (
            [("approve", _("Approve"), True)] if actions else []
        )

    def get_template_for_action(self, action):
        if action == "approve":
            return "campaign_workflow/translation_check_approve.html"
        return super().get_template_for_action(action)

    def get_form_for_action(self, action):
        if action != "approve":
            return super().get_form_for_action(action)
        task = self

        class TranslationCheckApprovalForm(TaskStateCommentForm):
            task_state = forms.IntegerField(widget=forms.HiddenInput)

            def clean(self):
                cleaned_data = super().clean()
                state = TaskState.objects.filter(
                    pk=cleaned_data.get("task_state"),
                    task=task,
                    status=TaskState.STATUS_IN_PROGRESS,
                ).first()
                if state is None:
                    raise forms.ValidationError(_("This check is no longer waiting for approval."))
                item = latest_content(state.workflow_state.content_object)
                if check_failures(item):
                    raise forms.ValidationError(
                        REFUSAL,
                        code=TRANSLATIONS_NEEDED,
                    )
                cleaned_data.pop("task_state")
                return cleaned_data

        return TranslationCheckApprovalForm

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            item = latest_content(task_state.workflow_state.content_object)
            if check_failures(item):
                raise PermissionDenied(REFUSAL)
            # What passed the check is right: the memory offers it again.
            remember_item(
                item, sorted({m.language for m in markets_running(item)} - {SOURCE_LANGUAGE})
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def notified_groups(self, obj):
        """The translators of the languages the markets of ``obj`` need.

        An item that runs only where the source language is read needs no translator:
        the task's other groups (the editors) are told instead, since someone passes it.
        """
        languages = {market.language for market in markets_running(latest_content(obj))}
        names = [translator_group(language) for language in languages - {SOURCE_LANGUAGE}]
        if names:
            return self.groups.filter(name__in=names)
        every_translator = [translator_group(language) for language in target_languages()]
        return self.groups.exclude(name__in=every_translator)

    @classmethod
    def get_description(cls):
        return _("Passes only when every market the item runs in can show it in its language.")
