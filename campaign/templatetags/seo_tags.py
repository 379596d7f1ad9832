"""The head tags search engines and social networks read: ``{% seo_head %}``."""

from django import template

from campaign.seo import head_context

register = template.Library()


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context):
    """Canonical, hreflang alternates, Open Graph, Twitter card and JSON-LD of the page."""
    request = context["request"]
    page = context["page"]
    return head_context(request, page, context.get("market"), context.get("market_versions", []))
