"""The search page of a market: /jp/search/?q=..."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse

from campaign.markets.current import activate_market, active_markets
from campaign.platform.query import canonical_query
from campaign.site.search.forms import SearchForm
from campaign.site.search.market_search import search_market

RESULTS_PER_PAGE = 10


def _market_versions(request):
    # The same search in every market, for the market switcher.
    versions = []
    query = canonical_query(request.GET)
    for market in active_markets():
        with activate_market(market):
            url = reverse("search")
        versions.append((market, f"{url}?{query}" if query else url))
    return versions


def search(request):
    """Results from what the visitor's market runs, in its language, best first."""
    market = getattr(request, "market", None)
    if market is None:
        raise Http404
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    hits = search_market(market, query) if query else []
    results = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "query": query,
        "results": results,
        "market_versions": _market_versions(request),
    }
    return TemplateResponse(request, "campaign/search.html", context)
