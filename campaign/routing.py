"""Market-prefixed URLs: /cn/, /jp/, /kr/, /us/, /uk/ route into the one page tree."""

from django.conf import settings
from django.core.cache import cache
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.cache import patch_vary_headers

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
