from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from campaign.api import api_router
from campaign.routing import market_patterns
from campaign.search.views import search
from campaign.sitemaps import robots_txt, sitemap
from campaign.views import choose_market

# Outages of the database or Redis answer 503 rather than 500 (campaign.outages).
handler500 = "campaign.outages.server_error"
handler404 = "campaign.errors.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", choose_market, name="choose_market"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += market_patterns(
    path("search/", search, name="search"),
    path("", include(wagtail_urls)),
)
