"""The head tags search engines and social networks read: ``{% seo_head %}``."""

from django import template
from django.template.loader import render_to_string
from django.utils import translation

from campaign.platform.page_cache.fragments import cached_fragment
from campaign.site.seo import head_context, page_query

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    """Canonical, hreflang alternates, Open Graph, Twitter card and JSON-LD of the page.

    Made once per page, market, host and listing state: the same for every visitor.
    """
    request = context["request"]
    page = context["page"]
    market = context.get("market")

    def render():
        tags = head_context(request, page, market, page.market_page_versions)
        return render_to_string("includes/seo_head.html", tags, request=request)

    return cached_fragment(
        render,
        "head",
        page,
        market,
        request.build_absolute_uri("/"),
        page_query(request, page),
        translation.get_language(),
    )
