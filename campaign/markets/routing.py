"""Market-prefixed URLs: /cn/, /jp/, /kr/, /us/, /uk/ route into the one page tree.

The page a path leads to is looked up in the tree once per host and language and kept in
the cache until the tree changes (any page or site saved, moved or deleted): serving a
page then neither finds its site nor walks its ancestors again (``PageRouteMiddleware``).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.http import Http404
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.signals import post_page_move
from wagtail.url_routing import RouteResult

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.current import prefix_for_language
from campaign.markets.languages import SOURCE_LANGUAGE
from campaign.markets.models import PageMarketSchedule


class MarketPrefixPattern(LocalePrefixPattern):
    """Like the prefix of ``i18n_patterns``, but taken from the active language's market.

    ``reverse()`` then builds links for the market of the active language, and
    ``activate_market()`` is all it takes to link to a page in another market.
    """

    def __init__(self):
        super().__init__(prefix_default_language=True)

    @property
    def language_prefix(self):
        language = translation.get_language() or settings.LANGUAGE_CODE
        prefix = prefix_for_language(language)
        return f"{prefix or language}/"


def market_patterns(*urls):
    return [URLResolver(MarketPrefixPattern(), list(urls))]


ROUTES_VERSION_KEY = "routes:version"
ROUTE_SECONDS = 60 * 60


def site_for_request(request):
    """The request's Wagtail site, from the cache (found by Wagtail the first time)."""
    version = cache.get(ROUTES_VERSION_KEY, 0)
    key = f"routes:site:{version}:{request.get_host()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, ROUTE_SECONDS)
    return site


def route_key(request, path):
    """The cache key of the page a path leads to, for this host and language."""
    digest = hashlib.sha256(f"{request.get_host()}|{path}".encode()).hexdigest()
    version = cache.get(ROUTES_VERSION_KEY, 0)
    # "page" names what an entry holds: a release that keeps something else uses another.
    return f"routes:live-page:{version}:{translation.get_language()}:{digest}"


def remembered_route(request, key):
    """The route a path led to last time, or None (then Wagtail routes it).

    The page comes as it was stored, with its markets and schedules: nothing of it can
    change without changing the routes' version (``connect``).
    """
    page = cache.get(key)
    # Anything else under the key (what an older release kept) is no route.
    return RouteResult(page) if isinstance(page, Page) else None


def remember_route(key, result):
    # Only addresses that lead to a page: unknown ones (typos, probes) would fill the cache.
    if result is None or result.args or result.kwargs:
        return
    # Read afresh: the page that served this request holds what it worked out for it.
    page = (
        type(result.page)
        .objects.filter(pk=result.page.pk, live=True)
        .prefetch_related("markets", "market_schedules")
        .first()
    )
    if page is not None:
        cache.set(key, page, ROUTE_SECONDS)


def route_by_localized_slug(page, request, path_components):
    """Find the child page for the next slug with one indexed query per level.

    Replaces wagtail-modeltranslation's route, which loads every child page to compare
    slugs in Python (thousands of stories under one index). Same rule: the active
    language's slug, or the source-language slug where no translation is set.
    """
    if not path_components:
        if page.live:
            return RouteResult(page)
        raise Http404
    child_slug, *remaining = path_components
    slug_field = build_localized_fieldname("slug", translation.get_language())
    source_field = build_localized_fieldname("slug", SOURCE_LANGUAGE)
    children = page.get_children()
    child = children.filter(**{slug_field: child_slug}).first()
    if child is None and slug_field != source_field:
        untranslated = Q(**{f"{slug_field}__isnull": True}) | Q(**{slug_field: ""})
        child = children.filter(untranslated, **{source_field: child_slug}).first()
    if child is None:
        raise Http404
    return child.specific.route(request, remaining)


def routes_changed(**kwargs):
    """The page tree changed: every route cached before is forgotten."""
    try:
        cache.incr(ROUTES_VERSION_KEY)
    except ValueError:
        cache.set(ROUTES_VERSION_KEY, 1, None)


def connect():
    post_save.connect(_tree_saved, dispatch_uid="routes_page_saved")
    post_delete.connect(_tree_saved, dispatch_uid="routes_page_deleted")
    post_page_move.connect(routes_changed, dispatch_uid="routes_page_moved")
    m2m_changed.connect(_markets_changed, dispatch_uid="routes_page_markets")
    # A release may change what a kept page holds: after a migration, none is reused.
    post_migrate.connect(routes_changed, dispatch_uid="routes_after_migrate")


def _tree_saved(sender, instance, **kwargs):
    # A page's slug, its publishing, a site's host or root page, a page's schedule: each
    # changes a route or the page it keeps.
    if isinstance(instance, Page | Site | PageMarketSchedule):
        routes_changed()


def _markets_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        routes_changed()
