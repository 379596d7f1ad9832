"""Puts every request in the market of its first path segment, and finds its page fast."""

from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import patch_vary_headers

from campaign.markets.current import (
    activate_market,
    load_markets,
    market_for_prefix,
    markets_loaded,
)
from campaign.markets.routing import (
    remember_route,
    remembered_route,
    route_key,
    site_for_request,
)

# The view Wagtail serves pages with; Wagtail keeps a request's site and route in the
# attributes set below (documented in ``Site.find_for_request``, ``Page.route_for_request``).
WAGTAIL_SERVE = "wagtail_serve"


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


class PageRouteMiddleware:
    """Gives Wagtail the site of a market's request, and the page of a path it routed
    before, from the cache of routes.

    Wagtail would otherwise find the site, load its root page and walk down to the page on
    every request. A path it has not seen is routed by Wagtail as usual, then remembered.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(request, "market", None) is None:
            return self.get_response(request)
        request._wagtail_site = site_for_request(request)
        path = self._page_path(request)
        if path is None or request._wagtail_site is None:
            return self.get_response(request)
        key = route_key(request, path)
        remembered = remembered_route(request, key)
        if remembered is not None:
            request._wagtail_route_for_request = remembered
            return self.get_response(request)
        response = self.get_response(request)
        remember_route(key, getattr(request, "_wagtail_route_for_request", None))
        return response

    @staticmethod
    def _page_path(request):
        """The page path of a GET in a market (as Wagtail's serve view gets it), or None."""
        if request.method not in ("GET", "HEAD"):
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        if match.url_name != WAGTAIL_SERVE:
            return None
        return match.args[0] if match.args else match.kwargs.get("path", "")
