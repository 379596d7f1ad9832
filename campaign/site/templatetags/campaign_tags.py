"""Template tags for the public site: navigation, the market switcher, cards, list helpers.

What is the same for every visitor of a market (its navigation, a page's versions in the
other markets, an item's card) is rendered once and reused (``cached_fragment``) until
what it shows changes.
"""

from django import template
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Site

from campaign.markets.availability import available_items, is_available
from campaign.models.listings import StandIn, load_cards_items
from campaign.platform.page_cache.dependencies import MENU, depends_on
from campaign.platform.page_cache.fragments import cached_fragment, cached_fragments
from campaign.platform.query import canonical_query

register = template.Library()


@register.simple_tag(takes_context=True)
def market_home(context):
    """The campaign home page of the current site, or None outside a market."""
    request = context.get("request")
    if request is None or getattr(request, "market", None) is None:
        return None
    site = Site.find_for_request(request)
    return site.root_page if site else None


def market_navigation(home, market):
    """The menu pages below the home page that ``market`` runs."""
    if home is None:
        return []
    depends_on(MENU)
    pages = home.get_children().live().in_menu().specific()
    return available_items(list(pages), market)


@register.simple_tag(takes_context=True)
def navigation(context):
    """The brand link and the menu of the market, the current menu page marked."""
    home = market_home(context)
    market = getattr(context.get("request"), "market", None)
    page = context.get("page")
    current_pk = page.pk if page is not None and page.show_in_menus else None

    def render():
        return render_to_string(
            "includes/navigation.html",
            {"home": home, "nav_pages": market_navigation(home, market), "current_pk": current_pk},
            request=context.get("request"),
        )

    return cached_fragment(render, "navigation", home, market, current_pk, _language())


@register.simple_tag(takes_context=True)
def market_switcher(context):
    """Links to this page (or search) in every market that runs it, each in its language."""
    market = context.get("market")
    page = context.get("page")

    def render(versions):
        return render_to_string(
            "includes/market_switcher.html",
            {"market_versions": versions},
            request=context.get("request"),
        )

    # (Asked of the page's type: asking the page would work its versions out.)
    if page is None or not hasattr(type(page), "market_page_versions"):
        return render(context.get("market_versions", []))
    return cached_fragment(
        lambda: render(page.market_page_versions), "switcher", page, market, _language()
    )


@register.simple_tag(takes_context=True)
def card(context, item):
    """The card of ``item`` (a film or a story) in the current market."""
    return cards(context, [item])[0]


@register.simple_tag(takes_context=True)
def cards(context, items):
    """The cards of ``items``, read from the cache in one go, each made once per market."""
    request = context.get("request")
    market = getattr(request, "market", None)

    items = list(items)

    def render(index):
        def card_html():
            # An item gone since its listing was worked out has no card.
            if isinstance(items[index], StandIn):
                return ""
            return render_to_string(
                items[index].card_template, {"item": items[index]}, request=request
            )

        return card_html

    def load(indexes):
        # Only the cards to render need their items, images and renditions: in one go.
        load_cards_items(items, indexes)

    return cached_fragments(
        [(("card", item, market, _language()), render(i)) for i, item in enumerate(items)],
        before_rendering=load,
    )


def _language():
    return translation.get_language()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for filter and page links.

    Only the parameters pages read are kept: a visitor's ad click id never reaches a link.
    """
    return canonical_query(context["request"].GET, **changes)


@register.filter
def film_minutes(duration):
    """A film's duration in whole minutes, at least one."""
    return max(1, round(duration.total_seconds() / 60))


@register.filter
def available_to(item, market):
    """Whether a visitor of ``market`` may see ``item``; links to anything else would 404."""
    return item is not None and is_available(item, market)
