"""Template tags for the campaign's admin views."""

from django import template

from campaign.workflow.checks import advisory_problems, blocking_problems, describe
from campaign.workflow.models import latest_content

register = template.Library()


@register.simple_tag
def translation_check(obj):
    """What the translation check would say about ``obj``'s latest revision."""
    item = latest_content(obj)
    model = type(item)
    return {
        "blocking": [describe(p, model) for p in blocking_problems(item)],
        "advisory": [describe(p, model) for p in advisory_problems(item)],
    }


@register.filter
def verbose_name_of(item):
    """The kind of an item, as editors call it (“film page”, “quote”)."""
    return item._meta.verbose_name
