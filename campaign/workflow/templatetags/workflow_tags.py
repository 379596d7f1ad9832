"""Template tags for the campaign's admin views."""

from django import template

from campaign.workflow.checks import advisory_problems, check_failures, describe
from campaign.workflow.models import latest_content

register = template.Library()


@register.simple_tag
def translation_check(obj):
    """What the translation check would say about ``obj``'s latest revision."""
    item = latest_content(obj)
    model = type(item)
    return {
        "blocking": check_failures(item),
        "advisory": [describe(p, model) for p in advisory_problems(item)],
    }


@register.simple_tag
def market_review(obj, task_state, user):
    """Which markets have approved ``obj`` at its market review, and which ``user`` approves."""
    return task_state.task.specific.review_for(obj, user, task_state)


@register.filter
def verbose_name_of(item):
    """The kind of an item, as editors call it (“film page”, “quote”)."""
    return item._meta.verbose_name


@register.simple_tag
def errors_other_than(form, code):
    """The form's non-field errors, without those of ``code`` that the page explains itself."""
    errors = form.non_field_errors().as_data() if form.is_bound else []
    return [message for error in errors if error.code != code for message in error.messages]
