"""Market-prefixed URLs: /cn/, /jp/, /kr/, /us/, /uk/ route into the one page tree."""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.cache import patch_vary_headers

from wagtail.url_routing import RouteResult

from modeltranslation.utils import build_localized_fieldname

from campaign.markets import activate_market, market_for_prefix, markets_loaded, prefix_for_language
from campaign.models.markets import Market


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


MARKETS_CACHE_KEY = "campaign:markets"


def load_markets():
    """Every market, from the shared cache: read on every request, changed once in a while."""
    markets = cache.get(MARKETS_CACHE_KEY)
    if markets is None:
        markets = list(Market.objects.all())
        cache.set(MARKETS_CACHE_KEY, markets, 60 * 60)
    return markets


def forget_markets():
    cache.delete(MARKETS_CACHE_KEY)


class MarketMiddleware:
    """Finds the market from the first path segment and activates its language.

    Paths outside a market (the admin, the market chooser) keep the default language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        markets = load_markets()
        with markets_loaded(markets):
            prefix = request.path_info.lstrip("/").split("/", 1)[0]
            market = market_for_prefix(prefix) if prefix else None
            request.market = market
            with activate_market(market):
                request.LANGUAGE_CODE = translation.get_language()
                response = self.get_response(request)
        if market is not None:
            response.headers.setdefault("Content-Language", market.language)
        else:
            patch_vary_headers(response, ["Accept-Language"])
        return response


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
    source_field = build_localized_fieldname("slug", settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
    children = page.get_children()
    child = children.filter(**{slug_field: child_slug}).first()
    if child is None and slug_field != source_field:
        untranslated = Q(**{f"{slug_field}__isnull": True}) | Q(**{slug_field: ""})
        child = children.filter(untranslated, **{source_field: child_slug}).first()
    if child is None:
        raise Http404
    return child.specific.route(request, remaining)
