from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaign.engagement.shortlinks import follow_placement
from campaign.markets.routing import market_patterns
from campaign.site.api import api_router
from campaign.site.search.views import search
from campaign.site.sitemaps import robots_txt, sitemap
from campaign.site.views import choose_market

# Outages of the database or Redis answer 503 rather than 500 (campaign.platform.outages).
handler500 = "campaign.platform.outages.server_error"
handler404 = "campaign.site.errors.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # A placement's short address, printed in its QR code (campaign.engagement).
    path("go/<slug:code>/", follow_placement, name="follow_placement"),
    path("", choose_market, name="choose_market"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += market_patterns(
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
)
