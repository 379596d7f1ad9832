"""Template tags for the public site: navigation of the current market and list helpers."""

from django import template

from wagtail.models import Site

from campaign.markets import available_items, is_available

register = template.Library()


@register.simple_tag(takes_context=True)
def market_home(context):
    """The campaign home page of the current site, or None outside a market."""
    request = context.get("request")
    if request is None or getattr(request, "market", None) is None:
        return None
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.simple_tag(takes_context=True)
def market_navigation(context):
    """The menu pages below the home page that the current market runs."""
    home = market_home(context)
    if home is None:
        return []
    pages = home.get_children().live().in_menu().specific()
    return available_items(list(pages), context["request"].market)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for filter and page links."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.filter
def film_minutes(duration):
    """A film's duration in whole minutes, at least one."""
    return max(1, round(duration.total_seconds() / 60))


@register.filter
def available_to(item, market):
    """Whether a visitor of ``market`` may see ``item``; links to anything else would 404."""
    return item is not None and is_available(item, market)
