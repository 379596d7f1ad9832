"""The engagement script on public pages, and how the report writes a rate."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.formats import number_format
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def engagement_script(context):
    """The script tag, with what it reports in data attributes: the same for every visitor,
    so a page served whole from the cache reports correctly. Previews report nothing."""
    request = context.get("request")
    market = context.get("market")
    if market is None or getattr(request, "is_preview", False):
        return ""
    page = context.get("page")
    return format_html(
        '<script src="{}" defer data-endpoint="{}" data-market="{}" data-page="{}"></script>',
        static("campaign_engagement/js/engagement.js"),
        settings.ENGAGEMENT_COLLECT_PATH,
        market.code,
        getattr(page, "pk", None) or "",
    )


@register.filter
def percent(rate):
    """``0.456`` as “45.6%” in the active language; a dash when there is no rate."""
    if rate is None:
        return "–"
    return f"{number_format(rate * 100, 1)}%"
