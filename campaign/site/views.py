"""Views outside the page tree."""

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers

from campaign.markets.current import activate_market, market_for_accept_language


def choose_market(request):
    """Send a visitor of ``/`` to the market that best matches their browser's languages."""
    market = market_for_accept_language(request.headers.get("Accept-Language", ""))
    if market is None:
        raise Http404("No market is active.")
    with activate_market(market):
        url = reverse("wagtail_serve", args=[""])
    response = HttpResponseRedirect(url)
    patch_vary_headers(response, ["Accept-Language"])
    patch_cache_control(response, private=True, max_age=0)
    return response
