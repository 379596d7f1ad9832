"""Which market a request is in, and the list of markets every request reads.

The market of a request follows its first path segment (``MarketMiddleware``);
``activate_market()`` makes a market current, its language the active language, and
so the prefix that ``reverse()`` and ``page.url`` build links with.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from campaign.markets.models import Market

MARKETS_CACHE_KEY = "campaign:markets"

_active_market: ContextVar[Market | None] = ContextVar("active_market", default=None)
# The markets loaded once for the current request, so that building many links
# does not query them again; outside a request they are read from the database.
_request_markets: ContextVar[list[Market] | None] = ContextVar("request_markets", default=None)


def load_markets() -> list[Market]:
    """Every market, from the shared cache: read on every request, changed once in a while."""
    markets = cache.get(MARKETS_CACHE_KEY)
    if markets is None:
        markets = list(Market.objects.all())
        cache.set(MARKETS_CACHE_KEY, markets, 60 * 60)
    return markets


def forget_markets():
    cache.delete(MARKETS_CACHE_KEY)


def all_markets() -> list[Market]:
    markets = _request_markets.get()
    if markets is None:
        markets = list(Market.objects.all())
    return markets


def active_markets() -> list[Market]:
    return [market for market in all_markets() if market.is_active]


def market_by_code(code: str) -> Market | None:
    """The active market with ``code``, or None."""
    return next((market for market in active_markets() if market.code == code), None)


@contextmanager
def markets_loaded(markets):
    token = _request_markets.set(markets)
    try:
        yield
    finally:
        _request_markets.reset(token)


def get_active_market() -> Market | None:
    return _active_market.get()


@contextmanager
def activate_market(market: Market | None):
    """Make ``market`` the current one and its language the active language."""
    token = _active_market.set(market)
    language = market.language if market else settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            yield market
    finally:
        _active_market.reset(token)


def market_for_prefix(prefix: str) -> Market | None:
    for market in active_markets():
        if market.url_prefix == prefix:
            return market
    return None


def prefix_for_language(language: str) -> str | None:
    # Inactive markets count too: the prefix of a language must not change
    # when a market is switched off and on (URL reversal remembers it).
    for market in all_markets():
        if market.language == language:
            return market.url_prefix
    return None


def default_market() -> Market | None:
    markets = active_markets()
    for market in markets:
        if market.language == settings.LANGUAGE_CODE:
            return market
    return markets[0] if markets else None


def market_for_accept_language(header: str) -> Market | None:
    """The active market that best matches a browser's Accept-Language header."""
    by_language = {market.language: market for market in active_markets()}
    for language, _quality in parse_accept_lang_header(header or ""):
        if language == "*":
            break
        try:
            supported = translation.get_supported_language_variant(language)
        except LookupError:
            continue
        if supported in by_language:
            return by_language[supported]
    return default_market()
