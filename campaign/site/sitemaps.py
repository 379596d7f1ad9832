"""/sitemap.xml and /robots.txt.

The sitemap lists every public page once per market where it is available now (so it
follows go-live and expiry), each with its versions in the other markets as hreflang
alternates and the market chooser as x-default.
"""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control

from campaign.markets.availability import market_page_models, page_versions
from campaign.markets.languages import bcp47

# Search engines fetch these often; a short cache keeps go-live and expiry prompt.
CACHE_SECONDS = 15 * 60


def sitemap_entries(request):
    """(address, last modified, [(hreflang, address)]) for every page in every market."""
    absolute = request.build_absolute_uri
    entries = []
    for model in market_page_models():
        pages = model.objects.live().public().exact_type(model)
        for page in pages.prefetch_related("markets", "market_schedules").order_by("path"):
            versions = [
                (bcp47(market.language), absolute(url)) for market, url in page_versions(page)
            ]
            alternates = [*versions, ("x-default", absolute("/"))] if versions else []
            entries.extend((url, page.last_published_at, alternates) for _lang, url in versions)
    return sorted(entries, key=lambda entry: entry[0])


def sitemap(request):
    """The XML sitemap with hreflang alternates."""
    response = TemplateResponse(
        request,
        "campaign/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def robots_txt(request):
    """Crawl everything public; the admin, the API and search results are left out."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response
